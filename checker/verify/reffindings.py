"""RefCheck → Finding: what an editor needs to read about each registry verdict.

Verified works need no finding. Mismatches, retractions, corrections and works no
registry knows get one finding each, at the reference. Unverifiable references are
summarised: a paper checked offline yields one ``ref.unverifiable`` finding saying
why and how many, not forty identical ones.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..findings import make_finding
from ..model import Evidence, Finding, RefCheck
from .refmatch import TOLERATED
from .refs import URL_STAGE
from .registries import registry_label

_SHOWN = 5  # references quoted as evidence in a summary finding; the rest are counted
_DETAIL = re.compile(r"\s*\([^()]*\)")


def reference_findings(checks: Sequence[RefCheck]) -> tuple[Finding, ...]:
    """Turn registry verdicts into findings (one per problem, one summary per cause)."""
    findings: list[Finding] = []
    unverifiable: dict[tuple[str, str], list[RefCheck]] = defaultdict(list)
    for check in checks:
        if check.verdict == "unverifiable" and _checked_by_url_stage(check):
            continue
        if check.verdict == "unverifiable":
            unverifiable[(check.reference.location.document, cause_of(check.reason))].append(check)
        elif check.verdict in _BUILDERS:
            findings.append(_BUILDERS[check.verdict](check))
    for _, group in sorted(unverifiable.items()):
        findings.append(_unverifiable(group, group[0].reason))
    return tuple(findings)


def cause_of(reason: str) -> str:
    """A reason without its parenthesised details, so one outage makes one summary.

    >>> cause_of("Crossref down (dns: cannot resolve api.crossref.org); Open Library down (HTTP 503)")
    'Crossref down; Open Library down'
    """
    while True:
        shorter = _DETAIL.sub("", reason)
        if shorter == reason:
            return reason
        reason = shorter


def _checked_by_url_stage(check: RefCheck) -> bool:
    """A web page no registry holds is verified through its URL; a second finding is noise."""
    return check.reason == URL_STAGE


def _evidence(check: RefCheck) -> tuple[Evidence, ...]:
    return (Evidence(quote=check.reference.raw, location=check.reference.location),)


def _differences(check: RefCheck) -> str:
    rows = [r for r in check.comparison if r.agrees is False and r.field not in TOLERATED]
    return "; ".join(f"{r.field} cited as {r.cited!r}, record has {r.registry!r}" for r in rows)


def _mismatch(check: RefCheck) -> Finding:
    if any(r.field == "title" and r.agrees is False for r in check.comparison):
        # Only a record found through the cited DOI can disagree on the title itself.
        message = f"The cited DOI belongs to a different work: {check.evidence}"
        suggestion = check.suggestion or "Correct or remove the DOI; check which work is meant."
    else:
        message = f"The cited work is in {registry_label(check.registry)}, but {_differences(check)}."
        suggestion = f"Check the citation against the record ({check.record})."
    return make_finding("ref.mismatch", check.reference.location, message, _evidence(check),
                        suggestion, key=f"{check.reference.raw}|{check.reason}")


def _not_found(check: RefCheck) -> Finding:
    asked = ", ".join(a.split(":", 1)[0] for a in check.asked)
    message = (
        f"No registry has a record of this work (asked {asked}). It may be misremembered, "
        "fabricated, or grey literature that no registry holds."
    )
    suggestion = check.suggestion or "Check the reference against the work itself."
    return make_finding("ref.not-found", check.reference.location, message, _evidence(check),
                        suggestion, key=check.reference.raw)


def _retracted(check: RefCheck) -> Finding:
    where = f"{registry_label(check.registry)}: {check.record}"
    message = f"The cited work has been retracted ({check.reason}; {where})."
    suggestion = "Replace the citation, or say in the text that the work was retracted."
    return make_finding("ref.retracted", check.reference.location, message, _evidence(check),
                        suggestion, key=check.reference.raw)


def _corrected(check: RefCheck) -> Finding:
    where = f"{registry_label(check.registry)}: {check.record}"
    message = f"The cited work has a published update ({check.reason}; {where})."
    suggestion = "Check whether the correction changes what the paper relies on."
    return make_finding("ref.corrected", check.reference.location, message, _evidence(check),
                        suggestion, key=check.reference.raw)


def _unverifiable(group: list[RefCheck], reason: str) -> Finding:
    """One finding for every reference of a document left unchecked for the same reason."""
    first = group[0]
    evidence = tuple(e for check in group[:_SHOWN] for e in _evidence(check))
    if len(group) == 1:
        message = f"This work could not be checked against the registries: {reason}."
    else:
        more = f" ({len(group) - _SHOWN} more not quoted)" if len(group) > _SHOWN else ""
        message = f"{len(group)} cited works could not be checked against the registries: {reason}{more}."
    if reason.startswith("offline"):
        suggestion = "Run once online, or with --record, to record the registries' answers in cassettes/."
    elif "rate-limited" in reason or "down" in reason:
        suggestion = "Run the check again later; nothing is known about these works yet."
    else:
        suggestion = "Check these works by hand."
    key = cause_of(reason) if len(group) > 1 else f"{first.reference.raw}|{cause_of(reason)}"
    return make_finding("ref.unverifiable", first.reference.location, message, evidence, suggestion, key=key)


_BUILDERS = {
    "mismatch": _mismatch,
    "not-found": _not_found,
    "retracted": _retracted,
    "corrected": _corrected,
}
