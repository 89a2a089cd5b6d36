"""Note zones + markers → Notes: each footnote's number and full text, re-attached and joined.

Each zone (a run of ``note`` lines) is cut into items: ``N Text`` lines, note numbers alone
on a line with their text below, and unnumbered fragments. Three kinds of damage are
repaired, each only where the shape is unambiguous:

- a note continued on the next page (its zone opens with a fragment) is joined to the
  note it continues when that note stops mid-sentence or the fragment starts in lower case;
- note numbers the extractor printed after their texts (001: text, text, ``9``, ``7``,
  ``8``) are paired in order with the fragments that open the zone, when the counts agree;
- wrapped lines are joined with line-break hyphens repaired (:mod:`.flow`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Container

from ..model import Location, Marker, Note
from .flow import join_wrapped_lines
from .layout import LOWER, NUMBER_LINE, Layout, ends_sentence, opens_with_date
from .urls import url_continues
from .zones import ISO_AUTHOR, NUMBERED_NOTE, note_number

_CONTINUATION_START = re.compile(rf"^\s*(?:[{LOWER},;:)\]]|Dostupn|Available|\[cit|URL)")
# An ISO 690 / APA access phrase at the line end announces a URL on the next line.
_ENDS_WITH_ACCESS = re.compile(r"\b(?:Dostupné|Dostupné z:|Available(?: from| at| online)?:?|Retrieved from)\s*$")
_URL_FOLLOWS = re.compile(r"^\s*(?:z:|from\b|at\b|<|https?://|www\.)", re.IGNORECASE)
_ENDS_WITH_URL = re.compile(r"(?:https?://|www\.)\S+>?[.,;]?\s*$|>\s*[.,;]?\s*$")
# A note number followed by a text that itself opens with a number (``44 42 U.S.C. …``).
_DIGIT_LED = re.compile(r"^\s{0,2}(\d{1,3})\s+(?=\d)")
# A note called by a symbol: ``* Professor at …``, ``** Mestre …``, ``† Deceased``.
_SYMBOL_NOTE = re.compile(r"^\s{0,2}(?:\*{1,3}|[†‡]{1,2})\s*(?=[^\W\d_])")
# How many note lines below a jump are searched for the numbers it would skip.
_JUMP_LOOKAHEAD = 8


@dataclass(slots=True)
class _Item:
    """A note under construction (mutable only inside this module)."""

    number: int | None
    lines: list[int]
    texts: list[tuple[int, str]] = field(default_factory=list)
    bare: bool = False  # the number stood alone on its line
    symbol: bool = False  # opened by ``*`` / ``†``: an author's or editor's note, no footnote


def assemble_notes(
    layout: Layout,
    markers: tuple[Marker, ...],
    vocabulary: Container[str],
    document: str,
    page_of: Callable[[int], int | None],
    per_page: bool = False,
) -> tuple[Note, ...]:
    """Build the notes of ``layout`` from its note zones, linked to ``markers``, in reading order.

    With ``per_page`` (footnotes numbered afresh on each page) a note is linked to the
    marker of its number on its own page.
    """
    marker_numbers = frozenset(m.number for m in markers)
    zoned: list[list[_Item]] = []
    last_number = 0
    previous_zone_last: _Item | None = None
    for zone in _zones(layout):
        zone_items, last_number = _parse_zone(layout, zone, marker_numbers, last_number)
        # ``* Doutora em Educação …``, ``† Deceased``: notes on the authors under the title
        # page's rule are called by symbols, not numbers; they are not footnotes.
        zone_items = [item for item in zone_items if not item.symbol]
        _pair_torn_numbers(zone_items)
        if previous_zone_last is not None and _continues(previous_zone_last, zone_items):
            previous_zone_last.lines += zone_items[0].lines
            previous_zone_last.texts += zone_items[0].texts
            zone_items = zone_items[1:]
        zoned.append(zone_items)
        if zone_items:
            previous_zone_last = zone_items[-1]
    numbering = _Numbering(page_of, per_page)
    _number_page_tails(zoned, markers, numbering)
    _number_lost_fragments(zoned, markers, numbering)
    by_key: dict[tuple[int | None, int], list[Location]] = {}
    for marker in markers:
        by_key.setdefault(numbering.of_marker(marker), []).append(marker.location)
    items = [item for zone_items in zoned for item in zone_items if item.texts]
    notes = [_to_note(item, vocabulary, document, page_of, by_key.get(numbering.of_item(item), ())) for item in items]
    return tuple(sorted(notes, key=lambda n: n.location.line))


@dataclass(frozen=True, slots=True)
class _Numbering:
    """How notes are told apart: by number, or by page and number when they restart per page."""

    page_of: Callable[[int], int | None]
    per_page: bool

    def of_item(self, item: _Item) -> tuple[int | None, int | None]:
        return (self.page_of(min(item.lines) + 1) if self.per_page else None, item.number)

    def of_marker(self, marker: Marker) -> tuple[int | None, int]:
        return (marker.location.page if self.per_page else None, marker.number)


def _zones(layout: Layout) -> list[list[int]]:
    """Runs of note lines; blank lines may sit inside a run, page furniture ends it."""
    zones: list[list[int]] = []
    current: list[int] = []
    for i, role in enumerate(layout.roles):
        if role == "note":
            current.append(i)
        elif role != "blank" and current:
            zones.append(current)
            current = []
    if current:
        zones.append(current)
    return zones


def _parse_zone(layout: Layout, zone: list[int], markers: frozenset[int], last: int) -> tuple[list[_Item], int]:
    items: list[_Item] = []
    for k, i in enumerate(zone):
        line = layout.lines[i]
        bare = NUMBER_LINE.match(line)
        if bare:
            items.append(_Item(int(bare.group(1)), [i], bare=True))
            last = max(last, int(bare.group(1)))
            continue
        if _SYMBOL_NOTE.match(line):
            items.append(_Item(None, [i], [(i, line)], symbol=True))
            continue
        numbered = NUMBERED_NOTE.match(line) or _digit_led_note(line, last, items)
        number = note_number(numbered) if numbered else 0
        if numbered and (
            _plausible(number, line[numbered.end():], last, markers, not items)
            and not _wrapped_jump(layout, zone[k + 1:], number, last, items)
            or _duplicate(number, line[numbered.end():], last, items)
        ):
            items.append(_Item(number, [i], [(i, line[numbered.end():])]))
            last = number
            continue
        if items and (items[-1].number is not None or not _new_fragment(layout, items[-1], line)):
            items[-1].lines.append(i)
            items[-1].texts.append((i, line))
        else:
            items.append(_Item(None, [i], [(i, line)]))
    return items, last


def _plausible(number: int, rest: str, last: int, markers: frozenset[int], first: bool) -> bool:
    """Is ``N Text`` a new note, or a wrapped line that happens to start with a number?"""
    if opens_with_date(rest):
        return False
    if number == last + 1:
        return True
    return number in markers and (number > last or first)


def _digit_led_note(line: str, last: int, items: list[_Item]) -> re.Match[str] | None:
    """``44 42 U.S.C. § 1983 …``: the next note, whose text opens with a number of its own.

    Taken only for the very next number, after a note that ends its sentence, so that a
    wrapped line such as ``12 (2019) …`` stays a continuation.
    """
    match = _DIGIT_LED.match(line)
    if not match or int(match.group(1)) != last + 1 or opens_with_date(line[match.end():]):
        return None
    if items and (not items[-1].texts or not ends_sentence(items[-1].texts[-1][1])):
        return None
    return match


def _wrapped_jump(layout: Layout, below: list[int], number: int, last: int, items: list[_Item]) -> bool:
    """Is ``N Text`` a wrapped line of the note above that opens with a number?

    ``61 UCLA L. Rev. 1202, …`` under note 49, on a page whose notes go on 50, 51, 52: the
    number jumps ahead while the note above runs on, and a note line just below brings a
    number the jump would have skipped.
    """
    if number <= last + 1 or not items or not items[-1].texts or ends_sentence(items[-1].texts[-1][1]):
        return False
    for i in below[:_JUMP_LOOKAHEAD]:
        after = NUMBERED_NOTE.match(layout.lines[i]) or _DIGIT_LED.match(layout.lines[i])
        if after and last < note_number(after) < number:
            return True
    return False


def _duplicate(number: int, rest: str, last: int, items: list[_Item]) -> bool:
    """``7 Text`` right after a complete note 7: a second note with the same number (a numbering slip).

    A wrapped line that opens with the note's own number (``7 (1999): 12.``) follows a line
    that stops mid-sentence and does not start with a capital letter.
    """
    if number != last or not items or items[-1].number != number or not items[-1].texts:
        return False
    return ends_sentence(items[-1].texts[-1][1]) and rest[:1].isupper() and not opens_with_date(rest)


def _new_fragment(layout: Layout, item: _Item, line: str) -> bool:
    """Does ``line`` start a new unnumbered fragment rather than continue ``item``?"""
    previous = item.texts[-1][1]
    if _ENDS_WITH_URL.search(previous) and not url_continues(previous, line):
        return True
    if _ENDS_WITH_ACCESS.search(previous) and not _URL_FOLLOWS.match(line):
        return True  # ``… Dostupné`` lost its URL: whatever follows is another note
    if ISO_AUTHOR.match(line):
        return True
    stripped = line.strip()
    # A sentence end on a line that stops short of the margin ends a paragraph.
    return (
        ends_sentence(previous)
        and len(previous.rstrip()) < 0.9 * layout.width
        and stripped[:1].isupper()
        and not _CONTINUATION_START.match(line)
    )


def _pair_torn_numbers(items: list[_Item]) -> None:
    """Give text-less bare numbers the fragments that open the zone, in order, if counts agree."""
    leading = []
    for item in items:
        if item.number is not None:
            break
        leading.append(item)
    textless = [item for item in items if item.bare and not item.texts]
    if not leading or len(leading) != len(textless):
        return
    for fragment, number in zip(leading, textless):
        number.texts = fragment.texts
        number.lines = sorted(fragment.lines + number.lines)
        items.remove(fragment)


def _continues(previous: _Item, items: list[_Item]) -> bool:
    """Does this zone open with the rest of the previous zone's last note (a page break)?"""
    if not items or items[0].number is not None or previous.number is None or not previous.texts:
        return False
    first = items[0].texts[0][1]
    if _CONTINUATION_START.match(first) and first.lstrip()[:1].islower():
        return True
    tail = previous.texts[-1][1].rstrip()
    unfinished = not ends_sentence(tail) and not _ENDS_WITH_URL.search(tail)
    return unfinished and not ISO_AUTHOR.match(first) and not NUMBERED_NOTE.match(first)


def _number_page_tails(zoned: list[list[_Item]], markers: tuple[Marker, ...], numbering: _Numbering) -> None:
    """Number the fragment that opens a zone just above note N: it is note N-1, continued.

    A note carried over from the page before is printed at the top of the next page's
    notes, before that page's first new note, so a fragment followed by note 14 is the
    rest of note 13. It is joined to note 13 when the previous zone ends with it, and
    numbered 13 when note 13 has no text anywhere else (its start was lost, as in 001).
    With notes numbered per page, the fragment above a page's note 1 is the rest of the
    previous page's last note.
    """
    marked = {numbering.of_marker(m) for m in markers}
    numbered = {numbering.of_item(item) for zone in zoned for item in zone if item.number is not None and item.texts}
    for k, zone in enumerate(zoned):
        if len(zone) < 2 or zone[0].number is not None or zone[1].number is None or not zone[1].texts:
            continue
        number = zone[1].number - 1
        previous = next((z[-1] for z in reversed(zoned[:k]) if z), None)
        carried = number == 0 if numbering.per_page else previous is not None and previous.number == number
        if carried and previous is not None and previous.texts:
            previous.lines += zone[0].lines
            previous.texts += zone[0].texts
            del zone[0]
            continue
        zone[0].number = number
        key = numbering.of_item(zone[0])
        if number and key in marked and key not in numbered:
            numbered.add(key)
        else:
            zone[0].number = None


def _number_lost_fragments(zoned: list[list[_Item]], markers: tuple[Marker, ...], numbering: _Numbering) -> None:
    """Give a zone of unnumbered notes the numbers of its page's markers that lack a note.

    Only when every note of the zone lost its number, the first does not read as the rest
    of a note from the page before (lower-case start), and the page has exactly as many
    markers without a note as the zone has notes: then the k-th note is the k-th such
    marker's (001's timeline page: two markers, 22 and 23, and two notes without numbers).
    """
    numbered = {numbering.of_item(item) for zone in zoned for item in zone if item.number is not None and item.texts}
    for zone in zoned:
        if not zone or any(item.number is not None or not item.texts for item in zone):
            continue
        if zone[0].texts[0][1].lstrip()[:1].islower():
            continue  # the zone opens with the rest of a note from the page before
        page = numbering.page_of(zone[0].lines[0] + 1)
        waiting = sorted({
            m.number for m in markers if m.location.page == page and numbering.of_marker(m) not in numbered
        })
        if page is None or len(waiting) != len(zone):
            continue
        for item, number in zip(zone, waiting):
            item.number = number
            numbered.add(numbering.of_item(item))


def _to_note(item: _Item, vocabulary, document, page_of, markers) -> Note:
    first = min(item.lines) + 1
    text = join_wrapped_lines([t for _, t in item.texts], vocabulary)
    return Note(
        number=item.number,
        text=text,
        location=Location(document, first, page_of(first)),
        lines=tuple(sorted(i + 1 for i in item.lines)),
        markers=tuple(markers) if item.number is not None else (),
    )
