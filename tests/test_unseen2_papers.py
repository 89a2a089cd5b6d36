"""End-to-end tests on a second batch of unseen papers (tests/data/unseen2/, see its README).

The first batch (tests/data/unseen/) was tuned on and no longer measures anything. These
five were written after it, in styles and damage it does not have: a German paper about
Danzig and Poland in cp1250 (footnotes after a rule of underscores, `– 2 –` folios at the
head, author and short title alternating as running heads, a note continued on the next
page, `Ebd.`, German dates and `S.` pages, a `Quellen- und Literaturverzeichnis`); an
English two-column paper with endnotes under `Notes` (hyphenation damage, markers after
quotes, parentheses and semicolons, `Page n of 6` footers, URLs broken at hyphens, slashes
and inside `<...>`, one URL cited in two damaged forms); a Czech law paper saved as UTF-8
with BOM and CRLF whose footnotes restart on every page and have no separator; a Vancouver
public-health paper with bracketed numbers, journal folios 101–104 and affiliation
numbers under the byline; a double-spaced MLA essay with author–page citations, an
`Adeyemi 2` header, endnotes and a hanging-indent `Works Cited`.

Every expected value below was written by reading the texts, before the extractor was
first run on them, and committed as written; where one was changed later, the README
(`tests/data/unseen2/README.md`) says which and why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import unseen_support as unseen
from tests.unseen_support import line_of  # (the scorer reads each batch's line_of)

DATA = Path(__file__).resolve().parent / "data" / "unseen2"

GERMAN = "de_danzig_handel"
ENDNOTES = "en_budapest_1956_endnotes"
CZECH = "cs_platy_infz"
VANCOUVER = "en_hpv_vancouver"
MLA = "en_mla_beloved"
PAPERS = (GERMAN, ENDNOTES, CZECH, VANCOUVER, MLA)

papers = unseen.papers_fixture(DATA, PAPERS)  # each paper's extraction, keyed by file stem


# --- loading -----------------------------------------------------------------------------

ENCODINGS = {GERMAN: "cp1250", ENDNOTES: "utf-8", CZECH: "utf-8-sig", VANCOUVER: "utf-8", MLA: "utf-8"}

test_encoding_and_letters = unseen.expect_encodings(PAPERS, ENCODINGS, by_codec=False)


def test_german_and_polish_letters_survive_cp1250(papers):
    text = papers[GERMAN].document.text
    for word in ("Preußen", "Königs", "Gdańsk", "kapitałem", "mieszczańskim", "olęderskie", "Bożena", "Toruń"):
        assert word in text


# --- notes -------------------------------------------------------------------------------

NOTE_NUMBERS = {  # in reading order
    GERMAN: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19],  # note 13's text is missing
    ENDNOTES: list(range(1, 16)),
    CZECH: [1, 2, 3, 1, 2, 1, 3, 1, 2],  # numbering restarts on every page; page 3 lost its note 2
    VANCOUVER: [],  # the numbers under the byline are affiliations, not notes
    MLA: [1, 2],
}

test_note_numbers_and_no_unnumbered_fragments = unseen.expect_note_numbers(PAPERS, NOTE_NUMBERS)


NOTE_TEXTS = [  # (paper, a text that opens the note's first line, the note's whole text)
    pytest.param(GERMAN, "1 Der Vertragstext", "Der Vertragstext bei Erich Weise (Hg.): Die Staatsverträge des Deutschen "
                 "Ordens in Preußen im 15. Jahrhundert, Bd. 2: 1438–1467, Marburg 1955, Nr. 403, S. 262–288.",
                 id="de-german-dates-and-pages"),
    pytest.param(GERMAN, "4 Vgl. Maria Bogucka", "Vgl. Maria Bogucka: Gdańsk jako ośrodek produkcyjny w XIV–XVII wieku, "
                 "Warszawa 1962, S. 44; dazu kritisch Henryk Samsonowicz: Badania nad kapitałem mieszczańskim Gdańska "
                 "w II połowie XV wieku, Warszawa 1960, S. 112–118.", id="de-polish-titles"),
    pytest.param(GERMAN, "5 Die Pfundzollbücher", "Die Pfundzollbücher liegen im Archiwum Państwowe w Gdańsku, Bestand "
                 "300,19; ein Verzeichnis bietet https://www.archiwum.gda.pl/zasob/przewodnik/zespol-300-19-pfundzoll.html "
                 "(Zugriff: 12.03.2023).", id="de-url-broken-at-its-hyphen"),
    pytest.param(GERMAN, "6 Ebd.", "Ebd., S. 9.", id="de-ebd"),
    pytest.param(GERMAN, "7 Archiwum", "Archiwum Państwowe w Gdańsku (APG), 300,19/3, fol. 12r–31v; vgl. Victor Lauffer: "
                 "Danzigs Schiffs- und Warenverkehr am Ende des XV. Jahrhunderts, in: Zeitschrift des Westpreußischen "
                 "Geschichtsvereins 33 (1894), S. 1–44, hier S. 17.", id="de-real-hyphen-mid-line"),
    pytest.param(GERMAN, "8 Zur Ausfuhr", "Zur Ausfuhr nach Amsterdam grundlegend Milja van Tielhof: The „Mother of All "
                 "Trades“. The Baltic Grain Trade in Amsterdam from the Late 16th to the Early 19th Century, Leiden 2002, "
                 "S. 45–51.", id="de-german-quotes"),
    pytest.param(GERMAN, "10 Vgl. Karola", "Vgl. Karola Ciesielska: Osadnictwo „olęderskie“ w Prusach Królewskich i na "
                 "Kujawach w świetle kontraktów osadniczych, in: Studia i Materiały do Dziejów Wielkopolski i Pomorza 4 "
                 "(1958), S. 219–256, hier S. 230.", id="de-note-continued-on-next-page"),
    pytest.param(GERMAN, "11 Consularia", "Consularia Cracoviensia 428 (1470–1489) und 429 (1490–1520), Archiwum Narodowe "
                 "w Krakowie; eine Teiledition bei Bożena Wyrozumska (Hg.): Kancelaria miasta Krakowa w średniowieczu, "
                 "Kraków 1995, S. 88–140.", id="de-first-note-after-a-carried-over-tail"),
    pytest.param(GERMAN, "14 Archiwum", "Archiwum Narodowe w Krakowie, Consularia 429, S. 211. Die Edition ist online unter "
                 "<https://polona.pl/item/consularia-cracoviensia-429,MTIzNDU2Nzg/4/> zugänglich.",
                 id="de-url-broken-inside-angle-brackets"),
    pytest.param(GERMAN, "15 Kizik", "Kizik, Mennonici, S. 33.", id="de-short-form"),
    pytest.param(GERMAN, "18 Zitiert", "Zitiert nach Simson, Geschichte der Stadt Danzig, S. 367.", id="de-zitiert-nach"),
    pytest.param(ENDNOTES, "1. Fry to Foreign Office, tel. no. 412", "Fry to Foreign Office, tel. no. 412, 23 October 1956, "
                 "The National Archives, Kew (TNA), FO 371/122375.", id="en-endnote-date-wrapped"),
    pytest.param(ENDNOTES, "2. On the marking", "On the marking of telegrams see Keith Hamilton and Richard Langhorne, The "
                 "Practice of Diplomacy: Its Evolution, Theory and Administration, 2nd ed. (London: Routledge, 2011), "
                 "212–214.", id="en-two-column-hyphenation"),
    pytest.param(ENDNOTES, "3. Keith Kyle", "Keith Kyle, Suez: Britain’s End of Empire in the Middle East (London: I. B. "
                 "Tauris, 2011), 359.", id="en-hyphenation-in-title"),
    pytest.param(ENDNOTES, "4. Cowley", "Cowley’s reports are in TNA, WO 208/4403; a digitised selection is at "
                 "https://discovery.nationalarchives.gov.uk/details/r/C4419731.", id="en-url-over-three-lines"),
    pytest.param(ENDNOTES, "5. László", "László Eörsi, Corvinisták 1956 (Budapest: 1956-os Intézet, 2001), 88–91.",
                 id="en-line-opening-with-a-year"),
    pytest.param(ENDNOTES, "7. Fry", "Fry to Foreign Office, tel. no. 502, 2 November 1956, TNA, FO 371/122379; on the "
                 "Soviet decision see Csaba Békés, “The 1956 Hungarian Revolution and World Politics,” Cold War International "
                 "History Project Working Paper 16 (1996), 11–14, <https://www.wilsoncenter.org/sites/default/files/media/"
                 "documents/publication/ACFB39.pdf>.", id="en-endnote-across-page-footer-and-header"),
    pytest.param(ENDNOTES, "9. The Legation", "The Legation’s war diary is printed in Éva Haraszti-Taylor, ed., The "
                 "Hungarian Revolution of 1956: A Collection of Documents from the British Foreign Office (Nottingham: "
                 "Astra, 1995), 201–233.", id="en-real-hyphen-in-name"),
    pytest.param(ENDNOTES, "12. Fry", "Fry to Foreign Office, tel. no. 478, 31 October 1956, TNA, FO 371/122378. The "
                 "declaration is at https://digitalarchive.wilsoncenter.org/document/declaration-soviet-government-30-"
                 "october-1956.", id="en-url-broken-after-dot-and-hyphen"),
    pytest.param(ENDNOTES, "13. CM", "CM (56) 77th Conclusions, 1 November 1956, TNA, CAB 128/30.", id="en-cabinet-minutes"),
    pytest.param(ENDNOTES, "14. Johnson", "Johnson, Eden and Hungary, 77.", id="en-short-form"),
    pytest.param(ENDNOTES, "15. See also", "See also Békés, “Hungarian Revolution,” 20; the declaration is at "
                 "https://digitalarchive.wilsoncenter.org/document/declaration-soviet-government-30-october-1956.",
                 id="en-url-broken-without-hyphens"),
    pytest.param(CZECH, "1 Zákon č. 106/1999", "Zákon č. 106/1999 Sb., o svobodném přístupu k informacím, ve znění "
                 "pozdějších předpisů.", id="cs-page1-note1"),
    pytest.param(CZECH, "2 Rozsudek", "Rozsudek rozšířeného senátu Nejvyššího správního soudu ze dne 22. 10. 2014, č. j. "
                 "8 As 55/2012-62, č. 3163/2015 Sb. NSS. Dostupné z: <https://vyhledavac.nssoud.cz/DokumentOriginal/Html/"
                 "1125433>", id="cs-url-broken-inside-angle-brackets"),
    pytest.param(CZECH, "3 FUREK", "FUREK, Adam, ROTHANZL, Lukáš a JIROVEC, Tomáš. Zákon o svobodném přístupu k informacím: "
                 "komentář. 2. vyd. Praha: C. H. Beck, 2016, s. 412–415.", id="cs-iso690-book"),
    pytest.param(CZECH, "1 Tamtéž", "Tamtéž, s. 417.", id="cs-page2-note1"),
    pytest.param(CZECH, "2 Nález", "Nález Ústavního soudu ze dne 17. 10. 2017, sp. zn. IV. ÚS 1378/16, N 189/87 SbNU 149.",
                 id="cs-page2-note2"),
    pytest.param(CZECH, "3 Srov.", "Srov. FUREK, ROTHANZL a JIROVEC, op. cit., s. 420.", id="cs-op-cit"),
    pytest.param(CZECH, "1 Směrnice", "Směrnice Evropského parlamentu a Rady (EU) 2019/1024 ze dne 20. června 2019 "
                 "o otevřených datech a opakovaném použití informací veřejného sektoru. Úřední věstník Evropské unie "
                 "[online]. L 172, 26. 6. 2019, s. 56–83 [cit. 2023-05-02]. Dostupné z: https://eur-lex.europa.eu/"
                 "legal-content/CS/TXT/?uri=CELEX:32019L1024", id="cs-url-broken-after-colon"),
    pytest.param(MLA, "1. I use", "I use \"supernatural\" in the sense of Walker's essays, where the spiritual is a form "
                 "of knowledge rather than of belief (Walker 232).", id="mla-double-spaced-endnote"),
    pytest.param(MLA, "2. On the term", "On the term, see also Morrison's interview with Gloria Naylor, reprinted in "
                 "Conversations with Toni Morrison, edited by Danille Taylor-Guthrie (UP of Mississippi, 1994), 206-08.",
                 id="mla-endnote-over-three-lines"),
]

test_note_text = unseen.expect_note_texts(NOTE_TEXTS)


def test_czech_notes_link_to_the_marker_on_their_own_page(papers):
    extraction = papers[CZECH]
    expected = {  # note's first line -> the line of its marker
        "1 Zákon č. 106/1999": "(dále jen „InfZ“)1",
        "1 Tamtéž": "opačnému závěru.1",
        "1 KORBEL": "nebo řidiči).1",
        "3 Srov.": "uplatňují různě.3",
        "2 ŠIMÍČEK": "žádost.2",
    }
    for opening, marker in expected.items():
        note = next(n for n in extraction.notes if n.location.line == line_of(extraction, opening))
        assert [m.line for m in note.markers] == [line_of(extraction, marker)], opening


NOT_NOTES = [  # lines that open like a note but are not one
    pytest.param(CZECH, "1 Úvod", id="cs-numbered-heading"),
    pytest.param(CZECH, "5 Závěr", id="cs-numbered-heading-after-folio"),
    pytest.param(GERMAN, "2. Die Weichsel", id="de-numbered-heading"),
    pytest.param(GERMAN, "1475     22", id="de-table-row"),
    pytest.param(ENDNOTES, "24 Oct        40", id="en-table-row"),
    pytest.param(VANCOUVER, "1 Department of Epidemiology", id="vancouver-affiliation"),
    pytest.param(VANCOUVER, "2003        17,105", id="vancouver-table-row"),
    pytest.param(MLA, "14 March 2023", id="mla-date-in-heading-block"),
]

test_lines_that_only_look_like_notes = unseen.expect_not_notes(NOT_NOTES)


# --- markers -----------------------------------------------------------------------------

MARKERS = {
    GERMAN: list(range(1, 20)),
    ENDNOTES: [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 13, 14, 15],  # notes 9 and 11 have no marker
    CZECH: [1, 2, 3, 1, 2, 1, 2, 3, 1, 2],
    VANCOUVER: [],
    MLA: [1, 2, 3],
}

test_markers = unseen.expect_markers(PAPERS, MARKERS)


GLUED_MARKERS = [
    pytest.param(GERMAN, 3, "beschrieben;3", id="de-after-semicolon"),
    pytest.param(GERMAN, 6, "Cracoviensia)6", id="de-after-parenthesis"),
    pytest.param(GERMAN, 8, "(vgl. Tabelle 1).8", id="de-after-parenthesis-and-stop"),
    pytest.param(GERMAN, 12, "Johann Boner,12", id="de-after-comma-at-line-end"),
    pytest.param(GERMAN, 14, "zu zahlen;14", id="de-semicolon-mid-line"),
    pytest.param(GERMAN, 18, "vom Tische“.18", id="de-after-german-quote"),
    pytest.param(ENDNOTES, 2, "“immediate”;2", id="en-quote-semicolon"),
    pytest.param(ENDNOTES, 3, "attacked Egypt).3", id="en-parenthesis-stop"),
    pytest.param(ENDNOTES, 4, "(see Table 1).4", id="en-after-table-reference"),
    pytest.param(ENDNOTES, 7, "vember).7", id="en-after-hyphenated-date"),
    pytest.param(ENDNOTES, 10, "“gone native”.10", id="en-quote-stop"),
    pytest.param(ENDNOTES, 13, "proceeded;13", id="en-semicolon"),
    pytest.param(CZECH, 1, "„InfZ“)1", id="cs-quote-parenthesis"),
    pytest.param(CZECH, 2, "55/2012-62).2", id="cs-after-case-number"),
    pytest.param(CZECH, 1, "otevřených datech1", id="cs-glued-to-word"),
    pytest.param(MLA, 2, "(Morrison 36).2", id="mla-after-citation"),
]

test_glued_marker_is_found_on_its_line = unseen.expect_glued_markers(GLUED_MARKERS)


# --- citations ---------------------------------------------------------------------------

CITATIONS = {
    GERMAN: [],
    ENDNOTES: [("Kyle", "2011", "402–405"), ("Smith", "2016", None)],
    CZECH: [],
    VANCOUVER: [],
    # MLA cites author and page, no year.
    MLA: [("Morrison", None, "3"), ("Gates", None, "51"), ('"Site of Memory"', None, "110"), ("Morrison", None, "36"),
          ("Bhabha", None, "13"), ("Spillers", None, "68"), ("Du Bois", None, "7-8"), ("Morrison", None, "274")],
}

test_in_text_citations = unseen.expect_citations(PAPERS, CITATIONS)


NUMERIC = {
    VANCOUVER: [(1, 2), (3, 4, 5), (6,), (7,), (8, 9), (10, 11, 12), (13,), (14, 15), (8, 14)],
    GERMAN: [], ENDNOTES: [], CZECH: [], MLA: [],
}

test_numeric_citations = unseen.expect_numeric(PAPERS, NUMERIC)


# --- lists ---------------------------------------------------------------------------------

LISTS = {  # heading, entry count, first entry, last entry
    GERMAN: ("Quellen- und Literaturverzeichnis", 8,
             "Biskup, Marian: Das Privileg Kasimirs IV. für Danzig vom 15. Mai 1457, in: Zeitschrift für Ostforschung 6 "
             "(1957), S. 161–176.",
             "Weise, Erich (Hg.): Die Staatsverträge des Deutschen Ordens in Preußen im 15. Jahrhundert, Bd. 2: "
             "1438–1467, Marburg 1955."),
    ENDNOTES: ("Bibliography", 5,
               "Békés, Csaba. “The 1956 Hungarian Revolution and World Politics.” Cold War International History Project "
               "Working Paper 16. Washington, DC: Woodrow Wilson Center, 1996.",
               "Kyle, Keith. Suez: Britain’s End of Empire in the Middle East. London: I. B. Tauris, 2011."),
    CZECH: ("Seznam použitých zdrojů", 5,
            "FUREK, Adam, ROTHANZL, Lukáš a JIROVEC, Tomáš. Zákon o svobodném přístupu k informacím: komentář. 2. vyd. "
            "Praha: C. H. Beck, 2016. ISBN 978-80-7400-606-9.",
            "Zákon č. 106/1999 Sb., o svobodném přístupu k informacím, ve znění pozdějších předpisů."),
    VANCOUVER: ("REFERENCES", 14,
                "1. de Martel C, Plummer M, Vignat J, Franceschi S. Worldwide burden of cancer attributable to HPV by "
                "site, country and HPV type. Int J Cancer. 2017;141(4):664-70. doi: 10.1002/ijc.30716.",
                "14. Bálint A, Kovács K, Oroszi B. Social inequalities in HPV vaccine uptake among Hungarian "
                "adolescents. Eur J Public Health. 2020;30(5):936-41."),
    MLA: ("Works Cited", 6,
          "Bhabha, Homi K. The Location of Culture. Routledge, 1994.",
          "Walker, Alice. In Search of Our Mothers' Gardens: Womanist Prose. Harcourt, 1983."),
}

test_reference_list_entries = unseen.expect_lists(PAPERS, LISTS)


MIDDLE_ENTRIES = [
    pytest.param(ENDNOTES, "Hamilton, Keith, and Richard Langhorne. The Practice of Diplomacy: Its Evolution, Theory and "
                 "Administration. 2nd ed. London: Routledge, 2011.", id="en-entry-line-opening-with-the"),
    pytest.param(VANCOUVER, "3. Drolet M, Bénard É, Pérez N, Brisson M; HPV Vaccination Impact Study Group. "
                 "Population-level impact and herd effects following the introduction of human papillomavirus "
                 "vaccination programmes: updated systematic review and meta-analysis. Lancet. 2019;394(10197):497-509.",
                 id="vancouver-entry-over-four-lines"),
    pytest.param(MLA, "---. \"The Site of Memory.\" Inventing the Truth: The Art and Craft of Memoir, edited by William "
                 "Zinsser, Houghton Mifflin, 1987, pp. 101-24.", id="mla-repeated-author-dashes"),
    pytest.param(MLA, "Du Bois, W. E. B. The Souls of Black Folk. 1903. Edited by Brent Hayes Edwards, Oxford UP, 2007.",
                 id="mla-hanging-indent"),
]

test_list_entry_text = unseen.expect_list_entries(MIDDLE_ENTRIES)


# --- URLs ------------------------------------------------------------------------------------

URLS = {  # (url, repaired, where)
    GERMAN: [("https://www.archiwum.gda.pl/zasob/przewodnik/zespol-300-19-pfundzoll.html", True, "note 5"),
             ("https://polona.pl/item/consularia-cracoviensia-429,MTIzNDU2Nzg/4/", True, "note 14")],
    ENDNOTES: [("https://discovery.nationalarchives.gov.uk/details/r/C4419731", True, "note 4"),
               ("https://www.wilsoncenter.org/sites/default/files/media/documents/publication/ACFB39.pdf", True, "note 7"),
               ("https://digitalarchive.wilsoncenter.org/document/declaration-soviet-government-30-october-1956", True,
                "note 12"),
               ("https://digitalarchive.wilsoncenter.org/document/declaration-soviet-government-30-october-1956", True,
                "note 15")],
    CZECH: [("https://vyhledavac.nssoud.cz/DokumentOriginal/Html/1125433", True, "note 2"),
            ("https://eur-lex.europa.eu/legal-content/CS/TXT/?uri=CELEX:32019L1024", True, "note 1")],
    VANCOUVER: [("https://www.who.int/publications/i/item/9789240014107", True, "list"),
                ("https://www.gov.pl/web/zdrowie/szczepienia-przeciwko-hpv", True, "list")],
    MLA: [],
}

test_urls = unseen.expect_urls(PAPERS, URLS)

# Notes 12 and 15 break the same URL at different places; joined, the two are the same
# text, so there is no variant to report (see the README of tests/data/unseen2/).
test_url_findings = unseen.expect_url_findings(PAPERS, URLS)


# --- pages -----------------------------------------------------------------------------------

PAGES = {
    GERMAN: [None, "2", "3", "4", "5", "6"],
    ENDNOTES: ["1", "2", "3", "4", "5", "6"],
    CZECH: ["1", "2", "3", "4", "5"],
    VANCOUVER: ["101", "102", "103", "104"],
    MLA: ["1", "2", "3", "4"],
}

RUNNING_HEADS = {
    GERMAN: ("Anna Schreiber", "Danziger Kaufleute nach 1466"),
    ENDNOTES: ("Okonkwo and Varga", "CENTRAL EUROPEAN HISTORY REVIEW 14 (2021)"),
    CZECH: (),
    VANCOUVER: ("Cent Eur J Public Health 2022; 30(2): 101–104",),
    MLA: (),
}

test_pages_and_their_printed_numbers = unseen.expect_pages(PAPERS, PAGES)


@pytest.mark.parametrize("name", PAPERS)
def test_running_heads_are_page_furniture(papers, name):
    extraction = papers[name]
    first_folio = next((i for i, role in enumerate(extraction.line_roles, 1) if role == "page-number"), 0)
    for head in RUNNING_HEADS[name]:  # the byline on the title page is not a running head
        lines = [i for i, text in enumerate(extraction.document.lines, 1) if text.strip() == head and i > first_folio]
        assert len(lines) >= 2
        assert {extraction.line_roles[i - 1] for i in lines} == {"running-header"}


def test_mla_page_headers_are_page_furniture(papers):
    extraction = papers[MLA]
    lines = [i for i, text in enumerate(extraction.document.lines, 1) if text.strip().startswith("Adeyemi ")]
    assert len(lines) == 4
    assert {extraction.line_roles[i - 1] for i in lines} == {"running-header"}


# --- findings --------------------------------------------------------------------------------

EXPECTED_FINDINGS = {  # rule and a text on the line it points to
    GERMAN: [("note.missing-text", "vermuten lassen.13"), ("cite.short-form-unresolved", "15 Kizik, Mennonici")],
    ENDNOTES: [("note.orphan", "9. The Legation"), ("note.orphan", "11. Haraszti-Taylor"),
               ("cite.short-form-unresolved", "14. Johnson, Eden"), ("cite.unmatched", "Smith 2016)")],
    CZECH: [("note.missing-text", "veřejné záležitosti.2"), ("cite.short-form-unresolved", "2 ŠIMÍČEK")],
    VANCOUVER: [("cite.numeric-unmatched", "Hungary and Romania [14, 15]")],
    MLA: [("note.missing-text", "Beloved tears it away.3"), ("cite.unmatched", "(Spillers 68)")],
}


def expected_findings(extraction, name: str) -> list[tuple[str, int]]:
    return [(rule, line_of(extraction, needle)) for rule, needle in EXPECTED_FINDINGS[name]]


test_integrity_findings = unseen.expect_findings(PAPERS, expected_findings)
test_check_offline_reports_the_integrity_findings_of_every_paper = unseen.expect_check_offline(
    DATA, PAPERS, expected_findings)
