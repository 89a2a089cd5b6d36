"""refmatch: citecheck's own comparison of a cited reference with a registry record."""

from __future__ import annotations

import pytest

from checker.model import Candidate, Name
from checker.verify.refmatch import author_score, compare, container_score, page_ranges, title_score

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
