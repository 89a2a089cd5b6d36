"""Layout → Layout: a book's table of contents gets the role ``contents``.

An offprint or a thesis often opens with the volume's contents: lines of a title, a wide
gap or dot leaders, and a page number (``1 The Public Libraries Act of 1850 and its
critics      17``, ``Notes on contributors    xi``). Numbered chapter titles there look
like footnotes and their authors' indented lines like page starts, so the whole block is
claimed before the note zones are looked for.
"""

from __future__ import annotations

import re

from .layout import Layout

# A title, one column gap (three spaces, a tab or dot leaders) and an arabic or roman page number.
_ENTRY = re.compile(r"^\s{0,4}\S(?:.*\S)?(?: {3,}|\t+|\s*\.{3,}\s*)(?:\d{1,4}|[ivxlc]{1,7})\s*$")
_GAP = re.compile(r"\S(?: {3,}|\t)\S")
_HEADING = re.compile(
    r"^\s*(?:(?:table of )?contents|obsah|inhalt|inhaltsverzeichnis|spis treści|indice|sommaire"
    r"|table des matières|índice|tartalom|содержание|sisällys)\s*$",
    re.IGNORECASE,
)
_MAX_GAP = 4  # text lines between two entries (authors, a part title, a wrapped title)
_MIN_ENTRIES = 3
_MIN_UNHEADED = 5


def is_contents_entry(line: str) -> bool:
    """True for a line of a table of contents: a title, one column gap, a page number.

    >>> is_contents_entry("1 The Public Libraries Act of 1850 and its critics      17")
    True
    >>> is_contents_entry("2016    157,2            41,8               12")
    False
    """
    if "   " not in line and "\t" not in line and "..." not in line:
        return False  # cheap pre-test (plain ``in`` tests beat a regex here): running text has no column gap
    return bool(_ENTRY.match(line)) and len(_GAP.findall(line.strip())) <= 1


def mark_contents(layout: Layout) -> Layout:
    """Claim runs of contents entries (three under a ``Contents`` heading, else five) as ``contents``."""
    lines = layout.lines
    # The column-gap test inline first: a call per line of running text was most of this pass.
    roles = layout.roles
    entries = [
        i for i, line in enumerate(lines)
        if ("   " in line or "\t" in line or "..." in line) and roles[i] is None and is_contents_entry(line)
    ]
    updates: dict[int, str] = {}
    for run in _runs(layout, entries):
        if len(run) < _MIN_ENTRIES or (len(run) < _MIN_UNHEADED and not _headed(layout, run[0])):
            continue
        for j in range(run[0], run[-1] + 1):
            if layout.roles[j] is None and layout.lines[j].strip():
                updates[j] = "contents"
    return layout.assign(updates)


def _runs(layout: Layout, entries: list[int]) -> list[list[int]]:
    """Entries grouped into runs; page furniture and blank lines between two entries do not part them."""
    runs: list[list[int]] = []
    for i in entries:
        if runs and _text_lines_between(layout, runs[-1][-1], i) <= _MAX_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _text_lines_between(layout: Layout, a: int, b: int) -> int:
    return sum(1 for j in range(a + 1, b) if layout.roles[j] is None and layout.lines[j].strip())


def _headed(layout: Layout, first: int) -> bool:
    """Is there a ``Contents`` heading among the few text lines above ``first``?"""
    seen = 0
    for j in range(first - 1, -1, -1):
        if not layout.lines[j].strip():
            continue
        if _HEADING.match(layout.lines[j]):
            return True
        seen += 1
        if seen >= 2:
            return False
    return False
