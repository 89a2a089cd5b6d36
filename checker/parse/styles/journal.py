"""The text after the title → date, volume, issue, pages and the journal that holds them.

Periodical styles differ mostly in punctuation: IEEE ``vol. 4, no. 4, pp. 211–222, 2013``,
ISO 690 ``2013, roč. 48, č. 2, s. 45–67`` (Czech labels) or ``2018, 27(3), 5–22``,
APA ``40(3), 345–370``, Chicago ``17 (1998): 124-55``, Harvard/Nature ``288, 477–479``,
MLA ``vol. 12, no. 2, 2002, pp. 111–137``, humanities ``REG 47 (1934), pp. 153-163``,
French ``n°2780``. The journal name is the text between the title and the first of
these facts.
"""

from __future__ import annotations

import re

from ...model import Field, Span
from ..dates import DATE_TEXT, IN_TITLE_PERIOD, MONTHS, YEAR, normalise_date
from ..fields import BLANK, Draft, clean, trimmed

_PG = r"(?:[A-Z]{0,2}|e)\d+[a-z]?(?:\s*(?:[-–—?]|\bto\b)\s*[A-Z]{0,2}\d+[a-z]?)?"
"""A page or range; ``e045678`` is an article number (eLocator) printed where pages go."""
_ROMAN = r"[IVXLC]+"
# Each starts with a look-ahead for the labels' first letters: one test rejects most positions.
_LABELLED = (
    ("volume", re.compile(rf"(?=[vVBJtrR\d])(?<![\w])(?:(?:vol|Vol|VOL|Bd|Jg|tome|Band|Volume|volume|vols?|roč|Roč|ročník)(?![a-zà-ž])\.?\s*|[vV](?:\.\s*|\s+))(?P<v>\d+(?:\s*[-–]\s*\d+)?[A-Z]?|{_ROMAN}|[ivxlc]+)\b|(?<!\d)(?P<v2>\d+\s+vols)\.?")),
    ("issue", re.compile(r"(?=[nNHiIfčČ])(?<![\w])(?:no|No|NO|nr|Nr|n°|N°|nº|n(?=\.\s?\d)|Heft|H|issue|Issue|num|Num|fasc|Nos|č|čís|Č)\.?\s*(?P<v>\d+(?:\s*[-–/]\s*\d+)?|[A-Z]\d+)\b")),
    ("pages", re.compile(rf"(?=[pSs])(?<![\w])(?:pp|p|pages|page|S|pg|pgs|(?<!\.)s(?=\.\s?\d))\.?\s*(?P<v>{_PG})(?![\w])")),
)
# ``(?=\d)`` first: one test rejects a position before the look-behind and the rest are tried.
_VOL_ISSUE = re.compile(
    rf"(?=\d)(?<![\w.])(?P<vol>\d{{1,4}}[A-Z]?)\s*,?\s*\(\s*(?P<issue>[\w–/.-]{{1,12}}?)\s*\)(?:\s*[:,]\s*(?:pp?\.\s*)?(?P<pages>{_PG})(?![\w]))?"
)
_VOL_PAGES = re.compile(rf"(?=\d)(?<![\w.-])(?P<vol>\d{{1,4}}[A-Z]?)[\s\x1f]*[:,]\s*(?:pp?\.\s*)?(?P<pages>{_PG})(?![\w.]?\w)")
_VOL_SPACE_PAGES = re.compile(rf"(?=\d)(?<![\w.-])(?P<vol>\d{{1,4}})\s+(?P<pages>\d+\s*[-–—]\s*\d+)(?![\w])")
_VOL_DOT = re.compile(r"(?=\d)(?<![\w.])(?P<vol>\d{1,4}\.\d{1,3})(?=[\s\x1f]*(?:\x1f|\(|:))")
_VOL_ROMAN = re.compile(r"(?<=[\s,])(?P<vol>[IVXLC]{1,7})(?=[\s\x1f]*(?:\x1f|\()|,[\s\x1f]*(?:\x1f|(?:pp?\.\s*)?\d))")
"""``XLV (1967)``, ``Science XXI, pp. 607-608`` (the pages read already), ``XI, 12``."""
_BARE_RANGE = re.compile(r"(?=[A-Z\d])(?<![\w.-])(?P<pages>[A-Z]?\d+\s*[-–—]\s*[A-Z]?\d+)(?![\w])")
_BARE_NUMBER = re.compile(r"(?=\d)(?<![\w.-])(?P<v>\d{1,4})(?=\s*[.,;]?\s*(?:\x1f|$))")
_DATE = re.compile(
    rf"(?:(?<=\w)(?=\()|(?<![\w/.–-]))(?P<open>\()?\s*(?P<date>{DATE_TEXT})\s*(?(open)\))(?![\w]|[-–/]\d)"
)
"""A date, bracketed or not; a bracket may be glued to the word before (``Springer, Berlin( 1981)``)."""


_PERIOD_IN_TITLE = re.compile(IN_TITLE_PERIOD)


def dash(pages: str) -> str:
    """Normalise page ranges: ``251–272`` → ``251-272``."""
    return _DASH.sub("-", pages.strip())


_DASH = re.compile(r"\s*(?:[-–—]+|\bto\b)\s*")


def take_date(draft: Draft) -> None:
    """The publication date when it was not at the head: bracketed first, else the last one."""
    if "year" in draft.found:
        _blank_day_of_year(draft)
        return
    start = _after_title(draft)
    candidates = [m for m in _dates(draft.work, start) if not _is_volume(draft.work, m)]
    if not candidates:
        found = _YEARS_AT_END.search(draft.work, start) or _YEARS_IN_BRACKETS.search(draft.work, start)
        candidates = [found] if found is not None else []
    if not candidates:
        return
    bracketed = [m for m in candidates if m.group("open")]
    match = bracketed[0] if bracketed else candidates[-1]
    iso = normalise_date(match.group("date"))
    if iso:
        draft.put("date", iso, match.start("date"), match.end("date"), blank=False)
        draft.put("year", iso[:4], match.start("date"), match.end("date"), blank=False)
        draft.blank(match.start(), match.end())
        if match.group("open") and "volume" not in draft.found:
            _volume_before_date(draft, match.start())


def _blank_day_of_year(draft: Draft) -> None:
    """``THE GUARDIAN, 2015. “Title”, The Guardian, 2 September 2015.``: the day of the year read
    at the head is no page or volume; blank it (the head's date stands)."""
    year = draft.found["year"].value
    if "date" not in draft.found or draft.found["date"].value != year:
        return  # the head gave a month or a day already, or a date of its own
    for match in _dates(draft.work, _after_title(draft)):
        if match.group("date") != year and (normalise_date(match.group("date")) or "").startswith(f"{year}-"):
            draft.blank(match.start(), match.end())


def _volume_before_date(draft: Draft, at: int) -> None:
    """``Journal 12 (1998)``: a number right before a bracketed date, not labelled as an issue
    or pages, is the volume."""
    volume = _NUMBER_AT_END.search(draft.work[:at])
    if volume and not _ISSUE_LABEL_AT_END.search(draft.work[:volume.start()]):
        draft.put("volume", volume.group(1), volume.start(1), volume.end(1))


_NUMBER_AT_END = re.compile(r"(?<![\w.–—-])(\d{1,4})[\s,]*$")
_ISSUE_LABEL_AT_END = re.compile(r"(?:no|No|n°|nr|Nr|issue|pp?|S)\.?\s*$")


_YEARS_AT_END = re.compile(
    rf"(?<=[^\W\d_]\s)(?P<open>)(?P<date>{YEAR})(?:\s*[-–/]\s*(?:{YEAR}|\d\d))(?=\s*\.?\s*$)"
)
"""``Venezia 1708-1709``, ``Venezia 1824/53``: a work in volumes printed over years, after its
place; the first year is the date (``open`` is an empty group so the match reads as unbracketed)."""
_YEARS_IN_BRACKETS = re.compile(rf"(?P<open>\()\s*(?P<date>{YEAR})\s*[-–/]\s*(?:{YEAR}|\d\d)\s*\)")
"""``CW 84 (1990-1991)``: a volume spanning two years, dated by the first."""
_YEAR_AT = re.compile(r"(?:1[4-9]|20)\d\d(?!\d)")


def _dates(work: str, start: int) -> list[re.Match]:
    """Every date after ``start``; the full pattern is only tried around a year (it is slow
    to try at every character)."""
    found: list[re.Match] = []
    pos = start
    for year in _YEAR_AT.finditer(work, start):
        if year.start() < pos:
            continue
        for match in _DATE.finditer(work, max(pos, year.start() - 24), min(len(work), year.end() + 12)):
            if match.start() <= year.start() < match.end():
                found.append(match)
                pos = match.end()
                break
    return found


def _is_volume(work: str, match: re.Match) -> bool:
    """``1975, 43, 219`` is a year; ``1990(4)`` or ``2014: 12-19`` is a volume; ``Milano 1999
    (2a ed. …)`` is a year with a note after it."""
    return not match.group("open") and _ISSUE_AFTER.match(work, match.end()) is not None


_ISSUE_AFTER = re.compile(r"\s*(?:\(\s*[^\W_]{1,7}(?:\s*[-–/]\s*[^\W_]{1,7})?\s*\)|:\s?\d)")


def _after_title(draft: Draft) -> int:
    title = draft.found.get("title")
    return title.span.end if title else 0


def take_numbers(draft: Draft) -> None:
    """Volume, issue and pages, labelled or by their punctuation."""
    start = _after_title(draft)
    first = min(_labelled(draft, start), _punctuated(draft, start), _bare(draft, start))
    if first < len(draft.work) and "container_title" not in draft.found:
        _container_before(draft, start, first)


def _labelled(draft: Draft, start: int) -> int:
    """``vol. 5``, ``no. 2``, ``pp. 3-9``, ``2 vols.``; returns where the first one starts."""
    first = len(draft.work)
    for name, pattern in _LABELLED:
        match = pattern.search(draft.work, start) if name not in draft.found else None
        if match:
            value = match.group("v") or match.group("v2") if name == "volume" else match.group("v")
            value = dash(value) if name != "issue" else value
            draft.put(name, value, match.start(), match.end())
            first = min(first, match.start())
    return first


def _punctuated(draft: Draft, start: int) -> int:
    """``38(5): 1-9``, ``17: 124-55``, ``37.2 (2011)``, ``XLV (1967)``, ``77, pp. 250``."""
    first = len(draft.work)
    for pattern in (_VOL_ISSUE, _VOL_PAGES, _VOL_SPACE_PAGES, _VOL_DOT, _VOL_ROMAN):
        match = pattern.search(draft.work, start) if "volume" not in draft.found else None
        if match is None:
            continue
        groups = match.groupdict()
        draft.put("volume", match.group("vol"), match.start("vol"), match.end("vol"), blank=False)
        if groups.get("issue"):
            draft.put("issue", match.group("issue"), match.start("issue"), match.end("issue"), blank=False)
        if groups.get("pages"):
            draft.put("pages", dash(match.group("pages")), match.start("pages"), match.end("pages"), blank=False)
        draft.blank(match.start(), match.end())
        first = min(first, match.start())
    return min(first, _volume_before_pages(draft, start))


def _volume_before_pages(draft: Draft, start: int) -> int:
    """``Appl. Phys. Lett. 77, pp. 250–2`` / ``Journal 34, no. 2``: a number right before
    labelled pages or a labelled issue is the volume."""
    labelled = [f for f in (draft.found.get("issue"), draft.found.get("pages")) if f is not None and f.span]
    if "volume" in draft.found or not labelled:
        return len(draft.work)
    at = min(f.span.start for f in labelled)
    if at <= start:
        return len(draft.work)
    match = _NUMBER_BEFORE.search(draft.work[start:at])
    if match is None or _NUMBER_LABEL_AT_END.search(draft.work[:start + match.start()]):
        return len(draft.work)
    draft.put("volume", match.group(1), start + match.start(1), start + match.end(1))
    return start + match.start(1)


_NUMBER_BEFORE = re.compile(r"(?<![\w.,-])(\d{1,4})[\s,:]*$")
_NUMBER_LABEL_AT_END = re.compile(r"(?:no|No|n°|Nr|nr)\.?\s*$")


def _bare(draft: Draft, start: int) -> int:
    """An unlabelled page range; a lone number at the end in note styles (the cited page) or, in
    author-date styles, the volume of an article cited without pages (``Journal, 19.``)."""
    if "pages" not in draft.found:
        match = _BARE_RANGE.search(draft.work, start)
        if match:
            draft.put("pages", dash(match.group("pages")), match.start(), match.end())
            return match.start()
    if "pages" not in draft.found and "volume" not in draft.found:
        match = _BARE_NUMBER.search(draft.work, start)
        if match and ("notes-facts" in draft.cues or "comma-style" in draft.cues
                      or draft.work[:match.start()].rstrip().endswith(",")):
            notes = {"notes-facts", "comma-style"} & draft.cues
            name = "volume" if "author-date" in draft.cues and not notes else "pages"
            draft.put(name, match.group("v"), match.start(), match.end())
    return len(draft.work)


def _container_before(draft: Draft, start: int, end: int) -> None:
    """The journal is the text between the title and its volume or pages."""
    chunk = draft.work[start:end]
    pieces = [m for m in _UNREAD.finditer(chunk) if _TWO_LETTERS.search(m.group(0))]
    if not pieces:
        return
    piece = pieces[-1] if len(pieces) > 1 and _weak(pieces[0].group(0)) else pieces[0]
    s, e = trimmed(draft, start + piece.start(), start + piece.end())
    text = _IN_LABEL.sub("", clean(draft.raw[s:e]))
    if text and not _LABEL_ONLY.match(text):
        draft.put("container_title", text, s, e)


_UNREAD = re.compile(r"[^\x1f]+")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_IN_LABEL = re.compile(r"^(?:In|in|Dans|dans)\s*:?\s+")
_LABEL_ONLY = re.compile(r"^(?:pp?|vol|no)\.?$", re.I)


def _weak(text: str) -> bool:
    return len(text.strip(" .,:;")) < 2 or text.strip().lower() in {"in", "in:"}


_TAIL = re.compile(
    rf"(?:[\s,.;:]+(?:\d[\d\s/.–-]*|[IVXLC]{{1,7}}|(?:[Vv]ol|[Nn]os?|[Vv]|n°|[Nn]r|[Ii]ssue|pp?|pages?|Heft|t)\.?|"
    rf"{MONTHS}(?:\s*[-–/]\s*{MONTHS})?|to appear|in press|forthcoming))+$"
)


def tidy_container(draft: Draft) -> None:
    """Cut what the journal name picked up from the facts after it (``Critical Inquiry 37.2``,
    ``Harvard Business Review, XLV (July-August``, ``The Guardian, 2 September``)."""
    container = draft.found.get("container_title")
    if container is None or container.span is None or {"archive", "journal-tail"} & draft.cues:
        return  # an archival collection ends in its box or folio number on purpose; ``Phys. Rev. C`` in its section
    start, end = container.span.start, container.span.end
    text = draft.raw[start:end]
    tail = _TAIL.search(text)
    if tail is None or not _TWO_LETTERS.search(text[:tail.start()]):
        return
    period = _PERIOD_IN_TITLE.search(draft.raw, start + tail.start())
    if period is not None and period.start() <= start + tail.start() + 2:
        return  # ``in War Writing in Britain, 1914–1918, ed. Peter Cole``: the years are the book's
    value = clean(text[:tail.start()])
    if value:
        draft.found["container_title"] = Field("container_title", value, Span(start, start + tail.start()))
