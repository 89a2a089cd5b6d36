"""Layout → Markers: note numbers glued to the body text (``in 1949.1``, ``Nations.”3``, ``Kosovo8``).

A marker is a one- to three-digit number glued to a word or to closing punctuation. Years,
quantities, dates, section numbers and page references are not markers: ``in 1949``,
``27 members``, ``2014-07-22``, ``1.1 The new era``, ``p.5``, ``G7``. Two weaker forms
are accepted only where they fit the numbering around them: a number after a space at
the end of a line (``Yeltsin. 10``) and a number torn onto a line of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable, Iterator

from ..model import Location, Marker
from .layout import LOWER, NUMBER_LINE, UPPER, Layout

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_CLOSERS = ".,;:!?…)]”’\"'“„»"
# One- to three-digit numbers directly after two lower-case letters or after closing
# punctuation, and not running on into a word, a decimal, a range or a percentage; never
# with a leading zero (``p < .001``).
# The leading lookahead lets the regex engine skip to the next digit instead of trying
# the lookbehinds at every position (2-3x faster on running text).
# A superscript may also follow capitals (``l’ONU¹``) or a year (``À partir de 1853³,``): it
# cannot be read as part of the word or the number.
_GLUED = re.compile(
    rf"(?=[\d⁰¹²³⁴⁵⁶⁷⁸⁹])(?:(?<=[{LOWER}]{{2}})|(?<=[.,;:!?…)\]”’\"'“„»])"
    rf"|(?<=[\d{UPPER}])(?=[⁰¹²³⁴⁵⁶⁷⁸⁹]))"
    r"(?P<num>(?!0)\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
    r"(?![\w%°]|[.,:/\u2013-]\d)"
)
# The same glue, for a group of numbers (``diversity1,2.``, ``previously5–7,``): how a
# numbered paper's superscript reference calls come out of a PDF.
_GLUED_GROUP = re.compile(
    rf"(?=\d)(?:(?<=[{LOWER}]{{2}})|(?<=[.,;:!?…)\]”’\"'“„»]))"
    r"(?P<group>(?!0)\d{1,3}(?:[,\u2013-](?!0)\d{1,3}){0,8})"
    r"(?![\w%°]|[.,:/\u2013-]\d)"
)
# ``Yeltsin. 10``, ``strangers". 6`` (a quote before the stop): a number after a space at a line's end.
_SPACED = re.compile(rf"(?:(?<=[{LOWER}][.,;:!?”’\"»])|(?<=[{LOWER}][”’\"»)][.,;:!?]))\s(?P<num>\d{{1,3}})\s*$")
_YEAR = re.compile(r"(?:1\d|20)\d\d$")
# ``in 1921,3 with``: a marker glued to a year's comma, or a decimal comma (``1921,3 %``);
# weak, so it counts only where it fits the numbering around it.
# (No leading lookbehind, so the engine can skip to a 1 or 2; the digit before is checked in code.)
_AFTER_YEAR_COMMA = re.compile(r"(?:1\d|20)\d\d,(?P<num>\d{1,3})(?=\s+[^\s\d%‰°])")
# ``региональные СМИ14.``, ``the EU3,``: a number glued to capitals before a stop or comma may be
# a marker or part of a name (``G7.``, ``COVID19.``); weak, so it counts only where it fits.
_AFTER_CAPITALS = re.compile(rf"(?=[1-9])(?<=[{UPPER}]{{2}})(?P<num>(?!0)\d{{1,3}})(?=[.,;:!?…](?:\s|$))")
_TRAILING_AMOUNT = re.compile(r"\d[\d,]*$")
_CURRENCIES = frozenset("£$€¥")
_SENTENCE_AFTER = re.compile(rf"\s+[{UPPER}]|\s*$")
_TRAILING_WORD = re.compile(r"\w*$")
# Words after which a glued number is a quantity or a reference, not a note.
_NOT_BEFORE = frozenset(
    "p pp s str vol no nr art čl odst par fig tab ch chap sec km kg cm mm ml mg kw mw gw sq ft lb "
    "mb gb kb hz khz mhz".split()
)
_BODY_ROLES = frozenset({"body", "timeline"})
# A host name before a slash (``nato.int/``) or a path that starts with one (``/docu/``).
_WEB_PATH = re.compile(r"[^\W\d_]\.[a-z]{2,}/|^/\w")
# A strong marker this far past the highest number so far is a stray number, not a note.
_MAX_JUMP = 20
# ... unless this many markers after it count on from it (an excerpt's notes open at 41).
_RUN = 2


@dataclass(frozen=True, slots=True)
class _Candidate:
    number: int
    index: int
    column: int
    context: str
    strong: bool


def glued_markers(line: str) -> list[tuple[int, int]]:
    """Return ``(number, column)`` for every glued note marker in ``line``.

    >>> glued_markers("beginning in 1949.1 Much of Europe, in 1949 and G-7")
    [(1, 18)]
    >>> glued_markers("the Warsaw pact1. Founding Act3 and “co-management.4” in 3.5 %")
    [(1, 15), (3, 30), (4, 51)]
    """
    return list(_iter_glued(line))


def has_glued_marker(line: str) -> bool:
    """True when ``line`` carries at least one glued note marker."""
    return next(_iter_glued(line), None) is not None


def glued_number_groups(line: str) -> list[tuple[str, int]]:
    """Return ``(group, column)`` for every number or group of numbers glued on as a marker is.

    >>> glued_number_groups("plant diversity1,2. Shown previously5–7, in 1949 and 2.5 m2")
    [('1,2', 15), ('5–7', 36)]
    """
    return [
        (match.group("group"), match.start())
        for match in _GLUED_GROUP.finditer(line)
        if not _in_url(line, match.start()) and _plausible_context(line, match.start())
    ]


def spaced_marker(line: str) -> int | None:
    """The number after a space at the end of ``line`` (``strangers". 6``), a weak marker; else None.

    >>> spaced_marker('the number of strangers". 6'), spaced_marker("in the year 1795")
    (6, None)
    """
    if not line.rstrip()[-1:].isdigit():
        return None  # cheap pre-test: the number ends the line
    match = _SPACED.search(line, max(0, len(line.rstrip()) - 8))
    return int(match.group("num")) if match else None


def _iter_glued(line: str) -> Iterator[tuple[int, int]]:
    for match in _GLUED.finditer(line):
        start = match.start()
        if not _in_url(line, start) and _plausible_context(line, start):
            yield int(match.group("num").translate(_SUPERSCRIPTS)), start


def find_markers(layout: Layout, page_of: Callable[[int], int | None], document: str) -> tuple[Marker, ...]:
    """Find the note markers in the body and timeline lines of ``layout``, in reading order."""
    strong, weak = [], []
    for i, line in enumerate(layout.lines):
        if layout.roles[i] not in _BODY_ROLES:
            continue
        for number, column in glued_markers(line):
            strong.append(_Candidate(number, i, column, _context(line, column), True))
        weak += _after_year_comma(line, i)
        weak += [
            _Candidate(int(m.group("num")), i, m.start(), _context(line, m.start()), False)
            for m in _AFTER_CAPITALS.finditer(line)
            if not _in_url(line, m.start())
        ]
        if not line.rstrip()[-1:].isdigit():
            continue  # both weak forms end the line with the number
        spaced = _SPACED.search(line)
        torn = NUMBER_LINE.match(line)
        for match in (spaced, torn):
            if match:
                number = int(match.group(1) if match is torn else match.group("num"))
                weak.append(_Candidate(number, i, match.start(1), _context(line, match.start(1)), False))
    strong = _drop_strays(strong)
    positions = [(c.index, c.column) for c in strong]
    kept = strong + [c for c in weak if _fits(c, strong, positions)]
    kept.sort(key=lambda c: (c.index, c.column))
    return tuple(
        Marker(number=c.number, location=Location(document, c.index + 1, page_of(c.index + 1), c.column + 1), context=c.context)
        for c in kept
    )


def numbering_restarts_per_page(markers: tuple[Marker, ...]) -> bool:
    """True when the note numbers start again at 1 on page after page (footnotes numbered per page).

    At least two later pages, and at least half of the later pages that have markers,
    must open with marker 1; a paper whose chapters restart their endnotes does not.
    """
    firsts: dict[int, int] = {}
    for marker in markers:
        if marker.location.page is not None:
            firsts.setdefault(marker.location.page, marker.number)
    later = [number for _, number in sorted(firsts.items())][1:]
    restarts = later.count(1)
    return restarts >= 2 and 2 * restarts >= len(later)


def _after_year_comma(line: str, i: int) -> list[_Candidate]:
    """Weak candidates ``1921,3`` (a marker after a year's comma) in line ``i``."""
    found = []
    for match in _AFTER_YEAR_COMMA.finditer(line):
        if match.start() and line[match.start() - 1].isdigit():
            continue
        column = match.start("num")
        found.append(_Candidate(int(match.group("num")), i, column, _context(line, column), False))
    return found


def _plausible_context(line: str, start: int) -> bool:
    # Look back a bounded window only, so a huge line with many digits stays linear.
    window = line[max(0, start - 41): start]
    before = window[-1]
    if before in _CLOSERS:
        # ``45.1`` may be a decimal or a date; ``45.¹`` (a superscript) cannot.
        if before in ".,:" and len(window) >= 2 and window[-2].isdigit() and line[start].isascii():
            return before == "." and _after_year_or_sum(line, window, start)
        word = _TRAILING_WORD.search(window[:-1]).group()
        return not (before == "." and word.casefold() in _NOT_BEFORE)
    word = _TRAILING_WORD.search(window).group()
    if line[start] in _SUPERSCRIPT_DIGITS and any(ch.isdigit() for ch in word):
        return bool(_YEAR.fullmatch(word))  # ``1853³`` (a note on a year), never ``10⁶`` (a power)
    return word.casefold() not in _NOT_BEFORE and not any(ch.isdigit() for ch in word)


def _after_year_or_sum(line: str, window: str, start: int) -> bool:
    """``in 1949.1`` or ``£300.1 Within``: a marker after a year, or after a sum of money that ends a sentence.

    Any other ``45.1`` is a decimal or a date.
    """
    amount = _TRAILING_AMOUNT.search(window[:-1]).group()
    if len(amount) == 4 and _YEAR.match(amount):
        return True
    if window[-len(amount) - 2: -len(amount) - 1] not in _CURRENCIES:
        return False
    end = start
    while end < len(line) and line[end].isdigit():
        end += 1
    return bool(_SENTENCE_AFTER.match(line, end))


def _in_url(line: str, start: int) -> bool:
    """Is ``start`` inside a URL, an e-mail address or a web path (``example.org/page2``)?

    A slash alone does not make a URL: case numbers and laws (``8 As 55/2012-62).2``,
    ``č. 106/1999 Sb.,3``) carry markers after them.
    """
    token_start = line.rfind(" ", max(0, start - 300), start) + 1
    token = line[max(token_start, start - 300):start]
    if "://" in token or "www." in token or "@" in token:
        return True
    return "/" in token and bool(_WEB_PATH.search(token))


def _drop_strays(strong: list[_Candidate]) -> list[_Candidate]:
    """Drop numbers far past the highest marker so far, unless the markers after them carry them on.

    An excerpt (a chapter, an offprint) may open at note 41: a jump that the next
    markers continue one by one (41, 42, 43) is the numbering, not a stray.
    """
    kept: list[_Candidate] = []
    highest = 0
    for k, cand in enumerate(strong):
        if cand.number == 0 or (cand.number > highest + _MAX_JUMP and not _run_follows(strong, k)):
            continue
        kept.append(cand)
        highest = max(highest, cand.number)
    return kept


def _run_follows(strong: list[_Candidate], k: int) -> bool:
    """Do the ``_RUN`` markers after ``strong[k]`` count on from its number (a step of 1 or 2 each)?"""
    return counts_on([c.number for c in strong[k: k + 1 + _RUN]], _RUN)


def counts_on(numbers: list[int], run: int) -> bool:
    """Do the ``run`` numbers after ``numbers[0]`` rise from it by one or two at each step?

    A step of two lets one marker the stage read only weakly (``since 2014,42``) sit in the run.

    >>> counts_on([41, 42, 44], 2), counts_on([41, 42], 2), counts_on([41, 7, 8], 2)
    (True, False, False)
    """
    steps = [b - a for a, b in zip(numbers, numbers[1: run + 1])]
    return len(steps) == run and all(step in (1, 2) for step in steps)


def _fits(cand: _Candidate, strong: list[_Candidate], positions: list[tuple[int, int]]) -> bool:
    """A weak candidate must sit strictly between the strong markers around it."""
    at = bisect_left(positions, (cand.index, cand.column))
    low = strong[at - 1].number if at else 0
    high = strong[at].number if at < len(strong) else low + 2
    return low < cand.number < high and cand.number <= low + 2


def _context(line: str, column: int) -> str:
    """The words around a marker (about 40 characters before, 12 after), never cut mid-word."""
    start = max(0, column - 40)
    if start and not line[start - 1].isspace():
        start = line.find(" ", start) + 1 or column
    end = min(len(line), column + 12)
    if end < len(line) and not line[end].isspace():
        stop = line.rfind(" ", column, end)
        end = stop if stop > column else end
    return " ".join(line[start:end].split())
