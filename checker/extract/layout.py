"""Document lines → Layout: the working state the layout passes refine, one role per line.

A :class:`Layout` is what the extract stage knows about the page structure so far: the
lines, a role for each line that has been recognised (``None`` while undecided), the
indices where a new page begins and the named sections (reference lists, reading lists).
Every layout pass takes a Layout and returns a new one (``Layout.assign``), so the passes
in ``checker.extract`` can run in order from a list, as bibtexparser's middlewares do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Iterator

# Roles that belong to the page furniture rather than the text; passes skip them when
# they look for "the previous line of text".
FURNITURE = frozenset({"blank", "separator", "page-number", "running-header"})

NUMBER_LINE = re.compile(r"^\s*(\d{1,3})\s*$")
# Bodies of regex character classes for upper- and lower-case letters (Latin, Greek,
# Cyrillic). ``re`` has no ``\p{Lu}``, and a code-point range such as ``\u00c0-\u017d`` mixes
# the cases in Latin Extended-A (``Š`` U+0160 sits next to ``š`` U+0161).
UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x530)) if ch.isupper())
LOWER = "a-z" + "".join(ch for ch in map(chr, range(0xC0, 0x530)) if ch.islower())
# Sentence-final punctuation, perhaps closed by quotes or brackets and followed by a
# glued note marker (``…at this time.23``, ``…à ce sujet.¹²``).
_SENTENCE_END = re.compile(r"(?:[.!?:;…]['\"”’»)\]]*|[”\"])(?:\s?\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?\s*$")
_INDENT = re.compile(r"^ {1,2}(?=\S)")
# Month names (and their genitives) of the languages citecheck meets, for ``14 July 2018``.
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec januar februar märz mai juni juli oktober dezember
    janvier février mars avril juin juillet août septembre octobre novembre décembre gennaio febbraio marzo
    aprile maggio giugno luglio agosto settembre ottobre dicembre enero febrero abril mayo junio julio
    septiembre octubre noviembre diciembre stycznia lutego marca kwietnia maja czerwca lipca sierpnia
    września października listopada grudnia ledna února března dubna května června července srpna září
    října listopadu prosince januára februára apríla mája júna júla augusta septembra októbra novembra
    decembra""".split()
)
_MONTH_YEAR = re.compile(r"([^\W\d_]+)\.?,?\s+(?:1[0-9]|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class Section:
    """A run of lines forming a reference or reading list, with its heading text."""

    first: int
    last: int
    name: str


@dataclass(frozen=True, slots=True)
class Layout:
    """Lines (0-based here), their roles so far, page starts, list sections and merged folios."""

    lines: tuple[str, ...]
    roles: tuple[str | None, ...]
    page_starts: frozenset[int] = frozenset()
    sections: tuple[Section, ...] = ()
    width: int = 80
    # Text lines that end with their page's folio (``… Bradford or Leeds. 36``).
    merged_folios: frozenset[int] = frozenset()

    @classmethod
    def of(cls, lines: Iterable[str]) -> "Layout":
        """Start a layout with every role undecided and the text width measured."""
        lines = tuple(lines)
        return cls(lines=lines, roles=(None,) * len(lines), width=_text_width(lines))

    def assign(self, updates: dict[int, str], overwrite: bool = False) -> "Layout":
        """Return a layout with ``updates`` (index → role) applied to undecided lines."""
        if not updates:
            return self
        roles = list(self.roles)
        for index, role in updates.items():
            if overwrite or roles[index] is None:
                roles[index] = role
        return replace(self, roles=tuple(roles))

    def add_page_starts(self, starts: Iterable[int]) -> "Layout":
        """Return a layout that also begins a new page at each index in ``starts``."""
        return replace(self, page_starts=self.page_starts | frozenset(starts))

    def text_before(self, index: int) -> int | None:
        """Index of the nearest line above ``index`` that is not blank or page furniture."""
        for j in range(index - 1, -1, -1):
            if self.roles[j] not in FURNITURE and self.lines[j].strip():
                return j
        return None

    def text_after(self, index: int) -> int | None:
        """Index of the nearest line below ``index`` that is not blank or page furniture."""
        for j in range(index + 1, len(self.lines)):
            if self.roles[j] not in FURNITURE and self.lines[j].strip():
                return j
        return None

    def undecided(self) -> Iterator[int]:
        """Indices of the lines no pass has given a role yet."""
        return (i for i, role in enumerate(self.roles) if role is None)


def is_full_width(line: str, width: int) -> bool:
    """True when ``line`` runs (nearly) to the right margin, so the text goes on below it."""
    return len(line.rstrip()) >= 0.72 * width


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends with sentence-final punctuation (a paragraph may end here)."""
    return bool(_SENTENCE_END.search(line))


def is_indented(line: str) -> bool:
    """True for the one- or two-space indent PDF extraction leaves on a page's first line."""
    return bool(_INDENT.match(line))


def _text_width(lines: tuple[str, ...]) -> int:
    """The right margin: a high percentile of the lengths of the longer lines."""
    lengths = sorted(len(line.rstrip()) for line in lines if len(line.strip()) >= 30)
    if not lengths:
        return 80
    return max(40, lengths[int(len(lengths) * 0.75)])


def opens_with_date(text: str) -> bool:
    """Does ``text`` open with a month and a year, so that a number before it is a day?

    >>> opens_with_date("January 1875 marked the opening"), opens_with_date("gennaio 1877."), opens_with_date("Smith")
    (True, True, False)
    """
    match = _MONTH_YEAR.match(text.lstrip())
    return bool(match) and match.group(1).casefold() in MONTHS


# ``3. Methodology and data``: a section number, its stop, a capitalised short title.
NUMBERED_TITLE = re.compile(rf"^\s{{0,2}}(\d{{1,2}})\.\s+[{UPPER}]\S*(?:\s+\S+){{0,7}}\s*$")
_MIN_SECTIONS = 3


@lru_cache(maxsize=4)
def numbered_headings(lines: tuple[str, ...]) -> frozenset[int]:
    """The section headings numbered ``1.``, ``2.``, ``3.`` … in reading order, each a paragraph of its own.

    A short capitalised title after a number and a stop, with blank lines above and below
    and no sentence end, that continues the numbering of the headings before it. A note
    ``3. Ibid.`` ends a sentence; the entries of a numbered list stand in one block.

    >>> sorted(numbered_headings(("1. Introduction", "", "Text.", "", "2. Data", "", "Text.", "", "3. Results", "")))
    [0, 4, 8]
    """
    found: list[int] = []
    expected = 1
    for i, line in enumerate(lines):
        match = NUMBERED_TITLE.match(line)
        if not match or int(match.group(1)) != expected or ends_sentence(line):
            continue
        if not _stands_apart(lines, i):
            continue
        found.append(i)
        expected += 1
    return frozenset(found) if len(found) >= _MIN_SECTIONS else frozenset()


def _stands_apart(lines: tuple[str, ...], i: int) -> bool:
    """Is line ``i`` parted from the lines around it by blank lines (or the edge of the text)?"""
    return all(not (0 <= j < len(lines)) or not lines[j].replace("\f", "").strip() for j in (i - 1, i + 1))
