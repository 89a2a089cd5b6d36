"""Whole-paper tests on synthetic papers that are not seeds (tests/data/extract/), to prove the stage generalises.

Expected values were written by reading the texts: they are the notes, citations and
entries a careful editor would list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.extract import extract
from checker.load import load_file

DATA = Path(__file__).resolve().parent.parent / "data" / "extract"


@pytest.fixture(scope="module")
def chicago():
    return extract(load_file(DATA / "chicago_paper.txt"))


@pytest.fixture(scope="module")
def numbered():
    return extract(load_file(DATA / "author_year_numbered.txt"))


@pytest.fixture(scope="module")
def hanging():
    return extract(load_file(DATA / "author_year_hanging.txt"))


def test_chicago_paper_notes_and_markers(chicago):
    assert [n.number for n in chicago.notes] == list(range(1, 10))
    assert [m.number for m in chicago.markers] == list(range(1, 10))
    by_number = {n.number: n for n in chicago.notes}
    assert by_number[3].text == ("Andres Kasekamp, “Estonia and the Euro,” Journal of Baltic Studies 42, no. 3 (2011): "
                                 "311–328, https://doi.org/10.1080/01629778.2011.593456.")
    assert by_number[5].text == ("Council of Europe, Report on Citizenship (Strasbourg: Council of Europe, 2002), "
                                 "14–16, available at http://www.coe.int/t/dghl/standardsetting/nationality/Report_2002.pdf.")
    assert [by_number[n].location.page for n in (1, 4, 7)] == [1, 2, 3]


def test_chicago_paper_pages_and_furniture(chicago):
    assert [p.printed for p in chicago.pages] == [None, "2", "3"]
    assert chicago.line_roles[18 - 1] == "page-number"
    assert chicago.line_roles[19 - 1] == "running-header" and chicago.line_roles[32 - 1] == "running-header"


def test_chicago_paper_findings(chicago):
    assert [(f.rule, f.location.line) for f in chicago.findings] == [
        ("url.damaged", 15), ("url.damaged", 27), ("cite.short-form-unresolved", 38)]


def test_author_year_paper_with_numbered_references(numbered):
    assert [(c.author, c.year, c.pages) for c in numbered.citations] == [
        ("Kovačević", "2009", None), ("Noël", "2010", "12"), ("Stern", "2009", None),
        ("Dickel et al.", "2014", "31–33"), ("European Commission", "2011", None), ("Goldthau and Sitter", "2015", "44"),
        ("European Commission", "2014", None), ("Kovačević", "2009", "7"), ("Larsson", "2013", None)]
    entries = numbered.bibliography
    assert [e.location.line for e in entries] == [23, 25, 26, 32, 34, 36, 37]
    assert entries[2].text == ("3. European Commission (2014). Stress Tests: Cooperation Key for Coping with "
                               "Potential Gas Disruption. Brussels.")
    assert entries[2].lines == (26, 31)
    assert {e.section for e in entries} == {"References"}
    assert [(f.rule, f.message) for f in numbered.findings] == [
        ("cite.unmatched", "No reference-list entry matches the citation (Larsson, 2013)")]


def test_author_year_paper_with_hanging_indent_list_and_no_heading(hanging):
    assert [(e.section, e.location.line, e.lines) for e in hanging.bibliography] == [
        ("(no heading)", 8, (8, 9, 10)), ("(no heading)", 11, (11,)), ("(no heading)", 12, (12, 13))]
    assert hanging.bibliography[0].text.endswith("Third World Thematics 1 (1), 9–26.")
    assert [c.author for c in hanging.citations] == ["Bailes et al.", "Šabič", "Thorhallsson", "Thorhallsson"]
    assert hanging.findings == ()
    assert set(hanging.line_roles[7:13]) == {"list"}
