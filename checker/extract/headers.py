"""Layout → Layout: running headers and footers, the lines a PDF repeats at the edge of every page.

Three shapes are recognised. A line repeated beside page numbers (000's title under
``6``, ``8``, ``15``). A header that carries the page number (``RUSSIA AND NATO 12``,
``12 RUSSIA AND NATO``, ``34RIVISTA DI STORIA 12 (2019)`` with the folio glued on), also
when even and odd pages print different titles (``72 Reading Publics`` /
``Mechanics’ institutes … 73``): one title repeated with rising numbers sets the
sequence, and another title whose numbers fall into its gaps is the other side's head.
And, in a form-feed export, a line repeated at the top or the foot of page after page
(IEEE's ``Authorized licensed use limited to: …`` footer).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from .layout import UPPER, Layout, ends_sentence
from .zones import NUMBERED_NOTE, looks_like_note_line

# ``12 TITLE``, ``12TITLE`` (the folio glued to a capital) or ``TITLE 12``.
NUMBER_IN_HEADER = re.compile(rf"^(\d{{1,4}})(?:\s+|(?=[{UPPER}]))(\S.*)$|^(.*\S)\s+(\d{{1,4}})$")
# A running header this close to the top of the text is the title page's byline.
_TITLE_LINES = 3
_MIN_TITLE = 6
_URL_AT_END = re.compile(r"(?:https?://|www\.)\S+$")
# Pages are longer than this: two hits of a header closer together are not two pages.
_MIN_PAGE_LINES = 8


def strip_running_headers(layout: Layout) -> Layout:
    """Mark running headers and footers and start a page at each header.

    A line repeated next to at least two page numbers is a header wherever it occurs;
    so are the headers that carry the page number (:func:`numbered_header_lines`) and,
    in a form-feed export, lines repeated only at page edges.
    """
    lines, roles = layout.lines, layout.roles
    keys = line_keys(lines)
    numbered = numbered_header_lines(lines)
    # Distinct lines with the same text, each beside a page number.
    near_numbers: dict[str, set[int]] = {}
    page_lines = [i for i, role in enumerate(roles) if role == "page-number"]
    for i in page_lines:
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            if roles[j] is None and lines[j].strip() and not looks_like_note_line(lines[j]):
                near_numbers.setdefault(keys[j], set()).add(j)
    headers = {key for key, found in near_numbers.items() if len(found) >= 2}
    headers |= _beside_numbered_headers(lines, roles, keys, numbered)
    updates = {i: "running-header" for i in layout.undecided() if keys[i] and keys[i] in headers}
    updates.update({i: "running-header" for i in numbered if roles[i] is None})
    closing = _closing_headers(lines, numbered)
    starts = {i for i in _page_starts_of_runs(updates, closing, len(lines)) if not _on_title_page(layout, i)}
    footers = {i: "running-header" for i in _page_edge_repeats(lines) if roles[i] is None}
    return layout.assign({**footers, **updates}).add_page_starts(starts)


def _beside_numbered_headers(
    lines: tuple[str, ...], roles: tuple[str | None, ...], keys: tuple[str, ...], numbered: dict[int, int]
) -> set[str]:
    """Lines repeated next to the headers that carry page numbers: the other half of the page furniture.

    A journal's head under each footer (``Author: Title  41`` / ``JOURNAL 9 (2021) 2``, its
    issue number the same on every page) is one when every copy stands beside such a
    header, or opens the text. A line that reads like a note (a head carrying the DOI,
    ``ARTICLE  JOURNAL | https://doi.org/…``) needs three copies and no sentence end.
    """
    if not numbered:
        return set()
    found: dict[str, set[int]] = {}
    for i in numbered:
        for step in (-1, 1):
            j = _neighbour(lines, i, step)
            if j is not None and j not in numbered and roles[j] is None and len(keys[j]) >= _MIN_TITLE:
                found.setdefault(keys[j], set()).add(j)
    first = _neighbour(lines, -1, 1)
    headers = set()
    for key, beside in found.items():
        if len(beside) < 2:
            continue
        copies = [i for i, k in enumerate(keys) if k == key]
        if any(i not in beside and i != first for i in copies):
            continue
        sample = lines[copies[0]]
        stops = ends_sentence(sample) and not _URL_AT_END.search(sample)  # ``….2020.12`` is a DOI's end
        if looks_like_note_line(sample) and (len(beside) < 3 or stops or NUMBERED_NOTE.match(sample)):
            continue
        headers.add(key)
    return headers


def _closing_headers(lines: tuple[str, ...], numbered: dict[int, int]) -> frozenset[int]:
    """The headers carrying page numbers, when the document prints them at the foot of its pages.

    Each such header that shows where it stands votes: one followed by a form feed or by
    the end of the text closes its page, one on a form-feed line opens it. Footers win only
    with no vote against them.
    """
    closing = opening = 0
    for i in numbered:
        if lines[i].lstrip(" \t").startswith("\f"):
            opening += 1
        elif _closes_page(lines, i):
            closing += 1
    return frozenset(numbered) if closing and not opening else frozenset()


def _closes_page(lines: tuple[str, ...], i: int) -> bool:
    below = _neighbour(lines, i, 1, keep_form_feeds=True)
    return below is None or lines[below].lstrip(" \t").startswith("\f")


def _page_starts_of_runs(updates: dict[int, str], closing: frozenset[int], count: int) -> set[int]:
    """Where each run of header lines starts a page: at its first line, or after a footer that closes a page.

    A footer with the next page's head under it (``Author: Title  41`` / ``JOURNAL 9 (2021) 2``)
    is one run: the page starts at the head.
    """
    starts = set()
    for first in _first_of_runs(updates):
        last = first
        while last + 1 in updates:
            last += 1
        footer = max((i for i in range(first, last + 1) if i in closing), default=None)
        if footer is None:
            starts.add(first)
        elif footer + 1 < count:
            starts.add(footer + 1)
    return starts


def header_number(line: str) -> str | None:
    """The page number a header line carries (``TITLE 12`` → ``12``), if it has one."""
    match = NUMBER_IN_HEADER.match(" ".join(line.replace("\f", " ").split()))
    return (match.group(1) or match.group(4)) if match else None


@lru_cache(maxsize=4)
def numbered_header_lines(lines: tuple[str, ...]) -> dict[int, int]:
    """Headers carrying the page number, index → number.

    A title seen at least three times, a page apart, with rising numbers is a header;
    then a title seen twice (or once on a form-feed line) is the other side's header when
    each of its numbers falls between those of the accepted headers around it. A title
    that ends in a comma or a sentence's full stop is a note's text, however often cited.
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for i, key in enumerate(line_keys(lines)):
        if not key or len(key) > 120 or not (key[0].isdigit() or key[-1].isdigit()):
            continue
        match = NUMBER_IN_HEADER.match(key)
        if match:
            title = " ".join((match.group(2) or match.group(3)).split())
            if not _runs_on(title):
                found.setdefault(title, []).append((i, int(match.group(1) or match.group(4))))
    accepted: dict[int, int] = {}
    for title, hits in found.items():
        if len(hits) >= 3 and len(title) >= _MIN_TITLE and _rising(hits):
            accepted.update(hits)
    if not accepted:
        return accepted
    sequence = sorted(accepted.items())
    for title, hits in found.items():
        if len(title) < _MIN_TITLE or any(i in accepted for i, _ in hits):
            continue
        if len(hits) < 2 and not all("\f" in lines[i] for i, _ in hits):
            continue
        if all(_fills_gap(sequence, i, number) for i, number in hits):
            accepted.update(hits)
    return accepted


def _runs_on(title: str) -> bool:
    """A title that runs on or ends a sentence (``5 Hatzivassiliou, Evanthis, “Images …,``,
    ``14 "The Cold War" (NATO).``): a note citing the same work again, never a running head.
    """
    last = title[-1]
    return last in ",;:-\u2013\u2014" or (last == "." and len(title) > 1 and (title[-2].isalpha() or title[-2] in ")”\"’"))


def _rising(hits: list[tuple[int, int]]) -> bool:
    return all(b[1] > a[1] and b[0] - a[0] >= 15 for a, b in zip(hits, hits[1:]))


def _fills_gap(sequence: list[tuple[int, int]], line: int, number: int) -> bool:
    """Does header ``number`` on ``line`` fit between the accepted headers before and after it?"""
    at = bisect_left(sequence, (line, number))
    before = sequence[at - 1] if at else None
    after = sequence[at] if at < len(sequence) else None
    for neighbour in (before, after):
        if neighbour is not None and abs(neighbour[0] - line) < _MIN_PAGE_LINES:
            return False
    if before is not None and after is not None:
        return before[1] < number < after[1]
    if before is not None:
        return number == before[1] + 1
    return after is not None and number == after[1] - 1


def _page_edge_repeats(lines: tuple[str, ...]) -> list[int]:
    """In a form-feed export, repeated lines every one of whose copies opens or closes a page."""
    if not any("\f" in line for line in lines):
        return []
    keys = line_keys(lines)
    repeated = repeated_lines(lines)
    edge: dict[str, list[int]] = {}
    off: set[str] = set()
    for i, key in enumerate(keys):
        if key not in repeated:
            continue
        if _at_page_edge(lines, i) and not looks_like_note_line(lines[i]):
            edge.setdefault(key, []).append(i)
        else:
            off.add(key)
    return [i for key, found in edge.items() if key not in off and len(found) >= 2 for i in found]


def _at_page_edge(lines: tuple[str, ...], i: int) -> bool:
    """Line ``i`` opens a page (a form feed before its text) or closes one (a form feed or the end next)."""
    if lines[i].lstrip(" \t").startswith("\f"):
        return True
    above = _neighbour(lines, i, -1, keep_form_feeds=True)
    if above is not None and not lines[above].replace("\f", "").strip():
        return True
    below = _neighbour(lines, i, 1, keep_form_feeds=True)
    return below is None or lines[below].lstrip(" \t").startswith("\f")


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


@lru_cache(maxsize=4)
def repeated_lines(lines: tuple[str, ...]) -> frozenset[str]:
    """Normalised lines that occur at least twice (running-header candidates)."""
    counts = Counter(key for key in line_keys(lines) if 4 <= len(key) <= 200)
    return frozenset(key for key, count in counts.items() if count >= 2 and any(c.isalpha() for c in key))


@lru_cache(maxsize=4)
def line_keys(lines: tuple[str, ...]) -> tuple[str, ...]:
    """Every line with form feeds dropped and spaces squashed, computed once per document."""
    return tuple(" ".join(line.replace("\f", " ").split()) for line in lines)


def _neighbour(lines: tuple[str, ...], i: int, step: int, keep_form_feeds: bool = False) -> int | None:
    """The nearest line from ``i`` in direction ``step`` with text (or, if asked, a form feed)."""
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].replace("\f", "").strip() or (keep_form_feeds and "\f" in lines[j]):
            return j
        j += step
    return None


def _first_of_runs(updates: dict[int, str]) -> set[int]:
    """The first line of each run of header lines (a two-line header is one page start)."""
    return {i for i in updates if i - 1 not in updates}
