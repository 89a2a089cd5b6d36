"""Report → counts and groupings shared by the renderers (pure, deterministic order)."""

from __future__ import annotations

from ..model import SEVERITY_ORDER, Document, Finding, Location, Report
from ..rules import RULES

SEVERITIES = ("error", "warning", "info")


def severity_counts(findings: tuple[Finding, ...] | list[Finding]) -> dict[str, int]:
    """Count findings per severity, always listing error, warning and info in that order."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return counts


def findings_by_document(report: Report) -> list[tuple[Document, tuple[Finding, ...]]]:
    """Pair each document (in report order) with its findings (in report order)."""
    return [
        (doc, tuple(f for f in report.findings if f.location.document == doc.id))
        for doc in report.documents
    ]


def group_by_rule(findings: tuple[Finding, ...]) -> list[tuple[str, tuple[Finding, ...]]]:
    """Group findings by rule id: most severe kind first, then by rule id."""
    rules: dict[str, list[Finding]] = {}
    for finding in findings:
        rules.setdefault(finding.rule, []).append(finding)

    def rank(rule: str) -> tuple[int, str]:
        worst = max(SEVERITY_ORDER.get(f.severity, 0) for f in rules[rule])
        return (-worst, rule)

    return [(rule, tuple(rules[rule])) for rule in sorted(rules, key=rank)]


def rule_description(rule_id: str) -> str:
    """Return the catalogue's one-line description of ``rule_id`` (empty if unknown)."""
    rule = RULES.get(rule_id)
    return rule.description if rule else ""


def paths(report: Report) -> dict[str, str]:
    """Map document id → its path as given (relative to the working folder), in ``/`` form."""
    return {doc.id: doc.path.replace("\\", "/") for doc in report.documents}


def where(location: Location, doc_paths: dict[str, str]) -> str:
    """Format a location as ``path:line`` (``path:line:column`` when the column is known).

    >>> where(Location("a", 12, page=3), {"a": "seeds/a.txt"})
    'seeds/a.txt:12'
    """
    path = doc_paths.get(location.document, location.document)
    text = f"{path}:{location.line}"
    return f"{text}:{location.column}" if location.column else text
