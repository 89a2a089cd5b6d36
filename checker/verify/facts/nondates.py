"""Year-like number in running text → is it something else: a count, a measure, a time, a name, a locator?

A four-digit number between 1000 and 2099 is read as a year unless its neighbours say
otherwise, by the *kind* of word around it, never by a list of topics:

- it counts or measures: a plural noun follows, perhaps after modifiers ("2000 copies",
  "1740 notified cases", "1620 cubic metres"), or a unit symbol ("1850 km"), or a quantity
  word comes first ("some 1500", "nearly 1900"); not after a word of time or a
  determiner ("In 1990 troops entered", "the 1999 elections");
- it counts what comes after it with "of" ("1893 tins of pemmican", "1905 gross of bottles"), or
  says it is a count ("1925 in number", "the number of members, 1873,");
- it tells the time ("at 1900 hours", "at 1820 local time", "1430 GMT", a 24-hour "at 1530");
- it is a telephone number ("telephone number, Dunmore 1871");
- it numbers a house ("1848 Front Street");
- it is part of a name: a designator noun before it ("Flight 1952", "Model 1911", "offset
  1986", "version 1986"), or a name before it and a noun after ("the Harlan 1900 terminal");
- it points into a book, a register or an archive ("cols. 1786-1790", "p. 1999", "no. A 1764",
  "fasc. 1763", "file SC 1874", "box 1846").

Nouns, plurals and modifiers are told apart by LemmInflect's lexicon.

>>> text = "some 1850 nebulae, at 1900 hours, at 1848 Front Street, cols. 1786-1790, Flight 1952 on"
>>> [text[m.start():m.end()] for m in __import__("re").finditer(r"\\d{4}", text) if not_a_date(text, m.start(), m.end())]
['1850', '1900', '1848', '1786', '1952']
"""

from __future__ import annotations

import re
from functools import lru_cache

import lemminflect

from .taxonomy import classify

# Locators of a book or a record: what follows is a page, column, folio, line or number
# (perhaps after a series letter: "no. A 1764").
_LOCATOR = re.compile(
    r"(?:\b(?:pp?|s|nos?|nr|vols?|cols?|coll|cc|ff?|fols?|ll|sect|art|č|inv|cat|ms|mss|fasc|fasz|pl|pls|bd)\.|"
    r"\bpages?|\bcolumns?|\bfolios?|\bfiles?|\bbox(?:es)?|\bbundles?|\bfolders?|\bdossiers?|\bcartons?|"
    r"[#$€£§])\s*(?:[A-Z]{1,2}[\s.-]?)?$", re.I)
# A telephone number, perhaps after its exchange's name ("telephone number, Dunmore 1871", "Tel. 1930").
_PHONE = re.compile(r"\b(?:(?:tele)?phone|tel\.)(?:\s+(?:number|no\.))?[,:]?\s*(?:[A-Z][\w'’-]+\s+)?$", re.I)
# A count told after what it counts ("the number of members, 1873,") or said to be one ("1925 in number").
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+[a-z][\w\s'’-]{0,30}?[,:]?\s+$", re.I)
_IN_NUMBER = re.compile(r"\s+(?:in\s+(?:number|all|total)|all\s+told)\b")
# A twenty-four-hour time after "at" ("kicked off at 1530"): hours 00-23, minutes 00-59.
_AT_CLOCK = re.compile(r"\bat\s+$")
# Nouns of a measured number that take "of" ("1905 gross of bottles", "a dozen of").
_MEASURE_OF = frozenset("gross dozen score hundredweight cwt".split())
# Unit symbols, which are no plurals ("1850 km", "1965 m", "1200 kg").
_UNIT = re.compile(r"\s*(?:km|m|cm|mm|kg|ha|ft|lbs?|mph|kW|MW|hp|°[CF]?|m²|m³|sq\.?\s*(?:km|mi|ft))(?![\w-])")
# Quantity words that never stand before a year ("some 1500", "nearly 1900 signatures").
_ALWAYS_COUNTS = re.compile(
    r"\b(?:some|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|at\s+least|a\s+total\s+of|"
    r"in\s+excess\s+of|upwards\s+of|membership\s+of|print\s+run\s+of|run\s+of)\s+$", re.I)
# Quantity words that may also approximate a year ("about 1850"): a count only before a noun.
_QUANTITY_BEFORE = re.compile(r"\b(?:about|around|approximately|roughly|only|just|up\s+to)\s+$", re.I)
_NEXT_WORDS = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?")
_NOT_PLURAL = frozenset(
    """was is has its this thus as does goes always perhaps afterwards towards across unless whereas less besides
    nevertheless sometimes us his hers ours yours theirs whose""".split())
_WORD_BEFORE = re.compile(r"([\w'’]+)([,:]?)\s+$")
# Words after which a number is a year even when a counted noun follows ("In 1990 troops entered").
_TIME_LEAD = frozenset("in since from until till during after before circa c ca early late mid".split())
# Words after which a number followed by a plural noun is still a year ("the 1999 elections").
_DATE_LEAD = _TIME_LEAD | frozenset(
    """on the a an between through throughout year years spring summer autumn fall winter end start beginning
    middle its his her their our my whose this that these those every each last next fiscal""".split())
# "printed in 2000 copies, …": the counted noun ends its phrase; "In 1990 troops entered" goes on.
_PHRASE_END = re.compile(r"\s*(?:[,.;:)\]]|$|\s(?:of|for|and|or|each|apiece)\b)")
# A time of day: "at 1900 hours", "1430 hrs", "at 1820 local time", "1430 GMT".
_CLOCK = re.compile(r"\s*(?:hours|hrs|h|o'clock|(?:local|standard|summer|mean|ship's)\s+time|GMT|UTC|UT|Z|"
                    r"[A-Z][A-Z]?[SD]T)\b")
# A house number: the number, one to three capitalised words, a kind of street.
_STREET = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.|Place|Square|Way|"
    r"Drive|Terrace|Row|Quay|Court|Highway|Parkway|Straße|Strasse|Gasse|Weg|Platz|Allee|ulice|utca)(?![\w-])")
_YEAR_BEFORE_SUBJECT = frozenset("in since until till by from during before after of".split())
# Nouns that name a time, before which a number is a year ("fiscal year 1998", "Easter 1916").
_TIME_NOUNS = frozenset(
    """year years spring summer autumn fall winter season term session census easter christmas whitsun michaelmas
    lent advent midsummer harvest anno decade century period era age""".split())
_FUNCTION = frozenset(
    """in on at by of to for from with into onto upon since until till during after before around about circa
    the a an and or but nor than as then when while where this that these those its his her their our my your
    every each some any no not also only even until between through throughout against among under over""".split())
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z][a-z]+)\s+$")
_NOUN_AFTER = re.compile(r"\s+([a-z]{3,})\b")


def not_a_date(text: str, start: int, end: int, bare_year: bool = True) -> bool:
    """Whether the year-like number at ``text[start:end]`` counts, measures, times, names or locates.

    ``bare_year`` is true for a number standing alone; a number that is part of a
    longer form (a range, "March 1921") is only tested against locators.
    """
    if _LOCATOR.search(text, max(0, start - 14), start):
        return True
    if not bare_year:
        return False
    return (_clock(text, start, end) or _street(text, start, end) or _designated(text, start, end)
            or _phone(text, start) or _counts_things(text, start, end))


def _clock(text: str, start: int, end: int) -> bool:
    if _CLOCK.match(text, end):
        return True
    # "at 1530": a time of day when the digits can be one, and no noun makes it a count or a place.
    return (int(text[start:start + 2]) < 24 and int(text[start + 2:end]) < 60
            and bool(_AT_CLOCK.search(text, max(0, start - 4), start)))


def _phone(text: str, start: int) -> bool:
    window = text[max(0, start - 40):start]
    return ("hone" in window or "el." in window) and bool(_PHONE.search(window))


def _street(text: str, start: int, end: int) -> bool:
    """"at 1848 Front Street": a house number, unless the year opens a clause ("In 1848 Front Street was paved")."""
    if not _STREET.match(text, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return not (before and before.group(1).lower() in _YEAR_BEFORE_SUBJECT)


def _designated(text: str, start: int, end: int) -> bool:
    """"Flight 1952", "Model 1911", "offset 1986": a noun right before the number names a
    thing by it; "the Harlan 1900 terminal": a name before it and a noun after make a model
    name. Not "fiscal year 1998", "Easter 1916", "in 1916"."""
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if not before:
        return False
    word = before.group(1)
    lower = word.lower()
    if lower in _FUNCTION or lower in _TIME_NOUNS or lower in _MONTHS:
        return False
    if _common_noun(lower):
        return True  # the noun names what the number numbers
    after = _NOUN_AFTER.match(text, end)
    return word[0].isupper() and not _lexicon(lower) and bool(after) and _noun(after.group(1))


_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _counts_things(text: str, start: int, end: int) -> bool:
    """"some 2000 navvies", "employed 1500 workers", "1740 notified cases", "attended by 1200
    delegates": a number before what it counts; "in 1990 troops" and "the 1999 elections" stay dates."""
    if _ALWAYS_COUNTS.search(text, max(0, start - 30), start) or _IN_NUMBER.match(text, end):
        return True
    if "number" in text[max(0, start - 50):start] and _NUMBER_OF.search(text, max(0, start - 50), start):
        return True
    noun_end = _plural_after(text, end)
    if noun_end < 0:
        unit = _UNIT.match(text, end)
        if not unit:
            return False
        noun_end = unit.end()
    if _QUANTITY_BEFORE.search(text, max(0, start - 30), start):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not before:
        return text[:start].rstrip()[-1:] in (",", ":", ";", "(")  # "its focal length, 1850 centimetres"
    word, punctuation = before.group(1).lower(), before.group(2)
    if punctuation:
        return True  # "its focal length, 1850 centimetres"
    if word.endswith(("'s", "’s")):
        # "the Corso's 1650 seats" counts things; "Russia's 1999 elections" dates events.
        return not _names_events(text[end:noun_end].split()[-1])
    if before.group(1)[0].isupper() and word not in _DATE_LEAD:
        return False  # "NATO 1999 elections": a name, then the year it qualifies
    if word in _TIME_LEAD:
        return word == "in" and bool(_PHRASE_END.match(text, noun_end))
    if word == "by":
        # "attended by 1200 delegates" (the agent of a participle), not "by 1990 troops had left".
        agent = re.search(r"(\w+)\s+by\s+$", text[max(0, start - 30):start])
        return bool(agent) and agent.group(1).lower().endswith(("ed", "en"))
    return word not in _DATE_LEAD


def _plural_after(text: str, end: int) -> int:
    """Where the plural noun after the number ends (up to two modifiers may come first:
    "1620 cubic metres", "1740 notified cases"), or -1."""
    m = _NEXT_WORDS.match(text, end)
    if not m:
        return -1
    words = m.groups()
    for i, word in enumerate(words):
        if not word:
            break
        if _plural(word) or i + 1 < len(words) and words[i + 1] == "of" and _counted_of(word):
            return m.end(i + 1)
        if not _modifier(word):
            break
    return -1


@lru_cache(maxsize=16384)
def _plural(word: str) -> bool:
    if word in _NOT_PLURAL:
        return False
    nouns = lemminflect.getAllLemmas(word).get("NOUN", ())
    return any(noun != word for noun in nouns)  # "troops" is also a noun lemma of its own


@lru_cache(maxsize=16384)
def _counted_of(word: str) -> bool:
    """A noun of measure before "of" ("gross of bottles"), or a plural the lexicon lacks
    as a noun ("tins of pemmican": a word in -s whose stem is a word)."""
    if word in _MEASURE_OF:
        return True
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_PLURAL
            and _lexicon(word[:-1]))


@lru_cache(maxsize=16384)
def _names_events(word: str) -> bool:
    """A plural naming events, not things ("elections", "revolutions"): a nominalisation or an event word."""
    nouns = lemminflect.getAllLemmas(word).get("NOUN", ())
    return any(n.endswith(_NOMINAL) for n in nouns) or classify(word) is not None


_NOMINAL = ("tion", "sion", "ment", "ance", "ence", "ure")


@lru_cache(maxsize=16384)
def _modifier(word: str) -> bool:
    """An adjective or a participle ("cubic", "notified"), not a verb of the clause ("saw")."""
    if word in _FUNCTION:
        return False
    lemmas = lemminflect.getAllLemmas(word)
    return "ADJ" in lemmas or word.endswith("ed") and "VERB" in lemmas


@lru_cache(maxsize=16384)
def _common_noun(word: str) -> bool:
    """A singular noun that is not also an inflected verb ("flight", "model", "offset")."""
    lemmas = lemminflect.getAllLemmas(word)
    return lemmas.get("NOUN") == (word,) and not word.endswith(("ed", "ing")) and "ADV" not in lemmas


@lru_cache(maxsize=16384)
def _noun(word: str) -> bool:
    return "NOUN" in lemminflect.getAllLemmas(word) and word not in _FUNCTION


@lru_cache(maxsize=16384)
def _lexicon(word: str) -> bool:
    """Whether ``word`` is an English dictionary word (a proper name is not: "harlan", "dorran")."""
    return bool(lemminflect.getAllLemmas(word))
