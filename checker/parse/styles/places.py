"""Comma-separated publication facts → the place of publication.

Read after :mod:`.book` found what it could, for the places it leaves: a US city and
state code (``Berkeley, CA``; ``San Diego, CA, January 1999``), a place before the year
(``Malibu, 1984``, ``Roma, 2003``) and a place next to a publisher found by its wording
(``Paris, Gallimard, 2000``, ``Editions du Seuil, Paris``, ``Prentice-Hall, Inc,
Englewood Cliffs``).
"""

from __future__ import annotations

import re

from ..fields import BLANK, Draft, clean
from .book import PUBLISHER_WORDS
from .notes import CONTAINER_WORDS

_CITY = r"[A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+){0,2}"
_COUNTRY = r"(?:,\s?(?:USA|U\.S\.A\.|UK|U\.K\.|Canada|Australia))?"
"""IEEE adds the country: ``Boca Raton, FL, USA``."""
_CITY_STATE = re.compile(
    rf"(?:^|(?<=[,.\x1f])\s*)(?P<loc>(?:at\s)?{_CITY},\s?[A-Z]{{2}}{_COUNTRY})(?=\s*(?:[.,;]|\x1f|$))"
)
_STATE = re.compile(r",\s?[A-Z]{2}(?=\s*(?:[.,;]|\x1f|$|,\s?[A-Z]))")
_PLACE_YEAR = re.compile(rf"(?:^|(?<=[.,\x1f]))\s*(?P<loc>{_CITY}(?:\s(?:and|&)\s{_CITY})?)\s*,[\s{BLANK}]*(?={BLANK})")
"""The town (or two) as a sentence of its own before the year: Chicago ``Title. London, 1708.``,
``Title. London and New York, 1992.``, ISO 690 theses
``Title. Praha, 2018. Diplomová práce.`` (MLA's ``Title. New Directions, 2016.`` names a publisher
there, but a publisher's word or a known publisher has been read as one already)."""
_PLACE_PUB_YEAR = re.compile(
    rf"(?:^|(?<=[,\x1f]))\s*(?P<loc>{_CITY}),\s*(?P<pub>[A-ZÀ-Þ][^,;:\x1f()]{{2,50}}?)\s*,[\s{BLANK}]*(?={BLANK})"
)


def take_place_by_comma(draft: Draft) -> None:
    """Find the place in ``…, City, ST``, ``…, Place, Year`` or next to the publisher."""
    if "location" in draft.found:
        return
    title = draft.found.get("title")
    start = title.span.end if title else 0
    for find in (_city_state, _beside_publisher, _place_publisher_year, _before_year):
        found = find(draft, start)
        if found is not None:
            s, e = found
            draft.put("location", clean(draft.raw[s:e]), s, e)
            return


def _ok(text: str) -> bool:
    return not CONTAINER_WORDS.search(text) and not PUBLISHER_WORDS.search(text)


def _city_state(draft: Draft, start: int) -> tuple[int, int] | None:
    if _STATE.search(draft.work, start) is None:  # cheap test first: the full pattern is slow
        return None
    for match in _CITY_STATE.finditer(draft.work, start):
        if _ok(match.group("loc")):
            return match.start("loc"), match.end("loc")
    return None


def _before_year(draft: Draft, start: int) -> tuple[int, int] | None:
    """``Malibu, 1984`` after a book title; after a quoted title (``“The Drone Age.” Wired,
    14 Feb. 2019``) the chunk is the magazine or website, which a later step reads."""
    year = draft.found.get("year")
    taken = {"container_title", "volume", "pages"} | (set() if "thesis" in draft.cues else {"publisher"})
    if "quoted-title" in draft.cues or year is None or year.span.start < start or taken & draft.found.keys():
        return None  # a thesis's school is its publisher; ``Praha, 2018. Diplomová práce. …`` still has a town
    match = _PLACE_YEAR.search(draft.work, max(start, year.span.start - 40), year.span.start + 1)
    if match and match.end() >= year.span.start - 2 and _ok(match.group("loc")):
        return match.start("loc"), match.end("loc")
    return None


def _place_publisher_year(draft: Draft, start: int) -> tuple[int, int] | None:
    """``Paris, Flammarion, 1987``: place and publisher in commas before the year (also after
    the book a chapter is in: ``dans B. Dupuis (dir.), Titre, Paris, L'Harmattan, 2015``)."""
    year = draft.found.get("year")
    taken = {"publisher", "volume"} | (set() if "in" in draft.cues else {"container_title", "pages"})
    if year is None or year.span.start < start or taken & draft.found.keys():
        return None
    match = _PLACE_PUB_YEAR.search(draft.work, max(start, year.span.start - 80), year.span.start + 1)
    if match is None or match.end() < year.span.start - 2 or not _ok(match.group("loc")):
        return None
    draft.put("publisher", clean(match.group("pub")), match.start("pub"), match.end("pub"))
    return match.start("loc"), match.end("loc")


_PLACES_AFTER = re.compile(rf"[\s,]+(?:Inc\.?,?\s*)?(?P<loc>{_CITY}(?:,\s?{_CITY})*)(?=\s*(?:[.,;]|{BLANK}|$))")
"""The place, or the places of a publisher's offices, after it: ``Springer-Verlag, Berlin, Heidelberg, New York.``"""


def _beside_publisher(draft: Draft, start: int) -> tuple[int, int] | None:
    """A lone place chunk just before or just after the publisher, separated by a comma."""
    publisher = draft.found.get("publisher")
    if publisher is None or publisher.span is None:
        return None
    after = _PLACES_AFTER.match(draft.work, publisher.span.end)
    if after and _ok(after.group("loc")):
        return after.start("loc"), after.end("loc")
    before = re.search(rf"(?:^|[,.{BLANK}]\s*)(?P<loc>{_CITY})\s*,\s*$", draft.work[start:publisher.span.start])
    if before and _ok(before.group("loc")):
        return start + before.start("loc"), start + before.end("loc")
    return None
