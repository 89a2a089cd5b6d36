"""refmatch: citecheck's own comparison of a cited reference with a registry record."""

from __future__ import annotations

import pytest

from checker.model import Candidate, Name
from checker.verify.refmatch import (
    CONTAINER_AGREES, SAME_AUTHOR, SAME_TITLE, SUGGEST, TITLE_ALONE, WEIGHTS, author_score, compare, container_score,
    match_score, page_ranges, publisher_agrees, same_work, title_conflict, title_score,
)

from .conftest import make_reference

RECORD = Candidate(
    registry="crossref", record="r", title="Diplomacy on the Danube: Soviet Policy toward Central Europe, 1953–1964",
    authors=(Name("Novák", "Jan"),), years=("2009",), container=("Journal of Cold War Studies",),
    volume="11", pages="89-116", doi="10.5555/jcws.2009.11.3.89",
)


@pytest.mark.parametrize(
    ("cited", "same"),
    [
        pytest.param("Diplomacy on the Danube: Soviet Policy toward Central Europe, 1953–1964", True, id="exact"),
        pytest.param("Diplomacy on the Danube", True, id="subtitle_left_out"),
        pytest.param("DIPLOMACY ON THE DANUBE. SOVIET POLICY TOWARD CENTRAL EUROPE 1953-1964", True, id="iso690_caps"),
        pytest.param("Diplomacy on the Danub: Soviet Policy towards Central Europe", True, id="small_typos"),
        pytest.param("Soviet Policy in Hungary after 1956", False, id="other_paper_same_field"),
        pytest.param("Catalytic Oxidation of Methane", False, id="unrelated"),
    ],
)
def test_title_score(cited, same):
    assert (title_score(cited, RECORD.title) >= 88) is same


@pytest.mark.parametrize(
    ("cited", "score_at_least", "score_below"),
    [
        pytest.param(Name("Novák", "J."), 100, None, id="same_family"),
        pytest.param(Name("Novak", "Jan"), 100, None, id="accent_dropped"),
        pytest.param(Name("NOVÁK", "Jan"), 100, None, id="iso690_caps"),
        pytest.param(Name("Nowak", "Jan"), 80, None, id="transliterated"),
        pytest.param(Name("Svoboda", "Petr"), None, 50, id="another_author"),
    ],
)
def test_author_score(cited, score_at_least, score_below):
    score = author_score((cited,), RECORD.authors)
    if score_at_least is not None:
        assert score >= score_at_least
    if score_below is not None:
        assert score < score_below


def test_author_score_is_none_without_authors():
    assert author_score((), RECORD.authors) is None


@pytest.mark.parametrize(
    ("cited", "agrees"),
    [
        pytest.param("Journal of Cold War Studies", True, id="same"),
        pytest.param("J. Cold War Stud.", True, id="iso4_abbreviation"),
        pytest.param("Journal of cold war studies", True, id="case"),
        pytest.param("Slavic Review", False, id="other_journal"),
    ],
)
def test_container_score(cited, agrees):
    assert (container_score(cited, RECORD.container) >= 70) is agrees


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        pytest.param("89–116", ((89, 116),), id="en_dash"),
        pytest.param("pp. 89-116", ((89, 116),), id="pp_prefix"),
        pytest.param("120", ((120, 120),), id="pinpoint"),
        pytest.param("105-6", ((105, 106),), id="abbreviated_end"),
        pytest.param("s. 12, 15–17", ((12, 12), (15, 17)), id="czech_s_and_list"),
        pytest.param("e1234", (), id="article_number"),
        pytest.param("", (), id="none"),
    ],
)
def test_page_ranges(text, ranges):
    assert page_ranges(text) == ranges


def test_compare_lists_every_field_with_agreement(ref):
    reference = ref("x", title="Diplomacy on the Danube", author=("Novák, Jan",), year="2008",
                    container_title="Journal of Cold War Studies", volume="12", pages="120")
    match = compare(reference, RECORD)
    rows = {r.field: r.agrees for r in match.rows}
    assert rows == {"title": True, "author": True, "year": False, "container": True, "volume": False,
                    "pages": False, "doi": None}
    assert match.same_work
    assert match.differs == ("year", "volume", "pages")


def test_title_alone_needs_the_year_to_be_the_same_work(ref):
    no_author = ref("x", title=RECORD.title, year="2009")
    assert compare(no_author, RECORD).same_work
    assert not compare(ref("x", title=RECORD.title, year="1999"), RECORD).same_work


def test_score_is_not_the_registrys(ref):
    reference = ref("x", title=RECORD.title, author=("Novák, Jan",), year="2009",
                    container_title="Journal of Cold War Studies")
    assert compare(reference, RECORD).score == 100.0


@pytest.mark.parametrize(
    ("cited_type", "record_type", "same"),
    [
        pytest.param("book", "journal-article", False, id="book_cited_article_found"),
        pytest.param("article", "monograph", False, id="article_cited_book_found"),
        pytest.param("article", "journal-article", True, id="article"),
        pytest.param("other", "journal-article", True, id="unknown_type_cited"),
        pytest.param("book", "", True, id="record_without_type"),
    ],
)
def test_a_book_and_an_article_of_one_title_are_different_works(ref, cited_type, record_type, same):
    from dataclasses import replace

    reference = ref("x", title=RECORD.title, author=("Novák, Jan",), year="2009", type=cited_type)
    assert compare(reference, replace(RECORD, type=record_type)).same_work is same


@pytest.mark.parametrize(
    ("cited", "record", "agrees"),
    [
        pytest.param("89-116", "89-116", True, id="article_range"),
        pytest.param("120", "89-116", False, id="pinpoint_after_the_article"),
        pytest.param("85", "89-116", False, id="pinpoint_before_the_article"),
        pytest.param("3-14", "3", True, id="record_gives_first_page_only"),
        pytest.param("12", "3", None, id="pinpoint_unknown_without_last_page"),
        pytest.param("1", "3", False, id="before_the_first_page"),
        pytest.param("xii", "3-14", None, id="roman_not_compared"),
    ],
)
def test_cited_pages_against_the_record(ref, cited, record, agrees):
    from dataclasses import replace

    match = compare(ref("x", title=RECORD.title, pages=cited), replace(RECORD, pages=record))
    (row,) = [r for r in match.rows if r.field == "pages"]
    assert row.agrees is agrees


def test_a_volume_that_is_the_records_issue_is_not_a_mismatch(ref):
    from dataclasses import replace

    # "Journal of Cold War Studies 11, no. 3": a damaged parse may keep 3 as the volume.
    match = compare(ref("x", title=RECORD.title, volume="3"), replace(RECORD, issue="3"))
    assert "volume" not in match.differs
    assert "volume" in compare(ref("x", title=RECORD.title, volume="4"), replace(RECORD, issue="3")).differs


@pytest.mark.parametrize(
    ("cited", "record", "conflict"),
    [
        pytest.param("The Politics of Memory in Post-Communist Poland", "The Politics of Memory in Post-Communist Hungary",
                     (("poland",), ("hungary",)), id="place_swapped"),
        pytest.param("The Origins of the Cold War in Europe", "The End of the Cold War in Europe",
                     (("origins",), ("end",)), id="short_word_swapped"),
        pytest.param("Soviet Policy toward Yugoslavia, 1953–1956", "Soviet Policy toward Yugoslavia, 1948–1953",
                     (("1956",), ("1948",)), id="years_swapped"),
        pytest.param("Vztahy Ruska a NATO", "Vztahy Ruska a EU", (("nato",), ("eu",)), id="acronym_swapped_czech"),
        pytest.param("Images of the Adversary", "Images of the Adversary: NATO Assessments of the Soviet Union",
                     ((), ()), id="subtitle_left_out"),
        pytest.param("The Politics of Memory in Post-Communist Poland", "The Politics of Memory in Postcommunist Poland",
                     ((), ()), id="compound_joined"),
        pytest.param("Politcs of Memmory in Post-Comunist Poland", "The Politics of Memory in Post-Communist Poland",
                     ((), ()), id="ocr_slips"),
        pytest.param("Soviet Policy toward Yugoslavia, 1953–64", "Soviet Policy toward Yugoslavia, 1953–1964",
                     ((), ()), id="abbreviated_year"),
        pytest.param("Vneshnyaya politika Kozyreva", "Vneshnyaya politika Kozyrewa", ((), ()), id="transliteration"),
        pytest.param("Rails across the Monarchy: Habsburg Railways", "Rails across the Monarchy: Habsburg Railways, 1848–1918",
                     ((), ()), id="dates_left_out"),
    ],
)
def test_title_conflict(cited, record, conflict):
    assert title_conflict(cited, record) == conflict


def test_a_near_title_by_the_same_author_is_not_the_same_work():
    """Scores above SAME_TITLE, yet a word of the title is replaced: at most a suggestion."""
    record = Candidate(registry="crossref", record="r", title="Hydrological Memory of Peat Bogs in the Krkonoše Mountains",
                       authors=(Name("Novotná", "Eliška"),), years=("2014",), container=("Wetlands Research Letters",))
    cited = make_reference("x", title="Hydrological Memory of Peat Bogs in the Šumava Mountains",
                           author=("Novotná, Eliška",), year="2014", container_title="Wetlands Research Letters")
    assert title_score(cited.get("title"), record.title) >= SAME_TITLE
    match = compare(cited, record)
    assert not match.same_work
    assert match.score >= SUGGEST
    assert match.conflict == (("sumava",), ("krkonose",))


@pytest.mark.parametrize(
    ("title", "author", "year", "container", "same"),
    [
        pytest.param(SAME_TITLE, SAME_AUTHOR, None, None, True, id="both_at_threshold"),
        pytest.param(SAME_TITLE - 0.1, 100.0, True, 100.0, False, id="title_just_below"),
        pytest.param(100.0, SAME_AUTHOR - 0.1, True, 100.0, False, id="author_just_below"),
        pytest.param(TITLE_ALONE, None, True, None, True, id="no_author_title_alone_with_year"),
        pytest.param(TITLE_ALONE - 0.1, None, True, 100.0, False, id="no_author_title_just_below"),
        pytest.param(TITLE_ALONE, None, False, CONTAINER_AGREES, True, id="no_author_journal_at_threshold"),
        pytest.param(TITLE_ALONE, None, False, CONTAINER_AGREES - 0.1, False, id="no_author_journal_just_below"),
        pytest.param(100.0, None, None, None, False, id="title_alone_with_nothing_else"),
        pytest.param(None, 100.0, True, 100.0, False, id="no_title"),
    ],
)
def test_same_work_thresholds_at_the_boundary(title, author, year, container, same):
    assert same_work(title, author, year, container) is same


def test_match_score_weights():
    assert WEIGHTS == {"title": 0.5, "author": 0.25, "year": 0.15, "container": 0.1}
    assert match_score({"title": 100.0, "author": 100.0, "year": 0.0, "container": 100.0}) == 85.0
    assert match_score({"title": 80.0, "author": None, "year": None, "container": None}) == 80.0
    assert match_score({"title": None, "author": 100.0, "year": 100.0, "container": 100.0}) == 0.0


@pytest.mark.parametrize(
    ("cited", "record", "agrees"),
    [
        pytest.param("Rowman and Littlefield Publishers, Inc", "Rowman & Littlefield", True, id="suffixes"),
        pytest.param("Cambridge UP", "Cambridge University Press", True, id="up"),
        pytest.param("Nakladatelství Academia", "Academia", True, id="czech_imprint_word"),
        pytest.param("Veda", "Example Academic Press", False, id="another_house"),
        pytest.param("Press", "Example Academic Press", None, id="nothing_left_to_compare"),
    ],
)
def test_publisher_agrees(cited, record, agrees):
    assert publisher_agrees(cited, record) is agrees


def test_a_different_publisher_is_shown_but_is_never_a_mismatch():
    record = Candidate(registry="openlibrary", record="r", title="The Danube Ports in the Age of Steam",
                       authors=(Name("Horvátová", "Lenka"),), years=("2004",), publisher="Example Academic Press",
                       type="book")
    cited = make_reference("x", title="The Danube Ports in the Age of Steam", author=("Horvátová, Lenka",),
                           year="2004", publisher="Veda", type="book")
    match = compare(cited, record)
    assert match.same_work and match.differs == ()
    assert [r.agrees for r in match.rows if r.field == "publisher"] == [False]
