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
