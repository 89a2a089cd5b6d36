"""What the other steps left unread → the title, journal, website or publisher it must be.

Run last. A lone corporate "author" with no title is the title (``Executive Sessions of
the … Committee (1959) 56-65.``). An unread chunk after the title is the journal or
website (``… Journal of X. 2010.``, ``Title. Investopedia. Retrieved …``), except where
the style puts the publisher there: a report or thesis names its institution
(``“Title,” Nat. Renewable Energy Lab., Golden, CO, USA, Tech. Rep. …``), and an author-date
book or chapter ends in its publisher (``Title (2nd ed.). CSLI Publications.``,
``In L. Moreau (Ed.), Handbook (pp. 211–230). Edward Elgar.``).
"""

from __future__ import annotations

import re

from ...model import Field
from ..fields import BLANK, Draft, clean
from .book import PUBLISHER_WORDS


def take_title_from_corporate(draft: Draft) -> None:
    """``Executive Sessions of the … Committee (1959) 56-65.``: a lone "author" is the title."""
    author = draft.found.get("author")
    if "title" in draft.found or author is None or len(author.value) != 1 or not author.value[0].literal:
        return
    if "title-less" in draft.cues:  # ``CDF Collaboration, Phys. Rev. D 75, 012010``: the body wrote it
        return
    del draft.found["author"]
    draft.found["title"] = Field("title", author.value[0].literal, author.span)
    draft.cues.add("title-first")


def take_leftover(draft: Draft) -> None:
    """The first unread chunk after the title (or after the container of a chapter)."""
    if "publisher" in draft.found or "title" not in draft.found:
        return
    container = draft.found.get("container_title")
    if container is not None and not {"in", "author-date"} <= draft.cues:
        return
    after = container.span.end if container is not None and container.span else draft.found["title"].span.end
    piece = _first_piece(draft, after)
    if piece is None:
        return
    start, text = piece
    if container is not None:
        name = "publisher" if draft.raw[:start].rstrip().endswith(").") else ""
    else:
        name = "publisher" if _publisher_slot(draft, text) else "container_title"
    if name:
        draft.put(name, text, start, start + len(text))


def _publisher_slot(draft: Draft, text: str) -> bool:
    """Whether a chunk after the title names the publisher rather than a journal or website:
    a report's or thesis's institution, or an author-date book's publisher (named as one:
    a journal too may stand alone, ``Geomorphology.``, ``Journal of X, in press.``)."""
    if {"report", "thesis"} & draft.cues:
        return True
    online = "url" in draft.found or "online" in draft.cues
    numbers = {"volume", "issue", "pages"} & draft.found.keys()
    named = PUBLISHER_WORDS.search(text) or _INSTITUTION.search(text)
    return "author-date" in draft.cues and not online and not numbers and bool(named)


_INSTITUTION = re.compile(r"\b(?:Institute|Institution|Council|Agency|Office|Bureau|Foundation|Centre|Center|Fund)\b")


def _first_piece(draft: Draft, after: int) -> tuple[int, str] | None:
    for piece in re.finditer(rf"[^{BLANK}]+", draft.work[after:]):
        text = clean(piece.group(0).lstrip(" .,)]"))  # ``(pp. 211–230). Edward Elgar``: the bracket's end
        if len(text) > 2 and re.search(r"[^\W\d_]{3}", text) and not text.lower().startswith(("retrieved", "from")):
            return after + piece.start() + piece.group(0).find(text[:3]), text
    return None


__all__ = ["take_leftover", "take_title_from_corporate"]
