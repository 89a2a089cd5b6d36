"""Layout → NumericCitations: reference numbers in the running text, ``[2, 3]``, ``[4–6]``, ``diversity1,2.``

Numbered styles (IEEE, Vancouver, ISO 690 numeric, Nature) cite by the number of an entry
in a numbered reference list. Such a citation is neither a note marker (it has no note) nor
an author-year citation, so it has its own type, and its own integrity check: every number
it cites must have an entry in the list (``cite.numeric-unmatched``). Brackets are found
everywhere; superscript numbers, which a PDF export glues to the word as it glues note
markers (``previously5–7,``), and ``(ref. 4)``, ``(refs. 6,7)`` are read as citations only in a
paper with a numbered list and no notes (:func:`extract_superscript_citations`).
"""

from __future__ import annotations

import re
from typing import Callable

from ..model import BibEntry, Note, NumericCitation
from .citations import body_flow
from .layout import UPPER, Layout
from .markers import glued_number_groups

# ``[1]``, ``[2, 3]``, ``[4–6]``, ``[2,5-7]`` and the IEEE range ``[11]–[13]``.
_BRACKETS = re.compile(
    r"\[(?P<inner>\d{1,3}(?:\s*[,;\-\u2013\u2014]\s*\d{1,3})*)\]"
    r"(?:\s*[\-\u2013\u2014]\s*\[(?P<upto>\d{1,3})\])?"
)
_RANGE = re.compile(r"(\d{1,3})\s*[\-\u2013\u2014]\s*(\d{1,3})")
_ENTRY_NUMBER = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)]\s)")
# A range wider than this is a typo or not a citation; listing it would flood the output.
_MAX_RANGE = 50
# ``(ref. 4)``, ``(refs. 6,7)``, ``in ref. 3``: a reference number named in words.
_REF = re.compile(r"(?<![\w.])[Rr]efs?\.\s?(?P<inner>\d{1,3}(?:\s?[,\u2013-]\s?\d{1,3})*)(?![\w%]|[.,]\d)")
# A byline's word: capitalised (``Tomás``, ``Aranda2,3,``, ``Mei-Ling``) or a connective.
_BYLINE_WORD = re.compile(rf"^(?:[{UPPER}]\S*|&|and|et|y|und|e|a|i)$")
_MIN_LISTED = 3
# What a byline glues to a name: affiliation numbers and the marks of corresponding authors.
_AFFILIATION_MARKS = "0123456789,\u2013-*†‡§✉"


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


def cites_by_number(
    entries: tuple[BibEntry, ...], brackets: tuple[NumericCitation, ...], notes: tuple[Note, ...]
) -> bool:
    """Does the paper cite its numbered list by plain numbers: a numbered list, no brackets, no notes?

    In such a paper the numbers glued to words are the list's (Nature's superscripts
    flattened by the export), never note markers: there are no notes for them to call.
    """
    return not brackets and not notes and len(entry_numbers(entries)) >= _MIN_LISTED


def extract_superscript_citations(
    layout: Layout, document: str, page_of: Callable[[int], int | None]
) -> tuple[NumericCitation, ...]:
    """Reference numbers glued to the body's words (``diversity1,2.``) and named (``(refs. 6,7)``).

    Call it for a paper that :func:`cites_by_number`. A byline's affiliation numbers
    (``Lena Vogt1, Tomás Aranda2,3``) are no citations.

    >>> from checker.extract import analyse_layout
    >>> layout = analyse_layout(("Plant diversity1,2 fell, as shown previously5–7 (ref. 4).", "",
    ...                          "References", "1. A. Author. Title. J. 1, 2 (2001)."))
    >>> [(c.numbers, c.raw, c.form) for c in extract_superscript_citations(layout, "d", lambda line: 1)]
    [((1, 2), '1,2', 'superscript'), ((5, 6, 7), '5–7', 'superscript'), ((4,), 'ref. 4', 'ref')]
    """
    flow, locate = body_flow(layout, document, page_of)
    found: list[tuple[int, NumericCitation]] = []
    offset = 0
    for line in flow.split("\n"):
        if not _is_byline(line):
            for group, column in glued_number_groups(line):
                numbers = cited_numbers(group)
                if numbers:
                    at = offset + column
                    found.append((at, NumericCitation(numbers, group, locate(at), "superscript")))
        offset += len(line) + 1
    for match in _REF.finditer(flow):
        numbers = cited_numbers(match.group("inner"))
        if numbers:
            raw = " ".join(match.group(0).split())
            found.append((match.start(), NumericCitation(numbers, raw, locate(match.start()), "ref")))
    return tuple(citation for _, citation in sorted(found, key=lambda pair: pair[0]))


def _is_byline(line: str) -> bool:
    """A line of authors with their affiliation numbers: every word capitalised or a connective."""
    words = [w for w in (w.rstrip(_AFFILIATION_MARKS) for w in re.split(r"[\s,]+", line)) if w]
    return len(words) >= 2 and all(_BYLINE_WORD.match(w) for w in words)


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
