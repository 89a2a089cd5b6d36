"""List sections → BibEntries: a reference or reading list split into its entries.

Entries are cut by numbering (``[3]``, ``3.``) when the list is numbered, by hanging
indentation when the list keeps it, and otherwise by shape: a new entry starts after a
line ending with a URL, or at an author-led line (``Surname, Given``) after a sentence
end; a URL alone on a line belongs to the entry above unless that entry already has one.
Page furniture inside a list was removed by the layout passes, so an entry broken across
a page joins up again.
"""

from __future__ import annotations

import re
from typing import Callable, Container, Sequence

from ..model import BibEntry, Location
from .flow import join_wrapped_lines
from .layout import LOWER, UPPER, Layout, ends_sentence
from .urls import url_continues

_NUMBERED = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s+")
_AUTHOR_START = re.compile(
    rf"^\s*(?:[{UPPER}][\w'’\-]+(?:\s[{UPPER}][\w'’\-]+){{0,2}},\s+\S"
    rf"|[{UPPER}]{{2,}}[{UPPER} \-]*,"
    rf"|[{UPPER}][\w'’\-]+\s+[{UPPER}]\."
    # ISO 690 corporate author in capitals: ``MINISTERSTVO OBRANY ČR.``, ``SIPRI.``, also
    # an abbreviation and the name it stands for: ``ŠÚ SR – ŠTATISTICKÝ ÚRAD SR.``
    rf"|[{UPPER}]{{2,}}(?:(?:\s|\s[\u2013\u2014-]\s)[{UPPER}]{{2,}})*\.\s)"
)
_URL_ONLY = re.compile(r"^\s*<?(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_HAS_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
# A URL, the ``>`` closing a wrapped ``<URL>``, or the ISO 690 date of access that follows a
# URL (``[cit. 2022-05-02].``) ends the line: the entry is complete.
_ENDS_WITH_URL = re.compile(r"(?:https?://|www\.)\S+\s*$|>[.,;]?\s*$|\[cit\.[^\[\]]{1,40}\]\.?\s*$", re.IGNORECASE)
_CONTINUATION = re.compile(rf"^\s*(?:[{LOWER},;:)\]\u2013-]|z:|Dostupn|Available|\[cit|In:\s)")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d[a-z]?\b|n\.\s?d\.")
# A line ending with a small bare number and a full stop (``… Preußen im 15.``, ``Working
# Paper 16.``) stops at an ordinal or a volume, not at the end of an entry.
# A page range spaced around its dash (``s. 40 – 58.``) ends the entry all the same.
_ORDINAL_END = re.compile(r"(?<![\d\-\u2013/.:])(?<![\d][ ][\-\u2013] )\b\d{1,2}\.\s*$")
_HANGING_STEP = 2
# A run of dashes or underscores standing for the author of the entry above.
_DITTO = re.compile(r"^\s*[\u2013\u2014\u2015_-]{2,}(?=[\s.,(])")


def looks_like_reference(text: str) -> bool:
    """True when ``text`` has the shape of a reference-list entry: an author lead and a year.

    >>> looks_like_reference("Duleba, A. (1999). Rusko a NATO. Bratislava: SFPA.")
    True
    >>> looks_like_reference("The relations between Russia and NATO reached a freezing point in 2008.")
    False
    """
    stripped = text.strip()
    if not 15 <= len(stripped) <= 1000:
        return False
    lead = _NUMBERED.sub("", stripped)
    return bool(_YEAR.search(stripped)) and bool(_AUTHOR_START.match(lead) or _NUMBERED.match(stripped))


def with_authors_repeated(entries: Sequence[BibEntry]) -> tuple[str, ...]:
    """Each entry's text, a ditto mark (``–––``, ``———.``, ``---.``) replaced by the author it repeats.

    A list that cites one author's works in a row prints the name once and a dash for it
    after; matching a citation needs the name back. The entry's own text keeps the dash.

    >>> from checker.model import Location
    >>> made = [BibEntry(t, Location("d", 1), "") for t in ("Smith, J. (2001a) Title.", "––– (2001b) Other.")]
    >>> with_authors_repeated(made)
    ('Smith, J. (2001a) Title.', 'Smith, J. (2001b) Other.')
    """
    texts: list[str] = []
    for entry in entries:
        ditto = _DITTO.match(entry.text)
        if ditto and texts:
            year = _YEAR.search(texts[-1])
            author = texts[-1][: year.start()].rstrip(" (,") if year else ""
            if author:
                texts.append(f"{author} {entry.text[ditto.end():].lstrip(' .,')}")
                continue
        texts.append(entry.text)
    return tuple(texts)


def split_entries(lines: Sequence[str]) -> list[list[int]]:
    """Group list ``lines`` into entries; returns the indices of each entry's lines.

    An empty string in ``lines`` is a blank line between two list lines; where blank
    lines part the entries (:func:`_blank_starts`), an entry also starts after each.

    >>> split_entries(["Fact sheet:", "http://a.org/x.pdf", "Council: http://b.org/", "http://c.org/"])
    [[0, 1], [2], [3]]
    """
    content = [k for k, line in enumerate(lines) if line.strip()]
    if not content:
        return []
    parted = _blank_starts(lines, content)
    numbered = _NUMBERED.match(lines[content[0]]) and sum(bool(_NUMBERED.match(lines[k])) for k in content) >= 2
    hanging = _hanging_indent(lines, content)
    width = max(len(lines[k].rstrip()) for k in content)
    entries: list[list[int]] = []
    has_url = False  # does the entry being built already hold a URL?
    previous = ""  # the line above, with the tail of a URL broken across lines glued back on
    for k in content:
        line = lines[k]
        tail = bool(entries) and url_continues(previous, line)  # ``line`` carries on the URL above
        if not entries or k in parted:
            new = True
        elif numbered:
            new = bool(_NUMBERED.match(line))
        elif hanging is not None:
            new = _indent(line) < hanging + _HANGING_STEP
        else:
            new = _starts_entry(previous, line, has_url, width, tail)
        if new:
            entries.append([k])
            has_url = False
        else:
            entries[-1].append(k)
        has_url = has_url or bool(_HAS_URL.search(line))
        previous = previous.rstrip() + line.strip() if tail else line
    return entries


def _starts_entry(previous: str, line: str, has_url: bool, width: int, url_tail: bool) -> bool:
    if _URL_ONLY.match(line):
        return has_url
    if _CONTINUATION.match(line) or url_tail:
        return False
    if _ENDS_WITH_URL.search(previous):
        return True
    if previous.rstrip().endswith(":"):
        return False  # ``London:`` / ``Praha:``: the publisher follows on the next line
    if not ends_sentence(previous) or _ORDINAL_END.search(previous):
        return False
    return bool(_AUTHOR_START.match(line)) or len(previous.rstrip()) < 0.8 * width


def _blank_starts(lines: Sequence[str], content: list[int]) -> frozenset[int]:
    """Lines that open an entry because a blank line parts them from an entry's end.

    Not in a double-spaced list (a blank after every line, so every group is one line),
    and not after a line that stops mid-entry or before one that carries it on.
    """
    after_blank = [k for k in content if k and not lines[k - 1].strip()]
    groups = len(after_blank) + 1
    if groups < 3 or len(content) == groups:
        return frozenset()
    starts = set()
    for k in after_blank:
        above = lines[k - 2] if k >= 2 else ""
        ends = ends_sentence(above) or bool(_ENDS_WITH_URL.search(above))
        if ends and not _CONTINUATION.match(lines[k]):
            starts.add(k)
    return frozenset(starts)


def _hanging_indent(lines: Sequence[str], content: list[int]) -> int | None:
    """The entry indent of a hanging-indent list (continuations indented deeper), else None."""
    indents = [_indent(lines[k]) for k in content]
    low = min(indents)
    deeper = sum(1 for d in indents if d >= low + _HANGING_STEP)
    flush = len(indents) - deeper
    if indents[0] == low and deeper >= 1 and flush >= 2:
        return low
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _list_lines(layout: Layout, first: int, last: int) -> list[int | None]:
    """The list lines of a section, with ``None`` for a blank line between two of them.

    Blank lines beside page furniture are the page break's, not a gap between entries.
    """
    found: list[int | None] = []
    previous = None  # the role of the last line that was not blank
    for j in range(first, last + 1):
        role = layout.roles[j]
        if role == "list":
            found.append(j)
        elif role == "blank" and previous == "list" and found[-1] is not None:
            after = next((k for k in range(j + 1, last + 1) if layout.roles[k] != "blank"), None)
            if after is not None and layout.roles[after] == "list":
                found.append(None)
        if role != "blank":
            previous = role
    return found


def extract_bibliography(
    layout: Layout, vocabulary: Container[str], document: str, page_of: Callable[[int], int | None]
) -> tuple[BibEntry, ...]:
    """Every entry of every reference or reading list in ``layout``, in reading order."""
    entries = []
    for section in layout.sections:
        indices = _list_lines(layout, section.first, section.last)
        for entry in split_entries(["" if j is None else layout.lines[j] for j in indices]):
            lines = [indices[k] for k in entry]
            first = lines[0] + 1
            entries.append(BibEntry(
                text=join_wrapped_lines([layout.lines[j] for j in lines], vocabulary),
                location=Location(document, first, page_of(first)),
                section=section.name or "(no heading)",
                lines=tuple(j + 1 for j in lines),
            ))
    return tuple(sorted(entries, key=lambda e: e.location.line))
