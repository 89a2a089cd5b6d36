"""Report → counts and groupings shared by the renderers (pure, deterministic order)."""

from __future__ import annotations

from pathlib import PurePosixPath

from ..model import SEVERITY_ORDER, Document, Evidence, Finding, Location, Report
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


def rule_counts(findings: tuple[Finding, ...]) -> list[tuple[str, str, int, int]]:
    """Per rule (most severe first): (rule, worst severity, findings, documents concerned)."""
    rows = []
    for rule, group in group_by_rule(findings):
        worst = max((f.severity for f in group), key=lambda s: SEVERITY_ORDER.get(s, 0))
        rows.append((rule, worst, len(group), len({f.location.document for f in group})))
    return rows


def shared_suggestion(findings: tuple[Finding, ...]) -> str | None:
    """The suggestion when two or more findings all give the same one (said once), else None."""
    suggestions = {f.suggestion for f in findings}
    if len(findings) < 2 or len(suggestions) != 1:
        return None
    return suggestions.pop()


def rule_description(rule_id: str) -> str:
    """Return the catalogue's one-line description of ``rule_id`` (empty if unknown)."""
    rule = RULES.get(rule_id)
    return rule.description if rule else ""


def paths(report: Report) -> dict[str, str]:
    """Map document id → its path as given (relative to the working folder), in ``/`` form.

    A leading ``./`` is dropped, so ``./seeds/a.txt`` and ``seeds/a.txt`` name the same file
    the same way (code scanning and annotations match paths literally).
    """
    return {doc.id: _clean(doc.path) for doc in report.documents}


def _clean(path: str) -> str:
    r"""Posix form of ``path`` without ``.`` parts.

    >>> _clean("./seeds\\a.txt"), _clean("/abs/./b.txt")
    ('seeds/a.txt', '/abs/b.txt')
    """
    return str(PurePosixPath(path.replace("\\", "/")))


def where(location: Location, doc_paths: dict[str, str]) -> str:
    """Format a location as ``path:line`` (``path:line:column`` when the column is known).

    Line 0 means the whole document, which is named by its path alone.

    >>> where(Location("a", 12, page=3), {"a": "seeds/a.txt"})
    'seeds/a.txt:12'
    >>> where(Location("a", 0), {"a": "seeds/a.txt"})
    'seeds/a.txt'
    """
    path = doc_paths.get(location.document, location.document)
    if location.line < 1:
        return path
    text = f"{path}:{location.line}"
    return f"{text}:{location.column}" if location.column else text


def names_its_place(evidence: Evidence, finding: Finding) -> bool:
    """Whether a quote is shown with its own location.

    A finding's only quote, taken from the finding's own line, needs none: the finding's
    location says where it is. When a finding quotes several places, every quote names
    its own, so the reader never has to guess which one the finding's location means.
    """
    here = (evidence.location.document, evidence.location.line) == (finding.location.document, finding.location.line)
    return not here or len(finding.evidence) > 1
