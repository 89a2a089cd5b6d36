"""Year-like number in running text → is it something else: a count, a time, an address, a page?

A four-digit number between 1000 and 2099 is read as a year unless its neighbours say
it counts ("some 1850 nebulae", "2000 copies"), tells the time ("at 1900 hours"), numbers
a house ("1848 Front Street") or points into a book ("cols. 1786-1790", "p. 1999").
Each test looks only at the words right before and after the number, so it holds for
any topic: the kinds of word (quantity, unit, street type, locator) decide, not the text.

>>> text = "some 1850 nebulae, at 1900 hours, at 1848 Front Street, cols. 1786-1790"
>>> [text[m.start():m.end()] for m in __import__("re").finditer(r"\\d{4}", text) if not_a_date(text, m.start(), m.end())]
['1850', '1900', '1848', '1786']
"""

from __future__ import annotations

import re

# Locators of a book or a record: what follows is a page, column, folio, line or number.
_LOCATOR = re.compile(
    r"(?:\b(?:pp?|s|nos?|nr|vols?|cols?|coll|cc|ff?|fols?|ll|sect|art|č)\.|\bpages?|\bcolumns?|\bfolios?|"
    r"[#$€£§])\s*$", re.I)
# What a number is counting, when it counts rather than dates ("2000 troops").
_COUNT_NOUN = re.compile(
    r"\s*(?:troops|soldiers|men|people|persons|members|km|kilometres|kilometers|miles|tons|tonnes|dollars|"
    r"euros|pounds|casualties|deaths|victims|aircraft|tanks|missiles|warheads|pages|copies|volumes|words|metres|"
    r"meters|feet|acres|hectares|workers|employees|students|pupils|inhabitants|residents|votes|signatures)\b",
    re.I,
)
# Quantity words that never stand before a year ("some 1500", "nearly 1900 signatures").
_ALWAYS_COUNTS = re.compile(
    r"\b(?:some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|at\s+least|a\s+total\s+of|"
    r"in\s+excess\s+of|upwards\s+of|membership\s+of|print\s+run\s+of|run\s+of)\s+$", re.I)
# Quantity words that may also approximate a year ("about 1850"): a count only before a noun.
_QUANTITY_BEFORE = re.compile(
    r"\b(?:about|around|approximately|roughly|only|just|up\s+to)\s+$", re.I)
_PLURAL_AFTER = re.compile(
    r"\s+(?!(?:was|is|has|its|this|thus|as|does|goes|always|perhaps|afterwards|towards|across|unless|whereas|"
    r"less|besides|nevertheless|sometimes)\b)[a-z]{2,}s\b")
_WORD_BEFORE = re.compile(r"([\w'’]+)\s+$")
# Words after which a number is a year even when a counting noun follows ("In 1990 troops entered").
_TIME_LEAD = frozenset("in since from until till during after before circa c ca early late mid".split())
# Words after which a number followed by a plural noun is still a year ("the 1999 elections").
_DATE_LEAD = frozenset(
    """in on at by since from until till to of during after before the a an circa c ca early late mid and or
    between through throughout year years spring summer autumn fall winter end start beginning middle as than
    its his her their our my whose this that these those every each last next""".split()
)
# "printed in 2000 copies, …": the counted noun ends its phrase; "In 1990 troops entered" goes on.
_PHRASE_END = re.compile(r"\s*(?:[,.;:)\]]|$|\s(?:of|for|and|or|each|apiece)\b)")
# A time of day: "at 1900 hours", "1430 hrs", "0600h".
_CLOCK = re.compile(r"\s*(?:hours|hrs|h)\b", re.I)
# A house number: the number, one to three capitalised words, a kind of street.
_STREET = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.|Place|Square|Way|"
    r"Drive|Terrace|Row|Quay|Court|Highway|Parkway|Straße|Strasse|Gasse|Weg|Platz|Allee|ulice|utca)(?![\w-])")
_YEAR_BEFORE_SUBJECT = frozenset("in since until till by from during before after of".split())


def not_a_date(text: str, start: int, end: int, bare_year: bool = True) -> bool:
    """Whether the year-like number at ``text[start:end]`` counts, times, addresses or locates.

    ``bare_year`` is true for a number standing alone; a number that is part of a
    longer form (a range, "March 1921") is only tested against locators.
    """
    if _LOCATOR.search(text, max(0, start - 12), start):
        return True
    if not bare_year:
        return False
    return _clock(text, end) or _street(text, start, end) or _counts_things(text, start, end)


def _clock(text: str, end: int) -> bool:
    return bool(_CLOCK.match(text, end))


def _street(text: str, start: int, end: int) -> bool:
    """"at 1848 Front Street": a house number, unless the year opens a clause ("In 1848 Front Street was paved")."""
    if not _STREET.match(text, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return not (before and before.group(1).lower() in _YEAR_BEFORE_SUBJECT)


def _counts_things(text: str, start: int, end: int) -> bool:
    """"some 2000 navvies", "employed 1500 workers", "2000 troops": a number before a noun
    that counts, after a quantity or a verb; "in 1990 troops" and "the 1999 elections" stay dates."""
    if _ALWAYS_COUNTS.search(text, max(0, start - 30), start):
        return True
    counted = _COUNT_NOUN.match(text, end)
    plural = bool(counted) or bool(_PLURAL_AFTER.match(text, end))
    if not plural:
        return False
    if _QUANTITY_BEFORE.search(text, max(0, start - 30), start):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    word = before.group(1).lower() if before else ""
    if word in _TIME_LEAD:
        return bool(counted) and word == "in" and bool(_PHRASE_END.match(text, counted.end()))
    return bool(counted) or (word.isalpha() and word.islower() and word not in _DATE_LEAD)
