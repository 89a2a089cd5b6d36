"""Reference → RegistryAnswer from Open Library: ISBN lookups and title/author search for books.

Open Library APIs (https://openlibrary.org/developers/api): ``GET /isbn/{isbn}.json``
redirects to the edition record (``title``, ``authors: [{"key": "/authors/…"}]``,
``publish_date``, ``publishers``, ``isbn_10``/``isbn_13``, ``number_of_pages``), whose
author names need ``GET /authors/{id}.json`` (``{"name": …}``). ``GET /search.json?title=
&author=`` answers ``{"numFound": n, "docs": [{"key", "title", "author_name",
"first_publish_year", "publish_year", "isbn", "edition_count"…}]}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from nameparser import HumanName

from ...model import Candidate, FetchRequest, Name, Reference, RegistryAnswer
from . import Fetch, answer_error, read_json, request_headers
from .csl import all_texts, first_text
from .ids import normalise_isbn

_FIELDS = "key,title,subtitle,author_name,first_publish_year,publish_year,isbn,publisher,edition_count"
_LIMIT = 5
_MAX_AUTHORS = 3  # each author name costs a request; the first ones decide a match
_BOOKS = frozenset({"book", "monograph", "edited-book", "thesis", "report"})
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class OpenLibrary:
    """The Open Library books API."""

    base_url: str
    mailto: str = ""
    name = "openlibrary"
    label = "Open Library"
    default_url = "https://openlibrary.org"
    priority = 30
    default = True

    def accepts(self, reference: Reference) -> bool:
        """Books: a cited ISBN, or a title that is not an article in a journal."""
        if normalise_isbn(str(reference.get("isbn") or "")):
            return True
        kind = str(reference.get("type") or "").lower()
        if kind in _BOOKS:
            return bool(reference.get("title"))
        if kind and kind != "other":
            return False
        return bool(reference.get("title")) and not reference.get("doi") and not reference.get("volume")

    def lookup(self, reference: Reference, fetch: Fetch) -> RegistryAnswer:
        """Look the ISBN up if one is cited, else search by title and first author."""
        isbn = normalise_isbn(str(reference.get("isbn") or ""))
        if isbn:
            return self._edition(isbn, fetch)
        return self._search(reference, fetch)

    def _get(self, url: str, fetch: Fetch):
        return fetch(FetchRequest(url=url, headers=request_headers(self.mailto)))

    def _edition(self, isbn: str, fetch: Fetch) -> RegistryAnswer:
        url = f"{self.base_url}/isbn/{isbn}.json"
        result = self._get(url, fetch)
        failure = answer_error(result)
        if failure:
            return RegistryAnswer(self.name, requests=(url,), error=failure[0], detail=failure[1])
        if result.status == 404:
            return RegistryAnswer(self.name, requests=(url,), detail=f"no Open Library edition has ISBN {isbn}")
        edition = read_json(result)
        if not isinstance(edition, dict) or not edition.get("title"):
            return RegistryAnswer(self.name, requests=(url,), error="bad-answer", detail="not an edition record")
        keys, asked = _author_keys(edition.get("authors")), []
        if not keys:
            keys, asked = self._work_authors(edition.get("works"), fetch)
        authors, more = self._authors(keys, fetch)
        candidate = _edition_candidate(edition, authors, self.base_url, isbn)
        return RegistryAnswer(self.name, candidates=(candidate,), requests=(url, *asked, *more))

    def _work_authors(self, works: object, fetch: Fetch) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Many editions name no authors; their work does (``authors[{author: {key}}]``)."""
        first = works[0] if isinstance(works, list) and works else None
        key = first.get("key") if isinstance(first, dict) else None
        if not isinstance(key, str) or not key.startswith("/works/"):
            return (), ()
        url = f"{self.base_url}{key}.json"
        result = self._get(url, fetch)
        work = read_json(result) if answer_error(result) is None and result.status == 200 else None
        entries = work.get("authors") if isinstance(work, dict) else None
        refs = [e.get("author") for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []
        return _author_keys(refs), (url,)

    def _authors(self, keys: tuple[str, ...], fetch: Fetch) -> tuple[tuple[Name, ...], tuple[str, ...]]:
        """Resolve author keys to names; an author that fails is left out."""
        names, asked = [], []
        for key in keys[:_MAX_AUTHORS]:
            url = f"{self.base_url}{key}.json"
            asked.append(url)
            result = self._get(url, fetch)
            data = read_json(result) if answer_error(result) is None and result.status == 200 else None
            if isinstance(data, dict) and first_text(data.get("name")):
                names.append(person(first_text(data.get("name"))))
        return tuple(names), tuple(asked)

    def _search(self, reference: Reference, fetch: Fetch) -> RegistryAnswer:
        params = {"title": str(reference.get("title")), "fields": _FIELDS, "limit": str(_LIMIT)}
        authors = reference.get("author") or ()
        if authors:
            first = authors[0]
            params["author"] = first.family or first.literal if isinstance(first, Name) else str(first)
        url = f"{self.base_url}/search.json?{urlencode(params)}"
        result = self._get(url, fetch)
        failure = answer_error(result)
        if failure:
            return RegistryAnswer(self.name, requests=(url,), error=failure[0], detail=failure[1])
        data = read_json(result)
        docs = data.get("docs") if isinstance(data, dict) else None
        if result.status != 200 or not isinstance(docs, list):
            return RegistryAnswer(self.name, requests=(url,), error="bad-answer", detail="not a search answer")
        candidates = tuple(_search_candidate(doc, self.base_url) for doc in docs if isinstance(doc, dict))
        return RegistryAnswer(self.name, candidates=candidates, requests=(url,))


def _author_keys(refs: object) -> tuple[str, ...]:
    """The ``/authors/…`` keys of a list of ``{"key": …}`` references."""
    keys = (ref.get("key") if isinstance(ref, dict) else None for ref in (refs if isinstance(refs, list) else []))
    return tuple(k for k in keys if isinstance(k, str) and k.startswith("/authors/"))


def person(text: str) -> Name:
    """Split a display name ("Jan Novák", "Novák, Jan") into family and given names."""
    parsed = HumanName(text)
    if not parsed.last:
        return Name(literal=text)
    return Name(family=parsed.last, given=" ".join(p for p in (parsed.first, parsed.middle) if p))


def _title(record: dict) -> str:
    title, subtitle = first_text(record.get("title")), first_text(record.get("subtitle"))
    return f"{title}: {subtitle}" if subtitle else title


def _edition_candidate(edition: dict, authors: tuple[Name, ...], base: str, isbn: str) -> Candidate:
    isbns = all_texts(edition.get("isbn_13")) + all_texts(edition.get("isbn_10"))
    year = _YEAR.search(first_text(edition.get("publish_date")))
    return Candidate(
        registry="openlibrary",
        record=f"{base}{first_text(edition.get('key'))}" if edition.get("key") else f"{base}/isbn/{isbn}",
        title=_title(edition),
        authors=authors,
        years=(year.group(1),) if year else (),
        isbn=tuple(dict.fromkeys(normalise_isbn(i) for i in isbns if normalise_isbn(i))),
        publisher=first_text(edition.get("publishers")),
        type="book",
        via="isbn",
    )


def _search_candidate(doc: dict, base: str) -> Candidate:
    """A work from search; its ISBNs are kept only when the work has a single edition,
    because otherwise nothing says which edition was cited."""
    first = doc.get("first_publish_year")
    years = [str(first)] if isinstance(first, int) else []
    years += sorted({str(y) for y in doc.get("publish_year") or () if isinstance(y, int)} - set(years))
    isbns = tuple(sorted({normalise_isbn(i) for i in all_texts(doc.get("isbn")) if normalise_isbn(i)}))
    return Candidate(
        registry="openlibrary",
        record=f"{base}{first_text(doc.get('key'))}",
        title=_title(doc),
        authors=tuple(person(n) for n in all_texts(doc.get("author_name"))),
        years=tuple(years),
        isbn=isbns if doc.get("edition_count") == 1 and len(isbns) == 1 else (),
        publisher=first_text(doc.get("publisher")),
        type="book",
        via="search",
    )


ADAPTER = OpenLibrary
