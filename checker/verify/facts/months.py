"""Month word or quoted date in another language → is it a month, and which day it names.

Quotations keep their language ("am 12. März 1921", "5. května 1945"). The month names,
their inflected forms and the reading of such a date all come from dateparser's own locale
data, for the European languages a quotation in an English paper is most likely to use,
so nothing here is a hand-made word list.

>>> is_month_name("März"), is_month_name("května"), is_month_name("Mars"), is_month_name("May")
(True, True, True, True)
>>> parse_foreign("12 März 1921")
(datetime.date(1921, 3, 12), 'day')
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from dateparser.date import DateDataParser

LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "ca", "cs", "sk", "pl", "sl", "hr", "hu", "ro", "sv", "da",
             "nb", "fi", "ru", "uk")
"""Languages whose month names a quotation may use."""

_ENGLISH_MONTHS = frozenset(n.lower() for n in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"))
_YEAR_AT = re.compile(r"(?<!\d)(?:1\d\d\d|20\d\d)(?!\d)")
_WORD_BEFORE_YEAR = re.compile(r"([^\W\d_]{3,12})\.?,?\s+(?:de\s+)?$")


def is_month_name(word: str) -> bool:
    """Whether ``word`` names a month, in English or in one of :data:`LANGUAGES`."""
    lower = word.lower().rstrip(".")
    return lower in _ENGLISH_MONTHS or lower in foreign_months()


def names_foreign_month(text: str) -> bool:
    """Whether a word right before a year is a month of another language: a cheap test, as
    a foreign month is rare and the patterns that read one are costly to run on every sentence."""
    for m in _YEAR_AT.finditer(text):
        word = _WORD_BEFORE_YEAR.search(text, max(0, m.start() - 20), m.start())
        if word and word.group(1).lower() in foreign_months():
            return True
    return False


@lru_cache(maxsize=1)
def foreign_months() -> frozenset[str]:
    """Month names (and their inflected forms) of :data:`LANGUAGES` that are not English ones."""
    from dateparser.languages.loader import default_loader

    names = set()
    for language in LANGUAGES:
        info = default_loader.get_locale(language).info
        for month in calendar.month_name[1:]:
            for name in info.get(month.lower(), ()):
                name = name.lower().rstrip(".")
                if " " not in name and len(name) >= 3 and name not in _ENGLISH_MONTHS:
                    names.add(name)
    return frozenset(names)


@lru_cache(maxsize=4096)
def parse_foreign(text: str) -> tuple[date, str] | None:
    """dateparser's reading of "12 März 1921" or "marzo 1921": the date and its period (day/month)."""
    data = _parser().get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    # Day first, as everywhere these languages are written; absolute dates only (no "ago").
    return DateDataParser(languages=list(LANGUAGES), settings={
        "PREFER_DAY_OF_MONTH": "first", "PARSERS": ["absolute-time"], "DATE_ORDER": "DMY"})
