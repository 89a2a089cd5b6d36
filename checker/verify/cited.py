"""Extraction → the citation text around each cited URL: what its title and access date are read from.

A URL's own line (``UrlRef.context``) seldom holds the citation: a footnote or a
reference-list entry runs over several lines, with the title and ``[cit. 2014-07-22]``
lines above the URL. The title check and the archive lookup therefore read the text of
the note or bibliography entry that contains the URL, cut to a window around it so that
the other works a long note cites do not count as this URL's citation.
"""

from __future__ import annotations

import re

from ..model import BibEntry, Extraction, Note, UrlRef

# Titles and access dates come before the URL (ISO 690: "… [cit. 2014-07-22]. Dostupné z:
# URL") or just after it (Chicago: "URL (accessed March 3, 2016)").
BEFORE = 400
AFTER = 80
_URLISH = re.compile(r"<?\S+://\S+?>?(?=[\s,;)\]]|$)|<?\bwww\.\S+")


def citation_texts(extraction: Extraction) -> dict[UrlRef, str]:
    """Map each URL of ``extraction`` to the text of the citation it is part of.

    A URL outside any note or bibliography entry keeps its own line (``UrlRef.context``).
    """
    by_line: dict[int, Note | BibEntry] = {}
    for block in (*extraction.bibliography, *extraction.notes):  # a note wins over an entry
        for line in block.lines or (block.location.line,):
            by_line[line] = block
    texts = {}
    # A block's text is flattened once, not once per URL: a damaged list can run hundreds
    # of entries (and URLs) into one block, and flattening it per URL would be quadratic.
    flat: dict[int, str] = {}
    for ref in extraction.urls:
        block = by_line.get(ref.location.line)
        if block is None:
            texts[ref] = ref.context
            continue
        if id(block) not in flat:
            flat[id(block)] = " ".join(block.text.split())
        texts[ref] = _window_flat(flat[id(block)], ref)
    return texts


def window(text: str, ref: UrlRef) -> str:
    """The part of ``text`` from ``BEFORE`` characters before the URL to ``AFTER`` after it.

    >>> from checker.model import Location
    >>> ref = UrlRef("http://x.org/a", "http://x.org/a", Location("d", 3), "note")
    >>> window("Novák, J. Rivers. [cit. 2014-07-22]. Dostupné z: http://x.org/a.", ref)
    'Novák, J. Rivers. [cit. 2014-07-22]. Dostupné z: http://x.org/a.'
    """
    return _window_flat(" ".join(text.split()), ref)


def _window_flat(text: str, ref: UrlRef) -> str:
    """:func:`window` of a text whose whitespace is already collapsed to single spaces."""
    for form in (ref.raw, ref.url):
        start = text.find(" ".join(form.split())) if form else -1
        if start >= 0:
            end = start + len(" ".join(form.split()))
            return text[max(0, start - BEFORE): end + AFTER]
    return text[: BEFORE + AFTER] if len(text) > BEFORE + AFTER else text


def quoted(text: str, limit: int = 120) -> str:
    """The citation text as shown beside a page's title: URLs left out, at most ``limit`` characters.

    >>> quoted("Novák, J. Rivers of Memory. Dostupné z: <http://x.org/a> [cit. 2014-07-22].")
    'Novák, J. Rivers of Memory. Dostupné z: [cit. 2014-07-22].'
    """
    plain = " ".join(_URLISH.sub(" ", text).split())
    return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"
