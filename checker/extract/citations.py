"""Layout → Citations: author-year citations in the running text, ``(Kozyrev, 1993, p. 5)``.

Parenthetical citations (``(Baran, Iždinský, 2010, p. 35)``, ``(Koncepcia vnešnej...,
1992, p. 3)``, ``(Smith 2010: 23; Jones 2012)``) and narrative ones (``Tsygankov (2010)``)
are found in the body lines joined as one flow, so a citation broken over two lines
(``(Sergunin, ⏎ 2000, p. 29)``) is still one citation, located at its opening line.
Parentheses holding a date or a remark (``(April 2008)``, ``(OSCE since 1994)``,
``(in January 1994 at the NATO Brussels Summit)``) are not citations.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

from ..model import Citation, Location
from .layout import Layout

_PARENS = re.compile(r"\(([^()]{4,300})\)")
_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\."
_PAGES = r"(?:(?:pp?|s|str|S)\.\s*)?(?P<pages>[\dIVXivxlc]+(?:\s*[-\u2013\u2014]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-\u2013]\s*\d+)?)*f{0,2}\.?)"
_PART = re.compile(
    r"^(?:(?:see|cf\.|e\.g\.|viz|srov\.|also)\s+)?(?P<author>[^\d;()]{2,120}?)[,\s]\s*(?P<year>" + _YEAR + r")"
    r"(?:\s*[,:]\s*" + _PAGES + r")?\s*$",
    re.IGNORECASE,
)
_NARRATIVE = re.compile(
    r"(?P<author>\b[A-Z\u00c0-\u017d][\w'’\-]+(?:\s+(?:et\s+al\.|and|&|a)\s+[A-Z\u00c0-\u017d][\w'’\-]+|\s+et\s+al\.)?)"
    r"\s+\((?P<year>(?:1[5-9]|20)\d\d[a-z]?)(?:\s*[,:]\s*" + _PAGES + r")?\)"
)
_NOT_AUTHORS = frozenset(
    """january february march april may june july august september october november december
    spring summer autumn fall winter early late mid in on at since from until after before during
    by the of and or to for with between around about circa ca c""".split()
)
_BODY_ROLES = frozenset({"body"})


def extract_citations(layout: Layout, document: str, page_of: Callable[[int], int | None]) -> tuple[Citation, ...]:
    """Every author-year citation in the body of ``layout``, in reading order."""
    indices = [i for i, role in enumerate(layout.roles) if role in _BODY_ROLES]
    flow, starts = _flow(layout, indices)
    found: list[tuple[int, Citation]] = []

    def locate(offset: int) -> Location:
        line = indices[bisect_right(starts, offset) - 1] + 1
        return Location(document, line, page_of(line))

    for match in _PARENS.finditer(flow):
        inner = " ".join(match.group(1).split())
        for part in inner.split(";"):
            parsed = _PART.match(part.strip())
            if parsed and _is_author(parsed.group("author")):
                found.append((match.start(), _citation(parsed, match.group(0), locate(match.start()))))
    for match in _NARRATIVE.finditer(flow):
        if _is_author(match.group("author")):
            found.append((match.start(), _citation(match, match.group(0), locate(match.start()))))
    found.sort(key=lambda pair: pair[0])
    return tuple(citation for _, citation in found)


def _flow(layout: Layout, indices: list[int]) -> tuple[str, list[int]]:
    """Join the body lines into one text; ``starts[k]`` is where line ``indices[k]`` begins."""
    starts, pieces, offset = [], [], 0
    for i in indices:
        starts.append(offset)
        piece = layout.lines[i].replace("\f", " ")
        pieces.append(piece)
        offset += len(piece) + 1
    return "\n".join(pieces), starts


def _is_author(author: str) -> bool:
    """A citation's author: capitalised, not a month, season or a phrase ending in a preposition."""
    words = " ".join(author.split()).strip(" ,").split()
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return False
    first, last = words[0].strip(".,").casefold(), words[-1].strip(".,").casefold()
    if first in _NOT_AUTHORS or (last in _NOT_AUTHORS and last not in ("and", "&")):
        return False
    return sum(ch.isalpha() for ch in author) >= 2


def _citation(match: re.Match[str], raw: str, location: Location) -> Citation:
    pages = match.group("pages")
    return Citation(
        author=" ".join(match.group("author").split()).strip(" ,"),
        year=" ".join(match.group("year").split()),
        pages=pages.rstrip(".").replace(" ", "") if pages else None,
        raw=" ".join(raw.split()),
        location=location,
    )
