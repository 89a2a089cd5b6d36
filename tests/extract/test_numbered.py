"""Tests for checker/extract/numbered.py and ``cite.numeric-unmatched``: bracketed numeric citations."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.extract.numbered import cited_numbers

from .conftest import make_document

LIST = "\nReferences\n[1] A. Smith, Title one, 2001.\n[2] B. Jones, Title two, 2002.\n[3] C. Brown, Title three, 2003.\n"


@pytest.mark.parametrize(
    ("inner", "upto", "expected"),
    [
        pytest.param("1", None, (1,), id="single"),
        pytest.param("2, 3", None, (2, 3), id="list"),
        pytest.param("4–6", None, (4, 5, 6), id="en_dash_range"),
        pytest.param("2,5-7", None, (2, 5, 6, 7), id="list_and_range"),
        pytest.param("11", "13", (11, 12, 13), id="ieee_bracket_range"),
        pytest.param("6-4", None, (), id="backward_range"),
        pytest.param("1-900", None, (), id="implausibly_wide_range"),
        pytest.param("0, 1", None, (), id="interval_from_zero"),
    ],
)
def test_cited_numbers(inner, upto, expected):
    assert cited_numbers(inner, upto) == expected


def test_brackets_in_the_body_are_numeric_citations_not_markers():
    ex = extract(make_document("Links rot [1] and drift [2, 3], see [1]–[3]." + LIST))
    assert [(c.numbers, c.raw) for c in ex.numeric_citations] == [((1,), "[1]"), ((2, 3), "[2, 3]"), ((1, 2, 3), "[1]–[3]")]
    assert ex.markers == () and ex.findings == ()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("as shown in [Smith 2001] and [sic] and [online].", id="not_numbers"),
        pytest.param("the year [2019] in brackets", id="four_digits"),
    ],
)
def test_not_numeric_citations(text):
    assert extract(make_document(text + LIST)).numeric_citations == ()


def test_number_missing_from_the_list_is_reported_once():
    ex = extract(make_document("Links rot [4] and [2, 4]." + LIST))
    assert [(f.rule, f.message) for f in ex.findings] == [
        ("cite.numeric-unmatched", "Reference [4] is cited but the reference list has no entry 4")]


def test_bracketed_citations_without_a_numbered_list_are_one_finding():
    ex = extract(make_document("Links rot [1] and drift [2].\nThe end of the text."))
    assert [(f.rule, f.message) for f in ex.findings] == [
        ("cite.numeric-unmatched", "The text has 2 bracketed citations but no numbered reference list")]


def test_bracketed_numbers_of_the_documents_notes_are_not_reported():
    text = "Links rot [1] and drift.[2] The end.\n" + " " * 48 + "\n1 A. Smith, Title (London: Verso, 2001), 3.\n2 B. Jones, Title (Paris: Seuil, 2002), 4.\n"
    assert [f.rule for f in extract(make_document(text)).findings if f.rule == "cite.numeric-unmatched"] == []


# --- superscript reference numbers flattened into words (a numbered list, no notes) --------------

NATURE_LIST = (
    "\nReferences\n1. Berg, T. & Olsen, K. Moss cover on scree slopes. Alp. Bot. 3, 10–19 (2011).\n"
    "2. Lund, P. Frost heave and seedlings. Polar Ecol. 7, 44–50 (2014).\n"
    "3. Ivers, M. Snowbeds in decline. Mt. Res. 12, 1–9 (2016).\n"
    "4. Dahl, R. Grazing and lichens. Arct. Biol. 5, 77–80 (2019).\n"
)
SUPERSCRIPT_BODY = (
    "Lichen mats shelter moss seedlings on scree3,4, and frost heave\n"
    "kills most of the rest (ref. 2). Earlier surveys1–3 missed this, as noted\n"
    "in refs. 1,4 and by grazing studies4.\n"
)


def test_superscripts_call_a_numbered_list_in_a_paper_without_notes():
    ex = extract(make_document(SUPERSCRIPT_BODY + NATURE_LIST))
    assert [(c.numbers, c.raw, c.form) for c in ex.numeric_citations] == [
        ((3, 4), "3,4", "superscript"), ((2,), "ref. 2", "ref"), ((1, 2, 3), "1–3", "superscript"),
        ((1, 4), "refs. 1,4", "ref"), ((4,), "4", "superscript"),
    ]
    assert ex.markers == () and ex.notes == ()
    assert ex.findings == ()


def test_a_superscript_past_the_list_is_unmatched():
    ex = extract(make_document("Seedlings died on scree plots3, and on snowbeds7.\n" + NATURE_LIST))
    assert [f.rule for f in ex.findings] == ["cite.numeric-unmatched"]
    assert "[7]" in ex.findings[0].message


def test_a_bylines_affiliation_numbers_are_not_citations():
    ex = extract(make_document("Anna Berg1, Jonas Lund2,3 & Kari Dahl1,4*\n\n" + SUPERSCRIPT_BODY + NATURE_LIST))
    assert all(c.location.line > 1 for c in ex.numeric_citations)


def test_a_footnote_paper_keeps_its_markers():
    text = (
        "The guild kept its salt privilege1 until the court ruled otherwise2.\n"
        + " " * 40 + "\n1 Court records, vol. 3.\n2 Ibid., f. 4.\n"
    )
    ex = extract(make_document(text))
    assert [m.number for m in ex.markers] == [1, 2] and [n.number for n in ex.notes] == [1, 2]
    assert ex.numeric_citations == ()


def test_a_bracketed_paper_reads_no_superscripts():
    text = "Moss grows on scree [1], and lichens shelter it [2, 3].\n" + NATURE_LIST
    ex = extract(make_document(text))
    assert [c.form for c in ex.numeric_citations] == ["brackets", "brackets"]


def test_a_foot_of_page_url_block_in_a_numbered_paper_is_not_a_note():
    text = (
        "Seedlings died on scree plots3, and on snowbeds4.\n\nData availability\nThe counts are deposited at\n"
        "(https://example.org/data/\nplots-2021). Photographs are at\n(https://doi.org/10.1234/abc.5678).\n"
        + "\f" + NATURE_LIST
    )
    ex = extract(make_document(text))
    assert ex.notes == () and [f.rule for f in ex.findings] == ["url.damaged"]


def test_footnotes_without_a_rule_in_a_paper_with_a_numbered_list_stay_notes():
    body = "the guild kept its salt privilege for many years and the court heard the case again and again"
    lines = ["The guild kept its salt privilege1 until the court ruled otherwise.", body, body, "",
             "1 Court records, vol. 3, f. 12.", "", "                                        1",
             " " + body + ", and the fishermen paid.2", body + ".", "", "2 Ibid., f. 14.", "",
             "                                        2", NATURE_LIST]
    ex = extract(make_document("\n".join(lines)))
    assert [n.number for n in ex.notes] == [1, 2] and [m.number for m in ex.markers] == [1, 2]
    assert ex.numeric_citations == ()
