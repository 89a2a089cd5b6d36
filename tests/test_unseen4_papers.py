"""End-to-end tests on a fourth batch of unseen papers (tests/data/unseen4/, see its README).

Batches 1 and 2 have been tuned on. These three were written afterwards, in styles and
damage neither has: a Polish urban-studies paper saved in ISO 8859-2 (ISO 690 footnotes
with `Dostępne w Internecie: <URL>` and `[dostęp: 12.03.2020]`, `Tamże`, author-year
citations with `s.` pages and `i in.`, `- 12 -` folios, a `Bibliografia`); an IEEE
two-column report exported by pdftotext (form feeds, ~40-character lines, hyphenated
breaks, `[2]–[4]`, `[5, 7]`, an interval `[0, 1]`, a `Fig. 3.` caption that interrupts a
paragraph across a page break, a table whose rows open with numbers, a `REFERENCES` list
broken across pages, URLs in parentheses, with trailing periods and split inside a path
segment, a citation of `[16]` with 15 references); a chapter of an edited volume in
cp1252 (an offprint that opens with two pages of the volume's contents numbered `vii` and
`viii`, then pages 71–76, running heads alternating between the book title and the
chapter title, superscript markers flattened into words and after punctuation, endnotes
under `Notes`, a note without a marker and a marker without a note, a hanging-indent
`Further Reading` broken by a page head).

Every expected value below was written by reading the texts, before the extractor was
first run on them; where one is changed later, the README (`tests/data/unseen4/README.md`)
must say which and why.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import unseen_support as unseen
from tests.unseen_support import line_of  # (the scorer reads each batch's line_of)

DATA = Path(__file__).resolve().parent / "data" / "unseen4"

POLISH = "pl_rewitalizacja_lodz"
IEEE = "en_lorawan_ieee"
CHAPTER = "en_reading_publics_chapter"
PAPERS = (POLISH, IEEE, CHAPTER)

papers = unseen.papers_fixture(DATA, PAPERS)  # each paper's extraction, keyed by file stem


# --- loading -----------------------------------------------------------------------------

ENCODINGS = {POLISH: "iso-8859-2", IEEE: "utf-8", CHAPTER: "cp1252"}

test_encoding_and_letters = unseen.expect_encodings(PAPERS, ENCODINGS, by_codec=True)


LETTERS = {
    POLISH: ("Łódź", "Wróblewska", "przędzalni", "Księży Młyn", "Kułaczkowska", "śródmieściu", "NAJWYŻSZA",
             "MARCIŃCZAK", "NOVÁK", "Źródło", "dostęp", "ŁODZI"),
    IEEE: ("Petäjäjärvi", "Abstract—", "θ = a c^2", "m−3", "[2]–[4]", "“Duty cycle,”"),
    # cp1250 would read these as "bibliothčques", "naďve", "˝d." and "Ł4,300".
    CHAPTER: ("bibliothèques", "naïve", "(½d.)", "£4,300", "Trübner", "Mechanics’ institutes", "“free”,11"),
}

test_letters_survive_decoding = unseen.expect_letters(PAPERS, LETTERS)


# --- notes -------------------------------------------------------------------------------

NOTE_NUMBERS = {  # in reading order
    POLISH: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17],  # note 12's text is missing
    IEEE: [],  # the unnumbered first-page footnote (manuscript dates, affiliation) is not a note
    CHAPTER: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16],  # endnote 13 is missing
}

test_note_numbers_and_no_unnumbered_fragments = unseen.expect_note_numbers(PAPERS, NOTE_NUMBERS)


NOTE_TEXTS = [  # (paper, a text that opens the note's first line, the note's whole text)
    pytest.param(POLISH, "1 Dane dla lat", "Dane dla lat 1990 i 2019: GŁÓWNY URZĄD STATYSTYCZNY. Bank Danych Lokalnych "
                 "[online]. Warszawa: GUS, 2020 [dostęp: 12.03.2020]. Dostępne w Internecie: "
                 "<https://bdl.stat.gov.pl/BDL/dane/podgrup/tablica>.", id="pl-url-split-mid-segment-in-angle-brackets"),
    pytest.param(POLISH, "2 Por. klasyczny", "Por. klasyczny opis łódzkiego \"Manchesteru\" w pracy: KOTER, Marek. Geneza "
                 "układu przestrzennego Łodzi przemysłowej. Warszawa: Państwowe Wydawnictwo Naukowe, 1969, s. 21-34.",
                 id="pl-iso690-book-in-note"),
    pytest.param(POLISH, "3 Ustawa z dnia", "Ustawa z dnia 9 października 2015 r. o rewitalizacji (Dz.U. 2015 poz. 1777).",
                 id="pl-statute"),
    pytest.param(POLISH, "4 Uchwała", "Uchwała nr XXXVIII/1016/16 Rady Miejskiej w Łodzi z dnia 28 października 2016 r. "
                 "w sprawie przyjęcia Gminnego Programu Rewitalizacji miasta Łodzi 2026+.", id="pl-resolution-number"),
    pytest.param(POLISH, "5 Diagnoza", "Diagnoza na potrzeby Gminnego Programu Rewitalizacji Łodzi. Łódź: Urząd Miasta "
                 "Łodzi, 2016, s. 14-19. Kryteria wskazano zgodnie z art. 9 ust. 1 ustawy o rewitalizacji, zob. przyp. 3.",
                 id="pl-wrapped-line-opening-with-a-year"),
    pytest.param(POLISH, "6 Sprawozdania", "Sprawozdania są publikowane w Biuletynie Informacji Publicznej; dla roku 2019 "
                 "zob. URZĄD MIASTA ŁODZI. Sprawozdanie z realizacji Gminnego Programu Rewitalizacji za rok 2019 [online]. "
                 "Łódź, 2020 [dostęp: 12.03.2020]. Dostępne w Internecie: <https://bip.uml.lodz.pl/files/bip/public/"
                 "BIP_Rewitalizacja/sprawozdanie_GPR_2019.pdf>.", id="pl-url-split-after-slash"),
    pytest.param(POLISH, "7 Tamże", "Tamże, s. 8. Na marginesie warto dodać, że w budżecie obywatelskim na lata 2017-2019 "
                 "mieszkańcy obszaru rewitalizacji zgłosili ponad 400 projektów o charakterze społecznym, co wskazuje na "
                 "trwałe zapotrzebowanie na działania miękkie.", id="pl-note-continued-on-next-page"),
    pytest.param(POLISH, "8 Zob. NAJWYŻSZA", "Zob. NAJWYŻSZA IZBA KONTROLI. Rewitalizacja obszarów zdegradowanych. "
                 "Informacja o wynikach kontroli [online]. Warszawa: NIK, 2019 [dostęp: 2.04.2020]. Dostępne w Internecie: "
                 "<https://www.nik.gov.pl/plik/id,20614,vp,23253.pdf>.", id="pl-first-note-after-a-carried-over-tail"),
    pytest.param(POLISH, "10 Tamże", "Tamże, s. 5-6.", id="pl-tamze"),
    pytest.param(POLISH, "11 Zarządzenie", "Zarządzenie nr 5412/VII/17 Prezydenta Miasta Łodzi z dnia 20 marca 2017 r. "
                 "w sprawie powołania Komitetu Rewitalizacji.", id="pl-order-number-with-slashes"),
    pytest.param(POLISH, "13 K. Kozłowska", "K. Kozłowska, Partycypacja w rewitalizacji..., s. 19.", id="pl-short-form"),
    pytest.param(POLISH, "14 Łączna", "Łączna wartość projektów w Księżym Młynie przekroczyła 160 mln zł; zob. URZĄD "
                 "MIASTA ŁODZI, Sprawozdanie..., s. 11.", id="pl-corporate-short-form"),
    pytest.param(POLISH, "15 Centrum Nauki", "Centrum Nauki i Techniki EC1 otwarto w 2018 r.; szerzej o przebudowie zob. "
                 "ZBOROWSKI, Andrzej i BARANOWSKA, Ewa. Odnowa miast poprzemysłowych jako proces społeczno-gospodarczy. "
                 "Kraków: Instytut Rozwoju Miast, 2018, s. 77-81.", id="pl-real-hyphen-at-line-end"),
    pytest.param(POLISH, "16 W latach", "W latach 2016-2019 liczba ludności obszaru rewitalizacji zmniejszyła się o ponad "
                 "7 tys. osób; obliczenia własne na podstawie danych GUS (zob. przyp. 1).",
                 id="pl-wrapped-line-opening-with-a-small-number"),
    pytest.param(POLISH, "17 Założenia", "Założenia nowej edycji: <https://uml.lodz.pl/rewitalizacja/aktualnosci/"
                 "gminny-program-rewitalizacji-2021-2027/> [dostęp: 12.03.2020].", id="pl-url-split-at-its-own-hyphen"),
    pytest.param(CHAPTER, "1 On the Society", "On the Society see Alan Rauch, Useful Knowledge: The Victorians, Morality, "
                 "and the March of Intellect (Durham, NC: Duke University Press, 2001), 23–57.", id="ch-endnote-1"),
    pytest.param(CHAPTER, "2 Mabel Tylecote", "Mabel Tylecote, The Mechanics’ Institutes of Lancashire and Yorkshire "
                 "before 1851 (Manchester: Manchester University Press, 1957), 56–61.", id="ch-cp1252-apostrophe"),
    pytest.param(CHAPTER, "3 Ibid.", "Ibid., 112–15.", id="ch-ibid"),
    pytest.param(CHAPTER, "4 The phrase", "The phrase is Thomas Love Peacock’s, in Crotchet Castle (1831); see Tylecote, "
                 "Mechanics’ Institutes, 89.", id="ch-short-form-with-resolved-title"),
    pytest.param(CHAPTER, "5 Report from", "Report from the Select Committee on Public Libraries, Parliamentary Papers "
                 "1849 (548), xvii.", id="ch-wrapped-line-opening-with-a-year"),
    pytest.param(CHAPTER, "6 Public Libraries Act", "Public Libraries Act 1850, s. 1; see "
                 "https://www.legislation.gov.uk/ukpga/Vict/13-14/65/enacted.", id="ch-url-tail-that-looks-like-note-13"),
    pytest.param(CHAPTER, "7 Thomas Kelly", "Thomas Kelly, A History of Public Libraries in Great Britain, 1845–1975 "
                 "(London: Library Association, 1977), 27–31.", id="ch-endnote-7"),
    pytest.param(CHAPTER, "8 Salford Borough", "Salford Borough Council, Minutes of the Museum and Library Committee, "
                 "14 January 1850, Salford Local History Library, Peel Park; the minutes for 1850–1852 have not survived.",
                 id="ch-endnote-across-page-head"),
    pytest.param(CHAPTER, "9 I am grateful", "I am grateful to the staff of the Local Studies Unit at Manchester Central "
                 "Library for their help with the Campfield registers.", id="ch-endnote-without-marker"),
    pytest.param(CHAPTER, "10 Kelly, History", "Kelly, History of Public Libraries, 44; on Brown’s gift see also the "
                 "Liverpool Mercury, 18 April 1857.", id="ch-short-form"),
    pytest.param(CHAPTER, "12 Alistair Crane", "Alistair Crane, “The Public Libraries Act of 1850 and its critics,” in "
                 "this volume, 17–34.", id="ch-in-this-volume"),
    pytest.param(CHAPTER, "15 Alistair Black", "Alistair Black, A New History of the English Public Library: Social and "
                 "Intellectual Contexts, 1850–1914 (London: Leicester University Press, 1996), 161–63; for the Manchester "
                 "figures see “The city of Manchester: Libraries,” in A History of the County of Lancaster, vol. 4, ed. "
                 "William Farrer and J. Brownbill (London: Constable, 1911), "
                 "https://www.british-history.ac.uk/vch/lancs/vol4/pp230-235.", id="ch-url-split-at-a-real-hyphen"),
    pytest.param(CHAPTER, "16 Manchester Guardian", "Manchester Guardian, 6 September 1852, 5.", id="ch-last-endnote"),
]

test_note_text = unseen.expect_note_texts(NOTE_TEXTS)


NOTE_MARKER_LINKS = [  # (paper, the note's first line, the lines of its markers)
    pytest.param(POLISH, "7 Tamże", ["niespełna 6% wydatków.7"], id="pl-note-7"),
    pytest.param(POLISH, "8 Zob. NAJWYŻSZA", ["s. 112).8"], id="pl-marker-on-the-page-before-its-note"),
    pytest.param(POLISH, "13 K. Kozłowska", ["niesłyszalny.13"], id="pl-note-after-a-missing-one"),
    pytest.param(CHAPTER, "5 Report from", ["Public Libraries (1849)5"], id="ch-marker-after-a-year-in-parentheses"),
    pytest.param(CHAPTER, "9 I am grateful", [], id="ch-orphan-endnote"),
    pytest.param(CHAPTER, "14 John Ruskin", ["generation of Ruskin14"], id="ch-marker-glued-mid-sentence"),
]

test_notes_link_to_their_markers = unseen.expect_note_marker_links(NOTE_MARKER_LINKS)


NOT_NOTES = [  # lines that open like a note but are not one
    pytest.param(POLISH, "1. Wprowadzenie", id="pl-numbered-heading"),
    pytest.param(POLISH, "2017    154,9", id="pl-table-row"),
    pytest.param(POLISH, "- 12 -", id="pl-folio"),
    pytest.param(POLISH, "<https://bdl.stat.gov.pl/BDL/start>", id="pl-list-line-opening-with-a-date"),
    pytest.param(IEEE, "14 May 2021; accepted", id="ieee-first-page-footnote-date"),
    pytest.param(IEEE, "1) a reading every 30 min", id="ieee-enumeration"),
    pytest.param(IEEE, "1 June to 31 August 2020. Gaps", id="ieee-figure-caption-line"),
    pytest.param(IEEE, "7      26 496", id="ieee-table-row"),
    pytest.param(IEEE, "12     26 496", id="ieee-table-row-two-digits"),
    pytest.param(CHAPTER, "1 The Public Libraries Act of 1850 and its critics", id="ch-contents-line"),
    pytest.param(CHAPTER, "4 Mechanics’ institutes and the free library movement in Lancashire,", id="ch-contents-own"),
    pytest.param(CHAPTER, "5 Women readers", id="ch-contents-line-after-folio"),
]

test_lines_that_only_look_like_notes = unseen.expect_not_notes(NOT_NOTES)


# --- markers -----------------------------------------------------------------------------

MARKERS = {
    POLISH: list(range(1, 18)),
    IEEE: [],
    CHAPTER: [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16],  # endnote 9 has no marker
}

test_markers = unseen.expect_markers(PAPERS, MARKERS)


GLUED_MARKERS = [
    pytest.param(POLISH, 1, "w 2019 r.1 Jednocześnie", id="pl-after-abbreviation-after-year"),
    pytest.param(POLISH, 2, "\"miasta fabrycznego\".2", id="pl-after-quote-and-stop"),
    pytest.param(POLISH, 3, "ustawa o rewitalizacji,3", id="pl-after-comma"),
    pytest.param(POLISH, 6, "Biura ds. Rewitalizacji.6", id="pl-in-table-source-line"),
    pytest.param(POLISH, 8, "s. 112).8", id="pl-after-citation-parenthesis"),
    pytest.param(POLISH, 11, "regularnie,11", id="pl-after-comma-two-digits"),
    pytest.param(POLISH, 12, "inwestycji.12", id="pl-marker-without-note"),
    pytest.param(POLISH, 16, "Zborowski 2005).16", id="pl-after-citation-group"),
    pytest.param(POLISH, 17, "Unii Europejskiej.17", id="pl-last-marker"),
    pytest.param(CHAPTER, 1, "Knowledge1 had", id="ch-glued-to-word"),
    pytest.param(CHAPTER, 2, "In Manchester,2", id="ch-after-comma"),
    pytest.param(CHAPTER, 3, "the late 1840s.3", id="ch-after-decade"),
    pytest.param(CHAPTER, 5, "Public Libraries (1849)5", id="ch-after-year-in-parentheses"),
    pytest.param(CHAPTER, 6, "buy books;6", id="ch-after-semicolon"),
    pytest.param(CHAPTER, 7, "afford to use it?7", id="ch-after-question-mark"),
    pytest.param(CHAPTER, 8, "was Salford8", id="ch-glued-at-line-end"),
    pytest.param(CHAPTER, 11, "described as “free”,11", id="ch-after-quote-and-comma"),
    pytest.param(CHAPTER, 12, "(see Chapter 1).12", id="ch-after-chapter-reference"),
    pytest.param(CHAPTER, 13, "in the 1870s.13", id="ch-marker-without-endnote"),
    pytest.param(CHAPTER, 14, "generation of Ruskin14", id="ch-glued-mid-sentence"),
    pytest.param(CHAPTER, 16, "Manchester Guardian.16", id="ch-after-name-and-stop"),
]

test_glued_marker_is_found_on_its_line = unseen.expect_glued_markers(GLUED_MARKERS)


NOT_MARKERS = [  # a line with numbers that are not markers, and the markers it does hold
    pytest.param(POLISH, "EC1 - centrum nauki i techniki.15", [15], id="pl-acronym-with-digit"),
    pytest.param(POLISH, "o powierzchni 1 783 ha", [], id="pl-spaced-thousands"),
    pytest.param(POLISH, "(art. 10 ust. 2)", [], id="pl-article-and-paragraph"),
    pytest.param(POLISH, "Tabela 1. Obszar", [], id="pl-table-caption"),
    pytest.param(POLISH, "2016    157,2", [], id="pl-table-row"),
    pytest.param(IEEE, "Li-SOCl2 cell", [], id="ieee-chemical-formula"),
    pytest.param(IEEE, "(in m3 m−3)", [], id="ieee-flattened-unit-exponent"),
    pytest.param(IEEE, "University of Maribor, 2000 Maribor", [], id="ieee-postcode"),
    pytest.param(IEEE, "SF12. We use the LPWAN terms of RFC 8376", [], id="ieee-spreading-factor-and-rfc"),
    pytest.param(CHAPTER, "(13 & 14 Vict. c. 65)", [], id="ch-statute-citation"),
    pytest.param(CHAPTER, "(½d.)", [], id="ch-halfpenny"),
    pytest.param(CHAPTER, "(Figure 4.1).", [], id="ch-figure-number"),
    pytest.param(CHAPTER, "Preston since the 1820s", [], id="ch-decade"),
    pytest.param(CHAPTER, "(see Chapter 1).12", [12], id="ch-chapter-number"),
]

test_numbers_that_are_not_markers = unseen.expect_not_markers(NOT_MARKERS)


# --- citations ---------------------------------------------------------------------------

CITATIONS = {
    # Polish: `s.` pages, hyphens for ranges (ISO 8859-2 has no en dash), `i in.` for et al.
    # (kept as written, as `et al.` is: `Sato et al.` in batch 1; changed after the first run,
    # see the README's "Expectations changed"), two authors joined by `i` kept as written.
    POLISH: [("Kaczmarek", "2001", "45-47"), ("Jarczewski", "2009", None), ("Zborowski", "2005", None),
             ("Marcińczak i in.", "2015", None), ("Jarczewski i Kułaczkowska", "2019", "112"), ("Lorens", "2010", None),
             ("Jarczewski i Kułaczkowska", "2019", "118"), ("Kaczmarek", "2001", None), ("Zborowski", "2005", None)],
    IEEE: [],  # `Petäjäjärvi et al. [5]` is a numbered citation, not an author-year one
    # `Select Committee on Public Libraries (1849)` dates the committee; `(Dz.U. 2015 poz. 1777)`
    # in the Polish notes is a statute; neither is an author-year citation.
    CHAPTER: [],
}

test_in_text_citations = unseen.expect_citations(PAPERS, CITATIONS)


NUMERIC = {
    # `[0, 1]` is an interval; `[8], [9];` and `[15].` open body lines and are still citations.
    IEEE: [(1,), (2, 3, 4), (5, 7), (5,), (7,), (6,), (8,), (9,), (6,), (8,), (10,), (11,), (15,), (12,), (13,),
           (14,), (16,), (11,)],
    POLISH: [], CHAPTER: [],
}

test_numeric_citations = unseen.expect_numeric(PAPERS, NUMERIC)


# --- lists ---------------------------------------------------------------------------------

LISTS = {  # heading, entry count, first entry, last entry
    POLISH: ("Bibliografia", 10,
             "GŁÓWNY URZĄD STATYSTYCZNY. Bank Danych Lokalnych [online]. Warszawa: GUS, 2020 [dostęp: 12.03.2020]. "
             "Dostępne w Internecie: <https://bdl.stat.gov.pl/BDL/start>.",
             "ZBOROWSKI, Andrzej. Przemiany struktury społeczno-przestrzennej regionu miejskiego w okresie realnego "
             "socjalizmu i transformacji ustrojowej. Kraków: Instytut Geografii i Gospodarki Przestrzennej Uniwersytetu "
             "Jagiellońskiego, 2005."),
    IEEE: ("REFERENCES", 15,
           "[1] M. Keller, “Deficit irrigation and vine mineral nutrition,” Amer. J. Enol. Viticult., vol. 56, no. 3, "
           "pp. 267–283, 2005.",
           "[15] ETSI, “Short range devices (SRD) operating in the frequency range 25 MHz to 1 000 MHz; Part 2,” ETSI EN "
           "300 220-2 V3.2.1, Jun. 2018."),
    CHAPTER: ("Further Reading", 8,
              "Black, Alistair. A New History of the English Public Library: Social and Intellectual Contexts, "
              "1850–1914. London: Leicester University Press, 1996.",
              "Walton, John K. Lancashire: A Social History, 1558–1939. Manchester: Manchester University Press, 1987."),
}

test_reference_list_entries = unseen.expect_lists(PAPERS, LISTS)


MIDDLE_ENTRIES = [
    pytest.param(POLISH, "JARCZEWSKI, Wojciech (red.). Przestrzenne aspekty rewitalizacji - śródmieścia, blokowiska, "
                 "tereny poprzemysłowe, pokolejowe i powojskowe. Kraków: Instytut Rozwoju Miast, 2009. "
                 "ISBN 978-83-89440-37-4.", id="pl-isbn-on-its-own-line"),
    pytest.param(POLISH, "MARCIŃCZAK, Szymon, TAMMARU, Tiit, NOVÁK, Jakub i in. Patterns of socioeconomic segregation "
                 "in the capital cities of fast-track reforming postsocialist countries. Annals of the Association of "
                 "American Geographers, 2015, vol. 105, nr 1, s. 183-202.", id="pl-journal-article"),
    pytest.param(POLISH, "Ustawa z dnia 9 października 2015 r. o rewitalizacji (Dz.U. 2015 poz. 1777).",
                 id="pl-statute-entry-without-author"),
    pytest.param(POLISH, "URZĄD MIASTA ŁODZI. Sprawozdanie z realizacji Gminnego Programu Rewitalizacji za rok 2019 "
                 "[online]. Łódź, 2020 [dostęp: 12.03.2020]. Dostępne w Internecie: "
                 "<https://bip.uml.lodz.pl/files/bip/public/BIP_Rewitalizacja/sprawozdanie_GPR_2019.pdf>.",
                 id="pl-corporate-author-with-url-line"),
    pytest.param(IEEE, "[5] J. Petäjäjärvi et al., “On the coverage of LPWANs: Range evaluation and channel attenuation "
                 "model for LoRa technology,” in Proc. 14th Int. Conf. ITS Telecommun., Copenhagen, 2015, pp. 55–59.",
                 id="ieee-hyphenated-place-name"),
    pytest.param(IEEE, "[6] Semtech Corp., “SX1276/77/78/79 datasheet,” Rev. 7, May 2020. [Online]. Available: "
                 "https://www.semtech.com/products/wireless-rf/lora-core/sx1276", id="ieee-url-split-mid-segment"),
    pytest.param(IEEE, "[8] G. C. Topp, J. L. Davis, and A. P. Annan, “Electromagnetic determination of soil water "
                 "content: Measurements in coaxial transmission lines,” Water Resour. Res., vol. 16, no. 3, pp. 574–582, "
                 "1980.", id="ieee-entry-across-page-footer-and-header"),
    pytest.param(IEEE, "[9] S. Adla et al., “Laboratory calibration and performance evaluation of low-cost capacitive "
                 "and very low-cost resistive soil moisture sensors,” Sensors, vol. 20, no. 2, p. 363, 2020, "
                 "doi: 10.3390/s20020363.", id="ieee-hyphenation-and-real-hyphens"),
    pytest.param(IEEE, "[10] LoRa Alliance, “RP002-1.0.3 LoRaWAN regional parameters,” Fremont, CA, USA, 2021. "
                 "[Online]. Available: https://lora-alliance.org/resource_hub/rp2-1-0-3-lorawan-regional-parameters/",
                 id="ieee-url-split-at-real-hyphens"),
    pytest.param(CHAPTER, "Royle, Edward. “Mechanics’ Institutes and the Working Classes, 1840–1860.” The Historical "
                 "Journal 14, no. 2 (1971): 305–21.", id="ch-entry-across-page-head"),
    pytest.param(CHAPTER, "Hewitt, Martin. “Confronting the Modern City: The Manchester Free Public Library, 1850–80.” "
                 "Urban History 27, no. 1 (2000): 62–88.", id="ch-hanging-indent"),
]

test_list_entry_text = unseen.expect_list_entries(MIDDLE_ENTRIES)


# --- URLs ------------------------------------------------------------------------------------

URLS = {  # (url, repaired, where)
    POLISH: [("https://bdl.stat.gov.pl/BDL/dane/podgrup/tablica", True, "note 1"),
             ("https://bip.uml.lodz.pl/files/bip/public/BIP_Rewitalizacja/sprawozdanie_GPR_2019.pdf", True, "note 6"),
             ("https://www.nik.gov.pl/plik/id,20614,vp,23253.pdf", False, "note 8"),  # commas belong to the URL
             ("https://uml.lodz.pl/rewitalizacja/aktualnosci/gminny-program-rewitalizacji-2021-2027/", True, "note 17"),
             ("https://bdl.stat.gov.pl/BDL/start", False, "list"),
             ("https://www.nik.gov.pl/plik/id,20614,vp,23253.pdf", False, "list"),
             ("https://bip.uml.lodz.pl/files/bip/public/BIP_Rewitalizacja/sprawozdanie_GPR_2019.pdf", False, "list")],
    # The e-mail address on the first page is not a URL, nor are the bare `doi: 10.3390/…`.
    IEEE: [("https://github.com/um-feri/vinenode", False, "body"),
           ("https://doi.org/10.5281/zenodo.4921337", False, "body"),
           ("https://www.semtech.com/products/wireless-rf/lora-core/sx1276", True, "list"),
           ("https://lora-alliance.org/resource_hub/rp2-1-0-3-lorawan-regional-parameters/", True, "list"),
           ("https://www.thethingsnetwork.org/docs/lorawan/duty-cycle/", True, "list"),
           ("https://datatracker.ietf.org/doc/html/rfc8376", True, "list")],
    CHAPTER: [("https://www.legislation.gov.uk/ukpga/Vict/13-14/65/enacted", True, "note 6"),
              ("https://www.british-history.ac.uk/vch/lancs/vol4/pp230-235", True, "note 15")],
}

test_urls = unseen.expect_urls(PAPERS, URLS)

# The Polish paper cites the BIP report's URL twice, split in note 6 and whole in the
# list: equal once repaired, so there is no variant to report.
test_url_findings = unseen.expect_url_findings(PAPERS, URLS)


# --- pages -----------------------------------------------------------------------------------

PAGES = {
    POLISH: ["12", "13", "14", "15", "16", "17"],
    IEEE: ["141", "142", "143", "144"],
    # the offprint's two contents pages, then the chapter; the `4` above its title is the
    # chapter number, not a folio
    CHAPTER: ["vii", "viii", "71", "72", "73", "74", "75", "76"],
}

test_pages_and_their_printed_numbers = unseen.expect_pages(PAPERS, PAGES)


FURNITURE = {  # (a whole line, stripped, as a pattern; how many such lines there are), counted from a line on
    POLISH: ("- 12 -", [(r"Studia Miejskie, tom 38, 2020", 5), (r"- 1[2-7] -", 6)]),
    IEEE: (None, [(r"Authorized licensed use limited to: University of Maribor\. Downloaded on June 20, 2021 at "
                   r"09:14:02 UTC from IEEE Xplore\. Restrictions apply\.", 4),
                  (r"JOURNAL OF AGRICULTURAL SENSING SYSTEMS, VOL\. 7, NO\. 2, JUNE 2021 +141", 1),
                  (r"14[24] +JOURNAL OF AGRICULTURAL SENSING SYSTEMS, VOL\. 7, NO\. 2, JUNE 2021", 2),
                  (r"HORVAT et al\.: LORAWAN SOIL-MOISTURE NETWORK FOR VINEYARDS +143", 1)]),
    CHAPTER: (None, [(r"vii|viii|71", 3), (r"7[246] +Reading Publics", 3),
                     (r"Mechanics’ institutes and the free library movement +7[35]", 2)]),
}


@pytest.mark.parametrize("name", PAPERS)
def test_running_heads_and_folios_are_page_furniture(papers, name):
    extraction = papers[name]
    start, patterns = FURNITURE[name]
    first = line_of(extraction, start) if start else 1
    for pattern, count in patterns:
        lines = [i for i, text in enumerate(extraction.document.lines, 1)
                 if i >= first and re.fullmatch(pattern, text.strip())]
        assert len(lines) == count, pattern
        assert {extraction.line_roles[i - 1] for i in lines} <= {"running-header", "page-number"}, pattern


def test_chapter_number_and_contents_are_not_page_numbers(papers):
    extraction = papers[CHAPTER]
    chapter_number = next(i for i, text in enumerate(extraction.document.lines, 1) if text.strip() == "4")
    assert extraction.line_roles[chapter_number - 1] != "page-number"
    contents_71 = line_of(extraction, "  1850–1880 ")
    assert extraction.line_roles[contents_71 - 1] != "page-number"


# --- findings --------------------------------------------------------------------------------

EXPECTED_FINDINGS = {  # rule and a text on the line it points to
    POLISH: [("cite.unmatched", "Już Lorens (2010)"), ("note.missing-text", "inwestycji.12"),
             ("cite.short-form-unresolved", "13 K. Kozłowska")],
    IEEE: [("cite.numeric-unmatched", "similar setting [16]")],
    CHAPTER: [("note.missing-text", "in the 1870s.13"), ("note.orphan", "9 I am grateful")],
}


def expected_findings(extraction, name: str) -> list[tuple[str, int]]:
    return [(rule, line_of(extraction, needle)) for rule, needle in EXPECTED_FINDINGS[name]]


test_integrity_findings = unseen.expect_findings(PAPERS, expected_findings)
test_check_offline_reports_the_integrity_findings_of_every_paper = unseen.expect_check_offline(
    DATA, PAPERS, expected_findings)
