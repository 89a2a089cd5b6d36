"""pipeline: ``citecheck check`` carries the claims, the conflicts and their findings."""

from __future__ import annotations

from checker.model import Document
from checker.pipeline import CheckOptions, analyse


def test_check_report_includes_fact_findings():
    docs = (
        Document("a", "a.txt", ("The Alpha Council was founded in 2002.",), "utf-8", "a"),
        Document("b", "b.txt", ("The Alpha Council was founded in 2008.",), "utf-8", "b"),
    )
    report = analyse(docs, CheckOptions(offline=True))
    assert len(report.claims) == 2
    assert [c.rule for c in report.conflicts] == ["fact.date-conflict"]
    (finding,) = [f for f in report.findings if f.rule.startswith("fact.")]
    assert finding.severity == "error" and len(finding.evidence) == 2
    assert "Alpha Council" in finding.message
