"""Report → JSON in the documented schema ``citecheck/report/1`` (``schema/report-1.json``).

Keys are written in a fixed order and lists in the report's stable order, so identical
input gives byte-identical output. Consumers should check ``schema`` before reading.
"""

from __future__ import annotations

import json

from .. import __version__
from ..model import Claim, Conflict, Evidence, Finding, Location, Report, UrlCheck
from ..rules import RULES
from .summary import findings_by_document, paths, severity_counts

SCHEMA_ID = "citecheck/report/1"


def render(report: Report) -> str:
    """Render ``report`` as pretty-printed JSON (UTF-8 text, ends with a newline)."""
    return json.dumps(to_data(report), indent=2, ensure_ascii=False) + "\n"


def to_data(report: Report) -> dict:
    """Return the report as plain JSON-ready data in schema ``citecheck/report/1``."""
    doc_paths = paths(report)
    rules = sorted({f.rule for f in report.findings})
    return {
        "schema": SCHEMA_ID,
        "tool": {"name": "citecheck", "version": __version__},
        "summary": {
            "documents": len(report.documents),
            "findings": len(report.findings),
            "severity": severity_counts(report.findings),
            "rules": {rule: sum(f.rule == rule for f in report.findings) for rule in rules},
        },
        "documents": [
            {
                "id": doc.id,
                "path": doc_paths[doc.id],
                "encoding": doc.encoding,
                "sha256": doc.sha256,
                "lines": len(doc.lines),
                "findings": len(findings),
                "severity": severity_counts(findings),
            }
            for doc, findings in findings_by_document(report)
        ],
        "rules": [_rule(rule) for rule in rules],
        "findings": [_finding(f, doc_paths) for f in report.findings],
        "url_checks": [_url_check(c) for c in sorted(report.url_checks, key=_url_order)],
        "claims": [_claim(c) for c in sorted(report.claims, key=claim_order)],
        "conflicts": [_conflict(c) for c in report.conflicts],
    }


def claim_order(claim: Claim) -> tuple:
    """Timeline order of claims: by start date (or date as written), then where stated."""
    loc = claim.location
    return (claim.start or claim.date, claim.end, loc.document, loc.line, claim.event)


def _rule(rule_id: str) -> dict:
    rule = RULES.get(rule_id)
    return {
        "id": rule_id,
        "default_severity": rule.severity if rule else None,
        "description": rule.description if rule else "",
    }


def _location(location: Location) -> dict:
    return {
        "document": location.document,
        "line": location.line,
        "column": location.column,
        "page": location.page,
    }


def _finding(finding: Finding, doc_paths: dict[str, str]) -> dict:
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "path": doc_paths.get(finding.location.document, finding.location.document),
        **_location(finding.location),
        "message": finding.message,
        "evidence": [_evidence(e) for e in finding.evidence],
        "suggestion": finding.suggestion,
        "fingerprint": finding.fingerprint,
    }


def _evidence(evidence: Evidence) -> dict:
    return {"quote": evidence.quote, **_location(evidence.location)}


def _url_order(check: UrlCheck) -> tuple:
    loc = check.ref.location
    return (loc.document, loc.line, check.ref.url)


def _url_check(check: UrlCheck) -> dict:
    return {
        "url": check.ref.url,
        "raw": check.ref.raw,
        **_location(check.ref.location),
        "where": check.ref.where,
        "verdict": check.verdict,
        "http_status": check.http_status,
        "final_url": check.final_url,
        "archive_url": check.archive_url,
    }


def _claim(claim: Claim) -> dict:
    return {
        "event": claim.event,
        "date": claim.date,
        "precision": claim.precision,
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        **_location(claim.location),
    }


def _conflict(conflict: Conflict) -> dict:
    return {
        "rule": conflict.rule,
        "event": conflict.event,
        "reason": conflict.reason,
        "confidence": conflict.confidence,
        "claims": [{"date": c.date, **_location(c.location)} for c in conflict.claims],
    }
