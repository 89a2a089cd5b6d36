"""CLI fixtures: a stand-in analysis stage so exit codes are tested independently of the real stages."""

from __future__ import annotations

import re

import pytest

import checker.pipeline as pipeline
from checker.findings import make_finding
from checker.model import Document, DocumentAnalysis, Evidence, Location

# Lines such as "DEAD http://x" produce a finding of that rule: the stand-in stage
# lets a test choose exactly which severities a document has.
_MARKERS = {"DEAD": "url.dead", "ORPHAN": "note.orphan", "REPAIRED": "url.damaged"}
_LINE = re.compile(r"\b(DEAD|ORPHAN|REPAIRED) (\S+)")


def stand_in_stage(document: Document, options) -> DocumentAnalysis:
    findings = []
    for number, line in enumerate(document.lines, start=1):
        for kind, subject in _LINE.findall(line):
            location = Location(document.id, number)
            findings.append(make_finding(
                _MARKERS[kind], location, f"{kind.lower()}: {subject}",
                (Evidence(line.strip(), location),), key=subject,
            ))
    return DocumentAnalysis(document.id, findings=tuple(findings))


@pytest.fixture
def stage_calls(monkeypatch, tmp_path):
    """Run checks in tmp_path with the stand-in stage; return the list of analysed ids."""
    calls: list[str] = []

    def stage(document, options):
        calls.append(document.id)
        return stand_in_stage(document, options)

    monkeypatch.setattr(pipeline, "analyse_document", stage)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return calls
