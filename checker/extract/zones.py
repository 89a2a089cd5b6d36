"""Layout → Layout: the footnote zones at the bottom of pages get the role ``note``.

A zone starts after a separator line (a footnote rule exported as spaces) and runs to the
next page's text. Without a separator (001), a zone is found by walking up from a page
start over lines that look like notes: note numbers alone on a line, ``N Text`` lines, and
ISO 690 / Chicago note features (``[online]``, ``[cit. …]``, ``Dostupné z:``, URLs,
``SURNAME, Given``, ``Id.``, ``(Place: Publisher, 2014)``, ``ed. Name``).
"""

from __future__ import annotations

import re

from .layout import NUMBER_LINE, UPPER, Layout, is_indented
from .markers import has_glued_marker

_NOTE_FEATURES = re.compile(
    r"\[online\]|\[cit\.|\bDostupn[ée]\b|\bAvailable (?:at|from|online)|\bRetrieved (?:from|on)\b"
    r"|\b[Aa]ccess(?:ed|ed on)\b|\bURL:|https?://|\bwww\.|\bdoi:|\bISBN\b|\bISSN\b"
    r"|\b[Ii]bid\b|\b[Tt]amtéž\b|\b[Oo]p\. ?cit\.|^\s*(?:\d{1,3}\s+)?Id\.(?:\s|,|$)"
    # Chicago publication facts ``(New York: Oxford University Press, 2014)`` and editors.
    r"|\([A-Z][\w .,'’&\-]{1,40}: [^():]{2,80}, (?:1[5-9]|20)\d\d\)|\b(?:eds?|trans)\. [A-Z]"
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
    "doi:", "ISBN", "ISSN", "bid", "amtéž", "p. cit", "p.cit", "Id.", ": ", "ed. ", "eds. ", "trans. ",
)
# ISO 690 puts the first author's surname in capitals: ``SMITH, Julianne.``
ISO_AUTHOR = re.compile(rf"^\s*[{UPPER}]{{2,}}(?:[ -][{UPPER}]{{2,}})*,\s+[{UPPER}]")
# ``1 Text`` / ``2  The supporters`` / ``3. Text``: a note number, then the note.
NUMBERED_NOTE = re.compile(r"^\s{0,2}(\d{1,3})[.)]?\s+(?=[^\s\d])")
_MAX_LOOSE_LINES = 2
_MAX_BLOCK = 6
_FOOTER = frozenset({"blank", "page-number", "running-header"})
_ABOVE_BLOCK = frozenset({"blank", "separator", "page-number", "running-header"})


def looks_like_note_line(line: str) -> bool:
    """True when ``line`` reads like part of a footnote rather than running text.

    >>> looks_like_note_line("SMITH, Julianne. The NATO-Russia Relationship. In: Centre for")
    True
    >>> looks_like_note_line("Strategic & International Studies [online]. [cit. 2014-07-22]. Dostupné")
    True
    >>> looks_like_note_line("the decision was marked as unsustainable by several experts.2 After this")
    False
    """
    found = NUMBERED_NOTE.match(line) or ISO_AUTHOR.match(line) or _has_note_feature(line) or _is_url_tail(line)
    return bool(found) and not is_table_row(line)


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
    return any(hint in line for hint in _FEATURE_HINTS) and bool(_NOTE_FEATURES.search(line))


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
    """Mark note zones that have no separator, walking up from each page start and the end."""
    updates: dict[int, str] = {}
    boundaries = sorted(set(layout.page_starts) | {len(layout.lines)} | {s.first for s in layout.sections})
    for floor, boundary in zip([0, *boundaries], boundaries):
        zone = _walk_up(layout, boundary, floor)
        if zone and NUMBER_LINE.match(layout.lines[zone[-1]]):
            zone += _block_above(layout, zone[-1])
        updates.update({i: "note" for i in zone})
    return layout.assign(updates)


def _walk_up(layout: Layout, boundary: int, floor: int = 0) -> list[int]:
    """Indices (bottom-up) of the note-like lines directly above ``boundary``, down to ``floor``.

    A page's notes lie on that page: stopping at the previous boundary keeps a document of
    many short note-like lines from being walked once per page (quadratic time).
    """
    lines, roles = layout.lines, layout.roles
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
        if NUMBER_LINE.match(line) or looks_like_note_line(line):
            zone.append(j)
            loose = 0
        elif loose < _MAX_LOOSE_LINES and not has_glued_marker(line) and _note_above(layout, j):
            zone.append(j)
            loose += 1
        else:
            break
        j -= 1
    # A loose line at the top of the zone was accepted only for what lay above it.
    while zone and not (NUMBER_LINE.match(lines[zone[-1]]) or looks_like_note_line(lines[zone[-1]])):
        zone.pop()
    return zone


_PAREN_NUMBER = re.compile(r"^\s*\d{1,3}\)\s")


def _closes_parenthesis_above(lines: tuple[str, ...], j: int) -> bool:
    """Does line ``j`` open with ``110)`` that closes a parenthesis left open on the line above?"""
    if j == 0 or not _PAREN_NUMBER.match(lines[j]):
        return False
    above = lines[j - 1]
    return above.count("(") > above.count(")")


def _note_above(layout: Layout, j: int) -> bool:
    k = j - 1
    while k >= 0 and not layout.lines[k].strip():
        k -= 1
    if k < 0 or layout.roles[k] is not None:
        return False
    above = layout.lines[k]
    return bool(NUMBER_LINE.match(above) or looks_like_note_line(above))


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
