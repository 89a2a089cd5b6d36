"""Conflict → the words an editor reads: dates as prose, claims as document paths and lines.

The model keeps normalised dates (``2002-05-28``, ``1999/2008``) and document ids; an editor
reads "28 May 2002", "1999–2008" and ``seeds/001_….txt:266 (timeline)``. Nothing here
decides anything: it only phrases what :mod:`.match` and :mod:`.steps` found.

>>> readable_date("2002-05-28"), readable_date("1999-12"), readable_date("1999/2008"), readable_date("1890s")
('28 May 2002', 'December 1999', '1999–2008', '1890s')
"""

from __future__ import annotations

import calendar
import re

from ...model import Claim, Conflict

WHY = "; "
"""Separates a reason's account of the dates from its explanation: a finding's message
places the dates itself and keeps only the explanation."""

_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"(\d{4})-(\d\d)")


def readable_date(date: str) -> str:
    """A normalised date as an editor writes it; anything else (``early 1960s``) unchanged."""
    if "/" in date:
        first, _, last = date.partition("/")
        return f"{readable_date(first)}–{readable_date(last)}"
    if m := _DAY.fullmatch(date):
        return f"{int(m.group(3))} {calendar.month_name[int(m.group(2))]} {m.group(1)}"
    if m := _MONTH.fullmatch(date):
        return f"{calendar.month_name[int(m.group(2))]} {m.group(1)}"
    return date


def dates_of(claims) -> str:
    """The distinct dates of ``claims``, readable, in date order."""
    return ", ".join(readable_date(d) for d in sorted({c.date for c in claims}))


def place(claim: Claim, paths: dict[str, str] | None = None) -> str:
    """``path:line``, with "(timeline)" for a timeline entry."""
    where = f"{(paths or {}).get(claim.location.document, claim.location.document)}:{claim.location.line}"
    return f"{where} (timeline)" if claim.kind == "timeline" else where


def located(claims, paths: dict[str, str] | None = None) -> str:
    """"2002 in a.txt:706, b.txt:51; 28 May 2002 in b.txt:263 (timeline)": each date with where it is stated."""
    by_date: dict[str, list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: (c.date, c.location.document, c.location.line)):
        by_date.setdefault(claim.date, []).append(claim)
    return "; ".join(f"{readable_date(date)} in {', '.join(place(c, paths) for c in group)}"
                     for date, group in by_date.items())


def finding_message(conflict: Conflict, paths: dict[str, str] | None = None) -> str:
    """One sentence for the report: the event, the dates that agree, those that differ, and why.

    "creation of NATO-Russia Council: 2002 in a.txt:706, …, but 2008 in b.txt:266 (timeline)
    — the dates do not overlap, and a creation happens only once"
    """
    odd = set(conflict.outliers)
    rest = [c for c in conflict.claims if c not in odd]
    why = conflict.reason.split(WHY, 1)[-1]
    if not odd or not rest:
        return f"{conflict.event}: {located(conflict.claims, paths)} — {why}"
    return f"{conflict.event}: {located(rest, paths)}, but {located(conflict.outliers, paths)} — {why}"
