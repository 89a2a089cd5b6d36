"""CSL-JSON / Crossref work JSON → Candidate: the record shape Crossref and doi.org share.

Crossref's ``/works`` items are CSL-like with list values (``"title": ["…"]``); the
CSL-JSON that doi.org content negotiation returns has plain strings. Both go through
:func:`candidate_from_csl`, which accepts either.
"""

from __future__ import annotations

from ...model import Candidate, Name, RegistryUpdate
from .ids import normalise_doi, normalise_isbn

_DATE_KEYS = ("issued", "published-print", "published-online", "published", "created")


def first_text(value: object) -> str:
    """Return a string field that may be given as a string or a list of strings."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), "")
    return " ".join(value.split()) if isinstance(value, str) else ""


def all_texts(value: object) -> tuple[str, ...]:
    """Return every non-empty string of a string-or-list field."""
    values = value if isinstance(value, list) else [value]
    return tuple(" ".join(v.split()) for v in values if isinstance(v, str) and v.strip())


def names_from_csl(people: object) -> tuple[Name, ...]:
    """Convert CSL name objects (family/given, or ``literal``/``name`` for bodies)."""
    names = []
    for person in people if isinstance(people, list) else ():
        if not isinstance(person, dict):
            continue
        literal = first_text(person.get("literal") or person.get("name"))
        family = first_text(person.get("family"))
        if family:
            names.append(Name(family=family, given=first_text(person.get("given"))))
        elif literal:
            names.append(Name(literal=literal))
    return tuple(names)


def years_from_csl(work: dict) -> tuple[str, ...]:
    """Return every distinct year the record's date fields give, in field order."""
    years: list[str] = []
    for key in _DATE_KEYS:
        parts = (work.get(key) or {}).get("date-parts") if isinstance(work.get(key), dict) else None
        if parts and isinstance(parts[0], list) and parts[0] and parts[0][0] is not None:
            year = str(parts[0][0])
            if year.isdigit() and year not in years:
                years.append(year)
    return tuple(years)


def updates_from_crossref(work: dict) -> tuple[RegistryUpdate, ...]:
    """Return the notices in Crossref's ``updated-by`` (retractions, corrections…)."""
    updates = []
    for item in work.get("updated-by") or ():
        if not isinstance(item, dict):
            continue
        parts = (item.get("updated") or {}).get("date-parts") or [[]]
        date = "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts[0]) if isinstance(p, int))
        updates.append(
            RegistryUpdate(
                type=first_text(item.get("type")).lower(),
                doi=normalise_doi(first_text(item.get("DOI"))),
                label=first_text(item.get("label")),
                date=date,
            )
        )
    return tuple(updates)


def candidate_from_csl(work: dict, registry: str, record: str, via: str) -> Candidate:
    """Build a :class:`Candidate` from one CSL-JSON or Crossref work object."""
    title = first_text(work.get("title"))
    subtitle = first_text(work.get("subtitle"))
    if subtitle and subtitle.casefold() not in title.casefold():
        title = f"{title}: {subtitle}"
    containers = all_texts(work.get("container-title")) + all_texts(work.get("short-container-title"))
    return Candidate(
        registry=registry,
        record=record,
        title=title,
        authors=names_from_csl(work.get("author")) or names_from_csl(work.get("editor")),
        years=years_from_csl(work),
        container=tuple(dict.fromkeys(containers)),
        volume=first_text(work.get("volume")),
        issue=first_text(work.get("issue")),
        pages=first_text(work.get("page")),
        doi=normalise_doi(first_text(work.get("DOI"))),
        isbn=tuple(dict.fromkeys(i for i in map(normalise_isbn, all_texts(work.get("ISBN"))) if i)),
        publisher=first_text(work.get("publisher")),
        type=first_text(work.get("type")),
        updates=updates_from_crossref(work),
        via=via,
    )
