"""One citation string → its fields, by a list of small steps that each read one part.

Styles are told apart by their punctuation rather than named up front, because real
lists mix them. Where each style's cues are read:

==========================  ===============================================================
style                       cues and the step that reads them
==========================  ===============================================================
Chicago notes (seed 000)    ``Family, Given, “Title” (Place: Publisher, Year) pages`` →
                            :mod:`.front`, :mod:`.title`, :mod:`.notes`
ISO 690 (seed 001)          ``FAMILY, Given. Title. In: Container [online]. [cit. date].
                            Dostupné z: <url>`` → :mod:`..fields`, :mod:`.book`
APA, Harvard, Chicago       ``Names (Year). Title. Journal, 5(2), 1-9.`` / ``Names, Year.``
author-date                 → :mod:`.front` (date after names), :mod:`.journal`
MLA, Chicago bibliography   ``Names. “Title.” Journal 17 (1998): 124-55.`` /
                            ``Names. Title. Place: Publisher, Year.`` → :mod:`.journal`, :mod:`.book`
IEEE / numbered             ``[3] A. Name, “Title,” Journal, vol. 4, no. 4, pp. 1-9, 2013.``
                            → :mod:`..fields` (number), :mod:`.journal`
sciences (chemistry,        ``A. Name, J. Am. Chem. Soc. 101, 4762 (1979)``, ``Nucl. Phys.
physics, astronomy)         A517, 483``, ``Name, A. 1986, ApJ, 304, 154``, no title needed
                            → :mod:`.abbreviated`
==========================  ===============================================================
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...model import Field, Name
from ..fields import IDENTIFIER_STEPS, Draft, clean
from .abbreviated import take_abbreviated_journal, take_title_rest
from .archive import take_archive
from .book import (
    PUBLISHER_WORDS, leftover, take_container, take_edition_note, take_editors, take_place_before_year, take_publisher,
)
from .front import take_front
from .genre import take_document_number, take_genre, take_link_label, take_sub_verbo
from .journal import take_date, take_numbers, tidy_container
from .leftover import take_leftover, take_title_from_corporate
from .notes import CONTAINER_WORDS, take_facts
from .places import take_place_by_comma
from .thesis import take_thesis_label
from .title import take_title

Step = Callable[[Draft], None]

TYPES = (
    "book", "article", "chapter", "web page", "encyclopedia entry", "report", "hearing",
    "thesis", "other",
)
"""Values of the ``type`` field (``hearing`` covers hearings and other government documents)."""


STEPS: tuple[Step, ...] = (
    *IDENTIFIER_STEPS,
    take_archive,
    take_genre,
    take_thesis_label,
    take_sub_verbo,
    take_link_label,
    take_edition_note,
    take_front,
    take_abbreviated_journal,
    take_title,
    take_title_rest,
    take_document_number,
    take_container,
    take_editors,
    take_facts,
    take_date,
    take_publisher,
    take_numbers,
    take_place_before_year,
    take_place_by_comma,
    take_title_from_corporate,
    take_leftover,
    tidy_container,
)
"""The parse, in order: identifiers, head, title, then the publication facts."""

_HEARING = re.compile(r"\b(?:Hearings?|Senate|Congress|House of Representatives|Parliament|Executive Sessions?|Sněmovna|Bundestag)\b")
_REPORT = re.compile(r"\b(?:Report|Working Paper|Technical|Memorandum|Discussion Paper|White Paper|Policy Brief)\b", re.I)
_GOVERNMENT = re.compile(r"\b(?:Government|Office|Stationery)\b")
"""A government printer (``U.S. Government Publishing Office``, ``HMSO``'s Stationery Office) publishes hearings."""
_BROADCAST = re.compile(r"\b(?:Radio|Television|TV|Broadcast\w*|Podcast)\b")
_ENCYCLOPEDIA = re.compile(r"\b(?:Encyclop\w+|Britannica|Dictionary|Lexikon|Wikipedia|Helicon)\b", re.I)


def infer_type(draft: Draft) -> str:
    """The kind of work, from which fields were found and what they say."""
    found = draft.found
    if "archive" in draft.cues:
        return "other"
    if "thesis" in draft.cues:
        return "thesis"
    if "report" in draft.cues:
        return "report"
    if "hearing" in draft.cues:
        return "hearing"
    if "encyclopedia" in draft.cues or _ENCYCLOPEDIA.search(" ".join(str(found[n].value) for n in ("container_title", "publisher") if n in found)):
        return "encyclopedia entry"
    if "container_title" not in found:  # a hearing or a report is not in a container
        text = " ".join(str(found[n].value) for n in ("title", "publisher") if n in found)
        authors = " ".join(n.display() for n in found.get("author", Field("author", ())).value if isinstance(n, Name))
        publisher = str(found["publisher"].value) if "publisher" in found else ""
        trade = PUBLISHER_WORDS.search(publisher) and not _GOVERNMENT.search(publisher)
        if "volume" not in found and not trade and _HEARING.search(text + " " + authors):
            return "hearing"  # ``Congress: A History …, Oxford University Press`` is a book about one
        if _REPORT.search(text):
            return "report"
    container = found.get("container_title")
    online = "url" in found or "online" in draft.cues
    if container and online and not {"volume", "publisher", "issue"} & found.keys():
        return "web page"
    if container and "in" not in draft.cues and "publisher" not in found and (
        CONTAINER_WORDS.search(str(container.value)) or {"volume", "issue", "pages"} & found.keys()
    ):
        return "article"
    if container and ("url" in found or "online" in draft.cues) and "volume" not in found and "publisher" not in found:
        return "web page"
    if container and "title" not in found:
        return "book"
    if container and {"volume", "issue"} <= found.keys() and not {"publisher", "editor"} & found.keys():
        return "article"  # ISO 690 ``In: Ročenka. 2015, roč. 54, č. 1``: a volume and an issue make a periodical
    if container and _guillemets(draft, container) and {"volume", "issue"} & found.keys() and "publisher" not in found:
        return "article"  # Italian ``in «Artibus et Historiae», n. 7``: a periodical's name in guillemets
    if container:
        return "chapter" if ("in" in draft.cues or "editor" in found or "publisher" in found) else "article"
    if ("url" in found or "online" in draft.cues) and "publisher" not in found and "location" not in found:
        return "web page"
    if _BROADCAST.search(str(found.get("publisher", Field("p", "")).value)):
        return "other"
    if "online" in draft.cues and "isbn" not in found and (
        "online-mark" in draft.cues or not {"publisher", "location"} <= found.keys()
    ):  # ISO 690 ``Title [online]. Place: Publisher, 2002 [cit. …]``; without ``[online]`` a
        return "web page"  # ``Place: Publisher. Dostupné z: <url>`` is a printed book with a link
    if {"location", "isbn"} & found.keys() or {"publisher", "year"} <= found.keys():
        return "book"
    return "other"


_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def _guillemets(draft: Draft, field: Field) -> bool:
    return field.span is not None and "«" in draft.raw[max(0, field.span.start - 2):field.span.start + 1]


def parse_fields(raw: str) -> tuple[tuple[Field, ...], frozenset[str]]:
    """Return the fields of one citation (each with its span in ``raw``) and the style cues seen.

    >>> fields, _ = parse_fields("Eco, Umberto. Il nome della rosa. Milan: Bompiani, 1985.")
    >>> {f.name: f.value for f in fields if f.name not in ("author",)}
    {'type': 'book', 'title': 'Il nome della rosa', 'publisher': 'Bompiani', 'location': 'Milan', 'year': '1985', 'date': '1985'}
    """
    draft = Draft(raw)
    for step in STEPS:
        step(draft)
    title = draft.found.get("title")
    if title is not None and not _TWO_LETTERS.search(str(title.value)):
        del draft.found["title"]  # a stray letter or date left by damage is not a title
    draft.found["type"] = Field("type", infer_type(draft), None, "inferred")
    return draft.fields(), frozenset(draft.cues)


__all__ = ["STEPS", "TYPES", "infer_type", "leftover", "parse_fields"]
