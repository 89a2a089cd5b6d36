"""Tests for checker/extract/citations.py: author-year citations in running text."""

from __future__ import annotations

import pytest

from checker.extract import extract

from .conftest import make_document


def _cites(text: str) -> list[tuple[str, str, str | None, int]]:
    return [(c.author, c.year, c.pages, c.location.line) for c in extract(make_document(text)).citations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("It belongs to Europe. (Kozyrev, 1993, p. 5) The group held.", [("Kozyrev", "1993", "5", 1)], id="single"),
        pytest.param("institutions (Sergunin, 2000, p. 28-29) and more.", [("Sergunin", "2000", "28-29", 1)], id="page_range"),
        pytest.param("policy. (Baran, Iždinský, 2010, p. 35) Years-long", [("Baran, Iždinský", "2010", "35", 1)], id="two_authors"),
        pytest.param("crisis. (Koncepcia vnešnej..., 1992, p. 3) The impact", [("Koncepcia vnešnej...", "1992", "3", 1)], id="title_fragment"),
        pytest.param("cooperation. (Koncepcia..., \n1992, p. 24) While in", [("Koncepcia...", "1992", "24", 1)], id="split_across_lines"),
        pytest.param("as argued (Smith 2010: 23; Jones and Brown 2012) before", [("Smith", "2010", "23", 1), ("Jones and Brown", "2012", None, 1)], id="harvard_multiple"),
        pytest.param("as Tsygankov (2010, p. 55) argued", [("Tsygankov", "2010", "55", 1)], id="narrative"),
        pytest.param("as shown (Smith et al., 2019, pp. 4–6).", [("Smith et al.", "2019", "4–6", 1)], id="et_al"),
    ],
)
def test_citations_found(text, expected):
    assert _cites(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("at NATO Bucharest Summit (April 2008), and also", id="month_year"),
        pytest.param("the UN and CSCE (OSCE since\n1994) should give", id="remark_with_year"),
        pytest.param("the Partnership for Peace Program (in January 1994 at the NATO Brussels Summit).", id="lowercase_remark"),
        pytest.param("then Foreign Minister A. Kozyrev (1991-\n1996), who argued", id="term_of_office"),
        pytest.param("institutions (EU, IMF, WB, OECD, G7, and even NATO).", id="no_year"),
        pytest.param("in his book “Osnovy geopolitiki”(1997), stressing", id="year_after_title"),
    ],
)
def test_not_citations(text):
    assert _cites(text) == []


def test_seed_002_citations(seed_extractions):
    cites = seed_extractions["002"].citations
    assert len(cites) == 16
    got = {(c.author, c.year, c.pages, c.location.line) for c in cites}
    for expected in [
        ("Kozyrev", "1993", "5", 103), ("Sergunin", "2000", "28-29", 108), ("Baran, Iždinský", "2010", "35", 77),
        ("Koncepcia vnešnej...", "1992", "3", 121), ("Koncepcia...", "1992", "24", 306), ("Sergunin", "2000", "29", 134),
        ("Duleba", "1999", "55", 218), ("Aktuaľnie zadači...", "2003", "40", 350),
    ]:
        assert expected in got


def test_notes_and_lists_are_not_scanned_for_citations(seed_extractions):
    assert seed_extractions["000"].citations == ()
    assert seed_extractions["001"].citations == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("in Hungary (Novák, 2019a, 2019b) and", [("Novák", "2019a", None, 1), ("Novák", "2019b", None, 1)], id="lettered_years"),
        pytest.param("as Novák (2019a, 2019b, p. 4) shows", [("Novák", "2019a", None, 1), ("Novák", "2019b", "4", 1)], id="narrative_two_years"),
        pytest.param("hesitancy (World Health Organization [WHO], 2018).", [("World Health Organization", "2018", None, 1)], id="abbreviation_defined"),
        pytest.param("the European Commission (2011) proposed", [("European Commission", "2011", None, 1)], id="corporate_narrative"),
        pytest.param("As Smith (2010) notes, and In the WHO (2018) view", [("Smith", "2010", None, 1), ("WHO", "2018", None, 1)], id="sentence_openers_dropped"),
        pytest.param("the Ministry of Defence (2012, p. 3) said", [("Ministry of Defence", "2012", "3", 1)], id="name_with_of"),
        pytest.param("trust (e.g., Larson et al., 2016) fell", [("Larson et al.", "2016", None, 1)], id="eg_prefix"),
    ],
)
def test_more_citation_forms(text, expected):
    assert _cites(text) == expected


MLA = (
    "The house is “spiteful” (Morrison 3). Gates calls it signifying (Gates 51), and the\n"
    "veil returns (Du Bois 7-8), as does the unhomely (\"Site of Memory\"\n110) and the body (Spillers 68).\n"
    "See Table 1 (Table 1) and the law (Article 5).\n\nWorks Cited\n"
    "Du Bois, W. E. B. The Souls of Black Folk. 1903. Oxford UP, 2007.\n"
    "Gates, Henry Louis, Jr. The Signifying Monkey. Oxford UP, 1988.\n"
    "Morrison, Toni. Beloved. Knopf, 1987.\n"
    "---. \"The Site of Memory.\" Inventing the Truth, Houghton Mifflin, 1987, pp. 101-24.\n"
)


def test_mla_author_page_citations_in_a_paper_with_works_cited():
    extraction = extract(make_document(MLA))
    assert [(c.author, c.year, c.pages, c.location.line) for c in extraction.citations] == [
        ("Morrison", None, "3", 1), ("Gates", None, "51", 1), ("Du Bois", None, "7-8", 2),
        ('"Site of Memory"', None, "110", 2), ("Spillers", None, "68", 3)]
    assert [(f.rule, f.location.line) for f in extraction.findings] == [("cite.unmatched", 3)]


def test_author_page_citations_need_a_list_that_opens_with_their_authors():
    assert _cites("The house (Morrison 3) and the sign (Gates 51), see (Table 1).\n") == []


def test_each_citation_of_a_group_points_at_its_own_line():
    text = "Recent work has confirmed this reading (Kyle 2011, 402–405;\nSmith 2016). It shows more.\n"
    assert _cites(text) == [("Kyle", "2011", "402–405", 1), ("Smith", "2016", None, 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("others (see, e.g., Brandt,\n2015; Lee, 2016) argue", [("Brandt", "2015", None, 1), ("Lee", "2016", None, 2)],
                     id="two_prefixes_broken_over_lines"),
        pytest.param("after the first wave (March–June 2020), when", [], id="month_range_is_a_date"),
        pytest.param("przędzalni (Marcińczak i in. 2015). Na", [("Marcińczak i in.", "2015", None, 1)], id="polish_et_al"),
        pytest.param("zob. (Kaczmarek 2001). Już Lorens (2010) zwracał uwagę", [("Kaczmarek", "2001", None, 1),
                     ("Lorens", "2010", None, 1)], id="polish_sentence_opener"),
        pytest.param("(Hartley & Osei, 2019). Hartley and Osei (2019, pp. 410–412) show", [
            ("Hartley & Osei", "2019", None, 1), ("Hartley and Osei", "2019", "410–412", 1)], id="two_authors"),
    ],
)
def test_apa_and_polish_citation_forms(text, expected):
    assert _cites(text) == expected


def test_a_notes_text_with_no_parenthetical_citation_keeps_only_narratives_its_list_has():
    text = ("His Select Committee on Public Libraries (1849)5 drew on Kelly (1977) heavily.\n\nNotes\n"
            "5 Report from the Select Committee on Public Libraries, 1849.\n\nFurther Reading\n"
            "Kelly, Thomas. A History of Public Libraries. London: Library Association, 1977.\n"
            "Walton, John K. Lancashire: A Social History. Manchester University Press, 1987.\n")
    assert [(c.author, c.year) for c in extract(make_document(text)).citations] == [("Kelly", "1977")]


NOTES_PAPER = (
    "The lighthouse rules, printed in a pamphlet (Vigo, 1788) that went to the port,1 set the fees.2\n"
    + " " * 40 + "\n"
    "1 Archivo del Puerto, leg. 12, 1788.\n2 Luisa ORTEGA LLAMAS, Los faros de Galicia, Vigo, Castro, 2010, p. 14.\n"
    "3 Ibid., 1790.\n"
)
LIST_OF_NOTES_PAPER = "\nBibliografía\nORTEGA LLAMAS, Luisa: Los faros de Galicia, Vigo, Castro, 2010.\n"


def test_a_place_and_year_in_a_paper_that_cites_in_notes_is_no_citation():
    ex = extract(make_document(NOTES_PAPER + LIST_OF_NOTES_PAPER))
    assert ex.citations == ()


def test_a_notes_paper_that_also_cites_its_list_in_parentheses_keeps_every_citation():
    text = NOTES_PAPER.replace("(Vigo, 1788)", "(Ortega Llamas, 2010; Vigo, 1788)")
    assert [(c.author, c.year) for c in extract(make_document(text + LIST_OF_NOTES_PAPER)).citations] == [
        ("Ortega Llamas", "2010"), ("Vigo", "1788")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("as the survey showed (PEREIRA; COSTA, 2008, p. 14).", [("PEREIRA; COSTA", "2008", "14", 1)],
                     id="abnt_semicolon_joins_co_authors"),
        pytest.param("the cooperatives (TAVARES, 2003; NUNES, 2011) grew.", [("TAVARES", "2003", None, 1),
                     ("NUNES", "2011", None, 1)], id="abnt_semicolon_still_parts_two_works"),
        pytest.param("a school of fifty pupils (DUARTE, 1979 apud MOURA, 2005, p. 61) closed.",
                     [("DUARTE", "1979", None, 1), ("MOURA", "2005", "61", 1)], id="apud_gives_both_works"),
        pytest.param("Segundo Ribeiro (2007), the roads were poor.", [("Ribeiro", "2007", None, 1)],
                     id="portuguese_opener_segundo"),
        pytest.param("Conforme Barbosa e Teles (2012, p. 9), the fares rose.", [("Barbosa e Teles", "2012", "9", 1)],
                     id="portuguese_e_joins_narrative_authors"),
    ],
)
def test_abnt_citation_forms(text, expected):
    assert _cites(text) == expected
