"""Pipeline wiring: per-document results merged; severity overrides and stable order applied."""

from __future__ import annotations

from checker.config import parse_config
from checker.findings import make_finding
from checker.model import Document, Location, Report
from checker.pipeline import finalise, finding_order


def _report(*findings) -> Report:
    doc = Document("d", "d.txt", ("x",) * 50, "utf-8", "0" * 64)
    return Report(documents=(doc,), findings=tuple(findings))


def test_findings_are_sorted_by_document_line_rule_fingerprint():
    a = make_finding("url.dead", Location("b", 3), "gone", key="1")
    b = make_finding("note.orphan", Location("a", 9), "orphan", key="2")
    c = make_finding("note.order", Location("a", 9), "order", key="3")
    d = make_finding("note.order", Location("a", 2), "order", key="4")
    ordered = finalise(_report(a, b, c, d)).findings
    assert [(f.location.document, f.location.line, f.rule) for f in ordered] == [
        ("a", 2, "note.order"), ("a", 9, "note.order"), ("a", 9, "note.orphan"), ("b", 3, "url.dead"),
    ]
    assert list(ordered) == sorted(ordered, key=finding_order)


def test_severity_overrides_change_or_drop_findings():
    config = parse_config({"severity": {"url.blocked": "off", "note.orphan": "error"}})
    blocked = make_finding("url.blocked", Location("d", 1), "403")
    orphan = make_finding("note.orphan", Location("d", 2), "no marker")
    result = finalise(_report(blocked, orphan), config).findings
    assert [(f.rule, f.severity) for f in result] == [("note.orphan", "error")]
