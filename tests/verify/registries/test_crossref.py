"""Crossref adapter against a local server answering in Crossref's documented shapes."""

from __future__ import annotations

from checker.model import Name
from checker.verify.registries.crossref import Crossref

MAILTO = "editor@example.org"
DANUBE_DOI = "10.5555/jcws.2009.11.3.89"
RAW = "Jan Novák, “Diplomacy on the Danube,” Journal of Cold War Studies 11, no. 3 (2009): 95."


def test_doi_is_looked_up_as_a_work_with_mailto(httpserver, fetch, ref, answer):
    httpserver.expect_request(f"/crossref/works/{DANUBE_DOI}", query_string={"mailto": MAILTO}).respond_with_json(
        answer("crossref_work_danube.json"))
    crossref = Crossref(base_url=httpserver.url_for("/crossref"), mailto=MAILTO)

    result = crossref.lookup(ref(RAW, doi=f"https://doi.org/{DANUBE_DOI.upper()}"), fetch)

    httpserver.check_assertions()
    assert result.error is None
    (work,) = result.candidates
    assert work.via == "doi"
    assert work.doi == DANUBE_DOI
    assert work.title == "Diplomacy on the Danube: Soviet Policy toward Central Europe, 1953–1964"
    assert work.authors[0] == Name(family="Novák", given="Jan")
    assert work.years == ("2009",)
    assert work.container == ("Journal of Cold War Studies", "J. Cold War Stud.")
    assert (work.volume, work.issue, work.pages) == ("11", "3", "89-116")
    assert "mailto" not in work.record  # the record address is evidence, not a request


def test_search_sends_the_reference_string_as_query_bibliographic(httpserver, fetch, ref, answer):
    httpserver.expect_request(
        "/crossref/works", query_string={"query.bibliographic": RAW, "rows": "5", "mailto": MAILTO}
    ).respond_with_json(answer("crossref_search_danube.json"))
    crossref = Crossref(base_url=httpserver.url_for("/crossref"), mailto=MAILTO)

    result = crossref.lookup(ref(RAW, title="Diplomacy on the Danube"), fetch)

    httpserver.check_assertions()
    assert [c.doi for c in result.candidates] == ["10.5555/jcws.2010.12.1.3", DANUBE_DOI]
    assert all(c.via == "search" for c in result.candidates)


def test_polite_user_agent_names_the_contact(httpserver, fetch, ref, answer):
    httpserver.expect_request("/crossref/works").respond_with_json(answer("crossref_search_empty.json"))
    Crossref(base_url=httpserver.url_for("/crossref"), mailto=MAILTO).lookup(ref(RAW, title="X"), fetch)
    (request, _), = httpserver.log
    assert f"mailto:{MAILTO}" in request.headers["User-Agent"]


def test_unknown_doi_is_an_answer_not_an_error(httpserver, fetch, ref):
    httpserver.expect_request("/crossref/works/10.5555/nope").respond_with_data("Resource not found.", status=404)
    result = Crossref(base_url=httpserver.url_for("/crossref")).lookup(ref(RAW, doi="10.5555/nope"), fetch)
    assert result.error is None
    assert result.candidates == ()
    assert "10.5555/nope" in result.detail


def test_retraction_notices_are_read_from_updated_by(httpserver, fetch, ref, answer):
    doi = "10.5555/slavrev.2015.74.2.301"
    httpserver.expect_request(f"/crossref/works/{doi}").respond_with_json(answer("crossref_work_retracted.json"))
    (work,) = Crossref(base_url=httpserver.url_for("/crossref")).lookup(ref(RAW, doi=doi), fetch).candidates
    (notice,) = work.updates
    assert (notice.type, notice.label, notice.date, notice.doi) == (
        "retraction", "Retraction", "2018-03-02", "10.5555/slavrev.2018.77.1.1")


def test_server_error_means_down(httpserver, fetch, ref):
    httpserver.expect_request("/crossref/works").respond_with_data("oops", status=500)
    result = Crossref(base_url=httpserver.url_for("/crossref")).lookup(ref(RAW, title="X"), fetch)
    assert (result.error, result.detail) == ("down", "HTTP 500")


def test_connection_refused_means_down(refused_url, fetch, ref):
    result = Crossref(base_url=refused_url).lookup(ref(RAW, title="X"), fetch)
    assert result.error == "down"
    assert result.candidates == ()


def test_html_instead_of_json_is_a_bad_answer(httpserver, fetch, ref):
    httpserver.expect_request("/crossref/works").respond_with_data("<html>maintenance</html>", content_type="text/html")
    result = Crossref(base_url=httpserver.url_for("/crossref")).lookup(ref(RAW, title="X"), fetch)
    assert result.error == "bad-answer"


def test_accepts_only_what_it_can_search(ref):
    crossref = Crossref(base_url="http://127.0.0.1:1")
    assert not crossref.accepts(ref("Interview with the author, 2019."))
    assert crossref.accepts(ref(RAW, doi=DANUBE_DOI))
