"""GitHub workflow-command annotations: one line per finding, escaped as the runner expects."""

from __future__ import annotations

from checker.findings import make_finding
from checker.model import Document, Location, Report
from checker.report import annotations


def test_one_command_per_finding_with_severity_mapped(report):
    lines = annotations.render(report).splitlines()
    assert len(lines) == len(report.findings)
    assert lines[0].startswith("::notice file=seeds/czech.txt,line=2,title=url.damaged::URL repaired")
    assert lines[-1].startswith("::error file=seeds/notes.txt,line=5,title=url.dead::https://example.org/gone")


def test_message_line_breaks_and_property_separators_are_escaped():
    doc = Document("a,b", "seeds/a,b:c.txt", ("x",), "utf-8", "0" * 64)
    finding = make_finding("note.order", Location("a,b", 1, column=4), "100% wrong\nsecond line")
    line = annotations.render(Report(documents=(doc,), findings=(finding,)))
    assert line == "::warning file=seeds/a%2Cb%3Ac.txt,line=1,col=4,title=note.order::100%25 wrong%0Asecond line\n"


def test_no_findings_prints_nothing(empty_report):
    assert annotations.render(empty_report) == ""
