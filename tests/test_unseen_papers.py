"""End-to-end tests on five papers the stages were not written against (tests/data/unseen/).

The papers are synthetic but shaped like PDF exports of real ones, each in a different
field, language and citation style: a medieval trade history (Chicago footnotes, `- n -`
folios), a climate-policy paper (APA author-date, `Page n of m`, Works Cited), a scientist's
biography (footnotes without a separator, bare folios at the top of the page, Sources), a
Czech municipal history (ISO 690 footnotes, `Dostupné z:`, Literatura) and a Slovak
political-science paper (author-date with `a`, footnotes, `Strana n z m`, Zdroje). Running
heads alternate (author on even pages, short title on odd), notes run across pages, URLs
break after `/`, after `-` and inside query strings, tables of numbers sit in the body and in
appendices after the list, and each paper carries deliberate citation errors.

Every expected value below was written by reading the texts before the stages were run on
them; they are what a careful editor would list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.bib import collect_works, render
from checker.parse import parse_references
from checker.pipeline import CheckOptions, run_check

from tests import unseen_support as unseen
from tests.unseen_support import line_of  # (the scorer reads each batch's line_of)

DATA = Path(__file__).resolve().parent / "data" / "unseen"

MEDIEVAL = "medieval_salt_trade"
CLIMATE = "climate_cbam_policy"
NODDACK = "noddack_biography"
CZECH = "cz_mestska_samosprava"
SLOVAK = "sk_stranicky_system"
PAPERS = (MEDIEVAL, CLIMATE, NODDACK, CZECH, SLOVAK)

papers = unseen.papers_fixture(DATA, PAPERS)  # each paper's extraction, keyed by file stem


def _notes(extraction) -> dict[int, str]:
    return {n.number: n.text for n in extraction.notes if n.number is not None}


# --- notes -------------------------------------------------------------------------------

NOTE_NUMBERS = {
    MEDIEVAL: [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17],   # note 9 was never written
    CLIMATE: [1, 2],
    NODDACK: [1, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],  # two notes numbered 7
    CZECH: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18],   # note 13 was never written
    SLOVAK: [1, 2, 3],
}


@pytest.mark.parametrize("name", PAPERS)
def test_note_numbers_and_no_unnumbered_fragments(papers, name):
    notes = papers[name].notes
    assert sorted(n.number for n in notes if n.number is not None) == NOTE_NUMBERS[name]
    assert [n.text for n in notes if n.number is None] == []


NOTE_TEXTS = [
    pytest.param(MEDIEVAL, 1, "Philippe Dollinger, The German Hansa, trans. D. S. Ault and S. H. Steinberg (London: "
                 "Macmillan, 1970), 219–221.", id="medieval-hyphen-in-publisher"),
    pytest.param(MEDIEVAL, 6, "Rolf Hammel-Kiesow, “Lübeck and the Baltic Trade in Bulk Goods for the North Sea "
                 "Region, 1150–1400,” in Cogs, Cargoes and Commerce, ed. Lars Berggren, Nils Hybel and Annette "
                 "Landen (Toronto: Pontifical Institute of Mediaeval Studies, 2002), 53–91, at 67.",
                 id="medieval-note-across-pages"),
    pytest.param(MEDIEVAL, 11, "Geir Atle Ersland, Kontorets bygninger (Bergen: Fagbokforlaget, 2011), 88; the "
                 "digitised fines are at https://bryggensmuseum.no/samlinger/kontorbok-1440?side=14&visning=tekst.",
                 id="medieval-url-over-three-lines"),
    pytest.param(MEDIEVAL, 13, "Ibid., 460.", id="medieval-ibid"),
    pytest.param(MEDIEVAL, 15, "Fouquet, Salt and the Calendar, 63.", id="medieval-short-form"),
    pytest.param(CLIMATE, 2, "Default values are set at the average emission intensity of the ten per cent "
                 "worst-performing EU installations for each product; see Annex III of the regulation.",
                 id="climate-real-hyphen-kept"),
    pytest.param(NODDACK, 2, "Otto Hahn and Fritz Strassmann, “Über den Nachweis und das Verhalten der bei der "
                 "Bestrahlung des Urans mittels Neutronen entstehenden Erdalkalimetalle,” Die Naturwissenschaften 27, "
                 "no. 1 (1939): 11–15.", id="noddack-hyphen-in-journal"),
    pytest.param(NODDACK, 3, "Gisela Boeck, “Ida Noddack (1896–1978): Leben und Werk,” Mitteilungen der Fachgruppe "
                 "Geschichte der Chemie 24 (2014): 83–102, at 85.", id="noddack-note-across-folio-and-head"),
    pytest.param(NODDACK, 8, "Pieter H. M. Van Assche, “The Ignored Discovery of the Element Z=43,” Nuclear Physics A "
                 "480 (1988): 205–214; John T. Armstrong, “Technetium: The Element of the Missing Lines,” Chemical "
                 "and Engineering News 81, no. 36 (2003): 110, available at: "
                 "https://pubsapp.acs.org/cen/80th/technetium.html (accessed 12 January 2024).",
                 id="noddack-volume-number-opens-a-line"),
    pytest.param(CZECH, 4, "KLABOUCH, Jiří. Místní samospráva v Čechách, na Moravě a ve Slezsku 1848–1918. Praha: "
                 "Academia, 1962, s. 37.", id="czech-iso690"),
    pytest.param(CZECH, 6, "URBAN, Otto. Česká společnost 1848–1918. Praha: Svoboda, 1982, s. 204. Srovnání s "
                 "jinými východočeskými městy nabízí HORÁK, Pavel. Volby do obecních zastupitelstev ve "
                 "východočeských městech 1850–1914. Východočeský sborník historický. 2009, roč. 18, s. 45–71.",
                 id="czech-note-across-pages-with-hyphen"),
    pytest.param(CZECH, 9, "Zákon č. 7/1864 z. z., obecní zřízení pro Království české. In: Sbírka zákonů zemských "
                 "[online]. Praha: Poslanecká sněmovna [cit. 2024-02-11]. Dostupné z: "
                 "https://www.psp.cz/eknih/1861skc/zakony/1864-007.htm", id="czech-dostupne-z-newline"),
    pytest.param(CZECH, 2, "Tamtéž, s. 115–118.", id="czech-tamtez"),
    pytest.param(SLOVAK, 1, "Volatilitu meriam Pedersenovým indexom, teda polovicou súčtu absolútnych zmien podielov "
                 "hlasov všetkých strán medzi dvoma po sebe nasledujúcimi voľbami.", id="slovak-no-separator"),
    pytest.param(SLOVAK, 3, "Údaje o počte členov pochádzajú z výročných správ politických strán za rok 2022, ktoré "
                 "zverejňuje ministerstvo vnútra; dostupné na: "
                 "https://www.minv.sk/?vyrocne-spravy-politickych-stran-a-hnuti", id="slovak-url-hyphen-in-query"),
]


@pytest.mark.parametrize("name, number, text", NOTE_TEXTS)
def test_note_text(papers, name, number, text):
    assert _notes(papers[name])[number] == text


def test_the_two_notes_numbered_seven_keep_their_own_texts(papers):
    sevens = [n.text for n in papers[NODDACK].notes if n.number == 7]
    assert sevens == [
        "Walter Noddack and Ida Noddack, “Die Herstellung von einem Gramm Rhenium,” Zeitschrift für anorganische "
        "und allgemeine Chemie 183, no. 1 (1929): 353–375.",
        "Carlo Perrier and Emilio Segrè, “Some Chemical Properties of Element 43,” Journal of Chemical Physics 5, "
        "no. 9 (1937): 712–716.",
    ]


TABLE_ROWS = [
    pytest.param(MEDIEVAL, "1      Lübeck", id="medieval-rank-table"),
    pytest.param(MEDIEVAL, "1440   31", id="medieval-appendix-table"),
    pytest.param(CLIMATE, "2026          97.5", id="climate-phase-in-table"),
    pytest.param(CLIMATE, "1     2523", id="climate-appendix-codes"),
    pytest.param(CLIMATE, "110                             3.6", id="climate-sensitivity-table"),
    pytest.param(CLIMATE, "325 million", id="climate-number-opens-body-line"),
    pytest.param(NODDACK, "43 artificially", id="noddack-number-opens-body-line"),
    pytest.param(NODDACK, "1925 Announces", id="noddack-chronology"),
    pytest.param(CZECH, "1864        7", id="czech-table"),
    pytest.param(CZECH, "1890    3 519", id="czech-appendix"),
    pytest.param(SLOVAK, "2     PS", id="slovak-seat-table"),
    pytest.param(SLOVAK, "4   OĽaNO", id="slovak-appendix-ranking"),
]


@pytest.mark.parametrize("name, row", TABLE_ROWS)
def test_table_rows_and_numbers_opening_lines_are_not_notes(papers, name, row):
    extraction = papers[name]
    line = line_of(extraction, row)
    assert all(line not in n.lines for n in extraction.notes)
    assert all(line != e.location.line for e in extraction.bibliography)


# --- markers -----------------------------------------------------------------------------

MARKERS = {
    MEDIEVAL: list(range(1, 18)),
    CLIMATE: [1, 2],
    NODDACK: [1, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
    CZECH: list(range(1, 19)),
    SLOVAK: [1, 2, 3],
}

test_markers = unseen.expect_markers(PAPERS, MARKERS)


GLUED_MARKERS = [
    pytest.param(MEDIEVAL, 10, "survive from 1440.10", id="after-a-year-and-full-stop"),
    pytest.param(MEDIEVAL, 13, "on the lender,13", id="after-a-comma"),
    pytest.param(MEDIEVAL, 15, "calendar”.15", id="after-quote-and-full-stop"),
    pytest.param(NODDACK, 3, "in 1921,3 with", id="after-a-year-and-comma"),
    pytest.param(NODDACK, 11, "element.”11", id="after-closing-quote"),
    pytest.param(CZECH, 4, "„samosprávu pod dozorem“4", id="czech-quote"),
    pytest.param(CZECH, 7, "do roku 1867.7", id="czech-after-year"),
    pytest.param(CZECH, 10, "probouzí“,10", id="czech-quote-comma"),
    pytest.param(SLOVAK, 1, "systému,1", id="slovak-after-hyphenated-word"),
    pytest.param(SLOVAK, 2, "„hnutia“2", id="slovak-quote"),
]

test_glued_marker_is_found_on_its_line = unseen.expect_glued_markers(GLUED_MARKERS)


# --- author-year citations ----------------------------------------------------------------

CITATIONS = {
    CLIMATE: [
        ("Branger & Quirion", "2014", None), ("Sato et al.", "2015", "8–9"), ("European Commission", "2021a", None),
        ("European Commission", "2021b", None), ("Mehling et al.", "2019", None), ("Cosbey et al.", "2019", None),
        ("Marcu et al.", "2020", None), ("Böhringer et al.", "2022", None), ("European Commission", "2021c", None),
        ("International Energy Agency", "2023", "14"), ("World Bank", "2023", None), ("IEA", "2023", None),
        ("Zachmann & McWilliams", "2020", None), ("European Commission", "2021b", None),
        ("Cosbey et al.", "2019", None), ("Marcu et al.", "2020", None),
    ],
    SLOVAK: [
        ("Haughton a Deegan-Krause", "2020", None), ("Gyárfášová", "2018", "112"), ("Mesežnikov", "2019", None),
        ("Štatistický úrad SR", "2023", None), ("Baboš a Malová", "2015", "40–42"), ("Rybář a Spáč", "2017", None),
        ("Marušiak", "2021", None), ("Gyárfášová", "2018", None), ("Hlatky", "2022", None),
        ("Mesežnikov", "2019", "25"), ("Haughton a Deegan-Krause", "2020", None),
    ],
    MEDIEVAL: [], NODDACK: [], CZECH: [],
}

test_author_year_citations = unseen.expect_citations(PAPERS, CITATIONS)


# --- reference lists ------------------------------------------------------------------------

LISTS = {
    MEDIEVAL: ("Bibliography", 8, "Dollinger, Philippe. The German Hansa. Translated by D. S. Ault and S. H. "
               "Steinberg. London: Macmillan, 1970."),
    CLIMATE: ("Works Cited", 10, "Böhringer, C., Fischer, C., Rosendahl, K. E., & Rutherford, T. F. (2022). "
              "Potential impacts and challenges of border carbon adjustments. Nature Climate Change, 12(1), 22–29. "
              "https://doi.org/10.1038/s41558-021-01250-z"),
    NODDACK: ("Sources", 9, "Archiv des Deutschen Museums, Munich. Nachlass Walter und Ida Noddack, NL 080."),
    CZECH: ("Literatura", 7, "HORÁK, Pavel. Volby do obecních zastupitelstev ve východočeských městech 1850–1914. "
            "Východočeský sborník historický. 2009, roč. 18, s. 45–71."),
    SLOVAK: ("Zdroje", 7, "BABOŠ, P. – MALOVÁ, D. 2015. Slovakia. In: European Journal of Political Research "
             "Political Data Yearbook. 2015, roč. 54, č. 1, s. 261–266."),
}


@pytest.mark.parametrize("name", PAPERS)
def test_reference_list_entries(papers, name):
    heading, count, first = LISTS[name]
    entries = papers[name].bibliography
    assert len(entries) == count
    assert {e.section for e in entries} == {heading}
    assert entries[0].text == first


LAST_ENTRIES = [
    pytest.param(MEDIEVAL, "Wubs-Mrozewicz, Justyna. “The Hanse in Medieval and Early Modern Europe: An "
                 "Introduction.” In The Hanse in Medieval and Early Modern Europe, edited by Justyna Wubs-Mrozewicz "
                 "and Stuart Jenks, 1–35. Leiden: Brill, 2013. https://doi.org/10.1163/9789004241930_002.",
                 id="medieval-appendix-not-joined"),
    pytest.param(CLIMATE, "World Bank. (2023). State and trends of carbon pricing 2023. Washington, DC: World Bank. "
                 "Retrieved from https://data.worldbank.org/indicator/EN.ATM.CO2E.KT?locations=EU-CN-IN",
                 id="climate-retrieved-from-url"),
    pytest.param(NODDACK, "Van Assche, Pieter H. M. “The Ignored Discovery of the Element Z=43.” Nuclear Physics A "
                 "480 (1988): 205–214.", id="noddack-chronology-not-joined"),
    pytest.param(CZECH, "URBAN, Otto. Česká společnost 1848–1918. Praha: Svoboda, 1982.", id="czech-appendix"),
    pytest.param(SLOVAK, "ŠTATISTICKÝ ÚRAD SR. 2023. Voľby do Národnej rady Slovenskej republiky 2023 [online]. "
                 "Bratislava: ŠÚ SR [cit. 2024-01-15]. Dostupné na: "
                 "https://volby.statistics.sk/nrsr/nrsr2023/sk/vysledky_hlasovania_strany.html",
                 id="slovak-url-after-dostupne-na"),
]


@pytest.mark.parametrize("name, text", LAST_ENTRIES)
def test_last_list_entry_stops_before_the_appendix(papers, name, text):
    assert papers[name].bibliography[-1].text == text


# --- URLs ------------------------------------------------------------------------------------

URLS = {
    MEDIEVAL: [
        ("https://www.hanse-geschichte.de/quellen/vorrath-buch-1431", True),
        ("https://bryggensmuseum.no/samlinger/kontorbok-1440?side=14&visning=tekst", True),
        ("https://doi.org/10.1163/9789004241930_002", True),
        ("https://doi.org/10.1163/9789004241930_002", False),
    ],
    CLIMATE: [
        ("https://doi.org/10.1038/s41558-021-01250-z", True),
        ("https://doi.org/10.1016/j.ecolecon.2013.12.010", False),
        ("https://doi.org/10.1093/reep/rey020", False),
        ("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52021PC0564", True),
        ("https://www.iea.org/reports/world-energy-outlook-2023", True),
        ("https://doi.org/10.1017/ajil.2019.22", False),
        ("https://doi.org/10.1007/s10640-014-9759-y", True),
        ("https://data.worldbank.org/indicator/EN.ATM.CO2E.KT?locations=EU-CN-IN", True),
    ],
    NODDACK: [
        ("https://doi.org/10.1002/ange.19340473707", False),
        ("https://pubsapp.acs.org/cen/80th/technetium.html", True),
        ("https://doi.org/10.1038/133898a0", True),
        ("https://www.nobelprize.org/nomination/archive/show_people.php?id=6766", True),
        ("https://doi.org/10.1038/133898a0", False),
    ],
    CZECH: [
        ("https://www.psp.cz/eknih/1861skc/zakony/1864-007.htm", False),
        ("https://www.soaha.cz/digitalizace/fondy?fond=MENM&strana=2", True),
        ("https://www.nln.cz/knihy/dejiny-spravy-v-ceskych-zemich", True),
        ("https://www.novemestonm.cz/historie-mesta", True),
    ],
    SLOVAK: [
        ("https://www.minv.sk/?vyrocne-spravy-politickych-stran-a-hnuti", True),
        ("https://doi.org/10.1093/oso/9780198812920.001.0001", True),
        ("https://www.ivo.sk/buxus/docs/publikacie/subory/populizmus_a_extremizmus_2019.pdf", True),
        ("https://volby.statistics.sk/nrsr/nrsr2023/sk/vysledky_hlasovania_strany.html", True),
    ],
}


@pytest.mark.parametrize("name", PAPERS)
def test_urls_and_their_repairs(papers, name):
    assert [(u.url, u.repaired) for u in papers[name].urls] == URLS[name]


# --- pages -----------------------------------------------------------------------------------

PAGES = {
    MEDIEVAL: ["1", "2", "3", "4", "5", "6"],
    CLIMATE: ["1", "2", "3", "4", "5", "6"],
    NODDACK: [None, "2", "3", "4", "5"],
    CZECH: ["3", "4", "5", "6", "7"],
    SLOVAK: ["1", "2", "3", "4", "5", "6"],
}

RUNNING_HEADS = {
    MEDIEVAL: ("Johanna Vestergaard", "Salt, Cloth and Credit"),
    CLIMATE: ("Okafor and Lindqvist", "Carbon Border Adjustment and Industrial Policy"),
    NODDACK: ("Maren Albrecht", "The Chemist Who Predicted Fission"),
    CZECH: ("Petra Horáčková", "Obecní samospráva v Novém Městě nad Metují"),
    SLOVAK: ("Martin Kováčik", "Stranícky systém Slovenska po roku 2016"),
}

test_pages_and_their_printed_numbers = unseen.expect_pages(PAPERS, PAGES)


@pytest.mark.parametrize("name", PAPERS)
def test_alternating_running_heads_are_page_furniture(papers, name):
    extraction = papers[name]
    first_folio = next(i for i, role in enumerate(extraction.line_roles, 1) if role == "page-number")
    for head in RUNNING_HEADS[name]:  # the byline on the title page is not a running head
        lines = [i for i, text in enumerate(extraction.document.lines, 1) if text == head and i > first_folio]
        assert len(lines) >= 2
        assert {extraction.line_roles[i - 1] for i in lines} == {"running-header"}


# --- findings --------------------------------------------------------------------------------

EXPECTED_FINDINGS = {  # rule and a text that opens the line it points to
    MEDIEVAL: [("note.missing-text", "landed.9"), ("cite.short-form-unresolved", "15 Fouquet")],
    CLIMATE: [("cite.unmatched", "(European Commission, 2021c)"), ("cite.unmatched", "(Zachmann & McWilliams, 2020)")],
    # Both the markers and the notes repeat 7; each sequence gets one finding, at the first 7.
    NODDACK: [("note.order", "molybdenite.7"), ("note.order", "7 Walter Noddack and Ida")],
    CZECH: [("cite.short-form-unresolved", "11 KLÍMA"), ("note.missing-text", "let.13")],
    SLOVAK: [("cite.unmatched", "(Rybář a Spáč, 2017)")],
}


def _expected_findings(extraction, name: str) -> list[tuple[str, int]]:
    return [(rule, line_of(extraction, needle)) for rule, needle in EXPECTED_FINDINGS[name]]


test_integrity_findings = unseen.expect_findings(PAPERS, _expected_findings)


@pytest.mark.parametrize("name", PAPERS)
def test_every_repaired_url_is_reported_as_damaged(papers, name):
    extraction = papers[name]
    damaged = [f for f in extraction.findings if f.rule == "url.damaged"]
    assert len(damaged) == sum(repaired for _, repaired in URLS[name])
    assert [f.rule for f in extraction.findings if f.rule.startswith("url.")] == ["url.damaged"] * len(damaged)


# --- check and bib ---------------------------------------------------------------------------

def test_check_offline_reports_the_integrity_findings_of_every_paper(papers):
    report = run_check([str(DATA)], CheckOptions(offline=True))
    assert sorted(d.id for d in report.documents) == sorted(PAPERS)
    for name in PAPERS:
        found = {(f.rule, f.location.line) for f in report.findings if f.location.document == name}
        assert set(_expected_findings(papers[name], name)) <= found
    assert not [f for f in report.findings if f.rule in ("note.orphan", "cite.no-reference-list")]
    short_forms = [(f.location.document, f.location.line) for f in report.findings
                   if f.rule == "cite.short-form-unresolved"]
    assert sorted(short_forms) == [(CZECH, line_of(papers[CZECH], "11 KLÍMA")),
                                   (MEDIEVAL, line_of(papers[MEDIEVAL], "15 Fouquet"))]  # once per note


def test_check_offline_finds_no_inconsistent_repeats():
    report = run_check([str(DATA)], CheckOptions(offline=True))
    assert [f.message for f in report.findings if f.rule == "ref.inconsistent"] == []


@pytest.fixture(scope="module")
def bibtex(papers):
    """The BibTeX of each paper's cited works, as ``citecheck bib`` writes it."""
    out = {}
    for name, extraction in papers.items():
        works, _ = collect_works(parse_references(extraction)[0])
        out[name] = render(works, "bibtex")
    return out


BIB_FIELDS = [
    pytest.param(MEDIEVAL, ("author = {Dollinger, Philippe}", "title = {The German Hansa}", "publisher = {Macmillan}",
                            "year = {1970}"), id="medieval-book"),
    pytest.param(MEDIEVAL, ("url = {https://bryggensmuseum.no/samlinger/kontorbok-1440?side=14&visning=tekst}",),
                 id="medieval-repaired-url"),
    pytest.param(CLIMATE, ("doi = {10.1038/s41558-021-01250-z}", "journal = {Nature Climate Change}"),
                 id="climate-article-doi"),
    pytest.param(NODDACK, ("doi = {10.1038/133898a0}", "title = {Possible Production of Elements of Atomic Number "
                           "Higher than 92}"), id="noddack-article"),
    pytest.param(CZECH, ("author = {Klabouch, Jiří}", "publisher = {Academia}", "year = {1962}"), id="czech-book"),
    pytest.param(SLOVAK, ("url = {https://volby.statistics.sk/nrsr/nrsr2023/sk/vysledky_hlasovania_strany.html}",),
                 id="slovak-online"),
]


@pytest.mark.parametrize("name, fields", BIB_FIELDS)
def test_bib_entry_fields(bibtex, name, fields):
    for field in fields:
        assert field in bibtex[name]


NOT_WORKS = [
    pytest.param(MEDIEVAL, "Stockfish shipped", id="medieval-appendix"),
    pytest.param(CLIMATE, "Portland cement", id="climate-appendix"),
    pytest.param(NODDACK, "Marries Walter", id="noddack-chronology"),
    pytest.param(CZECH, "sčítání", id="czech-appendix"),
    pytest.param(SLOVAK, "Republika", id="slovak-appendix"),
    pytest.param(SLOVAK, "HLAS-SD", id="slovak-table"),
]


@pytest.mark.parametrize("name, text", NOT_WORKS)
def test_tables_and_appendices_do_not_become_works(bibtex, name, text):
    assert text not in bibtex[name]
