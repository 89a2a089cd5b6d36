"""Layout → Layout: the footnote zones at the bottom of pages get the role ``note``.

A zone starts after a separator line (a footnote rule exported as spaces) and runs to the
next page's text. Without a separator (001), a zone is found by walking up from a page
start over lines that look like notes: note numbers alone on a line, ``N Text`` lines, and
ISO 690 / Chicago note features (``[online]``, ``[cit. …]``, ``Dostupné z:``, URLs,
``SURNAME, Given``, ``Id.``, ``(Place: Publisher, 2014)``, ``ed. Name``), in a text that
has note markers; the rest of a note carried over from the page before may sit on top.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .contents import is_contents_entry
from .layout import (
    NUMBER_LINE, NUMBERED_TITLE, UPPER, Layout, ends_sentence, is_indented, numbered_headings, opens_with_date,
)
from .markers import glued_markers, has_glued_marker, spaced_marker

_NOTE_FEATURES = re.compile(
    r"\[online\]|\[cit\.|\bDostupn[ée]\b|\bAvailable (?:at|from|online)|\bRetrieved (?:from|on)\b"
    r"|\b[Aa]ccess(?:ed|ed on)\b|\bURL:|https?://|\bwww\.|\bdoi:|\bISBN\b|\bISSN\b"
    r"|\b[Ii]b[ií]d(?:em)?\b|\b[Tt]amtéž\b|\b[Tt]amże\b|\b[Oo]p\. ?cit\.|^\s*(?:\d{1,3}\s+)?[IÍ]d\.(?:\s|,|$)"
    # Polish ISO 690: ``[dostęp: 12.03.2020]``, ``Dostępne w Internecie: <URL>``.
    r"|\b[Dd]ostęp"
    # Chicago publication facts ``(New York: Oxford University Press, 2014)`` and editors
    # (``ed. William Farrer``, ``Lawrence Black and Nicole Robertson, eds., Consumerism``).
    r"|\([A-Z][\w .,'’&\-]{1,40}: [^():]{2,80}, (?:1[5-9]|20)\d\d\)|\b(?:eds?|trans)\.,? [A-Z]"
    # A journal's volume, year and pages, wrapped onto a line of its own: ``27, no. 1 (1939): 11–15.``
    r"|\b\d{1,4}(?:, no\. \d{1,4})? \((?:1[5-9]|20)\d\d\): \d"
)
# The tail of a URL broken across lines: one token with URL punctuation
# (``kontorbok-1440?side=14&visning=``, ``geschichte.de/quellen/vorrath-buch-1431.``).
# A row of a table laid out by the extractor: at least two column gaps of three spaces or a
# tab (``1   SMER-SD           22,94``); note text never has them.
_TABLE_ROW = re.compile(r"\S(?: {3,}|\t)\S(?:.*\S)?(?: {3,}|\t)\S")
_URL_TAIL = re.compile(r"^\s*[\w.\-~%]*[/?=&][\w.\-~%/?=&#+:;,]*\s*$")
# A substring every _NOTE_FEATURES match contains: plain ``in`` tests reject most lines
# several times faster than the many-branch regex does.
_FEATURE_HINTS = (
    "[online]", "[cit.", "Dostupn", "Available ", "Retrieved ", "ccess", "URL:", "://", "www.",
    "doi:", "ISBN", "ISSN", "bid", "bíd", "Íd.", "amtéž", "amże", "ostęp", "p. cit", "p.cit", "Id.", ": ", "ed. ", "eds. ",
    "eds., ", "trans. ",
)
_HINTS = re.compile("|".join(map(re.escape, _FEATURE_HINTS)))  # one search, not a generator of ``in`` tests
# ISO 690 puts the first author's surname in capitals: ``SMITH, Julianne.``
ISO_AUTHOR = re.compile(rf"^\s*[{UPPER}]{{2,}}(?:[ -][{UPPER}]{{2,}})*,\s+[{UPPER}]")
# ``1 Text`` / ``2  The supporters`` / ``3. Text``: a note number, then the note; also a
# superscript number, with or without a space (``¹ Sur les origines``, ``¹²Ibid.``), as a
# word processor's text export prints it.
NUMBERED_NOTE = re.compile(r"^\s{0,2}(\d{1,3}(?=[.)]?\s)|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[.)]?\s*(?=[^\s\d⁰¹²³⁴⁵⁶⁷⁸⁹])")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MAX_LOOSE_LINES = 2
# A reference list's numbered entry: ``12. Keller, M.``, ``[12] M. Keller``.
LIST_NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s")
_MIN_NUMBERED_ENTRIES = 3
_MAX_BLOCK = 6
_MAX_TAIL = 3
_PUBLICATION_TAIL = re.compile(
    r"^\s*(?:Т|Вып|С|Vol|vol|V|v|No|no|Nr|nr|pp?|S|s|Bd|Jg|H|roč|č|t|n)\.\s*\d|^\s*№\s*\d"
)
_BROKEN_WORD_END = re.compile(r"[^\W\d_]{2}-\s*$")
_URL_END = re.compile(r"(?:https?://|www\.)\S+$|>[.,;]?\s*$")
_FOOTER = frozenset({"blank", "page-number", "running-header"})
_ABOVE_BLOCK = frozenset({"blank", "separator", "page-number", "running-header"})


def note_number(match: re.Match[str]) -> int:
    """The number a :data:`NUMBERED_NOTE` match opens with, superscript digits read as digits."""
    return int(match.group(1).translate(_SUPERSCRIPTS))


def looks_like_note_line(line: str) -> bool:
    """True when ``line`` reads like part of a footnote rather than running text.

    >>> looks_like_note_line("SMITH, Julianne. The NATO-Russia Relationship. In: Centre for")
    True
    >>> looks_like_note_line("Strategic & International Studies [online]. [cit. 2014-07-22]. Dostupné")
    True
    >>> looks_like_note_line("the decision was marked as unsustainable by several experts.2 After this")
    False
    """
    numbered = NUMBERED_NOTE.match(line)
    if numbered and opens_with_date(line[numbered.end():]):
        numbered = None  # ``1 January 1875 marked …``: a date opens the line, not a note number
    found = numbered or ISO_AUTHOR.match(line) or _has_note_feature(line) or _is_url_tail(line)
    return bool(found) and not is_table_row(line) and not is_contents_entry(line)


def is_table_row(line: str) -> bool:
    """True for a row of a table of figures (``1      Lübeck        412      6 310``), never a note.

    >>> is_table_row("2     PS                   32"), is_table_row("2  The supporters of the pact")
    (True, False)
    """
    return ("   " in line or "\t" in line) and bool(_TABLE_ROW.search(line.strip()))


def _is_url_tail(line: str) -> bool:
    if "/" not in line and "=" not in line:
        return False  # cheap pre-test: running text seldom has either
    stripped = line.strip()
    return 4 <= len(stripped) <= 200 and " " not in stripped and bool(_URL_TAIL.match(stripped))


def _has_note_feature(line: str) -> bool:
    return _HINTS.search(line) is not None and _NOTE_FEATURES.search(line) is not None


def mark_separator_zones(layout: Layout) -> Layout:
    """Mark the lines after each separator line as notes, up to the next page's text.

    The zone ends at any line already claimed (page furniture, another separator, a
    section heading or list), at an indented
    line that does not read like a note (the next page's first line), or at a line that
    carries a glued note marker (body text, even if the page break left no other trace).
    """
    updates: dict[int, str] = {}
    lines, roles = layout.lines, layout.roles
    for s, role in enumerate(roles):
        if role != "separator":
            continue
        seen_text = False
        for j in range(s + 1, len(lines)):
            if roles[j] == "blank":
                continue
            if roles[j] is not None:
                break
            line = lines[j]
            starts_note = bool(NUMBERED_NOTE.match(line) or NUMBER_LINE.match(line))
            if seen_text and is_indented(line) and not looks_like_note_line(line):
                break
            if seen_text and not starts_note and has_glued_marker(line):
                break
            updates[j] = "note"
            seen_text = True
    return layout.assign(updates)


def mark_bottom_zones(layout: Layout) -> Layout:
    """Mark note zones that have no separator, walking up from each page start and the end.

    Only in a document whose text carries note markers (glued, or note numbers torn onto
    lines of their own): without any, numbered lines at the foot of a page (``12 countries
    entered …``) and URLs there are the body's. In a paper with a numbered reference list,
    whose glued numbers may be its superscript citations, a zone needs a line opened by a
    note number. A zone may open with the rest of the previous page's last note
    (:func:`_carried_tail`).
    """
    updates: dict[int, str] = {}
    lines = layout.lines
    earlier: list[int] | None = None  # the note lines of separator zones and endnotes, once a zone needs them
    boundaries = sorted(set(layout.page_starts) | {len(layout.lines)} | {s.first for s in layout.sections})
    last_note = None  # the lowest note line found so far (zones come in reading order)
    scan = _Scan(layout)
    numbered_list = _has_numbered_list(layout)
    for floor, boundary in zip([0, *boundaries], boundaries):
        zone = _walk_up(scan, boundary, floor)
        if zone and not _numbers_fit(scan, zone):
            continue
        if zone and numbered_list and not any(_opens_with_number(lines[i]) for i in zone):
            continue  # in a paper with a numbered list, URLs and names at a page's foot are its text
        if zone and NUMBER_LINE.match(layout.lines[zone[-1]]):
            zone += _block_above(layout, zone[-1])
        if zone:
            if earlier is None:
                earlier = [i for i, role in enumerate(layout.roles) if role == "note"]
            at = bisect_left(earlier, zone[-1])
            previous = max((i for i in (earlier[at - 1] if at else None, last_note) if i is not None), default=None)
            zone += _carried_tail(layout, zone[-1], floor, previous)
            last_note = zone[0]
        updates.update({i: "note" for i in zone})
    # Asked only now: most documents have markers, and a zone-less one needs no answer.
    if updates and not scan.has_markers():
        return layout
    return layout.assign(updates)


def _opens_with_number(line: str) -> bool:
    return bool(NUMBERED_NOTE.match(line) or NUMBER_LINE.match(line))


def _has_numbered_list(layout: Layout) -> bool:
    """Does a reference list of the layout number its entries (``1. Vogt, L. …``, ``[3] A. Author``)?

    Such a paper cites by those numbers (superscripts flattened into words, ``[3]``); a
    block at a page's foot is a note only where a note number opens one of its lines.
    """
    lines, roles = layout.lines, layout.roles
    for section in layout.sections:
        numbered = sum(
            1 for j in range(section.first, section.last + 1) if roles[j] == "list" and LIST_NUMBER.match(lines[j])
        )
        if numbered >= _MIN_NUMBERED_ENTRIES:
            return True
    return False


def _numbers_fit(scan: "_Scan", zone: list[int]) -> bool:
    """Does a zone whose lines read as notes only by a leading number carry a number the text marks?

    ``12 countries entered the survey …`` at the foot of a page, with no marker 12 anywhere,
    is the body's line; a zone with an ISO author, an ``Ibid.`` or a URL stands on those, and
    one with two numbers in a row (``4 …``, ``5 …``) on its numbering.
    """
    numbers = set()
    for i in zone:
        line = scan.lines[i]
        numbered = NUMBERED_NOTE.match(line)
        if NUMBER_LINE.match(line) or (scan.note_like(i) and not numbered):
            return True
        if numbered and scan.note_like(i):
            if _note_like_unnumbered(line, numbered):
                return True
            numbers.add(note_number(numbered))
    if not numbers or any(n + 1 in numbers for n in numbers):
        return True
    return any(scan.marks(n) for n in numbers)


def _carried_tail(layout: Layout, top: int, floor: int, previous: int | None) -> list[int]:
    """The rest of the previous page's last note, printed just above this page's notes.

    A short block (``secularists, several of whom wrote …``) directly above the zone's top,
    parted from the body by a blank line after a sentence end, without markers, on a page
    after one whose last note line (``previous``) stops mid-sentence.
    """
    lines = layout.lines
    if previous is None or previous >= floor or _URL_END.search(lines[previous]):
        return []
    top_line = lines[top - 1] if top > floor else ""
    # Two shapes hold only when the note stopped on the page just before this one:
    # a citation's volume and pages (``Т. 13, № 2. С. 88–104.``, ``Vol. 12, pp. 3–9.``) go on
    # a description whose last line ended with a full stop (``Политология. 2019.``), and
    # ``… shall be set-`` ⏎ ``tled in a cottage …``, a word broken across the page, cannot be
    # the body's even under a body line that stops mid-sentence.
    adjacent = not any(previous < start < floor for start in layout.page_starts)
    if ends_sentence(lines[previous]) and not (adjacent and _PUBLICATION_TAIL.match(top_line)):
        return []
    broken_word = adjacent and bool(_BROKEN_WORD_END.search(lines[previous])) and top_line.lstrip()[:1].islower()
    block = []
    j = top - 1
    while j >= floor and layout.roles[j] is None and lines[j].strip() and len(block) <= _MAX_TAIL:
        block.append(j)
        j -= 1
    if not block or len(block) > _MAX_TAIL or any(has_glued_marker(lines[i]) for i in block):
        return []
    if j >= floor:
        if lines[j].strip():
            return []  # no blank line parts the block from the text above: it is that paragraph
        above = layout.text_before(j)
        if (above is not None and above >= floor and layout.roles[above] is None and not ends_sentence(lines[above])
                and not broken_word):
            return []
    return block


def _walk_up(scan: "_Scan", boundary: int, floor: int) -> list[int]:
    """Indices (bottom-up) of the note-like lines directly above ``boundary``, down to ``floor``.

    A page's notes lie on that page: stopping at the previous boundary keeps a document of
    many short note-like lines from being walked once per page (quadratic time).
    """
    lines, roles = scan.lines, scan.layout.roles
    zone: list[int] = []
    loose = 0
    j = boundary - 1
    while j >= floor:
        # A footer (page number, running footer) sits between the notes and the page break.
        if roles[j] in _FOOTER or not lines[j].strip():
            j -= 1
            continue
        if roles[j] is not None:
            break
        line = lines[j]
        if _closes_parenthesis_above(lines, j):
            break  # ``(“Site of Memory”`` ⏎ ``110) and the body``: the body's citation, wrapped
        if ". " in line[:6] and scan.heading(j):
            break  # ``3. Methods`` between the body and the notes: the text's own numbered section
        if NUMBER_LINE.match(line) or scan.note_like(j):
            zone.append(j)
            loose = 0
        elif loose < _MAX_LOOSE_LINES and not has_glued_marker(line) and _note_above(scan, j, _MAX_LOOSE_LINES - loose):
            zone.append(j)
            loose += 1
        else:
            break
        j -= 1
    # A loose line at the top of the zone was accepted only for what lay above it.
    while zone and not (NUMBER_LINE.match(lines[zone[-1]]) or scan.note_like(zone[-1])):
        zone.pop()
    return zone


_PAREN_NUMBER = re.compile(r"^\s*\d{1,3}\)\s")


def _closes_parenthesis_above(lines: tuple[str, ...], j: int) -> bool:
    """Does line ``j`` open with ``110)`` that closes a parenthesis left open on the line above?"""
    if j == 0 or not _PAREN_NUMBER.match(lines[j]):
        return False
    above = lines[j - 1]
    return above.count("(") > above.count(")")


def _note_above(scan: "_Scan", j: int, reach: int) -> bool:
    """Is one of the ``reach`` text lines above ``j`` a note number or a note-like line?

    A note wrapped over three lines has two plain lines under its numbered first line;
    two lines up, a line that is note-like only by its leading number counts when that
    number is one the text marks (``325 million.`` opening a wrapped body line is not).
    """
    lines, roles = scan.lines, scan.layout.roles
    k = j - 1
    for distance in range(reach):
        while k >= 0 and not lines[k].strip():
            k -= 1
        if k < 0 or roles[k] is not None or (". " in lines[k][:6] and scan.heading(k)):
            return False
        above = lines[k]
        if NUMBER_LINE.match(above) or scan.note_like(k):
            numbered = NUMBERED_NOTE.match(above)
            if not distance or not numbered or _note_like_unnumbered(above, numbered):
                return True
            return scan.marks(note_number(numbered))
        if has_glued_marker(above):
            return False
        k -= 1
    return False


def _note_like_unnumbered(line: str, numbered: re.Match[str]) -> bool:
    rest = line[numbered.end():]
    return bool(ISO_AUTHOR.match(rest) or _has_note_feature(rest) or _is_url_tail(rest))


class _Scan:
    """One bottom-zone pass over a layout: note-likeness of each line asked once, marker numbers on demand."""

    __slots__ = ("layout", "lines", "_note_like", "_marks")

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.lines = layout.lines
        self._note_like: dict[int, bool] = {}
        self._marks: dict[int, bool] = {}

    def note_like(self, i: int) -> bool:
        """:func:`looks_like_note_line` for line ``i`` (the walk and its look-ups ask of a line again)."""
        found = self._note_like.get(i)
        if found is None:
            found = self._note_like[i] = looks_like_note_line(self.lines[i])
        return found

    def heading(self, i: int) -> bool:
        """Is line ``i`` one of the text's numbered section headings (``3. Methods``)?

        The document's headings are worked out only when a line of that shape is met.
        """
        return bool(NUMBERED_TITLE.match(self.lines[i])) and i in numbered_headings(self.lines)

    def has_markers(self) -> bool:
        """Does the text carry any note marker, glued or torn onto a line of its own?"""
        if any(self._marks.values()):
            return True
        lines = self.lines
        return any(
            role in (None, "timeline") and (NUMBER_LINE.match(lines[i]) or has_glued_marker(lines[i]))
            for i, role in enumerate(self.layout.roles)
        )

    def marks(self, number: int) -> bool:
        """Does a glued marker anywhere in the undecided text carry ``number``?

        Only lines holding the digits are parsed for markers: a scan of every line for
        every marker was most of this pass.
        """
        found = self._marks.get(number)
        if found is None:
            digits, lines, roles = str(number), self.lines, self.layout.roles
            found = self._marks[number] = any(
                digits in line and roles[i] is None
                and (any(n == number for n, _ in glued_markers(line)) or spaced_marker(line) == number)
                for i, line in enumerate(lines)
            )
        return found


def _block_above(layout: Layout, top: int) -> list[int]:
    """Note texts printed above their torn-off numbers (001: text, text, ``9``, ``7``, ``8``).

    Taken only when the block is short, stands after a blank line, has no marker and
    ends a sentence: the shape of a note, not of a paragraph.
    """
    block = []
    j = top - 1
    while j >= 0 and layout.roles[j] is None and layout.lines[j].strip():
        block.append(j)
        j -= 1
    if not block or len(block) > _MAX_BLOCK or (j >= 0 and layout.roles[j] not in _ABOVE_BLOCK):
        return []
    if any(has_glued_marker(layout.lines[i]) for i in block):
        return []
    if not layout.lines[block[0]].rstrip().endswith((".", ">", ")", "”", '"')):
        return []
    return block
