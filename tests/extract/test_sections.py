"""Tests for checker/extract/sections.py: headings, lists, timelines and body."""

from __future__ import annotations

import pytest

from checker.extract import analyse_layout
from checker.extract.sections import LIST_HEADING

BODY = "the alliance was founded to keep the peace in Europe and it has kept it for a long time since."


@pytest.mark.parametrize(
    "heading",
    ["References", "REFERENCES", "Bibliography", "Works Cited", "Literature", "Použitá literatura",
     "Seznam použité literatury", "Zoznam použitej literatúry", "Recommended further reading",
     "Further reading:", "7. References", "Sources", "Quellen- und Literaturverzeichnis", "Seznam použitých zdrojů",
     "Prameny a literatura", "Zoznam použitých zdrojov", "Literaturverzeichnis", "Bibliografia", "Wykaz źródeł",
     "References cited", "Primary sources", "Reading list", "Références bibliographiques", "Список литературы",
     "Fuentes y bibliografía", "Fonti e bibliografia", "Referências", "REFERÊNCIAS BIBLIOGRÁFICAS",
     "Список источников", "Библиографический список"],
)
def test_list_headings(heading):
    assert LIST_HEADING.match(heading)


@pytest.mark.parametrize(
    "line",
    ["Literature review", "References to the treaty were made", "Reading the treaty", "The sources", "List",
     "Sources and methods", "Notes and references", "2. Las fuentes del pleito y su lectura"],
)
def test_not_list_headings(line):
    assert not LIST_HEADING.match(line)


def test_headings_between_paragraphs_and_two_line_titles():
    lines = ("1991 - 2000: NATO’s expansion and the search for a new", "framework of mutual relations",
             "", "At the emergence of an independent Russian state, " + BODY, BODY,
             "", "Russia and NATO after 2001", "After the terrorist attacks on the United States, " + BODY)
    roles = analyse_layout(lines).roles
    assert roles[:2] == ("heading", "heading")
    assert roles[6] == "heading"
    assert roles[3] == "body" and roles[7] == "body"


def test_short_line_inside_a_paragraph_is_not_a_heading():
    lines = ("partnership is very valuable for his weakened country.", "", "Russia’s bad situation was even",
             "", "worsened by the war in Chechnya, so, eventually, they returned to NATO again and even")
    assert analyse_layout(lines).roles[2] == "body"


def test_timeline_with_heading_and_continuation_lines():
    lines = (BODY, "", " Timeline", "1991 Russia joins North Atlantic Cooperation Council",
             "1999 Russia suspends participation in PJC over Kosovo air campaign Russian peacekeepers",
             "deploy to Kosovo", "2014 - NATO suspended cooperation with Russia over the Ukraine crisis23", "",
             BODY)
    roles = analyse_layout(lines).roles
    assert roles[2] == "heading"
    assert roles[3:7] == ("timeline",) * 4
    assert roles[8] == "body"


def test_timeline_without_heading():
    lines = (BODY, "", "1991 Russia joins the Council", "1994 Russia joins Partnership for Peace",
             "1997 Founding Act signed", "", BODY)
    assert analyse_layout(lines).roles[2:5] == ("timeline",) * 3


def test_seed_001_sections(seed_extractions):
    roles = seed_extractions["001"].line_roles
    assert roles[251 - 1] == "heading" and roles[272 - 1] == "heading"
    assert set(roles[252 - 1:268]) == {"timeline"}
    assert set(roles[273 - 1:290]) == {"list"}
    assert roles[7 - 1] == "heading"  # "1 History" is a section, not note 1


def test_seed_roles_cover_every_line(seed_extractions):
    allowed = {"blank", "body", "heading", "page-number", "running-header", "separator", "note", "list", "timeline"}
    for extraction in seed_extractions.values():
        assert len(extraction.line_roles) == len(extraction.document.lines)
        assert set(extraction.line_roles) <= allowed


@pytest.mark.parametrize(
    ("lines", "index", "role"),
    [
        pytest.param(("Eero Lahtinen (synthetic paper)", "", "Introduction", "The " + BODY), 2, "heading",
                     id="after_a_blank_line_the_line_above_does_not_matter"),
        pytest.param((BODY, "", "Among the recent documents we may mention: the -", BODY), 2, "body",
                     id="hyphen_at_line_end_is_not_a_heading"),
        pytest.param((BODY, "", "Strained Attitudes", "adversary of Putin.51", BODY), 3, "body",
                     id="second_title_line_never_ends_a_sentence"),
    ],
)
def test_heading_edge_cases(lines, index, role):
    assert analyse_layout(lines).roles[index] == role


@pytest.mark.parametrize("heading", ["Acknowledgements", "Author contributions", "Competing interests", "Funding"])
def test_back_matter_after_a_numbered_list_ends_it(heading):
    lines = ("References", "1. Berg, T. Moss on scree. Alp. Bot. 3, 10–19 (2011).",
             "2. Lund, P. Frost heave. Polar Ecol. 7, 44–50 (2014).", "", heading,
             "We thank the wardens of the park for their help.")
    roles = analyse_layout(lines).roles
    assert roles[1:3] == ("list", "list")
    assert "list" not in roles[4:]


def test_an_abnt_list_ends_at_the_dates_of_receipt_and_the_authors_details():
    text = (
        "Body text of the paper, which ends here with a sentence.\n\nReferências\n\n"
        "TEIXEIRA, Paula Rezende. Cooperativas do cerrado. Goiânia: UFG, 2004.\n\n"
        "VIEIRA, Otávio. Feiras e mercados no sertão. Recife: Massangana, 1998.\n\n"
        "Recebido em: 4 de março de 2020\nAceito em: 9 de julho de 2020\n\n"
        "Сведения об авторах\nПетров Иван Ильич – доцент кафедры истории.\n"
    )
    layout = analyse_layout(tuple(text.split("\n")))
    (section,) = layout.sections
    listed = [layout.lines[i] for i, role in enumerate(layout.roles) if role == "list"]
    assert section.name == "Referências"
    assert listed == ["TEIXEIRA, Paula Rezende. Cooperativas do cerrado. Goiânia: UFG, 2004.",
                      "VIEIRA, Otávio. Feiras e mercados no sertão. Recife: Massangana, 1998."]


def test_a_tables_source_line_under_year_led_rows_is_not_a_row():
    rows = ["Year      Farms      Hands", "1851      212        1 040", "1861      198        1 102",
            "1871      176        1 215", "Source: county returns, after Hollis (1962)."]
    layout = analyse_layout(("The census gives the figures below.", "", *rows, "", "The fall was slow."))
    assert [layout.roles[i] for i in range(3, 7)] == ["timeline", "timeline", "timeline", "body"]
