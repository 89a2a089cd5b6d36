"""JSON report: valid against the shipped schema ``citecheck/report/1``, in stable order."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest

from checker.report import json as json_report

SCHEMA = json.loads((files("checker.report") / "schema" / "report-1.json").read_text(encoding="utf-8"))


def test_schema_is_itself_valid():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("which", ["report", "empty_report"])
def test_report_validates_against_schema(which, request):
    data = json.loads(json_report.render(request.getfixturevalue(which)))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert data["schema"] == "citecheck/report/1"


def test_schema_rejects_an_unknown_severity(report):
    data = json.loads(json_report.render(report))
    data["findings"][0]["severity"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_findings_keep_the_stable_order_document_line_rule(report):
    data = json.loads(json_report.render(report))
    order = [(f["document"], f["line"], f["rule"]) for f in data["findings"]]
    assert order == [("czech", 2, "url.damaged"), ("czech", 3, "fact.date-conflict"),
                     ("notes", 4, "note.orphan"), ("notes", 5, "url.dead")]


def test_summary_and_documents_count_findings(report):
    data = json.loads(json_report.render(report))
    assert data["summary"]["severity"] == {"error": 2, "warning": 1, "info": 1}
    assert data["summary"]["rules"] == {"fact.date-conflict": 1, "note.orphan": 1, "url.damaged": 1, "url.dead": 1}
    assert [(d["id"], d["findings"]) for d in data["documents"]] == [("notes", 2), ("czech", 2)]


def test_claims_are_in_timeline_order(report):
    data = json.loads(json_report.render(report))
    assert [c["date"] for c in data["claims"]] == ["1949", "4. dubna 1949", "1950", "14 May 1955"]


def test_non_ascii_text_is_kept_readable(report):
    assert "podepsána" in json_report.render(report)
