"""Layout → Layout: page furniture (blank and separator lines, page numbers, running headers, page starts).

PDF-extracted text keeps the page furniture inline. A page break shows as a standalone
page number, a running header (000 repeats the paper's title under each page number), a
form feed, or only as the one-space indent the extractor leaves on a page's first line.
A number alone on a line is a page number only when the page around it says so: a note
number alone on a line (001) is followed by its note text, not by the next page.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..model import Page
from .layout import LOWER, NUMBER_LINE, Layout, ends_sentence, is_full_width, is_indented
from .zones import looks_like_note_line

# A footnote rule exported as a run of spaces or underscores.
_SEPARATOR = re.compile(r"^(?:[ \t]{8,}|\s*[_\u2014\u2013-]{8,}\s*)$")
_PAGE_LABEL = re.compile(
    r"^\s*(?:[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]|(?:page|strana|str\.|seite)\s+\d{1,4}"
    r"(?:\s*(?:of|z|/|von)\s*\d{1,4})?)\s*$",
    re.IGNORECASE,
)
# A number centred or pushed to the right margin: how page numbers are printed, never
# how an extractor leaves a torn note number (those keep the left margin).
_SET_APART = re.compile(r"^[ \t]{6,}\d{1,4}\s*$")
_NUMBER_IN_HEADER = re.compile(r"^(\d{1,4})\s+(\S.*)$|^(.*\S)\s+(\d{1,4})$")
_URL_AT_END = re.compile(r"(?:https?://|www\.)\S+$|>\s*$")
_STARTS_LOWER = re.compile(rf"^\s*[{LOWER}]")
# A running header this close to the top of the text is the title page's byline.
_TITLE_LINES = 3


def mark_blank_lines(layout: Layout) -> Layout:
    """Give empty lines the role ``blank`` and footnote rules the role ``separator``.

    >>> mark_blank_lines(Layout.of(["a", "", " " * 48])).roles
    (None, 'blank', 'separator')
    """
    updates = {}
    for i, line in enumerate(layout.lines):
        text = line.replace("\f", "")
        if _SEPARATOR.match(text):
            updates[i] = "separator"
        elif not text.strip():
            updates[i] = "blank"
    return layout.assign(updates)


def mark_page_numbers(layout: Layout) -> Layout:
    """Mark standalone page numbers (``6``, ``- 6 -``, ``Page 6``) and start a page there.

    A bare number counts as a page number when a repeated (running-header) line, a form
    feed or the start of the next page's text is next to it; a number next to another
    number is a cluster of torn note numbers, never a page number.
    """
    repeated = _repeated_lines(layout.lines)
    keys = _line_keys(layout.lines)
    updates = {}
    for i in layout.undecided():
        line = layout.lines[i]
        if _PAGE_LABEL.match(line) or (NUMBER_LINE.match(line) and _is_page_number(layout, i, repeated, keys)):
            updates[i] = "page-number"
    numbers = sorted(updates)
    if _printed_at_foot(layout.lines, numbers):
        # Footers close their page: the next page starts on the line after each one.
        starts = [i + 1 for i in numbers[:-1]]
    else:
        # A number at the foot of a page closes it; the next page starts at its form feed.
        starts = [i for i in numbers if not _closes_page(layout.lines, i)]
    return layout.assign(updates).add_page_starts(starts)


def _printed_at_foot(lines: tuple[str, ...], numbers: list[int]) -> bool:
    """Does the document print its page numbers at the foot of the page?

    Yes when its text ends with a page number, or when the first page number is 1 and
    text stands above it (a 1 at the head of a page would have no page before it).
    Form-feed exports are left to :func:`_closes_page`, which sees each break.
    """
    if not numbers or any("\f" in line for line in lines):
        return False
    if _closes_page(lines, numbers[-1]):
        return True
    first = numbers[0]
    return re.sub(r"\D+", " ", lines[first]).split()[:1] == ["1"] and any(line.strip() for line in lines[:first])


def _closes_page(lines: tuple[str, ...], i: int) -> bool:
    """True when line ``i`` is a page footer: a form feed or the end of the text follows it."""
    for k in range(i + 1, len(lines)):
        line = lines[k]
        if "\f" in line:
            return line.lstrip(" \t").startswith("\f")
        if line.strip():
            return False
    return True


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


def strip_running_headers(layout: Layout) -> Layout:
    """Mark running headers: repeated lines that sit beside page numbers or recur page after page.

    A line repeated next to at least two page numbers (000's title under ``6``, ``8``,
    ``15``) is a header wherever it occurs; so is a line like ``TITLE 12`` whose title
    recurs at least three times, at least a page apart, with the number rising.
    """
    lines, roles = layout.lines, layout.roles
    keys = _line_keys(lines)
    # Distinct lines with the same text, each beside a page number.
    near_numbers: dict[str, set[int]] = {}
    page_lines = [i for i, role in enumerate(roles) if role == "page-number"]
    for i in page_lines:
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            if roles[j] is None and lines[j].strip() and not looks_like_note_line(lines[j]):
                near_numbers.setdefault(keys[j], set()).add(j)
    headers = {key for key, found in near_numbers.items() if len(found) >= 2}
    updates = {i: "running-header" for i in layout.undecided() if keys[i] and keys[i] in headers}
    updates.update(_numbered_headers(layout))
    starts = {i for i in _first_of_runs(updates) if not _on_title_page(layout, i)}
    return layout.assign(updates).add_page_starts(starts)


def _on_title_page(layout: Layout, i: int) -> bool:
    """A header line under the title, before any page number: the byline, not a page break."""
    seen = 0
    for j in range(i):  # stops early: a full list of the lines above made this quadratic
        if not layout.lines[j].strip():
            continue
        seen += 1
        if seen > _TITLE_LINES or layout.roles[j] == "page-number":
            return False
    return True


def _numbered_headers(layout: Layout) -> dict[int, str]:
    """Headers carrying the page number: ``RUSSIA AND NATO 12`` or ``12 RUSSIA AND NATO``."""
    found: dict[str, list[tuple[int, int]]] = {}
    keys = _line_keys(layout.lines)
    for i in layout.undecided():
        key = keys[i]
        if not key or len(key) > 120 or not (key[0].isdigit() or key[-1].isdigit()):
            continue
        match = _NUMBER_IN_HEADER.match(key)
        if match:
            title = " ".join((match.group(2) or match.group(3)).split())
            number = int(match.group(1) or match.group(4))
            found.setdefault(title, []).append((i, number))
    updates = {}
    for title, hits in found.items():
        if len(hits) < 3 or len(title) < 6:
            continue
        rising = all(b[1] > a[1] and b[0] - a[0] >= 15 for a, b in zip(hits, hits[1:]))
        if rising:
            updates.update({i: "running-header" for i, _ in hits})
    return updates


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
        if all(layout.roles[j] in ("blank", "page-number", "running-header", "separator") for j in between):
            continue
        starts.append(start)
    pages = []
    for number, first in enumerate(starts, start=1):
        last = (starts[number] if number < len(starts) else len(layout.lines)) - 1
        pages.append(Page(number=number, first_line=first + 1, last_line=last + 1, printed=_printed(layout, first, last)))
    return tuple(pages)


def _printed(layout: Layout, first: int, last: int) -> str | None:
    """The page's printed number: its page-number line, else a number in its running header.

    The page-number line wins: a header such as ``Party Politics after 2016`` ends with a
    number that is part of its title.
    """
    span = range(first, last + 1)
    for j in span:
        if layout.roles[j] == "page-number":
            return re.sub(r"\D+", " ", layout.lines[j]).split()[0]
    for j in span:
        if layout.roles[j] == "running-header":
            match = _NUMBER_IN_HEADER.match(layout.lines[j].strip())
            if match:
                return match.group(1) or match.group(4)
    return None


@lru_cache(maxsize=4)
def _repeated_lines(lines: tuple[str, ...]) -> frozenset[str]:
    """Normalised lines that occur at least twice (running-header candidates)."""
    counts = Counter(key for key in _line_keys(lines) if 4 <= len(key) <= 120)
    return frozenset(key for key, count in counts.items() if count >= 2 and any(c.isalpha() for c in key))


@lru_cache(maxsize=4)
def _line_keys(lines: tuple[str, ...]) -> tuple[str, ...]:
    """Every line normalised by :func:`_key`, computed once per document (several passes ask)."""
    return tuple(_key(line) for line in lines)


def _key(line: str) -> str:
    return " ".join(line.replace("\f", " ").split())


def _neighbour(lines: tuple[str, ...], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].replace("\f", "").strip():
            return j
        j += step
    return None


def _first_of_runs(updates: dict[int, str]) -> set[int]:
    """The first line of each run of header lines (a two-line header is one page start)."""
    return {i for i in updates if i - 1 not in updates}
