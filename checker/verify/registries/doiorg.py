"""Reference → RegistryAnswer from doi.org: does the DOI exist, and what work does it name?

DOI content negotiation (https://citation.crosscite.org/docs.html): ``GET
https://doi.org/{doi}`` with ``Accept: application/vnd.citationstyles.csl+json`` is
redirected to the DOI's registration agency (Crossref, DataCite, mEDRA…), which answers
with CSL-JSON; an unregistered DOI gets 404 from doi.org itself. That makes doi.org the
authority on existence for every agency, where Crossref only knows its own DOIs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import quote

from ...model import FetchRequest, Reference, RegistryAnswer
from . import Fetch, answer_error, read_json, request_headers
from .csl import candidate_from_csl
from .ids import normalise_doi

CSL_JSON = "application/vnd.citationstyles.csl+json"


@dataclass(frozen=True)
class DoiOrg:
    """The DOI resolver, asked for CSL-JSON."""

    base_url: str
    mailto: str = ""
    name = "doiorg"
    label = "doi.org"
    default_url = "https://doi.org"
    priority = 20
    default = True
    doi_only = True  # knows nothing a registry that already returned the DOI's record does not

    def accepts(self, reference: Reference) -> bool:
        return bool(normalise_doi(str(reference.get("doi") or "")))

    def lookup(self, reference: Reference, fetch: Fetch) -> RegistryAnswer:
        """Resolve the cited DOI to its registration agency's CSL-JSON record."""
        doi = normalise_doi(str(reference.get("doi") or ""))
        url = f"{self.base_url}/{quote(doi, safe='/')}"
        result = fetch(FetchRequest(url=url, headers=request_headers(self.mailto, accept=CSL_JSON)))
        failure = answer_error(result)
        if failure:
            return RegistryAnswer(self.name, requests=(url,), error=failure[0], detail=failure[1])
        if result.status == 404:
            return RegistryAnswer(self.name, requests=(url,), detail=f"DOI {doi} is not registered (doi.org 404)")
        data = read_json(result)
        if not isinstance(data, dict):
            return RegistryAnswer(
                self.name,
                requests=(url,),
                error="bad-answer",
                detail=f"DOI {doi} resolves, but its agency sent no CSL-JSON metadata",
            )
        candidate = candidate_from_csl(data, self.name, url, via="doi")
        if not candidate.doi:
            candidate = replace(candidate, doi=doi)
        return RegistryAnswer(self.name, candidates=(candidate,), requests=(url,))


ADAPTER = DoiOrg
