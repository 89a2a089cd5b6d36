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


def test_check_finding_names_documents_by_path_in_plain_words():
    docs = (
        Document("a", "papers/a.txt", ("The Alpha Council was founded in 2002.",), "utf-8", "a"),
        Document("b", "papers/b.txt", ("The Alpha Council was founded on 3 May 2008.",), "utf-8", "b"),
    )
    report = analyse(docs, CheckOptions(offline=True))
    (finding,) = [f for f in report.findings if f.rule.startswith("fact.")]
    assert finding.message.startswith("creation of Alpha Council: ")
    assert "2002 in papers/a.txt:1" in finding.message and "3 May 2008 in papers/b.txt:1" in finding.message
    assert "confidence" not in finding.message and "same event type" not in finding.message
