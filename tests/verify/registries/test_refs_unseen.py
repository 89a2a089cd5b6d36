"""verify_references on works the first fixtures never described (tests ``checker/verify/refs.py``).

Each case is a kind of citation problem an editor meets, written with new invented works
(ecology, economic history, hydrology) in several citation forms, so that the verdicts
are shown to follow from the kind of problem and not from the Danube article's strings.
The registry answers are the documented-shape fixtures listed in tests/data/registries.
"""

from __future__ import annotations

import pytest

from checker.model import FieldComparison
from checker.verify.enrich import enrich_fields
from checker.verify.reffindings import reference_findings
from checker.verify.refs import OTHER_EDITION, verify_references

NITROGEN = "Seasonal Nitrogen Flux in Alpine Meadow Soils"
NITROGEN_DOI = "10.5555/jme.2017.27.2.215"
GALICIA = "Remittances and Village Credit in Interwar Galicia"


@pytest.fixture
def crossref_search(httpserver, answer):
    def serve(name: str):
        httpserver.expect_request("/crossref/works").respond_with_json(answer(name))
    return serve


def nitrogen(ref, year: str, **more):
    """The alpine article cited author-year style (APA-like), with ``year`` as cited."""
    raw = (f"Fernández-López, M., & Wiśniewski, T. ({year}). Seasonal nitrogen flux in alpine meadow soils. "
           "Journal of Montane Ecology, 27(2), 215–238.")
    return ref(raw, title="Seasonal nitrogen flux in alpine meadow soils",
               author=("Fernández-López, María", "Wiśniewski, Tomasz"), year=year,
               container_title="Journal of Montane Ecology", volume="27", type="article", **more)


def galicia(ref, page: str):
    """The Galicia article in a Chicago note, cited at ``page``."""
    raw = f"Anna Kowalczyk, “{GALICIA},” Journal of Agrarian History 14, no. 4 (2013): {page}."
    reference = ref(raw, title=GALICIA, author=("Kowalczyk, Anna",), year="2013",
                    container_title="Journal of Agrarian History", volume="14", pages=page, type="article")
    from dataclasses import replace

    return replace(reference, note=2)  # in a note, the page is the page cited


@pytest.mark.parametrize(
    ("year", "verdict"),
    [
        pytest.param("2015", "mismatch", id="year_before_any_publication"),
        pytest.param("2016", "verified", id="online_first_year"),
        pytest.param("2017", "verified", id="print_year"),
        pytest.param("2019", "mismatch", id="year_after"),
    ],
)
def test_a_journal_article_cited_with_a_year(crossref_search, registries, fetch, ref, year, verdict):
    crossref_search("crossref_search_alpine.json")

    (check,) = verify_references([nitrogen(ref, year)], registries, fetch)

    assert check.verdict == verdict
    assert check.record.endswith(NITROGEN_DOI)  # never the same authors' phosphorus paper
    assert FieldComparison("year", year, "2016, 2017", verdict == "verified") in check.comparison


def test_wrong_year_finding_names_both_years(crossref_search, registries, fetch, ref):
    crossref_search("crossref_search_alpine.json")
    (check,) = verify_references([nitrogen(ref, "2015")], registries, fetch)
    (finding,) = reference_findings([check])
    assert finding.rule == "ref.mismatch"
    assert "year cited as '2015', record has '2016, 2017'" in finding.message
    assert check.added == ()


@pytest.mark.parametrize(
    ("page", "verdict"),
    [
        pytest.param("120", "mismatch", id="page_after_the_article"),
        pytest.param("118-20", "mismatch", id="range_running_past_the_end"),
        pytest.param("80", "mismatch", id="page_before_the_article"),
        pytest.param("89", "verified", id="first_page"),
        pytest.param("116", "verified", id="last_page"),
        pytest.param("102-4", "verified", id="abbreviated_range_inside"),
    ],
)
def test_the_cited_page_against_the_articles_range(crossref_search, registries, fetch, ref, page, verdict):
    crossref_search("crossref_search_galicia.json")
    (check,) = verify_references([galicia(ref, page)], registries, fetch)
    assert check.verdict == verdict
    assert [r.registry for r in check.comparison if r.field == "pages"] == ["89-116"]


def test_a_note_cited_at_a_page_gets_the_articles_range(crossref_search, registries, fetch, ref):
    crossref_search("crossref_search_galicia.json")
    reference = galicia(ref, "95")
    (check,) = verify_references([reference], registries, fetch)
    assert [(a.name, a.value) for a in check.added] == [("doi", "10.5555/jah.2013.14.4.89"), ("pages", "89-116")]


def rails(ref, publisher: str):
    raw = (f"KESSLER, Ferdinand. Rails across the Monarchy: Habsburg Railways, 1848–1918. Wien: {publisher}, "
           "2009. ISBN 978-0-555-12345-4.")
    return ref(raw, title="Rails across the Monarchy: Habsburg Railways, 1848–1918", author=("Kessler, Ferdinand",),
               year="2009", publisher=publisher, isbn="978-0-555-12345-4", type="book")


@pytest.fixture
def rails_edition(httpserver, answer, crossref_search):
    """Open Library's edition of the railway book (no authors of its own: they are on its work)."""
    crossref_search("crossref_search_empty.json")
    httpserver.expect_request("/ol/isbn/9780555123454.json").respond_with_data(
        "", status=302, headers={"Location": httpserver.url_for("/ol/books/OL7000001M.json")})
    httpserver.expect_request("/ol/books/OL7000001M.json").respond_with_json(answer("openlibrary_edition_rails.json"))
    httpserver.expect_request("/ol/works/OL7000002W.json").respond_with_json(answer("openlibrary_work_rails.json"))
    httpserver.expect_request("/ol/authors/OL7000003A.json").respond_with_json(answer("openlibrary_author_kessler.json"))


def test_a_book_found_by_isbn_with_another_publisher_is_verified_with_a_note(rails_edition, registries, fetch, ref):
    """An editor's call: a different publisher is most often an imprint, a co-edition or a
    reprint of the same book, so it is shown, never called a mismatch."""
    (check,) = verify_references([rails(ref, "Böhlau")], registries, fetch)
    assert (check.verdict, check.registry) == ("verified", "openlibrary")
    assert check.reason == OTHER_EDITION
    assert FieldComparison("publisher", "Böhlau", "Example Transport History Press", False) in check.comparison
    assert reference_findings([check]) == ()


def test_a_book_found_by_isbn_with_its_publisher(rails_edition, registries, fetch, ref):
    (check,) = verify_references([rails(ref, "Example Transport History")], registries, fetch)
    assert (check.verdict, check.reason) == ("verified", "")
    assert FieldComparison("publisher", "Example Transport History", "Example Transport History Press",
                           True) in check.comparison


@pytest.mark.parametrize(
    ("publisher", "isbn_added"),
    [
        pytest.param("Example Academic Press", True, id="same_publisher_gets_the_isbn"),
        pytest.param("Veda", False, id="another_edition_gets_no_isbn"),
    ],
)
def test_a_book_found_by_search_gets_an_isbn_only_from_its_own_edition(
    httpserver, answer, crossref_search, registries, fetch, ref, publisher, isbn_added
):
    crossref_search("crossref_search_empty.json")
    httpserver.expect_request("/ol/search.json").respond_with_json(answer("openlibrary_search_ports.json"))
    reference = ref(f"Horvátová, L. 2004. The Danube Ports in the Age of Steam. Bratislava: {publisher}.",
                    title="The Danube Ports in the Age of Steam", author=("Horvátová, Lenka",), year="2004",
                    publisher=publisher, type="book")

    (check,) = verify_references([reference], registries, fetch)

    assert check.verdict == "verified"
    assert [(a.name, a.value) for a in check.added] == ([("isbn", "9780555987650")] if isbn_added else [])


def test_a_fabricated_article_near_a_real_one_is_not_found(crossref_search, registries, fetch, ref):
    """Same author, journal, volume and year, and a title one place-name apart: not the same work."""
    crossref_search("crossref_search_bogs.json")
    reference = ref("NOVOTNÁ, Eliška. Hydrological Memory of Peat Bogs in the Šumava Mountains. "
                    "Wetlands Research Letters. 2014, 9, 45–61.",
                    title="Hydrological Memory of Peat Bogs in the Šumava Mountains", author=("Novotná, Eliška",),
                    year="2014", container_title="Wetlands Research Letters", volume="9", pages="45-61",
                    type="article")

    (check,) = verify_references([reference], registries, fetch)

    assert check.verdict == "not-found"
    assert check.added == ()
    assert check.suggestion.startswith("closest record (match score")
    assert "its title has “krkonose” where the citation has “sumava”" in check.suggestion
    assert FieldComparison("title", reference.get("title"),
                           "Hydrological Memory of Peat Bogs in the Krkonoše Mountains", False) in check.comparison
    assert enrich_fields(reference.fields, [reference], [check]) == reference.fields
    (finding,) = reference_findings([check])
    assert finding.rule == "ref.not-found"


def test_retraction_notice_from_retraction_watch(httpserver, answer, registries, fetch, ref):
    doi = "10.5555/aps.2019.31.402"
    httpserver.expect_request(f"/crossref/works/{doi}").respond_with_json(answer("crossref_work_mussels.json"))
    reference = ref(f"Malý, J., Veselá, H. (2019) Microplastic uptake by freshwater mussels in the Vltava River. "
                    f"Aquat. Pollut. Stud. 31: 402–418. https://doi.org/{doi}",
                    title="Microplastic uptake by freshwater mussels in the Vltava River",
                    author=("Malý, Jiří", "Veselá, Hana"), year="2019", container_title="Aquat. Pollut. Stud.",
                    volume="31", pages="402-418", doi=doi, type="article")

    (check,) = verify_references([reference], registries, fetch)

    assert check.verdict == "retracted"
    assert check.reason == "Retraction 2021-09-30, notice doi:10.5555/aps.2021.33.1"
    assert reference_findings([check])[0].severity == "error"


def test_corrigendum_makes_a_corrected_work(httpserver, answer, registries, fetch, ref):
    doi = "10.5555/rer.2018.12.3.301"
    httpserver.expect_request(f"/crossref/works/{doi}").respond_with_json(answer("crossref_work_floods.json"))
    reference = ref(f"Šimková P. Flood insurance and household savings in Moravia. Reg Econ Rev. "
                    f"2018;12(3):301-19. doi:{doi}", title="Flood insurance and household savings in Moravia",
                    author=("Šimková, Petra",), year="2018", container_title="Reg Econ Rev", volume="12",
                    pages="301-19", doi=doi, type="article")

    (check,) = verify_references([reference], registries, fetch)

    assert check.verdict == "corrected"
    assert check.reason == "Corrigendum 2019-02-04, notice doi:10.5555/rer.2019.13.1.99"
    assert check.added == ()
    assert reference_findings([check])[0].rule == "ref.corrected"


def test_a_doi_of_another_agency_that_names_another_work(httpserver, answer, crossref_search, registries, fetch, ref):
    doi = "10.5555/zenodo.777"
    httpserver.expect_request(f"/crossref/works/{doi}").respond_with_data("Resource not found.", status=404)
    httpserver.expect_request(f"/doi/{doi}").respond_with_json(answer("doiorg_csl_precipitation.json"))
    crossref_search("crossref_search_empty.json")
    reference = ref(f"Dvořáková, Ivana. 2020. “Urban Heat Islands in Central European Cities.” Climate and Cities 5: "
                    f"11–29. doi:{doi}.", title="Urban Heat Islands in Central European Cities",
                    author=("Dvořáková, Ivana",), year="2020", container_title="Climate and Cities", doi=doi,
                    type="article")

    (check,) = verify_references([reference], registries, fetch)

    assert (check.verdict, check.registry) == ("mismatch", "doiorg")
    assert check.reason == f"the cited DOI {doi} belongs to a different work"
    (finding,) = reference_findings([check])
    assert "Daily Precipitation Records, Brno Station" in finding.message
    assert check.added == ()


def test_429_with_retry_after_then_the_answer(httpserver, answer, registries, fetch, ref, sleeps, sleep):
    httpserver.expect_ordered_request("/crossref/works").respond_with_data(
        "Too Many Requests", status=429, headers={"Retry-After": "3"})
    httpserver.expect_ordered_request("/crossref/works").respond_with_json(
        answer("crossref_search_alpine.json"), headers={"x-rate-limit-limit": "5", "x-rate-limit-interval": "1s"})

    (check,) = verify_references([nitrogen(ref, "2017")], registries, fetch, sleep=sleep)

    assert check.verdict == "verified"
    assert sleeps == [3.0]


def test_open_library_down_leaves_a_book_unverifiable(httpserver, answer, crossref_search, registries, fetch, ref):
    crossref_search("crossref_search_empty.json")
    httpserver.expect_request("/ol/search.json").respond_with_data("Service Unavailable", status=503)
    reference = ref("Horvátová, L. 2004. The Danube Ports in the Age of Steam. Bratislava: Veda.",
                    title="The Danube Ports in the Age of Steam", author=("Horvátová, Lenka",), year="2004",
                    type="book")

    (check,) = verify_references([reference], registries, fetch, sleep=lambda s: None)

    assert check.verdict == "unverifiable"  # never not-found: one registry could not say
    assert check.reason == "Open Library down (HTTP 503)"


def test_a_registry_that_stays_down_is_asked_three_times_not_once_per_work(
    httpserver, registries, fetch, ref
):
    httpserver.expect_request("/crossref/works").respond_with_data("Bad Gateway", status=502)
    references = [nitrogen(ref, "2017", ref_id=f"r{i}", line=10 + i) for i in range(6)]

    checks = verify_references(references, registries, fetch, sleep=lambda s: None)

    assert [c.verdict for c in checks] == ["unverifiable"] * 6
    assert len(httpserver.log) == 3
    assert checks[-1].reason.startswith("Crossref down (HTTP 502; not asked: ")
    (finding,) = reference_findings(checks)  # one outage, one summary
    assert finding.message.startswith("6 cited works could not be checked against the registries: Crossref down")
