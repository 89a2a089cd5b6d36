"""Date text in a citation → year and ISO date (``2018``, ``2018-07``, ``2018-07-14``).

Finding *where* a date is uses regular expressions (cheap, span-exact); turning a date
with a month into ISO form is dateparser's job. dateparser is slow (about a millisecond a
call), so it is only asked about text that names a month or a day, and its answers are
cached.
"""

from __future__ import annotations

import re
from functools import lru_cache

import dateparser

YEAR = r"(?:1[4-9]\d\d|20\d\d)"
"""A publication year 1400–2099 (the range the gold data uses)."""

YEAR_RE = re.compile(rf"(?<![\d/.–-]){YEAR}(?![\d])")

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?|"
    r"Aug(?:ust|\.)?|Sep(?:t|tember|\.)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?|"
    r"Spring|Summer|Fall|Autumn|Winter|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember|"
    r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|"
    r"enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)"
)
MONTHS = _MONTHS

DATE_TEXT = (
    rf"(?:{YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|{YEAR}-(?:0[1-9]|1[0-2])(?!\d)|"
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
    """Ask dateparser for day and month; fall back to the year it must agree with."""
    settings = {"REQUIRE_PARTS": ["year", "month"], "PREFER_DAY_OF_MONTH": "first"}
    if re.search(r"\d\.\s?\d", text):  # dotted numeric dates are day first (``12. 5. 2014``)
        settings["DATE_ORDER"] = "DMY"
    # Naming the language spares dateparser its detection, which costs far more than the
    # parse itself (seconds for the first texts of a run); detection is the last resort.
    languages = [_LANGUAGE.get(w, "en") for w in re.findall(r"[^\W\d_]+", text.casefold())][:1] or ["en"]
    parsed = dateparser.parse(text, languages=languages, settings=settings) or dateparser.parse(text, settings=settings)
    if parsed is None or str(parsed.year) != year:
        return year
    has_day = re.search(r"(?<!\d)\d{1,2}(?!\d)", text.replace(year, "")) is not None
    return parsed.strftime("%Y-%m-%d" if has_day else "%Y-%m")


def date_parts(iso: str) -> list[int]:
    """Return CSL ``date-parts`` for an ISO date of any precision.

    >>> date_parts("2018-07-14"), date_parts("2010")
    ([2018, 7, 14], [2010])
    """
    return [int(part) for part in iso.split("-")]
