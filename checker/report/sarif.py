"""Report → SARIF 2.1.0 for GitHub code scanning (upload with ``github/codeql-action/upload-sarif``).

Every catalogue rule is listed under ``tool.driver.rules`` with its help text, so code
scanning can explain a result; results point at the document by its path relative to
the repository root (``uriBaseId`` ``%SRCROOT%``: run citecheck from the root), always
with a region (a finding about the whole document is placed at line 1), and carry
the finding's fingerprint in ``partialFingerprints``, so an alert keeps its identity when
lines above it move. A path given as absolute becomes a ``file://`` URI instead. The
tool's ``informationUri`` and each rule's ``helpUri`` are written when the installed
package names a homepage (``[project.urls] Homepage``); nothing is made up otherwise.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import metadata
from pathlib import PurePosixPath
from urllib.parse import quote

from .. import __version__
from ..model import Evidence, Finding, Location, Report
from ..rules import RULES
from .summary import paths

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "citecheck/v1"
ROOT = "%SRCROOT%"
_OVERRIDE = "Override it in [tool.citecheck.severity] (pyproject.toml or citecheck.toml)."
_OVERRIDE_MD = "Override it in `[tool.citecheck.severity]` (`pyproject.toml` or `citecheck.toml`)."
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report) -> str:
    """Render ``report`` as a SARIF 2.1.0 log with one run."""
    doc_paths = paths(report)
    rule_ids = sorted(RULES)
    index = {rule: i for i, rule in enumerate(rule_ids)}
    driver = {"name": "citecheck", "version": __version__, "semanticVersion": __version__}
    if homepage():
        driver["informationUri"] = homepage()
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {**driver, "rules": [_rule(rule_id) for rule_id in rule_ids]}},
                "originalUriBaseIds": {
                    ROOT: {"description": {"text": "The folder citecheck ran in: the repository root."}}
                },
                "artifacts": [
                    {"location": artifact_location(doc_paths[doc.id]), "encoding": doc.encoding,
                     "hashes": {"sha-256": doc.sha256}}
                    for doc in report.documents
                ],
                "results": [_result(f, index, doc_paths) for f in report.findings],
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


@cache
def homepage() -> str | None:
    """The project's homepage from the installed package metadata, or None."""
    try:
        urls = metadata.metadata("citecheck").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    found = [url.split(",", 1)[1].strip() for url in urls if url.lower().startswith("homepage,")]
    return found[0] if found else None


def artifact_location(path: str) -> dict:
    """A document path as a SARIF artifact location: relative to %SRCROOT%, URI-encoded.

    >>> artifact_location("./seeds/a paper.txt")
    {'uri': 'seeds/a%20paper.txt', 'uriBaseId': '%SRCROOT%'}
    >>> artifact_location("/tmp/x.txt")
    {'uri': 'file:///tmp/x.txt'}
    """
    posix = PurePosixPath(path.replace("\\", "/"))
    if posix.is_absolute():
        return {"uri": "file://" + quote(str(posix))}
    parts = [part for part in posix.parts if part != "."]
    return {"uri": quote("/".join(parts)), "uriBaseId": ROOT}


def _rule(rule_id: str) -> dict:
    rule = RULES[rule_id]
    extra = {"helpUri": f"{homepage()}#rules"} if homepage() else {}
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
        **extra,
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
    # Code scanning shows a result only at a region with a start line, so a finding about
    # the whole document (line 0) is placed at its first line.
    region: dict = {"startLine": max(location.line, 1)}
    if location.line >= 1 and location.column:
        region["startColumn"] = location.column
    return {"physicalLocation": {
        "artifactLocation": artifact_location(doc_paths.get(location.document, location.document)),
        "region": region,
    }}


def _related(number: int, evidence: Evidence, doc_paths: dict[str, str]) -> dict:
    return {
        "id": number,
        **_location(evidence.location, doc_paths),
        "message": {"text": evidence.quote},
    }
