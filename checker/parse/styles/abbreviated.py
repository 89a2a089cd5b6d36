"""A journal named by its abbreviation, and its numbers, at the end → journal, volume, pages, year.

The sciences cite a paper by its journal, often with no title at all: chemistry
``A. R. Battersby, Tetrahedron Lett. 3169 (1978)``, ``C. K. Chang. J. Am. Chem. Soc. 101, 4762
(1979)``, physics ``Nucl. Phys. A517, 483 (1990)``, ``Phys. Rev. D 73 (2006), 034005``,
astronomy ``Bertschinger, E. 1986, ApJ, 304, 154``; with a title the tail is the same
(``… Weyl semimetals. Phys. Rev. B 90, 165115 (2014)``). Read before the title, so that
the journal is not taken for one.

The numbers come in a few orders: ``Vol, Page (Year)``, ``Vol (Year) Page``, ``Page (Year)``
(journals paged through the year), ``Year, Vol, Page`` and ``Vol(Issue), Page``; a letter
before the volume is the journal's section (``A517`` → ``Nucl. Phys. A``, volume 517). After
them only e-print numbers (``arXiv:1203.2654``, ``[hep-lat/0201010]``) may follow.

The journal is read backwards from the numbers, by the shape of its words: ISO 4
abbreviations (``Phys.``, ``Lett.``, ``J.``; :mod:`..abbreviations`), acronyms (``ApJ``,
``MNRAS``, ``JHEP``), section letters (``B``), capitalised words (``Tetrahedron``, ``High
Energy``) and joining words (``of``, ``de``). It ends, to the left, at a comma, a quote, a
bracket, the names, or a full stop after a word that is not an ISO 4 abbreviation (the
title's last word: ``… in Catalysis. Tetrahedron Lett.``). A word that only may be one — a
whole word of the list too (``Sahel.``, ``Meteor.``), a short word ISO 4 does not list
(``Wea.``), an acronym with a stop (``NbP.``) — counts inside the name but not at its left
end. A name of whole words only (``Tetrahedron, 37, 3131 (1981)``) is taken only with a
volume and pages, and not after a comma (``Archivio de Psicologia, Neurologia e …``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Field, Span
from ..abbreviations import is_title_word_abbreviation, is_whole_title_word
from ..dates import MONTHS, YEAR, normalise_date
from ..fields import BLANK, Draft, clean
from .journal import dash

_AT = r"(?<![\w-])(?<!\d\.)"
"""A number starts a word; ``Lett.37`` (a PDF lost the space) still counts."""
_EPRINT = (
    r"(?:e-?\s?print\s*)?arXiv\s*:?\s*[\w./-]+|\[[^\[\]]{1,80}\]|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{7}"
    r"|\d{4}\s?\.\s?\d{4,5}(?:v\d+)?"
)
_TAIL = rf"(?:[\s,;.{BLANK}]*(?:{_EPRINT}))*[\s,;.{BLANK}]*$"


def _form(name: str, template: str, n: int) -> str:
    """One order of the numbers as a named alternative; its groups end in ``n`` (names must be unique)."""
    vol = rf"(?:(?P<vlabel{n}>[Vv]ol\.\s*)?(?:(?P<sec{n}>[A-Z])(?=\d)|{_AT})(?P<vol{n}>\d{{1,5}}[A-Za-z]?))"
    page = rf"(?P<pages{n}>[A-Z]?\d{{1,7}}[a-z]?(?:\s*[-–—]\s*[A-Z]?\d{{1,7}}[a-z]?)?)(?![\w.]\d)"
    date = rf"(?P<date{n}>(?:{MONTHS}\.?,?\s*)?{YEAR}[a-z]?)"
    issue = rf"\(\s*(?!{YEAR}\s*\))(?P<issue{n}>\d{{1,4}}(?:\s*[-–/]\s*\d{{1,4}})?)\s*\)"
    pieces = {"VOL": vol, "PAGE": page, "DATE": date, "BDATE": rf"\(\s*{date}\s*\)", "ISSUE": issue, "AT": _AT}
    return f"(?P<{name}>" + re.sub(r"<([A-Z]+)>", lambda m: pieces[m.group(1)], template) + ")"


_ORDERS = (
    ("vol_issue_page", r"<VOL>\s*<ISSUE>\s*[,:]\s*<PAGE>(?:\s*,?\s*<BDATE>)?"),
    ("vol_year_page", r"<VOL>\s*,?\s*<BDATE>\s*[,:]?\s*(?:pp?\.\s*)?<PAGE>"),
    ("vol_page", r"<VOL>\s*[,:]\s*<PAGE>(?:\s*,?\s*<BDATE>)?"),
    ("year_vol_page", r"<AT><DATE>\s*[,;]\s*<VOL>\s*[,:]\s*<PAGE>"),
    ("page_year", r"<AT><PAGE>\s*,?\s*<BDATE>"),
)
"""Orders of the numbers after the journal, preferred in this order where two fit."""
_NUMBERS = re.compile("(?:" + "|".join(_form(name, t, n) for n, (name, t) in enumerate(_ORDERS)) + ")" + _TAIL)
_KEYS = {
    name: tuple((key[:-len(str(n))], key) for key in _NUMBERS.groupindex if key.endswith(str(n)) and key != name)
    for n, (name, _) in enumerate(_ORDERS)
}
"""For each order, its groups: (``vol``, ``vol2``), …"""
_DIGITS = re.compile(r"\d+")
_VOL_LABEL = re.compile(r"[Vv]ol\.\s*$")

_TOKEN = re.compile(r"[ldLD]['’](?=[^\W\d_])|[^\W\d_][\w&’'-]*\.?|\S")
_JOINING = frozenset("of de du des der di für and & et la le l' d' l’ d’ the y e i".split())
"""Small words inside a name (``Journal de l'École Polytechnique``); capitalised, ``The`` starts one."""
_IN = frozenset({"in", "in:", "dans", "w:", "im", "en"})
_LABEL = re.compile(rf"(?:[Vv]ol|[Nn]os?|[Nn]r|[Ii]ssue|pp?|[Nn]um|[Bb]d|{MONTHS})\.?", re.I)
"""A volume or issue label or a month ends a journal's name on the left (``…, Vol. 12, No. 2, 1998``)."""
_QUOTES = "“”\"«»‘’„'"


def take_abbreviated_journal(draft: Draft) -> None:
    """Read a journal and its numbers at the end of the citation (see the module text)."""
    tail = draft.work.rstrip(_AFTER_NUMBERS)
    if "title" in draft.found or "archive" in draft.cues or not tail[-1:].isdigit():
        return
    start = _head_end(draft)
    numbers = _numbers(draft.work, max(start, len(tail) - _WINDOW))
    if numbers is None:
        return
    run = _journal_before(draft.work, start, numbers.start())
    if run is None or not _plausible(numbers.lastgroup, *run):
        return
    groups = _groups(numbers)
    if not _year_as_page(draft, groups):
        _put(draft, groups, run[0], run[1], numbers.end(), title_less=run[3] == "start")


_WINDOW = 100
"""The numbers start in the last characters before what may follow them; trying only there is fast."""
_AFTER_NUMBERS = " .,;)]" + BLANK


def _numbers(work: str, lo: int) -> re.Match | None:
    """The leftmost block of numbers after ``lo`` that runs to the end. Only the starts of
    numbers (or of a section letter or ``Vol.`` before one) are tried: a search would try
    every character."""
    for digits in _DIGITS.finditer(work, lo):
        at = digits.start()
        label = _VOL_LABEL.search(work, max(lo, at - 6), at) if "ol." in work[at - 6:at] else None
        starts = [label.start()] if label else []
        if at > lo and work[at - 1].isupper() and not work[at - 2:at - 1].isalnum():
            starts.append(at - 1)
        for begin in (*starts, at):
            found = _NUMBERS.match(work, begin)
            if found is not None:
                return found
    return None


def _head_end(draft: Draft) -> int:
    """Where the text after the names (and an author-date year) starts."""
    pos = 0
    for name in ("author", "editor", "date"):
        field = draft.found.get(name)
        if field is not None and field.span is not None and field.span.start <= pos + 5:
            pos = max(pos, field.span.end)
    return pos


def _journal_before(work: str, start: int, end: int) -> tuple[int, int, dict, str] | None:
    """The journal's name right before ``end``: its span, counts of its kinds of word and what
    bounds it on the left (``start``: the names; ``comma``, ``quote``, ``stop``: a title)."""
    lo = max(start, end - _LONGEST_NAME)
    tokens = list(_TOKEN.finditer(work, lo, end))
    while tokens and tokens[-1].group(0) in ",:":  # ``Tetrahedron, 37, 3131``: the journal's own comma
        tokens.pop()
    kinds = {"abbreviation": 0, "tentative": 0, "word": 0, "section": 0, "joining": 0, "dotted": 0}
    first, bound = None, "start" if lo == start else "long"
    for token in reversed(tokens):
        kind = _kind(token.group(0))
        if kind in ("abbreviation", "tentative", "word", "section") or (kind == "joining" and first is not None):
            kinds[kind] += 1
            kinds["dotted"] += kind == "abbreviation" and token.group(0).endswith(".")
            first = token
            continue
        bound = _bound(work, start, token.start(), kind) if kind in ("punctuation", "comma", "colon") else kind
        break
    while first is not None and _kind(first.group(0)) in ("joining", "tentative"):
        # never begins with ``of``; ``… for the Sahel. J. Appl. Meteor.``: a word that only may be
        # an abbreviation, at the left end, is the title's last word
        bound = "stop" if _kind(first.group(0)) == "tentative" else bound
        first = next((t for t in tokens if t.start() > first.start()), None)
    if first is None or bound == "long":
        return None
    return first.start(), tokens[-1].end(), kinds, bound


_LONGEST_NAME = 120
_HEAD_PUNCTUATION = " .,;:()[]/" + BLANK


def _bound(work: str, start: int, at: int, kind: str) -> str:
    """What a stop or comma before the journal ends: nothing (the names were before it), a
    number (``497-500. IF: 5,895``: not a journal) or a sentence (the title)."""
    before = work[start:at].rstrip(_HEAD_PUNCTUATION)
    if not before:
        return "start"
    if kind != "punctuation":
        return kind
    return "digit" if before[-1].isdigit() else "stop"


@lru_cache(maxsize=8192)
def _kind(token: str) -> str:
    """What one word of a journal's name is, or what ends the name."""
    if not token[0].isalpha():
        if token in _QUOTES:
            return "quote"
        if token in ",:":
            return "comma" if token == "," else "colon"
        return "digit" if token[0].isdigit() else ("joining" if token == "&" else "punctuation")
    if token in _JOINING:
        return "joining"
    if len(token) <= 10 and (token.casefold() in _IN or _LABEL.fullmatch(token)):
        return "in" if token.casefold() in _IN else "label"
    capitals = sum(map(str.isupper, token))
    if token.endswith("."):
        if not token[0].isupper():
            return "stop"
        if capitals >= 2:  # ``ApJ.`` inside a name; ``NbP.``, ``DYER.`` end a title or the names
            return "tentative" if len(token) <= 7 and not token[:-1].isupper() else "stop"
        if is_title_word_abbreviation(token):
            return "tentative" if is_whole_title_word(token) else "abbreviation"
        return "tentative" if len(token) <= 4 else "stop"  # ``Mon. Wea. Rev.``: short, not in ISO 4
    if not token[0].isupper():
        return "lower"
    if len(token) == 1:
        return "section"
    if capitals >= 2 and len(token) <= 8:  # ``ApJ``, ``MNRAS``, ``A&A``
        return "abbreviation"
    return "word"


def _plausible(form: str, start: int, end: int, kinds: dict, bound: str) -> bool:
    """Whether the words before the numbers make a journal's name in this position."""
    if bound in ("in", "label") or kinds["word"] > 8:
        return False  # ``In Proceedings …, 12, 3-9``: a book's pages, read with the container
    if bound == "digit" and not kinds["dotted"]:
        return False  # ``…, 497-500. IF: 5,895``; but ``… States: 1900-2005. Nat. Hazards Rev., 9, 29-42``
    if kinds["abbreviation"]:
        return True
    if form == "page_year":  # ``Synthesis, 474 (1977)``: one or two words, straight after the names
        return bound == "start" and kinds["word"] <= 2
    if form == "year_vol_page":
        return False
    return kinds["word"] <= 6 and bound in ("start", "quote", "stop")  # a comma may be inside the name


def _groups(numbers: re.Match) -> dict[str, tuple[str, int, int]]:
    """The numbers found, by name (``vol``, ``pages``, …) without the order's suffix: text and span."""
    return {name: (numbers.group(key), numbers.start(key), numbers.end(key))
            for name, key in _KEYS[numbers.lastgroup] if numbers.group(key) is not None}


def _year_as_page(draft: Draft, groups: dict[str, tuple[str, int, int]]) -> bool:
    """``…, vol. 55, 1966.`` / ``Press, 1990, 197–203``: a number that reads as a year, where no
    other year is, is the date, not the page or the volume."""
    if "date" in groups or "year" in draft.found:
        return False
    return any(re.fullmatch(YEAR, groups[name][0]) for name in ("pages", "vol") if name in groups)


def _put(draft: Draft, groups: dict[str, tuple[str, int, int]], start: int, end: int, stop: int,
         title_less: bool) -> None:
    """Record the journal (``start``–``end``) and its numbers; blank all of it up to ``stop``."""
    journal_end = groups["sec"][2] if "sec" in groups else end
    draft.put("container_title", clean(draft.raw[start:journal_end]), start, journal_end, blank=False)
    for name, field in (("vol", "volume"), ("issue", "issue")):
        if name in groups:
            draft.put(field, *groups[name], blank=False)
    draft.put("pages", dash(groups["pages"][0]), *groups["pages"][1:], blank=False)
    iso = normalise_date(groups["date"][0]) if "date" in groups else None
    if iso and "year" not in draft.found:
        draft.put("date", iso, *groups["date"][1:], blank=False)
        draft.put("year", iso[:4], *groups["date"][1:], blank=False)
    while stop > start and draft.work[stop - 1] in " .,;" + BLANK:
        stop -= 1  # a closing stop stays: ``Who pays? Urban Studies Review, 8(2), 55-70.`` ends the title at ``?``
    draft.blank(start, stop)
    draft.cues.add("journal-tail")
    if title_less:
        draft.cues.add("title-less")


def take_title_rest(draft: Draft) -> None:
    """``Cluster analysis of typhoon tracks. Part I: General properties. J. Climate, 20, …``:
    before a journal read at the end, plain text left after the title's first sentence is
    the rest of the title."""
    title, container = draft.found.get("title"), draft.found.get("container_title")
    if "journal-tail" not in draft.cues or title is None or container is None or title.span is None:
        return
    rest = draft.work[title.span.end:container.span.start]
    if BLANK in rest or not _SUBTITLE.fullmatch(rest):
        return
    end = title.span.end + len(rest.rstrip(" .,;"))
    draft.found["title"] = Field("title", clean(draft.raw[title.span.start:end]), Span(title.span.start, end))
    draft.blank(title.span.end, end)


_SUBTITLE = re.compile(r"[.:]?\s+(?![Ii]n\b|[Ee]ds?\.)[A-ZÀ-Þ][^\d()\[\]“”\"«»]{2,200}?[.,]?\s*")


__all__ = ["take_abbreviated_journal", "take_title_rest"]
