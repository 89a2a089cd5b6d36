"""Layout → NumericCitations: bracketed reference numbers in the running text, ``[2, 3]``, ``[4–6]``.

Numbered styles (IEEE, Vancouver, ISO 690 numeric) cite by the number of an entry in a
numbered reference list. Such a citation is neither a note marker (it has no note) nor an
author-year citation, so it has its own type, and its own integrity check: every number
it cites must have an entry in the list (``cite.numeric-unmatched``).
"""

from __future__ import annotations

import re
from typing import Callable

from ..model import BibEntry, NumericCitation
from .citations import body_flow
from .layout import Layout

# ``[1]``, ``[2, 3]``, ``[4–6]``, ``[2,5-7]`` and the IEEE range ``[11]–[13]``.
_BRACKETS = re.compile(
    r"\[(?P<inner>\d{1,3}(?:\s*[,;\-\u2013\u2014]\s*\d{1,3})*)\]"
    r"(?:\s*[\-\u2013\u2014]\s*\[(?P<upto>\d{1,3})\])?"
)
_RANGE = re.compile(r"(\d{1,3})\s*[\-\u2013\u2014]\s*(\d{1,3})")
_ENTRY_NUMBER = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)]\s)")
# A range wider than this is a typo or not a citation; listing it would flood the output.
_MAX_RANGE = 50


def extract_numeric_citations(
    layout: Layout, document: str, page_of: Callable[[int], int | None]
) -> tuple[NumericCitation, ...]:
    """Every bracketed numeric citation in the body of ``layout``, in reading order.

    >>> from checker.extract import analyse_layout
    >>> layout = analyse_layout(("Links rot [2, 3] and drift [4–6].", "", "References", "[1] A. Author, Title, 2001."))
    >>> [(c.numbers, c.raw) for c in extract_numeric_citations(layout, "d", lambda line: 1)]
    [((2, 3), '[2, 3]'), ((4, 5, 6), '[4–6]')]
    """
    flow, locate = body_flow(layout, document, page_of)
    found = []
    for match in _BRACKETS.finditer(flow):
        numbers = cited_numbers(match.group("inner"), match.group("upto"))
        if numbers:
            found.append(NumericCitation(numbers, " ".join(match.group(0).split()), locate(match.start())))
    return tuple(found)


def cited_numbers(inner: str, upto: str | None = None) -> tuple[int, ...]:
    """The reference numbers a bracket cites, ranges expanded; ``()`` for an implausible range or a 0.

    >>> cited_numbers("2,5-7"), cited_numbers("11", "13"), cited_numbers("3-1"), cited_numbers("0, 1")
    ((2, 5, 6, 7), (11, 12, 13), (), ())
    """
    if upto is not None:
        inner = f"{inner}-{upto}"
    numbers: list[int] = []
    for part in re.split(r"\s*[,;]\s*", inner.strip()):
        if part.isdigit():
            numbers.append(int(part))
            continue
        span = _RANGE.fullmatch(part)  # anything else (``4-6-8``) is not a citation
        if not span or not int(span.group(1)) < int(span.group(2)) <= int(span.group(1)) + _MAX_RANGE:
            return ()
        numbers += range(int(span.group(1)), int(span.group(2)) + 1)
    return () if 0 in numbers else tuple(numbers)  # ``[0, 1]`` is an interval: no list numbers from 0


def entry_numbers(entries: tuple[BibEntry, ...]) -> dict[int, BibEntry]:
    """Reference-list entries that open with a number (``[3] …`` or ``3. …``), by that number."""
    numbered = {}
    for entry in entries:
        match = _ENTRY_NUMBER.match(entry.text)
        if match:
            numbered.setdefault(int(match.group(1) or match.group(2)), entry)
    return numbered
