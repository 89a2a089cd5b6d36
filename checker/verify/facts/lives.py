"""A person's name and life dates in brackets → the birth and the death they state.

Biographical style puts a life in brackets after the name: "Miron Hadek (1889–1956)",
"Ruth Emsley (b. 1873)", "Karl Roth (d. 1920)". Each bracket is two claims (or one): the
person was born in the first year and died in the second, stated as plainly as "was born
in 1891" elsewhere. A span after an office or a body ("President Mayer (1920–1928)",
"the Great War (1914–1918)") is a tenure or a duration, not a life, and stays a range.

>>> [(life.event, life.date.normalised) for life in find_lives("the epidemiologist Miron Hadek (1889–1956) had")]
[('Miron Hadek (1889–1956): born 1889', '1889'), ('Miron Hadek (1889–1956): died 1956', '1956')]
>>> find_lives("the Great War (1914–1918) and President Karl Mayer (1920–1928)")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import YEAR, DateExpr
from .events import ROLE_WORDS

_LIFE = re.compile(
    rf"\(\s*(?:(?P<b>b\.|born)\s*(?P<by>{YEAR})|(?P<d>d\.|died)\s*(?P<dy>{YEAR})|"
    rf"(?P<y1>{YEAR})\s*[-–—]\s*(?P<y2>{YEAR}))\s*\)")
# Two to four capitalised words (initials and particles allowed) right before the bracket.
_NAME = re.compile(r"(?:\b[A-Z][\w'’-]*\.?\s+(?:(?:van|von|de|der|da|di|du|la|le)\s+)?){1,3}[A-Z][\w'’-]+\s*$")
# A register's headword, surname first in capitals: "CARLOW, Edith (1849–1911)".
_INVERTED = re.compile(r"(?<![\w'’-])(?P<surname>[A-Z][A-Z'’-]+),\s+(?P<given>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*$")
_NOT_A_PERSON = frozenset(
    """war wars act treaty company society union council board office church abbey museum railway bank river
    observatory institute university college school hospital party army empire kingdom republic period era age
    revolution crisis dynasty reign agreement accord convention commission committee league""".split())
_TITLE_BEFORE = re.compile(rf"(?:{ROLE_WORDS.pattern})\s+$", re.I)
_LIFESPAN = range(10, 111)
"""How many years a life may span: a bracket outside this is a period, not a life."""


@dataclass(frozen=True, slots=True)
class Life:
    """One birth or death stated by life dates: the event as read, and its date in the text."""

    event: str
    date: DateExpr


def find_lives(text: str) -> list[Life]:
    """Every birth and death that life dates in brackets after a person's name state."""
    out: list[Life] = []
    for m in _LIFE.finditer(text):
        inverted = _INVERTED.search(text, max(0, m.start() - 80), m.start())
        name = inverted or _NAME.search(text, max(0, m.start() - 80), m.start())
        if not name or not _person(name.group(0).replace(",", ""), text[:name.start()]):
            continue
        person = (f"{inverted.group('given')} {inverted.group('surname').title()}" if inverted
                  else " ".join(name.group(0).split()))
        written = f"{person} {m.group(0)}"
        if m.group("y1"):
            born, died = int(m.group("y1")), int(m.group("y2"))
            if died - born not in _LIFESPAN:
                continue
            out.append(Life(f"{written}: born {born}", _year(m, "y1")))
            out.append(Life(f"{written}: died {died}", _year(m, "y2")))
        elif m.group("by"):
            out.append(Life(f"{written}: born {m.group('by')}", _year(m, "by")))
        else:
            out.append(Life(f"{written}: died {m.group('dy')}", _year(m, "dy")))
    return out


def _person(name: str, before: str) -> bool:
    words = [w.lower().strip(".") for w in name.split()]
    if set(words) & _NOT_A_PERSON or ROLE_WORDS.search(name):
        return False
    return not _TITLE_BEFORE.search(before[-40:])


def _year(m: re.Match[str], group: str) -> DateExpr:
    year = int(m.group(group))
    return DateExpr(m.group(group), m.start(group), m.end(group), "year", date(year, 1, 1), date(year, 12, 31), str(year))
