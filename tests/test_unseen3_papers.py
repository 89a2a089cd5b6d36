"""End-to-end tests on a third batch of unseen papers (tests/data/unseen3/, see its README).

The first two batches (tests/data/unseen/, tests/data/unseen2/) were tuned on and no longer
measure anything. These three were written after them, in styles and damage they do not
have: an Italian history article in cp1252 with footnotes (`Cfr.`, `Ivi`, `Id.`,
`Ibidem`, `cit.`), the running head `RIVISTA DI STORIA 12 (2019)` with the folio glued in
front of it on even pages and the short title on odd pages, a note continued on the next
page, a missing note text, a note without a marker and URLs with `consultato il …`; an
English APA 7 political-science paper (`&`, `et al.`, `2020a, 2020b`, narrative citations
with pages, `[WHO]` then `WHO`, a cited author missing from the References, a
hanging-indent list with DOIs broken at `/` and `.`, `Page n of 7` footers and form feeds
before some pages only); a Chicago-notes thesis chapter (markers flattened after words,
commas, quotes and parentheses, a duplicated and a skipped note number, notes continued
across pages, `Ibid.` and an unresolved short form, a rule above the notes on some pages
only, body lines opening with a year, a quantity or a date, numbered headings, ligatures,
a soft hyphen, a folio merged into the last line of a paragraph).

Every expected value below was written by reading the texts, before the extractor (or any
of citecheck's code) was first run on them; where one is changed later, the README
(`tests/data/unseen3/README.md`) says which and why.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import unseen_support as unseen
from tests.unseen_support import line_of  # (the scorer reads each batch's line_of)

DATA = Path(__file__).resolve().parent / "data" / "unseen3"

ITALIAN = "it_biblioteche_popolari"
APA = "en_apa_trust_compliance"
THESIS = "en_chicago_thesis_halifax"
PAPERS = (ITALIAN, APA, THESIS)

papers = unseen.papers_fixture(DATA, PAPERS)  # each paper's extraction, keyed by file stem


def first_author(author: str) -> str:
    """The first author's name of a citation's ``author``: ``Hartley & Osei`` -> ``Hartley``.

    The README fixes neither how a two-author or ``et al.`` citation's author is spelled nor
    whether it keeps the co-authors, so the tests compare the first author only.
    """
    return re.split(r"\s+et al\.?|\s*&\s*|\s+and\s+|\s*,\s*", author.strip())[0]


def page_span(pages: str | None) -> str | None:
    """A citation's pages without a leading ``p.``/``pp.``: ``p. 4`` -> ``4``."""
    return None if pages is None else re.sub(r"^pp?\.\s*", "", pages.strip())


# --- loading -----------------------------------------------------------------------------

ENCODINGS = {ITALIAN: "cp1252", APA: "utf-8", THESIS: "utf-8"}

test_encoding_and_letters = unseen.expect_encodings(PAPERS, ENCODINGS, by_codec=False)


def test_italian_letters_survive_cp1252(papers):
    text = papers[ITALIAN].document.text
    for word in ("Unità", "città", "più", "benché", "ciò", "Cantù", "affidò", "d’Italia", "«Il Bibliofilo»"):
        assert word in text


# --- notes -------------------------------------------------------------------------------

NOTE_NUMBERS = {  # in reading order
    ITALIAN: list(range(1, 13)) + list(range(14, 24)),  # note 13's text is missing
    APA: [],  # APA: no notes; `Note. Scales run …` under the table is a table note
    THESIS: list(range(1, 12)) + list(range(13, 21)),  # 12 is skipped (neither marker nor note)
}

test_note_numbers_and_no_unnumbered_fragments = unseen.expect_note_numbers(PAPERS, NOTE_NUMBERS)


NOTE_TEXTS = [  # (paper, a text that opens the note's first line, the note's whole text)
    pytest.param(ITALIAN, "1 Cfr. E. Fabietti", "Cfr. E. Fabietti, Manuale per le biblioteche popolari, Milano, "
                 "Consorzio per le biblioteche popolari, 1908, pp. 3-11; sulla vicenda pratese si veda A. Bruni, La "
                 "biblioteca circolante di Prato. Relazione del primo anno, Prato, Alberghetti, 1862.",
                 id="it-cfr-over-three-lines"),
    pytest.param(ITALIAN, "2 Archivio di Stato di Milano", "Archivio di Stato di Milano (d’ora in poi ASMi), Studi, "
                 "parte moderna, b. 412, fasc. 3, Statuto della Società promotrice delle biblioteche popolari, 1867, "
                 "artt. 1-4.", id="it-archival-note"),
    pytest.param(ITALIAN, "3 Cfr. M. Raicich", "Cfr. M. Raicich, Scuola, cultura e politica da De Sanctis a Gentile, "
                 "Pisa, Nistri-Lischi, 1981, pp. 211-240.", id="it-wrapped-line-opening-with-a-year"),
    pytest.param(ITALIAN, "4 Cfr. G. Chiosso", "Cfr. G. Chiosso, L’educazione del popolo nell’Italia liberale, "
                 "Brescia, La Scuola, 1989, pp. 97-130; Id., Libri di scuola e mercato editoriale, Milano, "
                 "FrancoAngeli, 2013, p. 21.", id="it-id"),
    pytest.param(ITALIAN, "6 Sulla lettura", "Sulla lettura popolare come oggetto di storia cfr. L. Braida, Stampa e "
                 "cultura in Europa tra XV e XIX secolo, Roma-Bari, Laterza, 2000, pp. 178-185.",
                 id="it-last-note-before-glued-running-head"),
    pytest.param(ITALIAN, "9 I dati", "I dati sono calcolati sul Catalogo della biblioteca popolare circolante di "
                 "Porta Ticinese, Milano, Tip. Bernardoni, 1874, di cui una copia digitalizzata è disponibile "
                 "all’indirizzo https://archive.org/details/catalogobibliotec00soci (consultato il 3 marzo 2020).",
                 id="it-url-broken-after-slash"),
    pytest.param(ITALIAN, "10 Cfr. Raicich", "Cfr. Raicich, Scuola, cultura e politica cit., p. 228, che trascrive il "
                 "passo ma lo data al 1876; l’originale è in ASMi, Studi, parte moderna, b. 413, Relazione della "
                 "Società promotrice per l’anno 1875, c. 4v.", id="it-note-continued-on-next-page"),
    pytest.param(ITALIAN, "11 Ivi", "Ivi, c. 6r.", id="it-ivi-after-carried-over-tail"),
    pytest.param(ITALIAN, "12 Archivio storico", "Archivio storico del Comune di Bergamo, Società di mutuo soccorso, "
                 "b. 7, Verbali del comitato della biblioteca, 1868-1875; cfr. G. Pesenti, Operai e lettori. La "
                 "biblioteca della Società di mutuo soccorso di Bergamo, in «Archivio storico bergamasco», "
                 "9 (1989), pp. 45-72.", id="it-journal-in-guillemets"),
    pytest.param(ITALIAN, "14 Pesenti", "Pesenti, Operai e lettori cit., pp. 58-61.", id="it-cit-short-form"),
    pytest.param(ITALIAN, "15 Archivio di Stato di Cremona", "Archivio di Stato di Cremona, Comune di Cremona, "
                 "Istruzione pubblica, b. 88, verbali della Giunta, 12 gennaio 1877.",
                 id="it-wrapped-line-with-date-before-running-head"),
    pytest.param(ITALIAN, "17 Archivio Centrale", "Archivio Centrale dello Stato, Ministero della Pubblica Istruzione, "
                 "Divisione scuole popolari, b. 23, relazione Ravasi, 14 maggio 1881; il testo è consultabile anche "
                 "in https://www.lombardiabeniculturali.it/archivi/soggetti-produttori/ente/MIDC00A3F2/ (consultato "
                 "il 3 marzo 2020).", id="it-whole-url-then-hyphenated-consultato"),
    pytest.param(ITALIAN, "19 Sul tema", "Sul tema cfr. Braida, Stampa e cultura cit., pp. 190-193.",
                 id="it-note-without-marker"),
    pytest.param(ITALIAN, "20 ASMi", "ASMi, Studi, parte moderna, b. 414, Relazione della Società promotrice per "
                 "l’anno 1886, c. 2r.", id="it-folio-tail"),
    pytest.param(ITALIAN, "22 Ibidem", "Ibidem.", id="it-ibidem"),
    pytest.param(ITALIAN, "23 Per un confronto", "Per un confronto con il caso piemontese cfr. Chiosso, L’educazione "
                 "del popolo cit., pp. 140-152, e la scheda dell’Anagrafe delle biblioteche italiane, "
                 "https://anagrafe.iccu.sbn.it/it/ricerca/dettaglio.html?codice-isil=IT-MI0185 (consultato il 3 marzo "
                 "2020).", id="it-page-range-at-line-start-and-url-broken-after-dot"),
    pytest.param(THESIS, "1 Halifax Industrial", "Halifax Industrial Co-operative Society, Minute Book No. 1, 12 March "
                 "1870, West Yorkshire Archive Service, Calderdale (hereafter WYAS), HCS/1/1.",
                 id="thesis-first-note-after-underscores"),
    pytest.param(THESIS, "2 George Jacob", "George Jacob Holyoake, The History of Co-operation in Halifax, and of Some "
                 "Other Institutions around It (London: Trübner, 1867), 14.", id="thesis-book"),
    pytest.param(THESIS, "3 Ibid.", "Ibid., 22–23.", id="thesis-ibid"),
    pytest.param(THESIS, "4 Peter Gurney", "Peter Gurney, Co-operative Culture and the Politics of Consumption in "
                 "England, 1870–1930 (Manchester: Manchester University Press, 1996), 31–36; on reading rooms in "
                 "particular see Lawrence Black and Nicole Robertson, eds., Consumerism and the Co-operative Movement "
                 "in Modern British History (Manchester: Manchester University Press, 2009), 58–61.",
                 id="thesis-continued-on-page-without-rule-tail-opens-with-a-name"),
    pytest.param(THESIS, "5 Minute Book", "Minute Book No. 1, 4 January 1875, WYAS, HCS/1/1.",
                 id="thesis-first-note-after-carried-over-tail"),
    pytest.param(THESIS, "7 The Auditor", "The Auditor’s Report for 1876 praises the “exemplary neatness” of the "
                 "Society’s bookkeeping; WYAS, HCS/4/2, fols. 3–9. The ledgers themselves survive only from 1878.",
                 id="thesis-soft-hyphen"),
    pytest.param(THESIS, "8 Halifax Courier", "Halifax Courier, 14 October 1876, 5.", id="thesis-newspaper"),
    pytest.param(THESIS, "9 Halifax Courier", "Halifax Courier, 21 October 1876, 3; the vote was 214 to 37.",
                 id="thesis-note-whose-marker-was-printed-as-8"),
    pytest.param(THESIS, "10 Edward Royle", "Edward Royle, Victorian Infidels: The Origins of the British Secularist "
                 "Movement, 1791–1866 (Manchester: Manchester University Press, 1974), 212–215, on the Halifax "
                 "secularists, several of whom wrote to the Courier against the sub-committee.",
                 id="thesis-continued-line-opens-with-years"),
    pytest.param(THESIS, "13 Minute Book", "Minute Book No. 2, 5 March 1877, WYAS, HCS/1/2.",
                 id="thesis-note-after-skipped-number"),
    pytest.param(THESIS, "14 Auditor", "Auditor’s Report for 1880, WYAS, HCS/4/6, fol. 2. The auditors returned to "
                 "the point every year until 1886, when the committee finally created a separate reading-room account "
                 "and the secretary was censured for having “mixed the books with the butter”.",
                 id="thesis-continued-below-next-pages-rule"),
    pytest.param(THESIS, "15 Report of the Committee", "Report of the Committee to the Half-Yearly Meeting, July 1881, "
                 "WYAS, HCS/2/3, 4.", id="thesis-report"),
    pytest.param(THESIS, "16 Crossley", "Crossley, Reading Room, 18.", id="thesis-unresolved-short-form"),
    pytest.param(THESIS, "17 Gurney", "Gurney, Co-operative Culture, 112.", id="thesis-short-form-before-folio"),
    pytest.param(THESIS, "18 Margaret Haigh", "Margaret Haigh, “Women and the Store: The Halifax Branch of the "
                 "Women’s Co-operative Guild, 1888–1900,” Northern History 41, no. 2 (2004): 233–251, at 236.",
                 id="thesis-article-after-body-line-opening-with-a-year"),
    pytest.param(THESIS, "19 Ibid.", "Ibid., 240.", id="thesis-ibid-with-page"),
    pytest.param(THESIS, "20 The deposit", "The deposit is described at "
                 "https://www.wyjs.org.uk/archive-service/collections/hcs (accessed 3 May 2021).",
                 id="thesis-last-note-with-url"),
]

test_note_text = unseen.expect_note_texts(NOTE_TEXTS)


def test_notes_link_to_their_markers(papers):
    expected = {  # (paper, note's first line) -> the lines of its markers
        (ITALIAN, "1 Cfr. E. Fabietti"): ["modello nazionale.1"],
        (ITALIAN, "10 Cfr. Raicich"): ["vale a correggere»10"],
        (ITALIAN, "11 Ivi"): ["mai applicata.11"],  # marker on page 2, note on page 3
        (ITALIAN, "14 Pesenti"): ["dai notabili;14"],
        (THESIS, "4 Peter Gurney"): ["(the “divi”).4"],
        (THESIS, "10 Edward Royle"): ["on both sides10"],
        (THESIS, "17 Gurney"): ["(founded in 1883)17"],
    }
    for (name, opening), needles in expected.items():
        extraction = papers[name]
        note = next(n for n in extraction.notes if n.location.line == line_of(extraction, opening))
        assert [m.line for m in note.markers] == [line_of(extraction, needle) for needle in needles], opening


NOT_NOTES = [  # lines that open like a note, or sit where notes sit, but are not notes
    pytest.param(ITALIAN, "2. Le fonti e i lettori", id="it-numbered-heading"),
    pytest.param(ITALIAN, "3. Bergamo e Cremona", id="it-numbered-heading-after-odd-head"),
    pytest.param(ITALIAN, "34RIVISTA DI STORIA 12 (2019)", id="it-glued-even-head"),
    pytest.param(ITALIAN, "BIBLIOTECHE POPOLARI IN LOMBARDIA 35", id="it-odd-head"),
    pytest.param(ITALIAN, "Resta da verificare", id="it-body-after-last-head"),
    pytest.param(ITALIAN, "1862.", id="it-list-line-that-is-only-a-year"),
    pytest.param(APA, "12 countries entered the survey", id="apa-body-line-opening-with-a-number"),
    pytest.param(APA, "H1: Trust in government", id="apa-hypothesis"),
    pytest.param(APA, "Note. Scales run", id="apa-table-note"),
    pytest.param(APA, "Denmark        7.1", id="apa-table-row"),
    pytest.param(APA, "2015; Lee, 2016).", id="apa-citation-wrapped-at-year"),
    pytest.param(THESIS, "CHAPTER 2", id="thesis-chapter-heading"),
    pytest.param(THESIS, "2.1 Sources and Method", id="thesis-section-heading"),
    pytest.param(THESIS, "2.2 The Reading Room", id="thesis-section-heading-2"),
    pytest.param(THESIS, "2.3 Members and Money", id="thesis-section-heading-3"),
    pytest.param(THESIS, "2.4 Women and the Store", id="thesis-section-heading-at-page-top"),
    pytest.param(THESIS, "1 January 1875 marked", id="thesis-date-at-paragraph-start"),
    pytest.param(THESIS, "27 members joined", id="thesis-quantity-at-line-start"),
    pytest.param(THESIS, "1876 the sub-committee", id="thesis-year-at-line-start"),
    pytest.param(THESIS, "1989 was the year", id="thesis-year-at-paragraph-start-above-notes"),
    pytest.param(THESIS, "the town for Bradford or Leeds. 36", id="thesis-folio-merged-into-body"),
]

# The first `1862.` ends note 1; the line meant is the second.
test_lines_that_only_look_like_notes = unseen.expect_not_notes(NOT_NOTES, nth={"1862.": 2})


# --- markers -----------------------------------------------------------------------------

MARKERS = {
    ITALIAN: list(range(1, 19)) + [20, 21, 22, 23],  # note 19 has no marker
    APA: [],  # `H1`, `H2`, `COVID-19`, `wave 1;`, `Model 3)` are not note markers
    THESIS: [1, 2, 3, 4, 5, 6, 7, 8, 8, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20],  # 8 printed twice, no 9, no 12
}

test_markers = unseen.expect_markers(PAPERS, MARKERS)


GLUED_MARKERS = [
    pytest.param(ITALIAN, 1, "modello nazionale.1", id="it-after-stop"),
    pytest.param(ITALIAN, 3, "le classi lavoratrici;3", id="it-after-semicolon"),
    pytest.param(ITALIAN, 6, "sceglievano davvero6.", id="it-glued-to-word-before-stop"),
    pytest.param(ITALIAN, 7, "per cento nel 1882.7", id="it-after-year-and-stop"),
    pytest.param(ITALIAN, 8, "leggono romanzi».8", id="it-after-guillemet-and-stop"),
    pytest.param(ITALIAN, 10, "vale a correggere»10", id="it-after-guillemet"),
    pytest.param(ITALIAN, 12, "soli soci lavoratori.12", id="it-at-line-end"),
    pytest.param(ITALIAN, 13, "fabbrica.13 Soltanto", id="it-marker-without-note-text"),
    pytest.param(ITALIAN, 21, "qualunque conferenza»,21", id="it-after-guillemet-and-comma"),
    pytest.param(THESIS, 1, "little more than £300.1", id="thesis-after-money"),
    pytest.param(THESIS, 3, "shopkeepers in England”,3", id="thesis-after-quote-and-comma"),
    pytest.param(THESIS, 4, "(the “divi”).4", id="thesis-after-quote-parenthesis-stop"),
    pytest.param(THESIS, 6, "Society’s trade and its pro", id="thesis-after-comma-in-ligature-word"),
    pytest.param(THESIS, 8, "chair is to be had”.8", id="thesis-after-quote-and-stop"),
    pytest.param(THESIS, 8, "large majority).8", id="thesis-duplicate-after-parenthesis"),
    pytest.param(THESIS, 10, "on both sides10", id="thesis-glued-to-word"),
    pytest.param(THESIS, 13, "every new branch.13", id="thesis-after-skipped-number"),
    pytest.param(THESIS, 16, "movement’s press16", id="thesis-glued-to-word-2"),
    pytest.param(THESIS, 17, "(founded in 1883)17", id="thesis-after-parenthesis"),
    pytest.param(THESIS, 18, "Northgate room from 1888.18", id="thesis-after-year-and-stop"),
]

test_glued_marker_is_found_on_its_line = unseen.expect_glued_markers(GLUED_MARKERS)


NOT_MARKERS = [  # (paper, a line, a number on it that is not a note marker)
    pytest.param(ITALIAN, "34RIVISTA DI STORIA 12 (2019)", 34, id="it-folio-glued-before-head"),
    pytest.param(ITALIAN, "36RIVISTA DI STORIA 12 (2019)", 12, id="it-volume-in-head"),
    pytest.param(ITALIAN, "BIBLIOTECHE POPOLARI IN LOMBARDIA 35", 35, id="it-folio-after-short-title"),
    pytest.param(ITALIAN, "BIBLIOTECHE POPOLARI IN LOMBARDIA 37", 37, id="it-folio-after-short-title-2"),
    pytest.param(APA, "H1: Trust in government", 1, id="apa-hypothesis-label"),
    pytest.param(APA, "Keywords: political trust", 19, id="apa-covid-19"),
    pytest.param(APA, "(see Table 2, Model 3)", 3, id="apa-model-number"),
    pytest.param(THESIS, "CHAPTER 2", 2, id="thesis-chapter-number"),
    pytest.param(THESIS, "the town for Bradford or Leeds. 36", 36, id="thesis-merged-folio"),
    pytest.param(THESIS, "27 members joined", 27, id="thesis-quantity"),
    pytest.param(THESIS, "Minute Book No. 1, 12 March", 1, id="thesis-minute-book-number"),
]


@pytest.mark.parametrize("name, where, number", NOT_MARKERS)
def test_numbers_that_are_not_markers(papers, name, where, number):
    extraction = papers[name]
    line = line_of(extraction, where)
    assert number not in [m.number for m in extraction.markers if m.location.line == line]


# --- citations ---------------------------------------------------------------------------

CITATIONS = {  # (first author, year, pages without `p.`/`pp.`), in reading order
    ITALIAN: [],  # footnotes only; `(1861-1900)`, `(38 per cento)`, `9 (1989)` are not citations
    APA: [("Hartley", "2019", None), ("Marquez", "2020a", None), ("Marquez", "2020b", None),
          ("Devine", "2021", None),  # `Devine⏎et al., 2021)`
          ("Kellner", "2018", "4"), ("Bargmann", "2021", "211–213"),  # `(Bargmann &⏎Lind, 2021, pp. 211–213)`
          ("Brandt", "2015", None), ("Lee", "2016", None),  # `(see, e.g., Brandt,⏎2015; Lee, 2016)`
          ("Marquez", "2020b", "1512"),
          # `[WHO]`, then `WHO`: the abbreviation is kept as written (batch 1's `IEA`, README); changed
          # after the first run, see the README's "Expectations changed".
          ("World Health Organization", "2020", None), ("WHO", "2021", None),
          ("Eurofound", "2020", None),
          ("Devine", "2021", None), ("Kellner", "2018", None),  # `Following Kellner (2018)`
          ("Okafor", "2017", None), ("Hartley", "2019", "410–412"),  # `Hartley and Osei (2019, pp. 410–412)`
          ("Marquez", "2020a", None), ("Hartley", "2019", None), ("Lee", "2016", None),
          ("WHO", "2021", None)],
    THESIS: [],  # Chicago notes; `(founded in 1883)` and `(the “divi”)` are not citations
}


def citation_keys(extraction) -> list[tuple[str, str | None, str | None]]:
    return [(first_author(c.author), c.year, page_span(c.pages)) for c in extraction.citations]

test_in_text_citations = unseen.expect_citations(PAPERS, CITATIONS, keys=citation_keys)


def test_apa_citation_broken_over_two_lines_points_at_its_author(papers):
    extraction = papers[APA]
    okafor = [c for c in extraction.citations if first_author(c.author) == "Okafor"]
    assert [c.location.line for c in okafor] == [line_of(extraction, "(Okafor, 2017)")]
    brandt = [c for c in extraction.citations if first_author(c.author) == "Brandt"]
    assert len(brandt) == 1 and brandt[0].location.line in {line_of(extraction, "(see, e.g., Brandt,"),
                                                            line_of(extraction, "2015; Lee, 2016).")}


NUMERIC = {ITALIAN: [], APA: [], THESIS: []}  # `[WHO]` is bracketed but no reference number

test_numeric_citations = unseen.expect_numeric(PAPERS, NUMERIC)


# --- lists ---------------------------------------------------------------------------------

LISTS = {  # heading, entry count, first entry, last entry
    ITALIAN: ("Bibliografia", 8,
              "Braida L., Stampa e cultura in Europa tra XV e XIX secolo, Roma-Bari, Laterza, 2000.",
              "Raicich M., Scuola, cultura e politica da De Sanctis a Gentile, Pisa, Nistri-Lischi, 1981."),
    APA: ("References", 11,
          "Bargmann, S., & Lind, J. T. (2021). Trust and mobility in the first weeks of the pandemic: Evidence from "
          "Norwegian municipalities. European Journal of Political Research, 60(1), 205–224. "
          "https://doi.org/10.1111/1475-6765.12401",
          "World Health Organization. (2021). COVID-19 and mandatory vaccination: Ethical considerations and caveats "
          "(Policy brief). https://www.who.int/publications/i/item/WHO-2019-nCoV-Policy-brief-Mandatory-vaccination-"
          "2021.1"),
    # A thesis chapter: no list of its own; its last page ends in numbered notes, not entries.
    THESIS: (None, 0, None, None),
}

test_reference_list_entries = unseen.expect_lists(PAPERS, LISTS)


MIDDLE_ENTRIES = [
    pytest.param(ITALIAN, "Bruni A., La biblioteca circolante di Prato. Relazione del primo anno, Prato, Alberghetti, "
                 "1862.", id="it-entry-ending-in-a-line-that-is-only-a-year"),
    pytest.param(ITALIAN, "Lozzi C., Le biblioteche popolari e la lettura delle donne, in «Il Bibliofilo», 1 (1880), "
                 "n. 3, pp. 33-36.", id="it-entry-continued-with-lowercase"),
    pytest.param(ITALIAN, "Pesenti G., Operai e lettori. La biblioteca della Società di mutuo soccorso di Bergamo, in "
                 "«Archivio storico bergamasco», 9 (1989), pp. 45-72.", id="it-entry-continued-with-guillemet"),
    pytest.param(APA, "Devine, D., Gaskell, J., Jennings, W., & Stoker, G. (2021). Trust and the coronavirus pandemic: "
                 "What are the consequences of and for trust? An early review of the literature. Political Studies "
                 "Review, 19(2), 274–285. https://doi.org/10.1177/1478929920948684",
                 id="apa-entry-broken-by-page-footer"),
    pytest.param(APA, "Eurofound. (2020). Living, working and COVID-19 (COVID-19 series). Publications Office of the "
                 "European Union. https://www.eurofound.europa.eu/publications/report/2020/living-working-and-covid-19",
                 id="apa-corporate-author-url-alone-on-a-line"),
    pytest.param(APA, "Marquez, L., Fischer, A., & Nowak, P. (2020b). Who stays at home? Political trust and lockdown "
                 "compliance in Spain and Italy. West European Politics, 43(7), 1505–1528. "
                 "https://doi.org/10.1080/01402382.2020.1779784", id="apa-doi-broken-at-dot"),
    pytest.param(APA, "World Health Organization. (2020). Overview of public health and social measures in the "
                 "context of COVID-19: Interim guidance. https://www.who.int/publications/i/item/"
                 "overview-of-public-health-and-social-measures-in-the-context-of-covid-19",
                 id="apa-url-broken-after-slash"),
]

test_list_entry_text = unseen.expect_list_entries(MIDDLE_ENTRIES)


# --- URLs ------------------------------------------------------------------------------------

URLS = {  # (url, repaired, where)
    ITALIAN: [("https://archive.org/details/catalogobibliotec00soci", True, "note 9"),
              ("https://www.lombardiabeniculturali.it/archivi/soggetti-produttori/ente/MIDC00A3F2/", False, "note 17"),
              ("https://anagrafe.iccu.sbn.it/it/ricerca/dettaglio.html?codice-isil=IT-MI0185", True, "note 23")],
    APA: [("https://doi.org/10.1111/1475-6765.12401", True, "list"),
          ("https://doi.org/10.1177/1478929920948684", False, "list"),
          ("https://www.eurofound.europa.eu/publications/report/2020/living-working-and-covid-19", False, "list"),
          ("https://doi.org/10.1111/gove.12388", False, "list"),
          ("https://doi.org/10.1177/0010414016633226", False, "list"),
          ("https://doi.org/10.1080/17457289.2020.1783281", False, "list"),
          ("https://doi.org/10.1080/01402382.2020.1779784", True, "list"),
          ("https://www.who.int/publications/i/item/overview-of-public-health-and-social-measures-in-the-context-of-"
           "covid-19", True, "list"),
          ("https://www.who.int/publications/i/item/WHO-2019-nCoV-Policy-brief-Mandatory-vaccination-2021.1", False,
           "list")],
    THESIS: [("https://www.wyjs.org.uk/archive-service/collections/hcs", False, "note 20")],
}

test_urls = unseen.expect_urls(PAPERS, URLS)

# No URL is cited twice, so there is no variant.
test_url_findings = unseen.expect_url_findings(PAPERS, URLS)


# --- pages -----------------------------------------------------------------------------------

PAGES = {
    ITALIAN: [None, "34", "35", "36", "37", "38"],  # the first page prints no folio
    APA: ["1", "2", "3", "4", "5", "6", "7"],
    THESIS: ["31", "32", "33", "34", "35", "36", "37"],  # 36 is merged into the paragraph's last line
}

test_pages_and_their_printed_numbers = unseen.expect_pages(PAPERS, PAGES)


FURNITURE = {  # a text every page-furniture line of the paper contains, how many such lines, their roles
    ITALIAN: [("RIVISTA DI STORIA 12 (2019)", 3, {"running-header", "page-number"}),
              ("BIBLIOTECHE POPOLARI IN LOMBARDIA", 2, {"running-header", "page-number"})],
    APA: [(" of 7", 7, {"page-number"})],
    THESIS: [],
}


@pytest.mark.parametrize("name", PAPERS)
def test_running_heads_and_footers_are_page_furniture(papers, name):
    extraction = papers[name]
    for needle, count, roles in FURNITURE[name]:
        lines = [i for i, text in enumerate(extraction.document.lines, 1) if needle in text]
        assert len(lines) == count
        assert {extraction.line_roles[i - 1] for i in lines} <= roles, needle


def test_thesis_folios_at_the_foot_are_page_numbers(papers):
    extraction = papers[THESIS]
    lines = [i for i, text in enumerate(extraction.document.lines, 1) if text.strip().isdigit()]
    assert [extraction.document.lines[i - 1].strip() for i in lines] == ["31", "32", "33", "34", "35", "37"]
    assert {extraction.line_roles[i - 1] for i in lines} == {"page-number"}
    merged = line_of(extraction, "the town for Bradford or Leeds. 36")
    assert extraction.line_roles[merged - 1] == "body"


def test_thesis_underscore_rules_are_separators(papers):
    extraction = papers[THESIS]
    lines = [i for i, text in enumerate(extraction.document.lines, 1) if text.strip() and set(text.strip()) == {"_"}]
    assert len(lines) == 3
    assert {extraction.line_roles[i - 1] for i in lines} == {"separator"}


# --- findings --------------------------------------------------------------------------------

EXPECTED_FINDINGS = {  # rule and a text on the line it points to (a tuple: any one of those lines)
    ITALIAN: [("note.missing-text", "fabbrica.13 Soltanto"), ("note.orphan", "19 Sul tema cfr.")],
    APA: [("cite.unmatched", "(Okafor, 2017)")],
    THESIS: [("note.order", "large majority).8"),  # 8 printed twice; the second stands where 9 belongs
             ("note.orphan", "9 Halifax Courier, 21 October"),
             # 12 is skipped: the body jumps from 11 to 13, and so do the notes.
             ("note.order", ("reading room in every new branch.13", "13 Minute Book No. 2")),
             ("cite.short-form-unresolved", "16 Crossley, Reading Room")],
}


def expected_findings(extraction, name: str, found=()) -> list[tuple[str, int]]:
    """The expected (rule, line) pairs; where a finding may point at one of several lines,
    the one among ``found`` if there is one, else the first."""
    expected = []
    for rule, needles in EXPECTED_FINDINGS[name]:
        lines = [line_of(extraction, n) for n in ((needles,) if isinstance(needles, str) else needles)]
        line = next((line for line in lines if (rule, line) in found), lines[0])
        expected.append((rule, line))
    return expected


test_integrity_findings = unseen.expect_findings(PAPERS, expected_findings, sees_found=True)
test_check_offline_reports_the_integrity_findings_of_every_paper = unseen.expect_check_offline(
    DATA, PAPERS, expected_findings, sees_found=True)
