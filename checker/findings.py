"""Construct Findings: severity from the rule catalogue and a line-independent fingerprint."""

from __future__ import annotations

import hashlib
import re

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
