"""Running text → date expressions with their precision and the days they cover.

Regular expressions only *locate* candidates (and handle what no date library does:
ranges, decades, parts of a year, decades of a century); turning a day or a month into
a calendar date is dateparser's job. Each expression becomes a closed interval of days
``[first, last]``, so "2002" and "May 28, 2002" compare as overlapping (agreement at a
different precision) while "2002" and "2008" do not.

>>> [(d.text, d.precision, d.normalised) for d in find_dates("signed on April 4, 1949 in Washington")]
[('April 4, 1949', 'day', '1949-04-04')]
>>> [(d.precision, d.normalised) for d in find_dates("during the early 1960s and from 1985-1991")]
[('decade', 'early 1960s'), ('range', '1985/1991')]
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateparser.date import DateDataParser

from .months import foreign_months, names_foreign_month, parse_foreign
from .nondates import not_a_date

YEAR = r"(?:1\d\d\d|20\d\d)"
MODERN = 1500
"""Years before this are dates only after a word of time ("consecrated in 1147"): a bare
number below 1500 is far more often a count, a price or a page than a year."""
_LEAD_WORD = re.compile(r"([\w.]+)\s+$")
_MEDIEVAL_LEAD = frozenset("in since from until till by during after before c. ca. c ca circa around about between year".split())
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
MONTH = rf"(?:{_MONTH_NAMES})"
_ORD = r"(?:st|nd|rd|th)?"
_DASH = r"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b)\s*"
_B = r"(?<![\w/.,-])"  # not glued to a longer number, URL path or decimal
_E = r"(?![\w/-]|,\d)"

# Order matters: the first pattern to claim a span wins, so longer forms come first.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE if name in ("decade_of_century", "part", "decade") else 0))
    for name, rx in (
        ("decade_of_century",
         r"(?:(?:the\s+)?(?P<part>beginning|start|end|middle)\s+of\s+)?the\s+(?P<which>first|last)\s+"
         r"decade\s+of\s+the\s+(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century"),
        ("day_range", rf"{_B}(?P<d1>\d{{1,2}}){_ORD}\s*(?:-|–)\s*(?P<d2>\d{{1,2}}){_ORD}\s+(?P<m>{MONTH})\s+(?P<y>{YEAR}){_E}"),
        ("month_range",
         rf"(?:\bfrom\s+)?(?P<m1>{MONTH})(?:\s*(?:-|–|—|\bto\b|\buntil\b|\band\b)\s*)(?P<m2>{MONTH}),?\s+(?P<y>{YEAR}){_E}"),
        ("dmy", rf"{_B}(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>{YEAR}){_E}"),
        ("mdy", rf"(?P<m>{MONTH})\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>{YEAR}){_E}"),
        ("iso", rf"{_B}(?P<y>{YEAR})-(?P<mm>[01]\d)-(?P<dd>[0-3]\d){_E}"),
        # 04.06.1868, 4-6-1868 (day first, as wherever dots are used), 14/06/1868 (only unambiguous).
        ("numeric", rf"{_B}(?P<dd>[0-3]?\d)(?P<sep>[./-])(?P<mm>[01]?\d)(?P=sep)(?P<y>{YEAR}){_E}"),
        # 12.IX.1763, 12. IX. 1763: a month in roman numerals, as in registers and central European dates.
        ("roman", rf"{_B}(?P<dd>[0-3]?\d)\.\s?(?P<rm>X{{0,1}}I{{1,3}}|I?V|VI{{0,3}}|I?X|XI{{1,2}}|IV|IX)\.\s?(?P<y>{YEAR}){_E}"),
        # "am 12. März 1921", "1er mars 1921", "12 de marzo de 1921": a month in another language.
        ("dmy_foreign", rf"{_B}(?P<d>\d{{1,2}})(?:\.|º|er)?\s+(?:de\s+)?(?P<m>[^\W\d_]{{3,12}})\.?,?\s+(?:de\s+)?(?P<y>{YEAR}){_E}"),
        ("my", rf"(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}){_E}"),
        ("my_foreign", rf"(?<![\w-])(?P<m>[^\W\d_]{{4,12}})\s+(?:de\s+)?(?P<y>{YEAR}){_E}"),
        ("part",
         rf"\b(?:(?:the\s+)?(?P<p1>beginning|start|end|middle)\s+of\s+|(?P<p2>early|mid|late|spring|summer|autumn|fall|winter)"
         rf"(?:\s+of|-)?\s*)(?P<y>{YEAR})(?:/(?P<ys>\d\d))?{_E}"),
        ("decade",
         r"(?:(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+)?(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?"
         r"(?P<y>(?:1[1-9]\d|20\d)0)['’]?s(?:\s+of\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+century)?\b"),
        ("range", rf"(?:\b(?:from|between)\s+)?{_B}(?P<y1>{YEAR}){_DASH}(?P<y2>{YEAR}|\d\d){_E}"),
        ("between", rf"\bbetween\s+(?P<y1>{YEAR})\s+and\s+(?P<y2>{YEAR}){_E}"),
        # "1941/42": a season or a fiscal year that spans two calendar years.
        ("split_year", rf"{_B}(?P<y1>{YEAR})/(?P<y2>\d\d){_E}"),
        ("year", rf"{_B}(?P<y>{YEAR}){_E}(?!\s*(?:%|percent|per\s+cent))"),
    )
)

# What each pattern cannot match without: a cheap test that skips it for most sentences
# (a pattern, or words of which the lower-cased text must hold one: faster than an alternation).
_HAS_MONTH = re.compile(MONTH)
_NEEDS = {
    "decade_of_century": ("centur",),
    "day_range": _HAS_MONTH,
    "month_range": _HAS_MONTH,
    "dmy": _HAS_MONTH,
    "mdy": _HAS_MONTH,
    "my": _HAS_MONTH,
    "part": ("beginning", "start", "end", "middle", "early", "mid", "late", "spring", "summer", "autumn", "fall", "winter"),
    "decade": re.compile(r"\d0['’]?s\b"),
    "range": re.compile(rf"{YEAR}{_DASH}\d\d"),
    "between": re.compile(r"\bbetween\b"),
    "split_year": re.compile(r"\d/\d"),
    "iso": re.compile(r"\d-[01]\d-"),
    "numeric": re.compile(r"\d[./-]\d{1,2}[./-]\d{4}"),
    "roman": re.compile(r"\d\.\s?[IVX]{1,4}\.\s?\d"),
}
_ANY_YEAR = re.compile(r"1\d\d\d|20\d\d|\d(?:st|nd|rd|th)\s+[Cc]entury")
# A bare day and month ("May 28") is a date only where the year is known from context,
# as in a timeline entry that starts with its year.
_DAY_MONTH = re.compile(
    rf"(?:(?P<m>{MONTH})\s+(?P<d>\d{{1,2}}){_ORD}\b(?!\s*,?\s*\d{{3}})|{_B}(?P<d2>\d{{1,2}}){_ORD}\s+(?P<m2>{MONTH})\b(?!,?\s+\d{{3}}))"
)

# Words right before a date that change what it claims.
_QUALIFIERS = (
    ("approx", re.compile(r"\b(?:around|about|approximately|circa|c\.|ca\.|roughly|some\s+time\s+in)\s*$", re.I)),
    ("after", re.compile(r"\b(?:after|later\s+than|post)\s*$", re.I)),
    ("before", re.compile(r"\b(?:before|until|till|by|prior\s+to|up\s+to|earlier\s+than)\s*$", re.I)),
    ("since", re.compile(r"\bsince\s*$", re.I)),
)
_SEASON = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (1, 12),
           "early": (1, 4), "mid": (5, 8), "late": (9, 12), "beginning": (1, 3), "start": (1, 3),
           "middle": (4, 9), "end": (10, 12)}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_DECADE_PART = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), "first": (0, 4), "second": (5, 9)}


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date as written in a text: span, precision and the days ``[first, last]`` it covers.

    ``qualifier`` is ``approx`` (around 1995), ``after``/``before`` (open-ended),
    ``since`` (a start), or empty for a plain date.
    """

    text: str
    start: int
    end: int
    precision: str
    first: date
    last: date
    normalised: str
    qualifier: str = ""


def find_dates(text: str, context_year: int | None = None) -> tuple[DateExpr, ...]:
    """Return every date expression in ``text``, in order, without overlaps.

    ``context_year`` dates a bare "May 28" (a timeline entry's year).

    >>> [d.normalised for d in find_dates("2002 NATO opens May 28, Rome", context_year=2002)]
    ['2002', '2002-05-28']
    >>> find_dates("27 members and 2000 troops, p. 1999")
    ()
    """
    if not might_hold_date(text):
        return ()
    taken = _Spans()
    found: list[DateExpr] = []
    foreign = names_foreign_month(text)
    present: dict = {}  # five patterns need a month name: look for one once
    lower = ""
    for name, pattern in _PATTERNS:
        needs = _NEEDS.get(name)
        if needs is not None:
            if needs not in present:
                if isinstance(needs, tuple):
                    lower = lower or text.lower()
                    present[needs] = any(word in lower for word in needs)
                else:
                    present[needs] = needs.search(text) is not None
            if not present[needs]:
                continue
        if name.endswith("_foreign") and not foreign:
            continue
        for m in pattern.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            expr = _build(name, m, text)
            if expr is not None:
                taken.add(m.start(), m.end())
                found.append(expr)
    if context_year is not None:
        for m in _DAY_MONTH.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            month, day = (m.group("m"), m.group("d")) if m.group("m") else (m.group("m2"), m.group("d2"))
            expr = _day(m.group(0), m.start(), m.end(), day, month, str(context_year))
            if expr is not None:
                found.append(expr)
    return tuple(sorted(found, key=lambda d: d.start))


def might_hold_date(text: str) -> bool:
    """False when ``text`` cannot hold a date expression (no year, no "20th century"): a cheap test."""
    return _ANY_YEAR.search(text) is not None


class _Spans:
    """Disjoint spans kept sorted, so an overlap test is a binary search, not a scan of all
    (a passage listing thousands of years made the scan quadratic)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span already added."""
        i = bisect.bisect_right(self._starts, start)
        return (i > 0 and self._ends[i - 1] > start) or (i < len(self._starts) and self._starts[i] < end)

    def add(self, start: int, end: int) -> None:
        """Add ``[start, end)``, which must not overlap a span already added."""
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def _build(name: str, m: re.Match[str], text: str) -> DateExpr | None:
    if name.endswith("_foreign") and m.group("m").lower().rstrip(".") not in foreign_months():
        return None  # most words before a year are no month: the cheap test first
    if _not_a_date(name, m, text):
        return None
    g = m.groupdict()
    s, e, raw = m.start(), m.end(), m.group(0)
    if name in ("dmy", "mdy"):
        expr = _day(raw, s, e, g["d"], g["m"], g["y"])
    elif name == "iso":
        expr = _day(raw, s, e, g["dd"], calendar.month_name[int(g["mm"])] if 0 < int(g["mm"]) < 13 else "", g["y"])
    elif name == "numeric":
        expr = _numeric(raw, s, e, g)
    elif name == "roman":
        expr = _day(raw, s, e, g["dd"], calendar.month_name[_ROMAN.index(g["rm"]) + 1] if g["rm"] in _ROMAN else "", g["y"])
    elif name == "dmy_foreign":
        expr = _foreign(raw, s, e, g["m"], f"{int(g['d'])} {g['m']} {g['y']}", "day")
    elif name == "my":
        expr = _month(raw, s, e, g["m"], g["y"])
    elif name == "my_foreign":
        month = g["m"]
        # "März 1921", "marzo 1921"; not "Mars 1921" (a planet): a capitalised ASCII word is a name.
        plain = month.isascii() and month[0].isupper()
        expr = None if plain else _foreign(raw, s, e, month, f"{month} {g['y']}", "month")
    elif name == "day_range":
        expr = _day_range(raw, s, e, g)
    elif name == "month_range":
        expr = _month_range(raw, s, e, g)
    elif name == "part":
        expr = _part(raw, s, e, (g["p1"] or g["p2"]).lower(), int(g["y"]), g["ys"])
    elif name == "decade":
        expr = _decade(raw, s, e, int(g["y"]), g["half"] or g["part"])
    elif name == "decade_of_century":
        expr = _decade_of_century(raw, s, e, g)
    elif name in ("range", "between"):
        expr = _range(raw, s, e, g["y1"], g["y2"])
    elif name == "split_year":
        expr = _range(raw, s, e, g["y1"], g["y2"]) if _next_year(g["y1"], g["y2"]) else None
    else:
        y = int(g["y"])
        expr = DateExpr(raw, s, e, "year", date(y, 1, 1), date(y, 12, 31), str(y))
    if expr is None:
        return None
    return _qualify(expr, text)


def _not_a_date(name: str, m: re.Match[str], text: str) -> bool:
    """Numbers that look like years but count, time, address or locate things, and medieval
    years without a word of time before them ("in 1147"; a bare "1200" is far more often a count)."""
    if not_a_date(text, m.start(), m.end(), bare_year=name == "year"):
        return True
    first = m.group("y1") if "y1" in m.groupdict() else m.groupdict().get("y")
    if first is None or int(first) >= MODERN or name not in ("year", "range", "between"):
        return False
    if re.match(r"(?:from|between)\b", m.group(0), re.I):
        return False
    before = _LEAD_WORD.search(text, max(0, m.start() - 20), m.start())
    return not (before and before.group(1).lower() in _MEDIEVAL_LEAD)


def _qualify(expr: DateExpr, text: str) -> DateExpr:
    before = text[max(0, expr.start - 25):expr.start]
    for qualifier, pattern in _QUALIFIERS:
        if pattern.search(before):
            return DateExpr(expr.text, expr.start, expr.end, expr.precision, expr.first, expr.last,
                            expr.normalised, qualifier)
    return expr


@lru_cache(maxsize=8192)
def _parse(text: str) -> tuple[date, str] | None:
    """dateparser's reading of a day or month string: the date and its period (day/month)."""
    parser = _parser()
    data = parser.get_date_data(text, date_formats=_FORMATS)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    # English only, and no relative-date ("freshness") parser: auto-detection and the
    # relative parser are slow, and the text is already cut down to "4 April 1949".
    return DateDataParser(languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "PARSERS": ["custom-formats", "absolute-time"]})


_FORMATS = ["%d %B %Y", "%d %b %Y", "%B %Y", "%b %Y"]


def _foreign(raw: str, s: int, e: int, month: str, text: str, precision: str) -> DateExpr | None:
    """A day or a month named in another language, read by dateparser in that language."""
    if month.lower().rstrip(".") not in foreign_months():
        return None
    parsed = parse_foreign(text)
    if parsed is None or parsed[1] != precision:
        return None
    d = parsed[0]
    if precision == "day":
        return DateExpr(raw, s, e, "day", d, d, d.isoformat())
    last = date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    return DateExpr(raw, s, e, "month", date(d.year, d.month, 1), last, f"{d.year:04d}-{d.month:02d}")


def _numeric(raw: str, s: int, e: int, g: dict) -> DateExpr | None:
    """Day first ("04.06.1868" is 4 June); month first only where the first number cannot be a
    month; with slashes, whose order differs between countries, only an unambiguous date."""
    first, second = int(g["dd"]), int(g["mm"])
    if g["sep"] == "/" and first <= 12 and second <= 12 and first != second:
        return None
    day, month = (first, second) if second <= 12 else (second, first)
    if not 1 <= month <= 12:
        return None
    return _day(raw, s, e, str(day), calendar.month_name[month], g["y"])


def _clean_month(month: str) -> str:
    return month.rstrip(".")


def _day(raw: str, s: int, e: int, day: str, month: str, year: str) -> DateExpr | None:
    parsed = _parse(f"{int(day)} {_clean_month(month)} {year}") if month else None
    if parsed is None or parsed[1] != "day":
        return None
    d = parsed[0]
    return DateExpr(raw, s, e, "day", d, d, d.isoformat())


def _month(raw: str, s: int, e: int, month: str, year: str) -> DateExpr | None:
    parsed = _parse(f"{_clean_month(month)} {year}")
    if parsed is None:
        return None
    d = parsed[0]
    last = date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    return DateExpr(raw, s, e, "month", date(d.year, d.month, 1), last, f"{d.year:04d}-{d.month:02d}")


def _month_index(month: str) -> int | None:
    parsed = _parse(f"{_clean_month(month)} 2000")
    return parsed[0].month if parsed else None


def _day_range(raw: str, s: int, e: int, g: dict) -> DateExpr | None:
    first = _day(raw, s, e, g["d1"], g["m"], g["y"])
    last = _day(raw, s, e, g["d2"], g["m"], g["y"])
    if first is None or last is None or last.first < first.first:
        return None
    return DateExpr(raw, s, e, "range", first.first, last.last, f"{first.normalised}/{last.normalised}")


def _month_range(raw: str, s: int, e: int, g: dict) -> DateExpr | None:
    m1, m2, y = _month_index(g["m1"]), _month_index(g["m2"]), int(g["y"])
    if m1 is None or m2 is None or m2 < m1:
        return None
    last = date(y, m2, calendar.monthrange(y, m2)[1])
    return DateExpr(raw, s, e, "range", date(y, m1, 1), last, f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}")


def _range(raw: str, s: int, e: int, y1: str, y2: str) -> DateExpr | None:
    a = int(y1)
    b = int(y2) if len(y2) == 4 else a // 100 * 100 + int(y2)
    if not a < b <= a + 100:
        return None
    return DateExpr(raw, s, e, "range", date(a, 1, 1), date(b, 12, 31), f"{a}/{b}")


def _next_year(year: str, short: str | None) -> bool:
    """"1941/42": the second year is the one after the first."""
    return short is not None and int(short) == (int(year) + 1) % 100


def _part(raw: str, s: int, e: int, part: str, year: int, split: str | None = None) -> DateExpr | None:
    if split is not None:
        # "the winter of 1941/42": December to February; no other part of a year spans two.
        if part != "winter" or not _next_year(str(year), split):
            return None
        return DateExpr(raw, s, e, "period", date(year, 12, 1), date(year + 1, 2, calendar.monthrange(year + 1, 2)[1]),
                        f"winter {year}/{split}")
    m1, m2 = _SEASON[part]
    last = date(year, m2, calendar.monthrange(year, m2)[1])
    return DateExpr(raw, s, e, "period", date(year, m1, 1), last, f"{part} {year}")


def _decade(raw: str, s: int, e: int, start: int, part: str | None) -> DateExpr:
    lo, hi = _DECADE_PART.get((part or "").lower(), (0, 9))
    word = (part or "").lower()
    label = f"{word} half {start}s" if word in ("first", "second") else f"{word} {start}s" if part else f"{start}s"
    return DateExpr(raw, s, e, "decade", date(start + lo, 1, 1), date(start + hi, 12, 31), label)


def _decade_of_century(raw: str, s: int, e: int, g: dict) -> DateExpr:
    century = int(g["c"])
    start = (century - 1) * 100 + (90 if g["which"].lower() == "last" else 0)
    part = {"end": "late", "beginning": "early", "start": "early", "middle": "mid"}.get((g["part"] or "").lower())
    expr = _decade(raw, s, e, start, part)
    return DateExpr(raw, s, e, "period", expr.first, expr.last, expr.normalised)
