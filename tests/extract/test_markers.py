"""Tests for checker/extract/markers.py: which glued numbers are note markers."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.extract.markers import glued_markers, numbering_restarts_per_page

from .conftest import make_document


@pytest.mark.parametrize(
    ("line", "numbers"),
    [
        pytest.param("aggression possessed by the USSR beginning in 1949.1 Much of Europe", [1], id="after_year_and_period"),
        pytest.param("created the North Atlantic Treaty Organization (NATO).2 It functioned", [2], id="after_bracket_period"),
        pytest.param("the security of the North Atlantic area.”3", [3], id="after_closing_quote"),
        pytest.param("promoted by the Soviet Union.4 Furthermore,", [4], id="after_period"),
        pytest.param("premier led to his political downfall in 1964-1965.22 In tangent", [22], id="after_year_range"),
        pytest.param("in the Warsaw pact1. NATO aimed", [1], id="glued_to_word"),
        pytest.param("signing the Founding Act3. This act", [3], id="glued_to_capitalised_word"),
        pytest.param("which for them means “co-management.4”", [4], id="inside_quotes"),
        pytest.param("Russia sent its troops to Kosovo8 to join the KFOR forces.9", [8, 9], id="two_on_one_line"),
        pytest.param("fails to respect “international commitments”15 hence", [15], id="quote_then_number"),
        pytest.param("NATO must provide security beyond just Europe.“20 Whether", [20], id="czech_quote"),
        pytest.param("position does not weaken this.” (Kozyrev, 1993, p. 5)2 The", [2], id="after_citation"),
        pytest.param("the power of the state³ and", [3], id="superscript_digit"),
        pytest.param("food for 36 days and coal for 45.¹ General Clay", [1], id="superscript_after_number"),
        pytest.param("the Czech presidency ended in Brno.3 Když", [3], id="after_czech_word"),
        pytest.param("rozsudek z 22. 10. 2014 (č. j. 8 As 55/2012-62).2 Senát", [2], id="after_case_number_with_slash"),
        pytest.param("zákona č. 106/1999 Sb.,3 který", [3], id="after_law_number"),
        pytest.param("À partir de 1853³, les commissaires", [3], id="superscript_after_year"),
        pytest.param("le «\u00a0théâtre de la rue\u00a0»² devienne", [2], id="superscript_after_guillemet"),
        pytest.param("la salle⁶\u00a0; les spectateurs et porte-parole¹⁰.", [6, 10], id="superscripts_french_typography"),
        pytest.param("les délégués de l’ONU¹ et", [1], id="superscript_after_capitals"),
    ],
)
def test_glued_markers_found(line, numbers):
    assert [n for n, _ in glued_markers(line)] == numbers


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("tensions rose in 1949 and again", id="year"),
        pytest.param("Specifically, Article 5 of the treaty and Article 51 of the Charter", id="article_numbers"),
        pytest.param("from 32 percent in 1990 to 13 percent in 1992", id="quantities"),
        pytest.param("Russia joined the G-7 in 1992 and the G7 later", id="g7"),
        pytest.param("NATO Assessments of the Soviet Union, 1953–1964”", id="year_range"),
        pytest.param("the 2020 nerve gas attack", id="year_before_noun"),
        pytest.param("[cit. 2014-07-22]. Dostupné", id="iso_date"),
        pytest.param("After 9/11, in the context", id="nine_eleven"),
        pytest.param("1.1 The new era: 2.3 Georgia grew by 3.5 percent", id="section_and_decimal"),
        pytest.param("the revision of START I and the CFE, the 21st century", id="ordinals_and_acronyms"),
        pytest.param("see p.5 and pp.12-14, vol.3, no.2", id="page_and_volume_refs"),
        pytest.param("a 1,000 strong force at 10:30", id="thousands_and_time"),
        pytest.param("http://www.nato.int/cps/en/natolive/topics_50090.htm", id="inside_url"),
        pytest.param("an area of 3 km² and 10 m²", id="superscript_unit"),
        pytest.param("some 10⁶ cells and 2³ states", id="superscript_power"),
        pytest.param("ČR2 ÚV3 capital letters before digits", id="capitals_before_digits"),
        pytest.param("see nato.int/docu/review2 and /cps/en/topics3 there", id="web_path_without_scheme"),
    ],
)
def test_not_markers(line):
    assert glued_markers(line) == []


def test_spaced_and_torn_markers_count_only_where_the_numbering_expects_them():
    doc = make_document(
        "They sent troops to Kosovo8 and the KFOR forces.9\n"
        "He was more pro-NATO oriented than Yeltsin. 10\n"
        "The talks resumed later.11 The soldiers left Afghanistan.\n"
        "\n"
        "12\n"
        "\n"
        "Some say it is now more conservative than the members13. It was founded in\n"
        "1949. 5\n"
    )
    numbers = [m.number for m in extract(doc).markers]
    assert numbers == [8, 9, 10, 11, 12, 13]


def test_markers_carry_line_page_and_context():
    doc = make_document("Intro line.\nTensions rose in 1949.1 Much of Europe felt threatened.")
    (marker,) = extract(doc).markers
    assert (marker.number, marker.location.line, marker.location.page) == (1, 2, 1)
    assert "1949.1" in marker.context


def test_seed_000_markers_run_1_to_57(seed_extractions):
    markers = seed_extractions["000"].markers
    assert [m.number for m in markers] == list(range(1, 58))
    assert (markers[0].location.line, markers[21].location.line) == (81, 439)


def test_seed_001_markers_including_spaced_and_torn(seed_extractions):
    found = {(m.number, m.location.line) for m in seed_extractions["001"].markers}
    assert [n for n, _ in sorted(found, key=lambda p: p[1])] == list(range(1, 24))
    for pair in [(1, 14), (3, 36), (4, 45), (8, 110), (9, 110), (10, 112), (14, 175), (15, 178),
                 (18, 226), (19, 231), (20, 232), (22, 265), (23, 268)]:
        assert pair in found


def test_seed_002_markers_and_dates_that_are_not(seed_extractions):
    markers = seed_extractions["002"].markers
    assert [(m.number, m.location.line) for m in markers] == [(1, 44), (2, 103), (3, 172), (4, 417)]


PER_PAGE = (
    "The law was passed in 1999.1 It was amended.2\n\n1 Zákon č. 106/1999 Sb.\n2 Tamtéž, s. 4.\n"
    "                                   1\n"
    "The court ruled in 2014.1 The ruling stood.2\n\n1 Rozsudek NSS ze dne 22. 10. 2014, č. j. 8 As 55/2012-62.\n"
    "                                   2\n"
    "The Constitutional Court agreed.1\n\n1 Nález Ústavního soudu ze dne 17. 10. 2017, sp. zn. IV. ÚS 1378/16.\n"
    "                                   3\n"
)


def test_numbering_that_restarts_on_every_page_is_kept_apart_by_page():
    extraction = extract(make_document(PER_PAGE))
    assert numbering_restarts_per_page(extraction.markers)
    assert [(n.number, n.location.page) for n in extraction.notes] == [(1, 1), (2, 1), (1, 2), (1, 3)]
    assert [[m.line for m in n.markers] for n in extraction.notes] == [[1], [1], [6], [10]]
    # Page 2's marker 2 has no note; nothing else is wrong with the numbering.
    assert [(f.rule, f.location.line, f.message) for f in extraction.findings] == [
        ("note.missing-text", 6, "Note 2 on page 2 is marked in the text but its note text is missing")]


def test_continuous_numbering_is_not_per_page(seed_extractions):
    assert not numbering_restarts_per_page(seed_extractions["000"].markers)
    assert not numbering_restarts_per_page(seed_extractions["001"].markers)


@pytest.mark.parametrize(
    ("line", "numbers"),
    [
        pytest.param("a capital of little more than £300.1 Within ten years", [1], id="after_a_sum_ending_a_sentence"),
        pytest.param("the fund paid out $1,200.2 The committee", [2], id="after_a_sum_with_thousands"),
        pytest.param("a positive effect (β = 0.21, p < .001), and", [], id="leading_zero"),
        pytest.param("a loan of £3.5 million from the bank", [], id="decimal_sum"),
        pytest.param("the score rose to 45.1 Much later", [], id="decimal_before_capital"),
    ],
)
def test_numbers_after_sums_and_decimals(line, numbers):
    assert [n for n, _ in glued_markers(line)] == numbers


def test_an_excerpt_whose_markers_open_high_keeps_them():
    doc = make_document(
        "courts have said as much.41 The second half does not, at the time,42 and the Court\n"
        "said what “a reasonable person would have known.”43 A recording shows it.44\n"
    )
    assert [m.number for m in extract(doc).markers] == [41, 42, 43, 44]


def test_a_lone_high_number_is_still_a_stray():
    doc = make_document("It began in 1949.1 It grew.2 See the table.87 It ended.3\n")
    assert [m.number for m in extract(doc).markers] == [1, 2, 3]


def test_a_number_after_capitals_is_a_marker_only_where_the_numbering_expects_it():
    text = "The parties1 and the unions2 spoke to the OSCE3. Its staff counted 40 G7 states in the OSCE12.\n"
    assert [m.number for m in extract(make_document(text)).markers] == [1, 2, 3]


def test_a_spaced_marker_after_a_quote_and_a_stop():
    text = "the first note1 and the second,2 then \"a quoted phrase\". 3\nand a fourth.4\n"
    assert [m.number for m in extract(make_document(text)).markers] == [1, 2, 3, 4]
