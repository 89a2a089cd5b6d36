"""The head of a citation → authors (or editors) and, in author-date styles, the date.

Author-date styles (APA ``Berman, P. (1976).``, Harvard ``Smith, J., 2012.``, Chicago
author-date ``Kroodsma, Donald E. 1980.``) put the date straight after the names;
note and bibliography styles (Chicago, MLA, ISO 690, IEEE) go on to the title. A
ditto dash (``———.``) stands for the previous entry's authors and is skipped.
"""

from __future__ import annotations

import re

from ...model import Name, Span
from ..dates import DATE_TEXT, YEAR, normalise_date
from ..fields import BLANK, Draft
from ..names import NameList, scan_names

_DITTO = re.compile(r"[—–_-]{2,}\s*[.,]?|[—-]\s*[.,]|(?:Idem|Eadem|Iidem|Tentýž|Táž)\s*[.,]")
_MORE_DITTOS = re.compile(r"\s*(?:(?:[—–_-]+|\?\?)\s*[,;]\s*)*(?:(?:and|&)\s+)?")
"""``--, --, and X. Niu, 2001:``: the previous entry's authors twice, then one more."""
_AFTER_COAUTHORS = re.compile(rf"\s*[.,:]?\s*(?:\(?{YEAR}|[\"“])")
_SUBDIVISION = re.compile(
    r"[.,]\s+(?P<part>Senate|House(?: of (?:Representatives|Commons|Lords))?|"
    r"(?:(?:Joint|Select|Special|Standing|Permanent)\s+)?(?:Sub)?[Cc]ommittee\s+(?:on|of|for)\s+[A-Z][\w’'&]*(?:\s+(?:and|of|the|on|[A-Z][\w’'&]*))*)"
    r"(?=[.,]\s)"
)
_GROUP = re.compile(rf"(?P<name>[A-ZÀ-Þ][^().,:;\x1f“\"]{{1,80}}?)\.?\s+(?=\((?:{YEAR}|n\.\s?d\.)[a-z]?[,)])")
_DATE_AFTER = re.compile(
    rf"\s*[.,:]?\s*(?P<open>[(\[])?\s*(?P<date>{DATE_TEXT}|n\.\s?d\.|o\.\s?J\.|s\.\s?d\.|in press|forthcoming)"
    rf"\s*(?(open)[)\]])\s*(?:[.,:;]|(?=\s[^\s\d])|$)",
    re.I,
)


def _start(draft: Draft) -> int:
    return _SPACES.match(draft.work).end()


_SPACES = re.compile(rf"[\s{BLANK}]*")


def take_front(draft: Draft) -> None:
    """Read the author list and, if one follows at once, the publication date."""
    if "title" in draft.found:  # a link label read it already
        return
    pos = _start(draft)
    ditto = _DITTO.match(draft.work, pos)
    if ditto:
        draft.cues.add("ditto")
        draft.blank(ditto.start(), ditto.end())
        pos = _skip_coauthors(draft, ditto) if ditto.group(0).rstrip().endswith(",") else _start(draft)
    if draft.work[pos:pos + 1] in "\"“”‘'«„" or ditto:
        draft.cues.add("title-first")
        _take_date_after(draft, pos, need_parens=False)
        return
    found = scan_names(draft.work, pos) or _group_author(draft.work, pos)
    if found is None:
        draft.cues.add("title-first")
        return
    if _is_title(draft, found):
        draft.cues.add("title-first")
        return
    found = _with_subdivisions(draft.work, found)
    draft.put(found.role, found.names, found.span.start, found.span.end)
    if found.et_al:
        draft.cues.add("et-al")
    end = found.span.end
    group = _COLLABORATION.match(draft.work, end) if "(" in draft.work[end:end + 3] else None
    if group is not None:  # the authors' collaboration, not a part of the title
        draft.blank(end, group.end())
        end = group.end()
    if draft.raw[end:end + 2].startswith(","):
        draft.cues.add("comma-style")
    _take_date_after(draft, end, need_parens=False)


_ACRONYM = r"[A-Z][\w-]*[A-Z][\w-]*"
_COLLABORATION = re.compile(
    rf"\s*\((?:[^()]*\bCollaborations?\b[^()]*|{_ACRONYM}(?:,\s*{_ACRONYM})*)\)(?=\s*[,.:])"
)
"""Physics names its collaboration after the authors: ``M. J. Morello et al. (CDF Collaboration),``,
``M. Ackermann et al. (Fermi-LAT),``."""


def _skip_coauthors(draft: Draft, ditto: re.Match) -> int:
    """``--, A. W. Robertson, and M. Ghil, 2007b: Title``: the names after a ditto join the
    previous entry's authors, which this entry does not name; the list is read past (and
    not given as the authors, which it is only the end of), up to the date or the title."""
    more = _MORE_DITTOS.match(draft.work, ditto.end())
    pos = more.end()
    found = scan_names(draft.work, pos)
    if found is not None and _AFTER_COAUTHORS.match(draft.work, found.span.end):
        pos = found.span.end
    draft.blank(ditto.end(), pos)
    return _start(draft)


def _with_subdivisions(work: str, found: NameList) -> NameList:
    """Government authors run on through their subdivisions (Chicago):
    ``U.S. Congress, Senate, Committee on Foreign Relations, Title…``."""
    if len(found.names) != 1 or not found.names[0].literal:
        return found
    end = found.span.end
    while (part := _SUBDIVISION.match(work, end)) is not None:
        end = part.end("part")
    if end == found.span.end:
        return found
    literal = work[found.span.start:end]
    return NameList((Name(literal=literal),), Span(found.span.start, end), found.role, found.et_al)


def _group_author(work: str, pos: int) -> NameList | None:
    """APA and Harvard group authors: whatever stands before ``(2022)`` (``Eurostat. (2022).``)."""
    match = _GROUP.match(work, pos)
    if match is None:
        return None
    return NameList((Name(literal=match.group("name").strip()),), Span(match.start("name"), match.end("name")))


_FACTS_AFTER = re.compile(r",?\s*(?:(?:vol|Vol|Bd|Band|tome)\.?\s*[\dIVXL]|\([^()]{2,60}:\s?[^()]{2,80}\d{4}\))")
"""``Hansisches Urkundenbuch, vol. 4, ed. …`` / ``Regesta Imperii (Munich: Oldenbourg, 1921)``:
a volume or the publication facts straight after a "name" show it was a title."""


def _is_title(draft: Draft, found) -> bool:
    """A head followed at once by a volume or publication facts, or a corporate-looking head
    followed only by a date and pages (a hearing), is the title."""
    if len(found.names) == 1 and _FACTS_AFTER.match(draft.work, found.span.end):
        return True
    if len(found.names) != 1 or not found.names[0].literal:
        return False
    rest = draft.work[found.span.end:]
    return re.search(r"[^\W\d_]{3}", rest) is None


_LATER_YEAR = re.compile(rf"(?<![-–\d]){YEAR}(?!\s*[-–]\s*\d)")
"""A year after the title that is not the end of a period (``United States: 1900-2005``)."""


def _take_date_after(draft: Draft, pos: int, need_parens: bool) -> None:
    """Author-date styles: a date in brackets or between stops right after the names."""
    if draft.work[pos:pos + 1] in "\"“”‘'«„":
        return
    match = _DATE_AFTER.match(draft.work, pos)
    if not match or (need_parens and not match.group("open")):
        return
    if not match.group("open") and draft.work[match.end("date"):].startswith(":") \
            and draft.work[pos:match.start("date")].strip() == "," and _LATER_YEAR.search(draft.work, match.end()):
        return  # ``1968: The Year That Shook Prague (Prague: Torst, 2003)``: a title, dated later
    text = match.group("date")
    iso = normalise_date(text)
    start, end = match.start("date"), match.end("date")
    if match.group("open"):
        start = match.start("open")
        end = match.end()
    draft.cues.add("author-date")
    if iso:
        draft.put("date", iso, match.start("date"), match.end("date"), blank=False)
        draft.put("year", iso[:4], match.start("date"), match.start("date") + 4, blank=False)
    draft.blank(start, end)
