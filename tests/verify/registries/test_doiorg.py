"""doi.org adapter: DOI existence and CSL-JSON by content negotiation, for any agency."""

from __future__ import annotations

from checker.model import Name
from checker.verify.registries.doiorg import CSL_JSON, DoiOrg

RAW = "Petr Dvořák, Czech Parliamentary Debates Corpus, 1993–2013 (Zenodo, 2016), doi:10.5555/zenodo.12345."


def test_asks_for_csl_json_and_reads_string_fields(httpserver, fetch, ref, answer):
    httpserver.expect_request("/doi/10.5555/zenodo.12345", headers={"Accept": CSL_JSON}).respond_with_json(
        answer("doiorg_csl_dataset.json"), content_type=CSL_JSON)
    doiorg = DoiOrg(base_url=httpserver.url_for("/doi"))

    result = doiorg.lookup(ref(RAW, doi="10.5555/zenodo.12345"), fetch)

    httpserver.check_assertions()
    (work,) = result.candidates
    assert work.title == "Czech Parliamentary Debates Corpus, 1993–2013"
    assert work.authors == (Name(family="Dvořák", given="Petr"),)
    assert work.years == ("2016",)
    assert work.type == "dataset"
    assert work.via == "doi"


def test_redirect_to_the_agency_is_followed(httpserver, fetch, ref, answer):
    # doi.org answers content-negotiated requests with a redirect to the agency's service.
    httpserver.expect_request("/doi/10.5555/zenodo.12345").respond_with_data(
        "", status=302, headers={"Location": httpserver.url_for("/agency/dois/10.5555/zenodo.12345")})
    httpserver.expect_request("/agency/dois/10.5555/zenodo.12345").respond_with_json(answer("doiorg_csl_dataset.json"))
    result = DoiOrg(base_url=httpserver.url_for("/doi")).lookup(ref(RAW, doi="10.5555/zenodo.12345"), fetch)
    assert result.candidates[0].doi == "10.5555/zenodo.12345"


def test_unregistered_doi(httpserver, fetch, ref):
    httpserver.expect_request("/doi/10.5555/missing").respond_with_data("DOI Not Found", status=404)
    result = DoiOrg(base_url=httpserver.url_for("/doi")).lookup(ref(RAW, doi="10.5555/missing"), fetch)
    assert result.error is None
    assert result.candidates == ()
    assert result.detail == "DOI 10.5555/missing is not registered (doi.org 404)"


def test_landing_page_instead_of_metadata_is_a_bad_answer(httpserver, fetch, ref):
    httpserver.expect_request("/doi/10.5555/x").respond_with_data("<html>landing</html>", content_type="text/html")
    result = DoiOrg(base_url=httpserver.url_for("/doi")).lookup(ref(RAW, doi="10.5555/x"), fetch)
    assert result.error == "bad-answer"


def test_only_references_with_a_doi(ref):
    doiorg = DoiOrg(base_url="http://127.0.0.1:1")
    assert doiorg.accepts(ref(RAW, doi="10.5555/zenodo.12345"))
    assert not doiorg.accepts(ref(RAW, title="Czech Parliamentary Debates Corpus"))
