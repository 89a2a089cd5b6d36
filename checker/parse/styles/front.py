"""The head of a citation → authors (or editors) and, in author-date styles, the date.

Author-date styles (APA ``Berman, P. (1976).``, Harvard ``Smith, J., 2012.``, Chicago
author-date ``Kroodsma, Donald E. 1980.``) put the date straight after the names;
note and bibliography styles (Chicago, MLA, ISO 690, IEEE) go on to the title. A
ditto dash (``———.``) stands for the previous entry's authors and is skipped.
"""

from __future__ import annotations

import re

from ..dates import DATE_TEXT, normalise_date
from ..fields import BLANK, Draft
from ..names import scan_names

_DITTO = re.compile(r"[—–_-]{2,}\s*[.,]?|—\s*[.,]")
_DATE_AFTER = re.compile(
    rf"\s*[.,:]?\s*(?P<open>[(\[])?\s*(?P<date>{DATE_TEXT}|n\.\s?d\.|o\.\s?J\.|s\.\s?d\.|in press|forthcoming)"
    rf"\s*(?(open)[)\]])\s*(?:[.,:;]|(?=\s[^\s\d])|$)",
    re.I,
)


def _start(draft: Draft) -> int:
    pos = 0
    while pos < len(draft.work) and (draft.work[pos].isspace() or draft.work[pos] == BLANK):
        pos += 1
    return pos


def take_front(draft: Draft) -> None:
    """Read the author list and, if one follows at once, the publication date."""
    pos = _start(draft)
    ditto = _DITTO.match(draft.work, pos)
    if ditto:
        draft.cues.add("ditto")
        draft.blank(ditto.start(), ditto.end())
        pos = _start(draft)
    if draft.work[pos:pos + 1] in "\"“”‘'«„" or ditto:
        draft.cues.add("title-first")
        _take_date_after(draft, pos, need_parens=False)
        return
    found = scan_names(draft.work, pos)
    if found is None:
        draft.cues.add("title-first")
        return
    if _is_title(draft, found):
        draft.cues.add("title-first")
        return
    draft.put(found.role, found.names, found.span.start, found.span.end)
    if found.et_al:
        draft.cues.add("et-al")
    after = draft.raw[found.span.end:found.span.end + 2]
    if after.startswith(","):
        draft.cues.add("comma-style")
    _take_date_after(draft, found.span.end, need_parens=False)


def _is_title(draft: Draft, found) -> bool:
    """A corporate-looking head followed only by a date and pages is the title (a hearing)."""
    if len(found.names) != 1 or not found.names[0].literal:
        return False
    rest = draft.work[found.span.end:]
    return re.search(r"[^\W\d_]{3}", rest) is None


def _take_date_after(draft: Draft, pos: int, need_parens: bool) -> None:
    """Author-date styles: a date in brackets or between stops right after the names."""
    if draft.work[pos:pos + 1] in "\"“”‘'«„":
        return
    match = _DATE_AFTER.match(draft.work, pos)
    if not match or (need_parens and not match.group("open")):
        return
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
