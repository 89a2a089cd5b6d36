"""verify_references: every verdict, against fake registries on 127.0.0.1 (tests ``checker/verify/refs.py``).

The cited strings are written like the notes of the seed papers (Chicago, ISO 690); the
registry answers are the documented-shape fixtures of ``tests/data/registries``.
"""

from __future__ import annotations

import pytest

from checker.model import AddedField, FieldComparison
from checker.verify.reffindings import reference_findings
from checker.verify.enrich import PROVENANCE, enrich_fields
from checker.verify.refs import verify_references

DANUBE = "Diplomacy on the Danube: Soviet Policy toward Central Europe, 1953–1964"
DANUBE_DOI = "10.5555/jcws.2009.11.3.89"
CHEM_DOI = "10.5555/jcat.2011.42.7"
RETRACTED_DOI = "10.5555/slavrev.2015.74.2.301"


def danube(ref, **changes):
    """The Danube article as a note would cite it; ``changes`` alter or drop (None) fields."""
    fields = dict(title=DANUBE, author=("Novák, Jan", "Horáková, Eva"), year="2009",
                  container_title="Journal of Cold War Studies", volume="11", type="article")
    fields.update(changes)
    fields = {k: v for k, v in fields.items() if v is not None}
    raw = f"Jan Novák and Eva Horáková, “{DANUBE},” Journal of Cold War Studies 11, no. 3 ({fields.get('year')})."
    return ref(raw, **fields)


@pytest.fixture
def crossref_search(httpserver, answer):
    def serve(name: str, status: int = 200, **headers):
        httpserver.expect_request("/crossref/works").respond_with_json(answer(name), status=status, headers=headers)
    return serve


def test_verified_adds_doi_and_page_range_with_their_source(crossref_search, registries, fetch, ref):
    crossref_search("crossref_search_danube.json", **{"x-rate-limit-limit": "50", "x-rate-limit-interval": "1s"})
    reference = danube(ref)

    (check,) = verify_references([reference], registries, fetch)

    assert check.verdict == "verified"
    assert check.registry == "crossref"
    record = check.record
    assert record.endswith(f"/crossref/works/{DANUBE_DOI}")
    assert check.added == (AddedField("doi", DANUBE_DOI, "crossref", record),
                           AddedField("pages", "89-116", "crossref", record))
    assert FieldComparison("year", "2009", "2009", True) in check.comparison
    assert check.asked == ("Crossref: 2 records",)
    assert reference_findings([check]) == ()
    enriched = enrich_fields(reference.fields, [reference], [check])
    assert enriched[: len(reference.fields)] == reference.fields
    added = {f.name: f for f in enriched[len(reference.fields):]}
    assert (added["doi"].value, added["doi"].source) == (DANUBE_DOI, f"crossref {record}")
    assert (added["pages"].value, added["pages"].source) == ("89-116", f"crossref {record}")
    assert added[PROVENANCE].value == f"doi from Crossref {record}; pages from Crossref {record}"


def test_wrong_year_is_a_mismatch_and_nothing_is_added(crossref_search, registries, fetch, ref):
    crossref_search("crossref_search_danube.json")
    reference = danube(ref, year="2008")

    (check,) = verify_references([reference], registries, fetch)

    assert check.verdict == "mismatch"
    assert FieldComparison("year", "2008", "2009", False) in check.comparison
    assert check.added == ()
    (finding,) = reference_findings([check])
    assert finding.rule == "ref.mismatch"
    assert "year cited as '2008', record has '2009'" in finding.message
    assert enrich_fields(reference.fields, [reference], [check]) == reference.fields


def test_cited_page_outside_the_article_is_a_mismatch(crossref_search, registries, fetch, ref):
    crossref_search("crossref_search_danube.json")
    (check,) = verify_references([danube(ref, pages="120")], registries, fetch)
    assert check.verdict == "mismatch"
    assert FieldComparison("pages", "120", "89-116", False) in check.comparison


def test_cited_page_inside_the_article_agrees(crossref_search, registries, fetch, ref):
    crossref_search("crossref_search_danube.json")
    (check,) = verify_references([danube(ref, pages="105-6")], registries, fetch)
    assert check.verdict == "verified"
    assert all(a.name != "pages" for a in check.added)  # the citation has pages of its own


def test_abbreviated_journal_agrees(crossref_search, registries, fetch, ref):
    crossref_search("crossref_search_danube.json")
    (check,) = verify_references([danube(ref, container_title="J. Cold War Stud.")], registries, fetch)
    assert check.verdict == "verified"


def test_not_found_names_every_registry_asked(httpserver, crossref_search, answer, registries, fetch, ref):
    crossref_search("crossref_search_empty.json")
    httpserver.expect_request("/ol/search.json").respond_with_json(answer("openlibrary_search_empty.json"))
    reference = ref("Jan Vymyšlený, Dějiny neexistující knihy (Praha: Nikde, 1999).",
                    title="Dějiny neexistující knihy", author=("Vymyšlený, Jan",), year="1999", type="book")

    (check,) = verify_references([reference], registries, fetch)

    assert check.verdict == "not-found"
    assert check.asked == ("Crossref: no record", "Open Library: no record")
    (finding,) = reference_findings([check])
    assert finding.rule == "ref.not-found"
    assert "asked Crossref, Open Library" in finding.message


def test_weak_match_is_only_a_suggestion(httpserver, crossref_search, registries, fetch, ref):
    crossref_search("crossref_search_near.json")
    reference = danube(ref, title="Soviet Policy in Hungary after 1956")

    (check,) = verify_references([reference], registries, fetch)

    assert check.verdict == "not-found"
    assert check.suggestion is not None and DANUBE_DOI in check.suggestion
    assert check.added == ()
    assert enrich_fields(reference.fields, [reference], [check]) == reference.fields
    assert "closest record" in reference_findings([check])[0].suggestion


def test_registry_down_is_unverifiable_not_a_pass(httpserver, registries, fetch, ref):
    httpserver.expect_request("/crossref/works").respond_with_data("Internal Server Error", status=500)
    (check,) = verify_references([danube(ref)], registries, fetch)
    assert check.verdict == "unverifiable"
    assert check.reason == "Crossref down (HTTP 500)"
    (finding,) = reference_findings([check])
    assert finding.rule == "ref.unverifiable"
    assert "Crossref down" in finding.message


def test_connection_refused_is_unverifiable(registry_urls, refused_url, fetch, ref):
    from checker.verify.registries import build_registries

    registries = build_registries({**registry_urls, "crossref": refused_url})
    (check,) = verify_references([danube(ref)], registries, fetch)
    assert check.verdict == "unverifiable"
    assert check.reason.startswith("Crossref down (")


def test_429_is_waited_out_then_verified(httpserver, answer, registries, fetch, ref, sleeps, sleep):
    for _ in range(2):
        httpserver.expect_ordered_request("/crossref/works").respond_with_data(
            "Too Many Requests", status=429, headers={"Retry-After": "1"})
    httpserver.expect_ordered_request("/crossref/works").respond_with_json(answer("crossref_search_danube.json"))

    (check,) = verify_references([danube(ref)], registries, fetch, sleep=sleep)

    assert check.verdict == "verified"
    assert sleeps == [1.0, 1.0]


def test_429_that_persists_is_unverifiable_rate_limited(httpserver, registries, fetch, ref, sleeps, sleep):
    httpserver.expect_request("/crossref/works").respond_with_data("Too Many Requests", status=429)
    (check,) = verify_references([danube(ref)], registries, fetch, sleep=sleep)
    assert check.verdict == "unverifiable"
    assert "rate-limited" in check.reason
    assert sleeps == [1.0, 2.0, 4.0]


def test_retracted_work(httpserver, answer, registries, fetch, ref):
    httpserver.expect_request(f"/crossref/works/{RETRACTED_DOI}").respond_with_json(answer("crossref_work_retracted.json"))
    reference = ref("Ivan Petrov, “Grain Exports and Famine Relief in the Volga Region, 1921–1922,” Slavic Review 74 (2015).",
                    title="Grain Exports and Famine Relief in the Volga Region, 1921–1922", author=("Petrov, Ivan",),
                    year="2015", container_title="Slavic Review", doi=RETRACTED_DOI, type="article")

    (check,) = verify_references([reference], registries, fetch)

    assert check.verdict == "retracted"
    assert check.reason == "Retraction 2018-03-02, notice doi:10.5555/slavrev.2018.77.1.1"
    assert check.added == ()
    (finding,) = reference_findings([check])
    assert (finding.rule, finding.severity) == ("ref.retracted", "error")


def test_corrected_work(httpserver, answer, registries, fetch, ref):
    doi = "10.5555/eas.2012.64.4.610"
    httpserver.expect_request(f"/crossref/works/{doi}").respond_with_json(answer("crossref_work_corrected.json"))
    reference = ref("Mária Kováčová, “Party Membership and Regional Elites in Slovakia,” Europe-Asia Studies 64, no. 4 (2012).",
                    title="Party Membership and Regional Elites in Slovakia", author=("Kováčová, Mária",),
                    year="2012", container_title="Europe-Asia Studies", doi=doi, type="article")
    (check,) = verify_references([reference], registries, fetch)
    assert check.verdict == "corrected"
    assert reference_findings([check])[0].rule == "ref.corrected"


def test_doi_of_another_work_with_the_right_work_found_by_search(httpserver, answer, crossref_search, registries, fetch, ref):
    httpserver.expect_request(f"/crossref/works/{CHEM_DOI}").respond_with_json(answer("crossref_work_chemistry.json"))
    crossref_search("crossref_search_danube.json")

    (check,) = verify_references([danube(ref, doi=CHEM_DOI)], registries, fetch)

    assert check.verdict == "mismatch"
    assert FieldComparison("doi", CHEM_DOI, DANUBE_DOI, False) in check.comparison
    assert "doi cited as" in reference_findings([check])[0].message
    assert not any(r.path.startswith("/doi/") for r, _ in httpserver.log)  # Crossref had the DOI's record


def test_doi_of_another_work_and_no_record_of_the_cited_one(httpserver, answer, crossref_search, registries, fetch, ref):
    httpserver.expect_request(f"/crossref/works/{CHEM_DOI}").respond_with_json(answer("crossref_work_chemistry.json"))
    crossref_search("crossref_search_empty.json")

    (check,) = verify_references([danube(ref, doi=CHEM_DOI)], registries, fetch)

    assert check.verdict == "mismatch"
    assert check.reason == f"the cited DOI {CHEM_DOI} belongs to a different work"
    (finding,) = reference_findings([check])
    assert finding.message.startswith("The cited DOI belongs to a different work: Smith, Alice; Zhang, Wei (2011)")


def test_doi_of_another_agency_is_verified_through_doi_org(httpserver, answer, registries, fetch, ref):
    httpserver.expect_request("/crossref/works/10.5555/zenodo.12345").respond_with_data("Resource not found.", status=404)
    httpserver.expect_request("/doi/10.5555/zenodo.12345").respond_with_json(answer("doiorg_csl_dataset.json"))
    reference = ref("DVOŘÁK, Petr. Czech Parliamentary Debates Corpus, 1993–2013. Zenodo, 2016. doi:10.5555/zenodo.12345",
                    title="Czech Parliamentary Debates Corpus, 1993–2013", author=("Dvořák, Petr",), year="2016",
                    doi="10.5555/zenodo.12345")
    (check,) = verify_references([reference], registries, fetch)
    assert (check.verdict, check.registry) == ("verified", "doiorg")
    assert check.asked == ("Crossref: no Crossref record for DOI 10.5555/zenodo.12345", "doi.org: 1 record")


def test_book_by_isbn_from_open_library(httpserver, answer, registries, fetch, ref):
    httpserver.expect_request("/ol/isbn/9780306406157.json").respond_with_json(answer("openlibrary_edition_coldwar.json"))
    httpserver.expect_request("/ol/authors/OL2000001A.json").respond_with_json(answer("openlibrary_author_dvorak.json"))
    httpserver.expect_request("/crossref/works").respond_with_json(answer("crossref_search_empty.json"))
    reference = ref("Karel Dvořák, The Cold War in Central Europe (Praha: Example Academic Press, 1998).",
                    title="The Cold War in Central Europe", author=("Dvořák, Karel",), year="1998",
                    isbn="0-306-40615-2", type="book")
    (check,) = verify_references([reference], registries, fetch)
    assert (check.verdict, check.registry) == ("verified", "openlibrary")
    assert check.added == ()  # the ISBN was cited already; a book has no page range to add


def test_book_search_accepts_any_edition_year_but_adds_no_isbn(httpserver, answer, registries, fetch, ref):
    httpserver.expect_request("/crossref/works").respond_with_json(answer("crossref_search_empty.json"))
    httpserver.expect_request("/ol/search.json").respond_with_json(answer("openlibrary_search_velvet.json"))
    reference = ref("Oskar Krejčí, Velvet Transitions (Praha: Example Press, 2001).", title="Velvet Transitions",
                    author=("Krejčí, Oskar",), year="2001", type="book")
    (check,) = verify_references([reference], registries, fetch)
    assert check.verdict == "verified"
    assert check.added == ()


def test_offline_without_recordings_gives_one_summary_per_document(ref):
    references = [danube(ref, ref_id=f"r{i}", line=10 + i) for i in range(4)]
    references.append(danube(ref, ref_id="other", document="second-paper"))

    checks = verify_references(references, (), None, offline=True)

    assert [c.verdict for c in checks] == ["unverifiable"] * 5
    findings = reference_findings(checks)
    assert [(f.rule, f.location.document) for f in findings] == [
        ("ref.unverifiable", "paper"), ("ref.unverifiable", "second-paper")]
    assert findings[0].message.startswith("4 cited works could not be checked against the registries: offline")
    assert "--record" in findings[0].suggestion


def test_short_forms_and_ibid_are_not_looked_up(ref):
    short = danube(ref)
    from dataclasses import replace

    assert verify_references([replace(short, kind="ibid"), replace(short, kind="short")], (), None) == ()


def test_web_pages_and_bare_notes_are_not_sent_to_registries(registries, fetch, ref, httpserver):
    page = ref("NATO, “Founding Act,” https://www.nato.int/x (accessed 2014).", title="Founding Act", type="web page")
    bare = ref("Interview with the author, Prague, 2012.")
    checks = verify_references([page, bare], registries, fetch)
    assert [c.verdict for c in checks] == ["unverifiable", "unverifiable"]
    assert checks[0].reason == "not a kind of work the registries hold: web page"
    assert checks[1].reason == "no title, DOI or ISBN to look up"
    assert httpserver.log == []


def test_a_web_page_with_a_url_gets_no_registry_finding(registries, fetch, ref):
    """Its URL is verified by the URL stage; a registry 'unverifiable' would be noise."""
    page = ref("NATO, “Founding Act,” https://www.nato.int/x (accessed 2014).", title="Founding Act",
               type="web page", url="https://www.nato.int/x")
    hearing = ref("Executive Sessions of the Senate Foreign Relations Committee (1959) 56-65.",
                  title="Executive Sessions of the Senate Foreign Relations Committee", type="hearing")
    checks = verify_references([page, hearing], registries, fetch)
    assert [c.verdict for c in checks] == ["unverifiable", "unverifiable"]
    assert [f.evidence[0].quote for f in reference_findings(checks)] == [hearing.raw]


def test_enrichment_never_replaces_a_field_the_work_has(crossref_search, registries, fetch, ref):
    crossref_search("crossref_search_danube.json")
    reference = danube(ref)
    (check,) = verify_references([reference], registries, fetch)
    from checker.model import Field

    work_fields = (*reference.fields, Field("doi", "10.5555/as-cited"))
    enriched = enrich_fields(work_fields, [reference], [check])
    assert [f.value for f in enriched if f.name == "doi"] == ["10.5555/as-cited"]
    assert [f.name for f in enriched[len(work_fields):]] == ["pages", PROVENANCE]
