"""Reference × Candidate → Match: citecheck's own field-by-field comparison and match score.

The registries rank their answers with their own relevance scores, which say how good a
search hit is, not whether it is the cited work. Here every field is compared with
rapidfuzz after folding case, accents and punctuation, so "Horemuž" matches "Horemuz"
and "J. Cold War Stud." matches "Journal of Cold War Studies".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..model import Candidate, FieldComparison, Name, Reference
from .registries.ids import normalise_doi, normalise_isbn

# A work is "the same" when its title and first author agree this well; below that a
# record is at most a suggestion. Chosen so that transliteration ("Kozyrev"/"Kozyrew")
# and a dropped subtitle still match, while a different paper by the same author does not.
SAME_TITLE = 88.0
SAME_AUTHOR = 80.0
TITLE_ALONE = 93.0  # no author to compare: the title must carry the identity by itself
CONTAINER_AGREES = 70.0
SUGGEST = 60.0

_WEIGHTS = {"title": 0.5, "author": 0.25, "year": 0.15, "container": 0.1}
_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_RANGE = re.compile(r"(\d+)\s*(?:[-–—‒]+\s*(\d+))?")
_MAIN = re.compile(r"\s*[:.?!]\s+|\s+[-–—]\s+")
_BOOKS = frozenset({"book", "monograph", "edited-book", "reference-book", "book-set", "book-series"})
_ARTICLES = frozenset({"journal-article", "proceedings-article", "posted-content", "peer-review", "article-journal"})
PINPOINT_FIELDS = ("locator", "pinpoint", "cited_pages", "page")


@dataclass(frozen=True, slots=True)
class Match:
    """How one registry record compares with the cited reference."""

    candidate: Candidate
    score: float
    same_work: bool
    rows: tuple[FieldComparison, ...]
    differs: tuple[str, ...]


def fold(text: str) -> str:
    """Case-, accent- and punctuation-folded text for fuzzy comparison.

    >>> fold("Horemuž, M.: Vztahy  Ruska")
    'horemuz m vztahy ruska'
    """
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _SPACE.sub(" ", _PUNCT.sub(" ", bare)).strip()


def title_score(cited: str, record: str) -> float:
    """Score two titles 0–100, forgiving a subtitle one side leaves out."""
    a, b = fold(cited), fold(record)
    if not a or not b:
        return 0.0
    main_a, main_b = fold(_MAIN.split(cited, 1)[0]), fold(_MAIN.split(record, 1)[0])
    return max(fuzz.token_sort_ratio(a, b), fuzz.ratio(main_a, main_b), fuzz.ratio(a, main_b), fuzz.ratio(main_a, b))


def author_score(cited: tuple[Name, ...], record: tuple[Name, ...]) -> float | None:
    """Score the first cited author against the record's first authors; None if either has none."""
    if not cited or not record:
        return None
    first = _family(cited[0])
    return max(fuzz.ratio(first, _family(name)) for name in record[:3])


def container_score(cited: str, record: tuple[str, ...]) -> float:
    """Score a cited journal or book title against the record's, abbreviations included."""
    a = fold(cited)
    if not a or not record:
        return 0.0
    return max(max(fuzz.token_set_ratio(a, fold(r)), 100.0 * _abbreviates(a, fold(r))) for r in record)


def page_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Parse "pp. 89–116", "120", "105-6, 110" into (first, last) ranges; "e1234" gives none.

    >>> page_ranges("pp. 89–116")
    ((89, 116),)
    >>> page_ranges("105-6, 110")
    ((105, 106), (110, 110))
    """
    ranges = []
    for match in _RANGE.finditer(re.sub(r"[A-Za-z]\d+", " ", text or "")):
        first, last = int(match.group(1)), match.group(2)
        end = int(last) if last else first
        if last and end < first and len(last) < len(match.group(1)):
            end = int(match.group(1)[: -len(last)] + last)  # "105-6" means 105–106
        ranges.append((first, max(first, end)))
    return tuple(ranges)


def compare(reference: Reference, candidate: Candidate) -> Match:
    """Compare every field both sides have; decide whether the record is the cited work."""
    cited_title = str(reference.get("title") or "")
    cited_authors = authors_of(reference)
    cited_year = year_of(reference)
    cited_container = str(reference.get("container_title") or reference.get("journal") or "")
    t = title_score(cited_title, candidate.title) if cited_title else None
    a = author_score(cited_authors, candidate.authors)
    y = (cited_year in candidate.years) if cited_year and candidate.years else None
    c = container_score(cited_container, candidate.container) if cited_container and candidate.container else None
    rows = [
        FieldComparison("title", cited_title, candidate.title, None if t is None else t >= SAME_TITLE),
        FieldComparison("author", _names(cited_authors), _names(candidate.authors),
                        None if a is None else a >= SAME_AUTHOR),
        FieldComparison("year", cited_year, ", ".join(candidate.years), y),
        FieldComparison("container", cited_container, "; ".join(candidate.container[:2]),
                        None if c is None else c >= CONTAINER_AGREES),
        _volume_row(reference, candidate),
        *_page_rows(reference, candidate),
        _doi_row(reference, candidate),
        _isbn_row(reference, candidate),
    ]
    rows = [r for r in rows if r.cited or r.registry]
    same = _same_work(t, a, y, c) and compatible(str(reference.get("type") or ""), candidate.type)
    differs = tuple(r.field for r in rows if r.agrees is False and r.field not in ("title", "author"))
    parts = {"title": t, "author": a, "year": None if y is None else 100.0 * y, "container": c}
    return Match(candidate, _combined(parts), same, tuple(rows), differs)


def authors_of(reference: Reference) -> tuple[Name, ...]:
    """The cited authors (editors when a work has none) as Names."""
    people = reference.get("author") or reference.get("editor") or ()
    if isinstance(people, str):
        people = (Name(literal=people),)
    return tuple(p if isinstance(p, Name) else Name(literal=str(p)) for p in people)


def year_of(reference: Reference) -> str:
    """The cited year's four digits ("1993a" → "1993"), or ""."""
    match = _YEAR.search(str(reference.get("year") or ""))
    return match.group(1) if match else ""


def compatible(cited_type: str, record_type: str) -> bool:
    """False when a book is cited and the record is an article, or the other way round.

    A book and an article by one author often share a title; their years then differ
    without either citation being wrong.
    """
    cited, record = cited_type.lower(), record_type.lower()
    return not ((cited == "book" and record in _ARTICLES) or (cited == "article" and record in _BOOKS))


def _same_work(t: float | None, a: float | None, y: bool | None, c: float | None) -> bool:
    if t is None:
        return False
    if a is not None:
        return t >= SAME_TITLE and a >= SAME_AUTHOR
    return t >= TITLE_ALONE and (y is True or (c is not None and c >= CONTAINER_AGREES))


def _combined(parts: dict[str, float | None]) -> float:
    present = {k: v for k, v in parts.items() if v is not None}
    if not present or parts.get("title") is None:
        return 0.0
    total = sum(_WEIGHTS[k] for k in present)
    return round(sum(_WEIGHTS[k] * v for k, v in present.items()) / total, 1)


def _family(name: Name) -> str:
    return fold(name.family or name.literal)


def _names(names: tuple[Name, ...]) -> str:
    shown = "; ".join(n.display() for n in names[:3])
    return shown + ("; et al." if len(names) > 3 else "")


def _abbreviates(short: str, full: str) -> bool:
    """True when every word of ``short`` starts the matching significant word of ``full``."""
    stop = {"of", "the", "and", "for", "in", "on", "a", "an", "de", "la", "le", "der", "und"}
    words = [w for w in full.split() if w not in stop]
    shorts = [w for w in short.split() if w not in stop]
    return len(shorts) == len(words) > 1 and all(w.startswith(s) for s, w in zip(shorts, words))


def _volume_row(reference: Reference, candidate: Candidate) -> FieldComparison:
    """Volumes agree by number; a cited "volume" equal to the record's issue is not held
    against the citation, because damaged notes ("11, no. 3") often swap the two."""
    cited = str(reference.get("volume") or "")
    agrees = None
    if cited and candidate.volume:
        number = re.sub(r"\D", "", cited)
        same_number = number != "" and number == re.sub(r"\D", "", candidate.volume)
        agrees = same_number or fold(cited) == fold(candidate.volume)
        if not agrees and number and number == re.sub(r"\D", "", candidate.issue):
            agrees = None
    return FieldComparison("volume", cited, candidate.volume, agrees)


def _page_rows(reference: Reference, candidate: Candidate) -> list[FieldComparison]:
    """Cited pages (the article's range or a pinpoint) must lie inside the record's range.

    A record giving only the first page ("89") bounds the start, not the end: a later
    cited page is then unknown rather than wrong.
    """
    record = page_ranges(candidate.pages)
    rows = []
    for name in ("pages", *PINPOINT_FIELDS):
        cited = str(reference.get(name) or "")
        if cited:
            rows.append(FieldComparison(name, cited, candidate.pages, _within(page_ranges(cited), record)))
    if not rows and candidate.pages:
        rows.append(FieldComparison("pages", "", candidate.pages, None))
    return rows


def _within(cited: tuple[tuple[int, int], ...], record: tuple[tuple[int, int], ...]) -> bool | None:
    if not cited or not record:
        return None
    first, last = record[0][0], record[-1][1]
    if any(start < first for start, _ in cited):
        return False
    if first == last and len(record) == 1:
        return True if all(start == first for start, _ in cited) else None
    return all(end <= last for _, end in cited)


def _doi_row(reference: Reference, candidate: Candidate) -> FieldComparison:
    cited = normalise_doi(str(reference.get("doi") or ""))
    agrees = (cited == candidate.doi) if cited and candidate.doi else None
    return FieldComparison("doi", cited, candidate.doi, agrees)


def _isbn_row(reference: Reference, candidate: Candidate) -> FieldComparison:
    cited = normalise_isbn(str(reference.get("isbn") or ""))
    agrees = (cited in candidate.isbn) if cited and candidate.isbn else None
    return FieldComparison("isbn", cited, ", ".join(candidate.isbn), agrees)
