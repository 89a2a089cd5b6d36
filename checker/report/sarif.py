"""Report → SARIF 2.1.0 for GitHub code scanning (upload with ``github/codeql-action/upload-sarif``).

Every catalogue rule is listed under ``tool.driver.rules`` with its help text, so code
scanning can explain a result; results point at the document by its path relative to
the repository root (run citecheck from the root) and carry the finding's fingerprint
in ``partialFingerprints``, so an alert keeps its identity when lines above it move.
"""

from __future__ import annotations

import json

from .. import __version__
from ..model import Evidence, Finding, Location, Report
from ..rules import RULES
from .summary import paths

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "citecheck/v1"
_OVERRIDE = "Override it in [tool.citecheck.severity] (pyproject.toml or citecheck.toml)."
_OVERRIDE_MD = "Override it in `[tool.citecheck.severity]` (`pyproject.toml` or `citecheck.toml`)."
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report) -> str:
    """Render ``report`` as a SARIF 2.1.0 log with one run."""
    doc_paths = paths(report)
    rule_ids = sorted(RULES)
    index = {rule: i for i, rule in enumerate(rule_ids)}
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "citecheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule(rule_id) for rule_id in rule_ids],
                    }
                },
                "artifacts": [
                    {"location": {"uri": doc_paths[doc.id]}, "encoding": doc.encoding,
                     "hashes": {"sha-256": doc.sha256}}
                    for doc in report.documents
                ],
                "results": [_result(f, index, doc_paths) for f in report.findings],
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rule(rule_id: str) -> dict:
    rule = RULES[rule_id]
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.replace("-", ".").split(".")),
        "shortDescription": {"text": rule.description},
        "fullDescription": {"text": rule.description},
        "help": {
            "text": f"{rule.description}\n\nDefault severity: {rule.severity}. {_OVERRIDE}",
            "markdown": f"{rule.description}\n\nDefault severity: **{rule.severity}**. {_OVERRIDE_MD}",
        },
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": ["citations", rule.id.split(".")[0]]},
    }


def _result(finding: Finding, index: dict[str, int], doc_paths: dict[str, str]) -> dict:
    text = finding.message
    if finding.suggestion:
        text = f"{text} Suggestion: {finding.suggestion}"
    result: dict = {
        "ruleId": finding.rule,
        "level": _LEVEL.get(finding.severity, "warning"),
        "message": {"text": text},
        "locations": [_location(finding.location, doc_paths)],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    related = [_related(i, e, doc_paths) for i, e in enumerate(finding.evidence)]
    if related:
        result["relatedLocations"] = related
    return result


def _location(location: Location, doc_paths: dict[str, str]) -> dict:
    physical: dict = {
        "artifactLocation": {"uri": doc_paths.get(location.document, location.document)}
    }
    # A finding about the whole document (line 0) has no region: SARIF then means the file.
    if location.line >= 1:
        region: dict = {"startLine": location.line}
        if location.column:
            region["startColumn"] = location.column
        physical["region"] = region
    return {"physicalLocation": physical}


def _related(number: int, evidence: Evidence, doc_paths: dict[str, str]) -> dict:
    return {
        "id": number,
        **_location(evidence.location, doc_paths),
        "message": {"text": evidence.quote},
    }
