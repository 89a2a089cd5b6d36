"""Tests for checker/extract/bibliography.py: reference and reading lists split into entries."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.extract.bibliography import looks_like_reference, split_entries

from .conftest import make_document

BODY = "Russia and NATO have a long and complicated relationship, which lately escalated (Smith, 2001).\n"


def _entries(text: str) -> list[tuple[str, str, int]]:
    return [(e.section, e.text, e.location.line) for e in extract(make_document(text)).bibliography]


def test_numbered_entries_broken_across_lines():
    text = BODY + "\nReferences\n[1] Smith, J. (2001). Russia and NATO. London:\nPress.\n[2] Jones, K. (2005). The Alliance.\nOxford: OUP.\n"
    assert _entries(text) == [
        ("References", "[1] Smith, J. (2001). Russia and NATO. London: Press.", 4),
        ("References", "[2] Jones, K. (2005). The Alliance. Oxford: OUP.", 6),
    ]


def test_hanging_indent_entries():
    lines = ["Arbatov, A. (1994). Russian foreign policy priorities for the 1990s. In: Johnson, T. (ed.)",
             "    Russian Security After the Cold War. Washington: Brassey's.",
             "Baran, T., Iždinský, M. (2010). NATO a Rusko. Bratislava: VEDA.",
             "Duleba, A. (1999). Rusko a NATO. Bratislava:",
             "    SFPA."]
    assert split_entries(lines) == [[0, 1], [2], [3, 4]]


def test_entry_broken_across_a_page_with_furniture_between():
    text = (BODY + "\nBibliography\nArbatov, A. (1994). Russian foreign policy priorities for the 1990s. Washington:\n"
            "\n12\nRUSSIA AND NATO\n\nBrassey's.\nDuleba, A. (1999). Rusko a NATO. Bratislava: SFPA.\n"
            "\n13\nRUSSIA AND NATO\n\nKozyrev, A. (1993). Strategija partnerstva. Moskva.\n")
    entries = _entries(text)
    assert [t for _, t, _ in entries] == [
        "Arbatov, A. (1994). Russian foreign policy priorities for the 1990s. Washington: Brassey's.",
        "Duleba, A. (1999). Rusko a NATO. Bratislava: SFPA.",
        "Kozyrev, A. (1993). Strategija partnerstva. Moskva.",
    ]


def test_headingless_list_at_the_end():
    text = (BODY + "The relations reached a freezing point in 2008 and have not recovered since.\n\n"
            "Arbatov, A. (1994). Russian foreign policy priorities. Washington: Brassey's.\n"
            "Duleba, A. (1999). Rusko a NATO. Bratislava: SFPA.\n"
            "SERGUNIN, A. Russian Foreign Policy. Nizhny Novgorod, 2000.\n")
    entries = _entries(text)
    assert [(s, line) for s, _, line in entries] == [("(no heading)", 4), ("(no heading)", 5), ("(no heading)", 6)]


def test_reading_list_with_titles_and_urls():
    lines = ["NATO-Russia fact sheet:", "http://a.org/fact.pdf", "NATO-Russia Council (NRC): http://b.org/",
             "http://c.org/x.pdf", "NATO-Russia, Doomed to disappointment?", "http://d.org/index.htm"]
    assert split_entries(lines) == [[0, 1], [2], [3], [4, 5]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Duleba, A. (1999). Rusko a NATO. Bratislava: SFPA.", True, id="apa"),
        pytest.param("SMITH, Julianne. The NATO-Russia Relationship. Washington: CSIS, 2008.", True, id="iso"),
        pytest.param("[3] Tsygankov, A. P. Russia's Foreign Policy. 2010.", True, id="numbered"),
        pytest.param("The relations reached a freezing point in 2008.", False, id="prose_with_year"),
        pytest.param("Smith, John. A Title Without a Date.", False, id="no_year"),
    ],
)
def test_looks_like_reference(text, expected):
    assert looks_like_reference(text) is expected


def test_seed_001_recommended_reading(seed_extractions):
    entries = seed_extractions["001"].bibliography
    assert len(entries) == 12
    assert {e.section for e in entries} == {"Recommended further reading"}
    assert entries[0].text == ("NATO-Russia fact sheet: "
                               "http://www.nato.int/nato_static/assets/pdf/pdf_2014/20140411_140411factsheet_russia_en.pdf")
    assert [e.location.line for e in entries] == [273, 275, 276, 277, 279, 280, 281, 282, 284, 286, 288, 290]


def test_seeds_000_and_002_have_no_reference_list(seed_extractions):
    assert seed_extractions["000"].bibliography == () and seed_extractions["002"].bibliography == ()


def test_iso690_list_with_corporate_authors_and_wrapped_urls():
    text = BODY + ("\nPoužitá literatura\nKHOL, Radek. Česká republika a NATO. Mezinárodní politika. 1999, roč. 23, č. 3, s. 4–6.\n"
                   "MINISTERSTVO OBRANY ČR. Bílá kniha o obraně [online]. Praha: MO ČR, 2011 [cit. 2015-03-02]. Dostupné\n"
                   "z: <http://www.mocr.army.cz/bila-kniha-o-\nobrane-56238/>\n"
                   "ŠEDIVÝ, Jiří. Česko a NATO po Krymu. Praha: Academia, 2014.\n")
    assert [(line, text[:14]) for _, text, line in _entries(text)] == [
        (4, "KHOL, Radek. Č"), (5, "MINISTERSTVO O"), (8, "ŠEDIVÝ, Jiří. ")]


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        pytest.param(
            "\nSeznam použitých zdrojů\n\nFUREK, Adam. Zákon o svobodném přístupu k informacím: komentář. Praha:\n"
            "C. H. Beck, 2016.\n\nNález Ústavního soudu ze dne 17. 10. 2017, sp. zn. IV. ÚS 1378/16.\n\n"
            "Rozsudek Nejvyššího správního soudu ze dne 22. 10. 2014, č. j. 8 As\n55/2012-62.\n",
            ["FUREK, Adam. Zákon o svobodném přístupu k informacím: komentář. Praha: C. H. Beck, 2016.",
             "Nález Ústavního soudu ze dne 17. 10. 2017, sp. zn. IV. ÚS 1378/16.",
             "Rozsudek Nejvyššího správního soudu ze dne 22. 10. 2014, č. j. 8 As 55/2012-62."],
            id="blank_lines_part_the_entries"),
        pytest.param(
            "\nWorks Cited\n\nBhabha, Homi K. The Location of Culture. Routledge, 1994.\n\n"
            "Du Bois, W. E. B. The Souls of Black Folk. 1903. Edited by Brent Hayes Edwards, Oxford\n\n"
            "    UP, 2007.\n\nMorrison, Toni. Beloved. Knopf, 1987.\n",
            ["Bhabha, Homi K. The Location of Culture. Routledge, 1994.",
             "Du Bois, W. E. B. The Souls of Black Folk. 1903. Edited by Brent Hayes Edwards, Oxford UP, 2007.",
             "Morrison, Toni. Beloved. Knopf, 1987."],
            id="double_spaced_list_is_not_cut_at_every_blank"),
    ],
)
def test_blank_lines_in_a_list(text, entries):
    assert [t for _, t, _ in _entries(BODY + text)] == entries


@pytest.mark.parametrize(
    ("lines", "entries"),
    [
        pytest.param(["Weise, Erich (Hg.): Die Staatsverträge des Deutschen Ordens in Preußen im 15.",
                      "Jahrhundert, Bd. 2: 1438–1467, Marburg 1955."], [[0, 1]], id="german_ordinal_at_line_end"),
        pytest.param(["Békés, Csaba. “The 1956 Hungarian Revolution.” Cold War History Project Working Paper 16.",
                      "Washington, DC: Woodrow Wilson Center, 1996."], [[0, 1]], id="paper_number_at_line_end"),
        pytest.param(["Lauffer, Victor: Danzigs Schiffs- und Warenverkehr, in: Zeitschrift 33 (1894), S. 1–44.",
                      "Samsonowicz, Henryk: Badania nad kapitałem, Warszawa 1960."], [[0], [1]], id="page_range_ends_entry"),
        pytest.param(["KRÁĽ, Juraj. 2016. Obecné knižnice. In Knihovník, roč. 3, č. 2, s. 7 – 19.",
                      "LIPA, Eva. 2018. Čitatelia na vidieku. Nitra : UKF."], [[0], [1]],
                     id="page_range_spaced_around_its_dash_ends_entry"),
    ],
)
def test_a_small_number_ending_a_line_does_not_end_the_entry(lines, entries):
    assert split_entries(lines) == entries


def test_iso690_entries_after_an_access_date_and_an_abbreviated_corporate_author():
    lines = [
        "KRÁĽ, Juraj. 2016. Obecné knižnice v číslach. Bratislava : Slovenská knižnica. Dostupné na:",
        "https://www.example.sk/kniznice/statistika/obecne-kniznice-v-cislach-2016.pdf [cit. 2020-04-01].",
        "ZÁKON č. 183/2000 Z. z. o knižniciach.",
        "MK SR – MINISTERSTVO KULTÚRY SLOVENSKEJ REPUBLIKY. 2019. Správa o knižniciach. Bratislava : MK SR.",
        "Dostupné na: https://www.example.sk/sprava-2019 [cit. 2020-05-02].",
        "MRÁZ, Ondrej. 2012. Knihy a obce. Nitra : UKF.",
    ]
    assert split_entries(lines) == [[0, 1], [2], [3, 4], [5]]
