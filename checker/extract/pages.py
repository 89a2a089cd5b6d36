"""Layout → Layout: page furniture (blank and separator lines, page numbers, page starts); Layout → Pages.

PDF-extracted text keeps the page furniture inline. A page break shows as a standalone
page number (also a roman ``vii`` of front matter, or a folio merged into the page's last
line of text), a running header (:mod:`.headers`), a form feed, or only as the one-space
indent the extractor leaves on a page's first line. A number alone on a line is a page
number only when the page around it says so: a note number alone on a line (001) is
followed by its note text, not by the next page.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Page
from .headers import header_number, line_keys, numbered_header_lines, repeated_lines, strip_running_headers
from .layout import FURNITURE, LOWER, NUMBER_LINE, Layout, ends_sentence, is_full_width, is_indented
from .zones import looks_like_note_line

__all__ = [
    "build_pages", "mark_blank_lines", "mark_page_numbers", "mark_page_starts", "strip_running_headers",
]

# A footnote rule exported as a run of spaces or underscores.
_SEPARATOR = re.compile(r"^(?:[ \t]{8,}|\s*[_\u2014\u2013-]{8,}\s*)$")
# A short rule (``———``, a law review's): a separator only above a numbered note line, for
# a few dashes alone on a line may also part sections of the text.
_SHORT_RULE = re.compile(r"^\s*(?:[\u2014\u2015]{3,}|_{3,})\s*$")
_NOTE_START = re.compile(r"^\s{0,2}(?:\d{1,3}[.)]?\s+\S|[⁰¹²³⁴⁵⁶⁷⁸⁹])")
_PAGE_LABEL = re.compile(
    r"^\s*(?:[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]|(?:page|strana|str\.|seite)\s+\d{1,4}"
    r"(?:\s*(?:of|z|/|von)\s*\d{1,4})?)\s*$",
    re.IGNORECASE,
)
# A number centred or pushed to the right margin: how page numbers are printed, never
# how an extractor leaves a torn note number (those keep the left margin).
_SET_APART = re.compile(r"^[ \t]{6,}\d{1,4}\s*$")
# A lower-case roman numeral set apart the same way: a folio of a book's front matter (``vii``).
_ROMAN_FOLIO = re.compile(r"^[ \t]{6,}(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})\s*$")
_URL_AT_END = re.compile(r"(?:https?://|www\.)\S+$|>\s*$")
_STARTS_LOWER = re.compile(rf"^\s*[{LOWER}]")
# A folio the extractor merged into the last line of its page's text: ``… Bradford or Leeds. 36``.
_TRAILING_FOLIO = re.compile(r"(?<=[^\W\d_]|[.!?;:,”’\"')])\s+(\d{1,4})\s*$")


def mark_blank_lines(layout: Layout) -> Layout:
    """Give empty lines the role ``blank`` and footnote rules the role ``separator``.

    >>> mark_blank_lines(Layout.of(["a", "", " " * 48])).roles
    (None, 'blank', 'separator')
    """
    updates = {}
    lines = layout.lines
    for i, line in enumerate(lines):
        text = line.replace("\f", "")
        if _SEPARATOR.match(text) or (_SHORT_RULE.match(text) and _note_below(lines, i)):
            updates[i] = "separator"
        elif not text.strip():
            updates[i] = "blank"
    return layout.assign(updates)


def _note_below(lines: tuple[str, ...], i: int) -> bool:
    """Does the first text line below line ``i`` open with a note number?"""
    below = _neighbour(lines, i, 1)
    return below is not None and bool(_NOTE_START.match(lines[below]))


def mark_page_numbers(layout: Layout) -> Layout:
    """Mark standalone page numbers (``6``, ``- 6 -``, ``Page 6``, ``vii``) and start a page there.

    A bare number counts as a page number when a repeated (running-header) line, a form
    feed or the start of the next page's text is next to it; a number next to another
    number is a cluster of torn note numbers, never a page number. Where page numbers
    close their pages, a folio missing from their sequence is looked for at the end of a
    text line (:func:`_merged_folios`).
    """
    lines = layout.lines
    repeated, keys = repeated_lines(lines), line_keys(lines)
    updates = {}
    for i in layout.undecided():
        line = lines[i]
        if _PAGE_LABEL.match(line) or (line.startswith("      ") and _ROMAN_FOLIO.match(line)) or (
            NUMBER_LINE.match(line) and _is_page_number(layout, i, repeated, keys)
        ):
            updates[i] = "page-number"
    numbers = sorted(updates)
    marked = layout.assign(updates)
    if not _printed_at_foot(lines, numbers):
        # A number at the foot of a page closes it; the next page starts at its form feed.
        return marked.add_page_starts(i for i in numbers if not _closes_page(lines, i))
    # Footers close their page: the next page starts on the line after each one.
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip()), -1)
    merged = _merged_folios(marked, numbers)
    starts = [i + 1 for i in numbers + sorted(merged) if i < last]
    return replace(marked.add_page_starts(starts), merged_folios=merged)


def _printed_at_foot(lines: tuple[str, ...], numbers: list[int]) -> bool:
    """Does the document print its page numbers at the foot of the page?

    Each page number that shows where it stands votes: one followed by a form feed, by
    the end of the text or by a header carrying the next page's number closes its page;
    one on a form-feed line, or right after one, opens its page. When only closing
    numbers are seen they all close (``Page 1 of 7`` where only some pages have a form
    feed). Without either, yes when the first page number is 1 and text stands above it
    (a 1 at the head of a page would have no page before it).
    """
    if not numbers:
        return False
    closing = opening = 0
    for i in numbers:
        if _opens_page(lines, i):
            opening += 1
        elif _closes_page(lines, i) or _neighbour(lines, i, 1) in numbered_header_lines(lines):
            closing += 1
    if closing or opening:
        return not opening
    first = numbers[0]
    return re.sub(r"\D+", " ", lines[first]).split()[:1] == ["1"] and any(line.strip() for line in lines[:first])


def _opens_page(lines: tuple[str, ...], i: int) -> bool:
    """True when a form feed stands on line ``i`` or on the blank lines just above it."""
    for k in range(i, -1, -1):
        if "\f" in lines[k]:
            return True
        if k < i and lines[k].strip():
            return False
    return False


def _closes_page(lines: tuple[str, ...], i: int) -> bool:
    """True when line ``i`` is a page footer: a form feed or the end of the text follows it."""
    for k in range(i + 1, len(lines)):
        line = lines[k]
        if "\f" in line:
            return line.lstrip(" \t").startswith("\f")
        if line.strip():
            return False
    return True


def _merged_folios(layout: Layout, numbers: list[int]) -> frozenset[int]:
    """Text lines ending with the folio missing between two page numbers (``35``, ``… Leeds. 36``, ``37``).

    Taken only when exactly one line between the two numbers ends with the missing one
    after a word or a punctuation mark, and it does not read as a note.
    """
    folios = [(i, int(digits[0])) for i in numbers if len(digits := re.findall(r"\d+", layout.lines[i])) == 1]
    found = set()
    for (a_line, a), (b_line, b) in zip(folios, folios[1:]):
        if b != a + 2:
            continue
        hits = [
            j for j in range(a_line + 1, b_line)
            if layout.roles[j] is None and (m := _TRAILING_FOLIO.search(layout.lines[j])) and int(m.group(1)) == a + 1
            and not looks_like_note_line(layout.lines[j])
        ]
        if len(hits) == 1:
            found.add(hits[0])
    return frozenset(found)


def _is_page_number(layout: Layout, i: int, repeated: frozenset[str], keys: tuple[str, ...]) -> bool:
    lines = layout.lines
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and NUMBER_LINE.match(lines[j]):
            return False
    if _SET_APART.match(lines[i]):
        return True
    before, after = _neighbour(lines, i, -1), _neighbour(lines, i, 1)
    if "\f" in lines[i] or any(j is not None and "\f" in lines[j] for j in (before, after)):
        return True
    for j in (before, after):
        if j is not None and abs(j - i) <= 3 and keys[j] in repeated and not looks_like_note_line(lines[j]):
            return True
    if after is None or before is None:
        return True
    nxt = lines[after]
    if looks_like_note_line(nxt):
        return False
    return is_indented(nxt) or bool(_STARTS_LOWER.match(nxt))


def mark_page_starts(layout: Layout) -> Layout:
    """Start a page at form feeds and at the indented first line of a page's text.

    The extractor indents a page's first line by one space. An indented line starts a
    page when the text above it is a note, a torn note number, or a full-width line that
    stops mid-sentence; after a sentence end it is only a paragraph indent.
    """
    starts = set()
    lines, roles = layout.lines, layout.roles
    for i, line in enumerate(lines):
        if "\f" in line:
            starts.add(i)
            continue
        if roles[i] not in (None, "heading") or not is_indented(line) or looks_like_note_line(line):
            continue
        prev = layout.text_before(i)
        if prev is None:
            continue
        above = lines[prev]
        if roles[prev] == "note" or NUMBER_LINE.match(above) or _ends_note(above):
            starts.add(i)
        elif roles[prev] is None and is_full_width(above, layout.width) and not ends_sentence(above):
            starts.add(i)
    return layout.add_page_starts(starts)


def _ends_note(line: str) -> bool:
    """A note-like line that ends with its URL or mid-sentence: the page's notes end here."""
    if not looks_like_note_line(line):
        return False
    return bool(_URL_AT_END.search(line)) or not ends_sentence(line)


def build_pages(layout: Layout) -> tuple[Page, ...]:
    """Cut the lines into pages at the layout's page starts (1-based line numbers).

    Starts separated only by furniture (a page number above its running header) make
    one page break, not two.
    """
    if not layout.lines:
        return ()
    starts = [0]
    for start in sorted(layout.page_starts):
        if start == 0:
            continue
        between = range(starts[-1], start)
        if all(layout.roles[j] in FURNITURE for j in between):
            continue
        starts.append(start)
    # A form feed at the very end opens no page: nothing but furniture follows it.
    while len(starts) > 1 and all(layout.roles[j] in FURNITURE for j in range(starts[-1], len(layout.lines))):
        starts.pop()
    pages = []
    for number, first in enumerate(starts, start=1):
        last = (starts[number] if number < len(starts) else len(layout.lines)) - 1
        pages.append(Page(number=number, first_line=first + 1, last_line=last + 1, printed=_printed(layout, first, last)))
    return tuple(pages)


def _printed(layout: Layout, first: int, last: int) -> str | None:
    """The page's printed number: its page-number line, else a number in its running header.

    The page-number line wins: a header such as ``Party Politics after 2016`` ends with a
    number that is part of its title. Last comes a folio merged into a line of text.
    """
    span = range(first, last + 1)
    for j in span:
        if layout.roles[j] == "page-number":
            line = layout.lines[j]
            return (re.findall(r"\d+", line) or line.split())[0]
    # A header whose number rises page by page beats one that only ends in a number (a
    # journal's head ``JOURNAL 9 (2021) 2`` printing its issue on every page).
    numbered = numbered_header_lines(layout.lines)
    for j in [*sorted(i for i in numbered if first <= i <= last), *span]:
        if layout.roles[j] == "running-header":
            number = header_number(layout.lines[j])
            if number:
                return number
    for j in span:
        if j in layout.merged_folios:
            return _TRAILING_FOLIO.search(layout.lines[j]).group(1)
    return None


def _neighbour(lines: tuple[str, ...], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].replace("\f", "").strip():
            return j
        j += step
    return None
