"""Date text in a citation → year and ISO date (``2018``, ``2018-07``, ``2018-07-14``).

Finding *where* a date is uses regular expressions (cheap, span-exact); turning a date
with a month into ISO form is a date library's job. python-dateutil reads day, month and
year in about 25 µs (given the month names of dateparser's locale data); dateparser, which
also reads ranges such as ``July-August, 1963`` and detects languages, costs about 600 µs
a call, so it is asked only about what dateutil cannot read. Either is asked only about
text that names a month or a day, and the answers are cached.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import datetime
from functools import lru_cache

import dateparser
from dateparser.languages.loader import default_loader
from dateutil import parser as dateutil_parser

YEAR = r"(?:1[4-9]\d\d|20\d\d)"
"""A publication year 1400–2099 (the range the gold data uses)."""

PERIOD = rf"{YEAR}\s*[-–—]\s*(?:{YEAR}|\d\d)(?!\d)"
"""A span of years (``1880–1918``, ``1953-64``), which titles name (``Trieste, 1880–1918``)."""
IN_TITLE_PERIOD = rf"{PERIOD}(?=\)?\s*(?:\(|,\s*(?:ed|eds|edited|trans|translated)\b|,\s*(?:thèse|PhD|Ph\.D)))"
"""A span of years still inside a title: followed by the publication facts or an editor,
not by pages (``Title, 1880–1918 (Ithaca: …)``, ``in Book, 1914–1918, ed. Peter Cole``)."""

YEAR_RE = re.compile(rf"(?<![\d/.–-]){YEAR}(?![\d])")

_MONTH_WORDS = (
    r"Jan(?:uary|\.)?", r"Feb(?:ruary|\.)?", r"Mar(?:ch|\.)?", r"Apr(?:il|\.)?", "May", r"June?\.?", r"July?\.?",
    r"Aug(?:ust|\.)?", r"Sep(?:t|tember|\.)?\.?", r"Oct(?:ober|\.)?", r"Nov(?:ember|\.)?", r"Dec(?:ember|\.)?",
    "Spring", "Summer", "Fall", "Autumn", "Winter", "janvier", "février", "mars", "avril", "mai", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre", "Januar", "Februar", "März", "Juni", "Juli", "Oktober",
    "Dezember", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
    "ottobre", "dicembre", "enero", "febrero", "abril", "mayo", "junio", "julio", "septiembre", "octubre",
    "noviembre", "diciembre",
)
_MONTH_FIRST = "".join(sorted({word[0] for word in _MONTH_WORDS}))
"""The letters a month name starts with. A look-ahead for them before each alternation lets
the engine reject most positions with one test instead of trying some sixty names there
(a third of the time of the date patterns); it matches nothing the names would not."""
_MONTHS = rf"(?=[{_MONTH_FIRST}])(?:{'|'.join(_MONTH_WORDS)})"
MONTHS = _MONTHS

DATE_TEXT = (
    rf"(?=[\d{_MONTH_FIRST}])(?:{YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|{YEAR}-(?:0[1-9]|1[0-2])(?!\d)|"
    rf"\d{{1,2}}\.?\s+{_MONTHS}\s+{YEAR}|"
    rf"{_MONTHS}\s+\d{{1,2}},?\s+{YEAR}|"
    rf"{YEAR},?\s+{_MONTHS}(?:\s+\d{{1,2}})?|"
    rf"{_MONTHS},?\s+{YEAR}|"
    rf"\d{{1,2}}[./]\d{{1,2}}[./]{YEAR}|\d{{1,2}}\.\s\d{{1,2}}\.\s?{YEAR}|"
    rf"{YEAR}[a-z]?)"
)
"""A date as citations write it, most precise forms first."""

DATE_RE = re.compile(rf"(?<![\w/.–-]){DATE_TEXT}(?![\w]|[-–]\d)")
_NEEDS_PARSER = re.compile(r"[A-Za-z]|\d[./-]\d")
_LANGUAGE = {
    **dict.fromkeys("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), "fr"),
    **dict.fromkeys("januar februar märz juni juli oktober dezember".split(), "de"),
    **dict.fromkeys("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre dicembre".split(), "it"),
    **dict.fromkeys("enero febrero abril mayo junio julio septiembre octubre noviembre diciembre".split(), "es"),
}
_ISO = re.compile(rf"^({YEAR})(?:-(\d\d))?(?:-(\d\d))?$")
_NUMERIC = re.compile(rf"\d{{1,2}}[./]\s?\d{{1,2}}[./]\s?({YEAR})")
_SEASONS = re.compile(r"\b(?:Spring|Summer|Fall|Autumn|Winter)\b", re.I)


def find_year(text: str) -> str | None:
    """Return the first plausible publication year in ``text``.

    >>> find_year("Fall 1961, pp. 3-9")
    '1961'
    """
    match = YEAR_RE.search(text)
    return match.group(0) if match else None


def normalise_date(text: str) -> str | None:
    """Return ``text`` as an ISO date at the precision it states, or None.

    >>> normalise_date("14 July 2018"), normalise_date("2014-07-22"), normalise_date("1991b")
    ('2018-07-14', '2014-07-22', '1991')
    >>> normalise_date("June 2006")
    '2006-06'
    """
    text = text.strip(" .,;:()[]")
    iso = _ISO.match(text)
    if iso:
        return "-".join(part for part in iso.groups() if part)
    numeric = _NUMERIC.fullmatch(text)
    if numeric:  # the year follows a separator here, which find_year rightly refuses elsewhere
        return _parse_with_dateparser(text, numeric.group(1))
    year = find_year(text)
    if year is None:
        return None
    rest = re.sub(rf"{year}[a-z]?\b", "", text)
    if not _NEEDS_PARSER.search(rest) or _SEASONS.search(text):
        return year
    return _parse_with_dateparser(text, year)


@lru_cache(maxsize=4096)
def _parse_with_dateparser(text: str, year: str) -> str:
    """Ask a date library for day and month; fall back to the year it must agree with."""
    day_first = re.search(r"\d\.\s?\d", text) is not None  # dotted numeric dates: ``12. 5. 2014``
    parsed = _read_with_dateutil(text, year, day_first) or _read_any_language(text, day_first)
    if parsed is None or str(parsed.year) != year:
        return year
    has_day = re.search(r"(?<!\d)\d{1,2}(?!\d)", text.replace(year, "")) is not None
    return parsed.strftime("%Y-%m-%d" if has_day else "%Y-%m")


def _read_with_dateutil(text: str, year: str, day_first: bool) -> datetime | None:
    """dateutil's reading of a date whose every word is a month name it knows (English,
    French, German, Italian, Spanish) or an ordinal's ending; None otherwise (ranges such
    as ``July-August``, other languages), which are dateparser's."""
    info = _month_names()
    if _RANGE.search(text) or any(w not in info.known for w in re.findall(r"[^\W\d_]+", text.casefold())):
        return None
    simple = _simple_date(text, year, info)
    if simple is not None:
        return simple
    try:
        parsed = dateutil_parser.parse(text, parserinfo=info, default=datetime(int(year), 1, 1), dayfirst=day_first)
    except (ValueError, OverflowError):
        return None
    # dateutil reads a stray number as a time (``2006`` → 20:06); such a reading is wrong.
    return parsed if str(parsed.year) == year and not (parsed.hour or parsed.minute) else None


def _simple_date(text: str, year: str, info: _MonthNames) -> datetime | None:
    """``14 July 2018``, ``July 14, 2018``, ``July 2018``, ``2018, July 14``: the month looked up as
    dateutil looks it up, without its tokenizer (a tenth of the cost); None for anything else
    (dateutil then reads it) and for a day the month does not have."""
    for pattern in _SIMPLE_DATES:
        match = pattern.fullmatch(text)
        if match is not None:
            break
    else:
        return None
    month = info.month(match.group("month"))
    if month is None or match.group("year") != year:
        return None
    day = int(match.group("day") or 1)
    if not 1 <= day <= monthrange(int(year), month)[1]:
        return None
    return datetime(int(year), month, day)


_SIMPLE_DATES = tuple(re.compile(p) for p in (
    r"(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+)\.?,?\s+(?P<year>\d{4})",
    r"(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})",
    r"(?P<month>[^\W\d_]+)\.?,?\s+(?P<year>\d{4})(?P<day>)",
    r"(?P<year>\d{4}),?\s+(?P<month>[^\W\d_]+)\.?(?:\s+(?P<day>\d{1,2}))?",
))
_RANGE = re.compile(r"\d\s*[-–/]\s*\d{1,2}\b(?![./])|:")
"""``21-22 settembre 2006``, ``July 4-5``: a range of days, which dateutil misreads."""


class _MonthNames(dateutil_parser.parserinfo):
    """dateutil's parser info with the month names of the languages in ``_LANGUAGE``,
    taken from dateparser's locale data (a word two languages give different months is
    left out)."""

    def __init__(self) -> None:
        by_word: dict[str, set[int]] = {}
        for language in ("en", *sorted(set(_LANGUAGE.values()))):
            info = default_loader.get_locale(language).info
            for number, month in enumerate(_MONTH_KEYS, start=1):
                for word in info.get(month, []):
                    by_word.setdefault(word.casefold().rstrip("."), set()).add(number)
        months: list[list[str]] = [[] for _ in _MONTH_KEYS]
        for word, numbers in sorted(by_word.items()):
            if len(numbers) == 1 and word.isalpha():
                months[numbers.pop() - 1].append(word)
        self.MONTHS = [tuple(names) for names in months]
        super().__init__(dayfirst=False)
        self.known = frozenset(self._months) | {"st", "nd", "rd", "th", "of", "sept"}


_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")


@lru_cache(maxsize=1)
def _month_names() -> _MonthNames:
    return _MonthNames()


def _read_any_language(text: str, day_first: bool) -> datetime | None:
    """dateparser's reading, in the language the month name is in."""
    settings = {"REQUIRE_PARTS": ["year", "month"], "PREFER_DAY_OF_MONTH": "first"}
    if day_first:
        settings["DATE_ORDER"] = "DMY"
    # Naming the language spares dateparser its detection, which costs far more than the
    # parse itself (seconds for the first texts of a run); detection is the last resort.
    languages = [_LANGUAGE.get(w, "en") for w in re.findall(r"[^\W\d_]+", text.casefold())][:1] or ["en"]
    return dateparser.parse(text, languages=languages, settings=settings) or dateparser.parse(text, settings=settings)


def date_parts(iso: str) -> list[int]:
    """Return CSL ``date-parts`` for an ISO date of any precision.

    >>> date_parts("2018-07-14"), date_parts("2010")
    ([2018, 7, 14], [2010])
    """
    return [int(part) for part in iso.split("-")]
