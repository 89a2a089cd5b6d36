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
from rapidfuzz.distance import Levenshtein

from ..model import Candidate, FieldComparison, Name, Reference
from .registries.ids import normalise_doi, normalise_isbn

# A work is "the same" when its title and first author agree this well and the titles
# put no different word in each other's place (see title_conflict); below that a record is
# at most a suggestion. Chosen so that transliteration ("Kozyrev"/"Kozyrew"), OCR damage
# and a dropped subtitle still match, while a different paper by the same author does not.
SAME_TITLE = 88.0
SAME_AUTHOR = 80.0
TITLE_ALONE = 93.0  # no author to compare: the title must carry the identity by itself
CONTAINER_AGREES = 70.0
PUBLISHER_AGREES = 80.0
SUGGEST = 60.0

WEIGHTS = {"title": 0.5, "author": 0.25, "year": 0.15, "container": 0.1}
# Words that carry no identity in a title or a publisher's name.
_STOP = frozenset(
    "a an the of and in on for to at by with from into about as or its his her their "
    "de la le les des du et der die das und von zur zum el los las y en del di il "
    "na ve se ze do od po pro pri za".split()
)
_IMPRINT = frozenset(
    "press publishing publishers publisher verlag books inc ltd llc co company editions "
    "edition nakladatelstvi vydavatelstvi naklad university univ up".split()
)
_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_RANGE = re.compile(r"(\d+)\s*(?:[-–—‒]+\s*(\d+))?")
_MAIN = re.compile(r"\s*[:.?!]\s+|\s+[-–—]\s+")
_BOOKS = frozenset({"book", "monograph", "edited-book", "reference-book", "book-set", "book-series"})
_ARTICLES = frozenset({"journal-article", "proceedings-article", "posted-content", "peer-review", "article-journal"})
PINPOINT_FIELDS = ("locator", "pinpoint", "cited_pages", "page")
# Shown in the comparison but never a mismatch: title and author decide identity, and a
# different publisher is usually another edition, a reprint or an imprint of the same work.
TOLERATED = frozenset({"title", "author", "publisher"})


@dataclass(frozen=True, slots=True)
class Match:
    """How one registry record compares with the cited reference."""

    candidate: Candidate
    score: float
    same_work: bool
    rows: tuple[FieldComparison, ...]
    differs: tuple[str, ...]  # cited fields the record contradicts (a mismatch when same_work)
    conflict: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # see title_conflict


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


def title_conflict(cited: str, record: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the significant words each title has where the other has different ones.

    Two titles one word apart score high ("… in Post-Communist Poland" / "… Hungary",
    "1953–1956" / "1948–1953") yet name different works. A conflict needs a word on
    *each* side that the other lacks: a dropped subtitle, an added word or an OCR slip
    ("Memmory") is no conflict. Words match despite one slip per eight letters, split
    or joined compounds ("Post-Communist"/"Postcommunist") and abbreviated years ("64").

    >>> title_conflict("Rethinking NATO Enlargement", "Rethinking EU Enlargement")
    (('nato',), ('eu',))
    >>> title_conflict("Images of the Adversary", "Images of the Adversary: NATO Assessments")
    ((), ())
    """
    a, b = _aligned(cited, record)
    words_a, words_b = _significant(a), _significant(b)
    only_a = tuple(w for w in words_a if not _has_word(w, words_b, b))
    only_b = tuple(w for w in words_b if not _has_word(w, words_a, a))
    return (only_a, only_b) if only_a and only_b else ((), ())


def _aligned(cited: str, record: str) -> tuple[str, str]:
    """The parts of two titles to compare word by word: the main titles when only one
    side gives a subtitle, else the whole titles."""
    main_a, main_b = _MAIN.split(cited, 1), _MAIN.split(record, 1)
    if (len(main_a) > 1) != (len(main_b) > 1):
        return fold(main_a[0]), fold(main_b[0])
    return fold(cited), fold(record)


def _significant(folded: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for w in folded.split() if w not in _STOP and (len(w) > 1 or w.isdigit())))


def _has_word(word: str, others: tuple[str, ...], other_text: str) -> bool:
    if word.isdigit():  # a year or number matches exactly, or as its abbreviation ("64" for 1964)
        return any(o.isdigit() and (o.endswith(word) or word.endswith(o)) for o in others)
    slips = 0 if len(word) <= 3 else 1 if len(word) <= 8 else 2
    if any(Levenshtein.distance(word, o, score_cutoff=slips) <= slips for o in others):
        return True
    return len(word) >= 4 and word in other_text.replace(" ", "")


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


def publisher_agrees(cited: str, record: str) -> bool | None:
    """Whether two publisher names are the same house, ignoring "Press", "Inc" and the like.

    >>> publisher_agrees("Rowman and Littlefield Publishers, Inc", "Rowman & Littlefield")
    True
    """
    a = " ".join(w for w in fold(cited).split() if w not in _IMPRINT and w not in _STOP)
    b = " ".join(w for w in fold(record).split() if w not in _IMPRINT and w not in _STOP)
    if not a or not b:
        return None
    return fuzz.token_set_ratio(a, b) >= PUBLISHER_AGREES


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
    conflict = title_conflict(cited_title, candidate.title) if t is not None and t >= SAME_TITLE else ((), ())
    a = author_score(cited_authors, candidate.authors)
    y = (cited_year in candidate.years) if cited_year and candidate.years else None
    c = container_score(cited_container, candidate.container) if cited_container and candidate.container else None
    rows = [
        FieldComparison("title", cited_title, candidate.title,
                        None if t is None else t >= SAME_TITLE and not conflict[0]),
        FieldComparison("author", _names(cited_authors), _names(candidate.authors),
                        None if a is None else a >= SAME_AUTHOR),
        FieldComparison("year", cited_year, ", ".join(candidate.years), y),
        FieldComparison("container", cited_container, "; ".join(candidate.container[:2]),
                        None if c is None else c >= CONTAINER_AGREES),
        _volume_row(reference, candidate),
        *_page_rows(reference, candidate),
        _publisher_row(reference, candidate),
        _doi_row(reference, candidate),
        _isbn_row(reference, candidate),
    ]
    rows = [r for r in rows if r.cited or r.registry]
    same = (not conflict[0] and same_work(t, a, y, c)
            and compatible(str(reference.get("type") or ""), candidate.type))
    differs = tuple(r.field for r in rows if r.agrees is False and r.field not in TOLERATED)
    parts = {"title": t, "author": a, "year": None if y is None else 100.0 * y, "container": c}
    return Match(candidate, match_score(parts), same, tuple(rows), differs, conflict)


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


def same_work(title: float | None, author: float | None, year: bool | None, container: float | None) -> bool:
    """Decide from the field scores whether a record is the cited work.

    Title ≥ SAME_TITLE and first author ≥ SAME_AUTHOR; with no author on one side, the
    title must reach TITLE_ALONE and the year or the journal agree as well.

    >>> same_work(88.0, 80.0, None, None), same_work(87.9, 100.0, True, 100.0)
    (True, False)
    """
    if title is None:
        return False
    if author is not None:
        return title >= SAME_TITLE and author >= SAME_AUTHOR
    return title >= TITLE_ALONE and (year is True or (container is not None and container >= CONTAINER_AGREES))


def match_score(parts: dict[str, float | None]) -> float:
    """The weighted mean (WEIGHTS) of the field scores present, 0–100; 0 without a title.

    >>> match_score({"title": 100.0, "author": 50.0, "year": None, "container": None})
    83.3
    """
    present = {k: v for k, v in parts.items() if v is not None}
    if not present or parts.get("title") is None:
        return 0.0
    total = sum(WEIGHTS[k] for k in present)
    return round(sum(WEIGHTS[k] * v for k, v in present.items()) / total, 1)


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


def _publisher_row(reference: Reference, candidate: Candidate) -> FieldComparison:
    cited = str(reference.get("publisher") or "")
    shown = candidate.publisher if cited else ""  # a record's publisher alone says nothing to the editor
    return FieldComparison("publisher", cited, shown, publisher_agrees(cited, candidate.publisher))


def _doi_row(reference: Reference, candidate: Candidate) -> FieldComparison:
    cited = normalise_doi(str(reference.get("doi") or ""))
    agrees = (cited == candidate.doi) if cited and candidate.doi else None
    return FieldComparison("doi", cited, candidate.doi, agrees)


def _isbn_row(reference: Reference, candidate: Candidate) -> FieldComparison:
    cited = normalise_isbn(str(reference.get("isbn") or ""))
    agrees = (cited in candidate.isbn) if cited and candidate.isbn else None
    return FieldComparison("isbn", cited, ", ".join(candidate.isbn), agrees)
