"""Findings: one shape from every stage, fingerprints that survive unrelated lines moving."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from checker.findings import fingerprint, make_finding
from checker.load import load
from checker.model import Document, Evidence, Finding, Location
from checker.pipeline import CheckOptions, analyse
from checker.rules import RULES

OFFLINE = CheckOptions(offline=True)
INSERTED = ("Draft 2, for the editor", "", "A paragraph added in revision, about nothing cited.", "")


def _with_lines_inserted(doc: Document, at: int) -> Document:
    lines = doc.lines[:at] + INSERTED + doc.lines[at:]
    return replace(doc, lines=lines, sha256=hashlib.sha256("\n".join(lines).encode()).hexdigest())


def _identities(findings: tuple[Finding, ...]) -> Counter:
    return Counter((f.rule, f.location.document, f.fingerprint) for f in findings)


@pytest.fixture(scope="module")
def seed_findings(seeds_dir) -> tuple[tuple[Document, ...], tuple[Finding, ...]]:
    docs = load([str(seeds_dir)])
    return docs, analyse(docs, OFFLINE).findings


@pytest.mark.slow
def test_fingerprints_survive_lines_inserted_above_with_the_real_stages(seed_findings):
    docs, before = seed_findings
    # Lines added at the top of the first paper and in the middle of the second: every line
    # below moves, and the cross-document stages (facts, references) see the moved lines too.
    moved = (_with_lines_inserted(docs[0], 0), _with_lines_inserted(docs[1], len(docs[1].lines) // 2)) + docs[2:]
    after = analyse(moved, OFFLINE).findings
    assert _identities(after) == _identities(before)
    shifted = {f.fingerprint: f.location.line for f in after if f.location.document == docs[0].id}
    assert all(shifted[f.fingerprint] == f.location.line + len(INSERTED)
               for f in before if f.location.document == docs[0].id), "lines were not moved"


@pytest.mark.slow
def test_every_stage_emits_the_same_complete_finding(seed_findings):
    docs, findings = seed_findings
    ids = {d.id: d for d in docs}
    assert len({f.rule.split(".")[0] for f in findings}) >= 3  # notes, citations, URLs, facts, refs...
    for f in findings:
        assert f.rule in RULES and f.severity == RULES[f.rule].severity and f.message
        assert re.fullmatch(r"[0-9a-f]{16}", f.fingerprint)
        assert f.location.document in ids and 1 <= f.location.line <= len(ids[f.location.document].lines)
        assert f.evidence, f"{f.rule} at line {f.location.line} has no quote"
        for e in f.evidence:
            doc = ids[e.location.document]
            assert e.quote and 1 <= e.location.line <= len(doc.lines)
    assert len({f.fingerprint for f in findings}) == len(findings), "two findings share a fingerprint"


def test_fingerprint_ignores_line_spacing_and_case_but_not_the_subject():
    a = fingerprint("url.dead", "doc", "http://a.example/x")
    assert a == fingerprint("url.dead", "doc", "  HTTP://A.example/x ")
    assert a != fingerprint("url.dead", "doc", "http://a.example/y")
    assert a != fingerprint("url.dead", "other", "http://a.example/x")
    assert a != fingerprint("url.moved", "doc", "http://a.example/x")


def test_make_finding_takes_severity_from_the_catalogue_and_keeps_location_out_of_the_fingerprint():
    quote = (Evidence("Note 3 text", Location("d", 40)),)
    here = make_finding("note.orphan", Location("d", 40, page=2, column=1), "Note 3 has no marker", quote, key="3")
    there = make_finding("note.orphan", Location("d", 90), "Note 3 has no marker", quote, key="3")
    assert here.severity == "warning" and here.location.column == 1
    assert here.fingerprint == there.fingerprint


def test_every_rule_id_the_code_names_is_in_the_catalogue():
    """A literal rule id outside rules.py would make make_finding fail at run time."""
    package = Path(__file__).resolve().parents[1] / "checker"
    named = {
        m.group(1)
        for path in package.rglob("*.py")
        for m in re.finditer(r"[\"']((?:note|cite|url|ref|fact)\.[a-z][a-z0-9-]+)[\"']",
                             path.read_text(encoding="utf-8"))
    }
    assert named and named <= set(RULES), sorted(named - set(RULES))
