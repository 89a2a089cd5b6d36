"""Whole-paper tests on five more synthetic papers (tests/data/extract/), one per citation style.

Chicago footnotes in a form-feed export, APA author-date with a hanging-indent list, IEEE
numbered citations, a Czech ISO 690 paper in cp1250 and a paper with endnotes. Every
expected value was written by reading the text file, not by copying the stage's output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.extract import extract
from checker.load import load_file

DATA = Path(__file__).resolve().parent.parent / "data" / "extract"


def _extract(name: str):
    return extract(load_file(DATA / name))


@pytest.fixture(scope="module")
def chicago():
    return _extract("chicago_formfeed.txt")


@pytest.fixture(scope="module")
def apa():
    return _extract("apa_references.txt")


@pytest.fixture(scope="module")
def ieee():
    return _extract("ieee_numbered.txt")


@pytest.fixture(scope="module")
def czech():
    return _extract("czech_iso690_cp1250.txt")


@pytest.fixture(scope="module")
def endnotes():
    return _extract("endnotes_paper.txt")


def _rules(extraction) -> list[tuple[str, int]]:
    return [(f.rule, f.location.line) for f in extraction.findings]


def test_chicago_form_feed_pages_end_at_their_footer_numbers(chicago):
    assert [(p.first_line, p.last_line, p.printed) for p in chicago.pages] == [(1, 16, "1"), (17, 33, "2"), (34, 47, "3")]
    assert [chicago.line_roles[i - 1] for i in (16, 33, 47)] == ["page-number"] * 3


def test_chicago_notes_ibid_id_and_a_note_continued_on_the_next_page(chicago):
    by_number = {n.number: n for n in chicago.notes}
    assert sorted(by_number) == list(range(1, 13)) and [m.number for m in chicago.markers] == list(range(1, 13))
    assert (by_number[2].text, by_number[3].text, by_number[8].text) == ("Ibid.", "Ibid., 45.", "Id. at 2.")
    assert by_number[4].lines == (14, 15, 24, 25)
    assert by_number[4].text.endswith(
        "for a different reading see Kimmo Rentola, “Stalin and Finland,” in Stalin and Europe, ed. Timothy "
        "Snyder and Ray Brandon (New York: Oxford University Press, 2014), 112–120.")
    assert by_number[12].text.endswith("account at https://um.fi/history-of-the-ministry.")
    assert chicago.citations == ()


def test_chicago_findings_name_only_the_unresolved_short_form(chicago):
    assert _rules(chicago) == [("url.damaged", 28), ("cite.short-form-unresolved", 41), ("url.damaged", 45)]


def test_apa_citations(apa):
    assert [(c.location.line, c.author, c.year, c.pages) for c in apa.citations] == [
        (6, "Smith & Jones", "2019", "4–5"), (6, "World Health Organization", "2018", None),
        (10, "WHO", "2018", None), (11, "Larson et al.", "2016", None), (12, "WHO", "2018", "12"),
        (12, "Smith et al.", "2020", None), (14, "Kozyrev", "1993", None), (14, "Sergunin", "2000", None),
        (14, "Novák", "2019a", None), (14, "Novák", "2019b", None), (16, "Dubé and MacDonald", "2017", None),
        (17, "Betsch et al.", "2018", "3"), (21, "Eurobarometer", "2019", None), (24, "Novák", "2019a", None),
        (25, "Schmid", "2021", "118-121"), (26, "Rubin", "1987", None)]


def test_apa_reference_list_with_a_page_break_inside_it(apa):
    entries = apa.bibliography
    assert [e.location.line for e in entries] == [29, 33, 36, 38, 39, 42, 45, 46, 48, 49, 51]
    assert entries[5].lines == (42,) and entries[5].text.endswith("55(2), 141–166.")
    assert apa.line_roles[44 - 1] == "page-number" and apa.line_roles[19 - 1] == "page-number"
    assert [u.url for u in apa.urls] == [
        "https://doi.org/10.1371/journal.pone.0208601", "https://doi.org/10.1016/j.socscimed.2020.112130",
        "https://www.who.int/immunization/sage/meetings/2014/october/SAGE_working_group_revised_report_vaccine_hesitancy.pdf"]


def test_apa_only_the_two_uncited_works_are_unmatched(apa):
    unmatched = [(f.location.line, f.evidence[0].quote) for f in apa.findings if f.rule == "cite.unmatched"]
    assert unmatched == [(25, "Schmid (2021, pp. 118-121)"), (26, "(Rubin, 1987)")]


def test_ieee_bracketed_citations(ieee):
    assert [(c.location.line, c.numbers) for c in ieee.numeric_citations] == [
        (5, (1,)), (6, (2, 3)), (7, (4, 5, 6)), (8, (7,)), (10, (8,)), (10, (9,)), (13, (2,)), (14, (4,)),
        (15, (10,)), (16, (11, 12, 13)), (16, (14,)), (17, (15, 17)), (20, (3,))]
    assert ieee.markers == () and ieee.citations == ()


def test_ieee_numbers_missing_from_the_list_are_findings(ieee):
    assert [(f.rule, f.location.line, f.message) for f in ieee.findings if f.rule.startswith("cite.")] == [
        ("cite.numeric-unmatched", 16, "Reference [13] is cited but the reference list has no entry 13"),
        ("cite.numeric-unmatched", 17, "Reference [17] is cited but the reference list has no entry 17")]
    assert len(ieee.bibliography) == 15
    assert [u.url for u in ieee.urls][-1] == "https://www.loc.gov/programs/web-archiving/about-this-program/"


def test_czech_cp1250_notes_and_dostupne_urls(czech):
    assert czech.document.encoding == "cp1250"
    by_number = {n.number: n for n in czech.notes}
    assert sorted(by_number) == list(range(1, 10)) and [m.number for m in czech.markers] == list(range(1, 10))
    assert by_number[4].text == (
        "MINISTERSTVO OBRANY ČR. Bílá kniha o obraně [online]. Praha: MO ČR, 2011 [cit. 2015-03-02]. "
        "Dostupné z: <http://www.mocr.army.cz/ministr-a-ministerstvo/odkazy/bila-kniha-o-obrane-56238/>")
    assert by_number[7].text == "Tamtéž, s. 8."
    assert {u.where: u.url for u in czech.urls if u.where.startswith("note")} == {
        "note 1": "http://www.nato.int/cps/en/natohq/topics_52044.htm",
        "note 4": "http://www.mocr.army.cz/ministr-a-ministerstvo/odkazy/bila-kniha-o-obrane-56238/",
        "note 6": "https://www.vlada.cz/cz/media-centrum/aktualne/bezpecnostni-strategie-2015-133397/",
        "note 8": "https://www.sipri.org/databases/milex",
        "note 9": "http://www.iir.cz/article/cesko-a-nato-po-krymu"}


def test_czech_pouzita_literatura_entries(czech):
    assert [(e.location.line, e.section) for e in czech.bibliography] == [
        (47, "Použitá literatura"), (48, "Použitá literatura"), (51, "Použitá literatura"),
        (54, "Použitá literatura"), (56, "Použitá literatura")]
    assert czech.bibliography[-1].text.startswith("ŽÁK, Petr a Tomáš DVOŘÁK.")
    assert [czech.line_roles[i - 1] for i in (20, 33, 45)] == ["running-header"] * 3
    assert {f.rule for f in czech.findings} == {"url.damaged"}


def test_endnotes_under_a_notes_heading(endnotes):
    by_number = {n.number: n for n in endnotes.notes}
    assert sorted(by_number) == [1, 2, 3, 4, 5, 6, 8, 9]
    assert [m.number for m in endnotes.markers] == list(range(1, 9))
    assert by_number[5].text.endswith("569–602, https://doi.org/10.1111/1467-7709.00089.")
    assert by_number[6].lines == (30, 31)
    assert {endnotes.line_roles[i - 1] for i in (28, 29)} == {"page-number", "running-header"}
    assert [e.section for e in endnotes.bibliography] == ["Bibliography"] * 5


def test_endnotes_findings_are_the_missing_and_the_orphan_note(endnotes):
    assert _rules(endnotes) == [("note.missing-text", 16), ("note.orphan", 33)]
