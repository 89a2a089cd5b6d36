"""Reference → RegistryAnswer from Crossref: ``/works/{doi}`` for DOIs, else a bibliographic search.

Crossref REST API (https://api.crossref.org): ``GET /works?query.bibliographic=…&rows=5``
answers ``{"status": "ok", "message-type": "work-list", "message": {"items": [work…]}}``
and ``GET /works/{doi}`` answers ``{"message-type": "work", "message": work}`` or 404.
A ``mailto`` puts requests in the polite pool. Crossref's own relevance ``score`` is
ignored on purpose: citecheck scores the match itself (:mod:`checker.verify.refmatch`).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from ...model import FetchRequest, Reference, RegistryAnswer
from . import Fetch, answer_error, read_json, request_headers
from .csl import candidate_from_csl
from .ids import normalise_doi

_ROWS = 5
_MAX_QUERY = 400  # a reference string longer than this is mostly noise to the matcher


@dataclass(frozen=True)
class Crossref:
    """The Crossref works API."""

    base_url: str
    mailto: str = ""
    name = "crossref"
    label = "Crossref"
    default_url = "https://api.crossref.org"
    priority = 10
    default = True

    def accepts(self, reference: Reference) -> bool:
        return bool(_doi(reference) or reference.get("title"))

    def lookup(self, reference: Reference, fetch: Fetch) -> RegistryAnswer:
        """Fetch the DOI's record if one is cited, else search with the reference string."""
        doi = _doi(reference)
        if doi:
            return self._work(doi, fetch)
        return self._search(" ".join(reference.raw.split())[:_MAX_QUERY], fetch)

    def _params(self, **params: str) -> str:
        if self.mailto:
            params["mailto"] = self.mailto
        return urlencode(params)

    def _record(self, doi: str) -> str:
        """The record's address, without the mailto (it is evidence shown to editors)."""
        return f"{self.base_url}/works/{quote(normalise_doi(doi), safe='/')}"

    def _work(self, doi: str, fetch: Fetch) -> RegistryAnswer:
        url = self._record(doi) + ("?" + self._params() if self.mailto else "")
        result = fetch(FetchRequest(url=url, headers=request_headers(self.mailto)))
        failure = answer_error(result)
        if failure:
            return RegistryAnswer(self.name, requests=(url,), error=failure[0], detail=failure[1])
        if result.status == 404:
            return RegistryAnswer(self.name, requests=(url,), detail=f"no Crossref record for DOI {doi}")
        data = read_json(result)
        work = data.get("message") if isinstance(data, dict) else None
        if not isinstance(work, dict):
            return RegistryAnswer(self.name, requests=(url,), error="bad-answer", detail="not a Crossref work")
        candidate = candidate_from_csl(work, self.name, self._record(doi), via="doi")
        return RegistryAnswer(self.name, candidates=(candidate,), requests=(url,))

    def _search(self, text: str, fetch: Fetch) -> RegistryAnswer:
        url = f"{self.base_url}/works?" + self._params(**{"query.bibliographic": text, "rows": str(_ROWS)})
        result = fetch(FetchRequest(url=url, headers=request_headers(self.mailto)))
        failure = answer_error(result)
        if failure:
            return RegistryAnswer(self.name, requests=(url,), error=failure[0], detail=failure[1])
        data = read_json(result)
        message = data.get("message") if isinstance(data, dict) else None
        items = message.get("items") if isinstance(message, dict) else None
        if result.status != 200 or not isinstance(items, list):
            return RegistryAnswer(self.name, requests=(url,), error="bad-answer", detail="not a Crossref work list")
        candidates = tuple(
            candidate_from_csl(item, self.name, self._record(str(item.get("DOI", ""))), via="search")
            for item in items
            if isinstance(item, dict)
        )
        return RegistryAnswer(self.name, candidates=candidates, requests=(url,))


def _doi(reference: Reference) -> str:
    return normalise_doi(str(reference.get("doi") or ""))


ADAPTER = Crossref
