"""Construct Findings: severity from the rule catalogue and a line-independent fingerprint."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from .model import Evidence, Finding, Location
from .rules import severity_of

_SPACE = re.compile(r"\s+")


def fingerprint(rule: str, document: str, *parts: str) -> str:
    """Return a short hash of what a finding is about, not where it is.

    Line numbers are left out on purpose so the fingerprint survives unrelated edits
    above the finding (baselines match on it).

    >>> fingerprint("url.dead", "doc", "http://a.b/") == fingerprint("url.dead", "doc", "http://a.b/")
    True
    """
    normal = "\x1f".join(_SPACE.sub(" ", p).strip().casefold() for p in parts)
    digest = hashlib.sha256(f"{rule}\x1f{document}\x1f{normal}".encode()).hexdigest()
    return digest[:16]


def make_finding(
    rule: str,
    location: Location,
    message: str,
    evidence: tuple[Evidence, ...] = (),
    suggestion: str | None = None,
    key: str | None = None,
) -> Finding:
    """Build a Finding for ``rule``; ``key`` names what it is about (default: the message)."""
    return Finding(
        rule=rule,
        severity=severity_of(rule),
        location=location,
        message=message,
        evidence=evidence,
        suggestion=suggestion,
        fingerprint=fingerprint(rule, location.document, key if key is not None else message),
    )


def distinct_fingerprints(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """Give findings that share a fingerprint distinct ones, by order of occurrence.

    Two findings of one rule about the same thing in one document (a URL repaired
    twice, two notes citing the same work) get the same fingerprint from
    :func:`make_finding`. The first keeps it; the n-th (in line order) gets
    ``fingerprint(rule, document, fp, "#n")`` — GitHub numbers repeated alerts the
    same way — so each is its own alert and baseline entry, and all stay put when
    unrelated lines move.

    >>> a = make_finding("url.damaged", Location("d", 3), "repaired", key="http://x")
    >>> b = make_finding("url.damaged", Location("d", 9), "repaired", key="http://x")
    >>> first, second = distinct_fingerprints((b, a))
    >>> first.fingerprint == a.fingerprint != second.fingerprint
    True
    """
    seen: dict[tuple[str, str, str], int] = {}
    out = []
    for finding in sorted(findings, key=_occurrence_order):
        group = (finding.rule, finding.location.document, finding.fingerprint)
        seen[group] = count = seen.get(group, 0) + 1
        if count > 1:
            fp = fingerprint(finding.rule, finding.location.document, finding.fingerprint, f"#{count}")
            finding = replace(finding, fingerprint=fp)
        out.append(finding)
    return tuple(out)


def _occurrence_order(finding: Finding) -> tuple:
    loc = finding.location
    return (loc.document, loc.line, loc.column or 0, finding.rule, finding.fingerprint, finding.message)
