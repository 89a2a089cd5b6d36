"""End-to-end tests on a fifth batch of unseen papers (tests/data/unseen5/, see its README).

Batches 1–4 have been tuned on. These three were written afterwards, in styles and damage
none of them has: an excerpt of a US law review (Bluebook footnotes 41–68 on pages
112–116, `Id.`, `Id. at 45.`, `supra note 41` and `supra note 12` — the latter outside the
excerpt —, `See, e.g.,`, `Cf.`, case names whose italics were lost, `42 U.S.C. § 1983`,
running heads alternating `112 LAKESHORE LAW REVIEW [Vol. 87:101` / `2019] RECORDING THE
CONSTITUTION 113`, a `———` rule above the notes on some pages only, notes continued on the
next page, a `.gov` URL broken after `https://www.` and a perma.cc link); a French
humanities article whose markers are Unicode superscript digits (`¹ … ¹⁶`) while its note
lines open with plain digits, with `Ibid.`, `Id.`, `op. cit.`, `art. cit.`, guillemets,
no-break spaces before `; : ? !`, folios centred at the top and a `Bibliographie`; and a
Harvard-style conference paper with a two-line conference header on every page,
`(Smith 2001a: 23)`, `(Smith 2001a, 2001b)`, `(Jones and Patel 2015; Okoye et al. 2019:
4–7)` broken over two lines, `n.d.`, `(OECD 2018)`, a `Bibliography` with `–––` ditto
entries, one citation without an entry, one entry without a citation, and a table of years.

Every expected value below was written by reading the texts, before the extractor was
first run on them; where one is changed later, the README (`tests/data/unseen5/README.md`)
must say which and why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import unseen_support as unseen
from tests.unseen_support import line_of  # (the scorer reads each batch's line_of)

DATA = Path(__file__).resolve().parent / "data" / "unseen5"

LAW = "en_law_review_video_immunity"
FRENCH = "fr_guignol_censure"
HARVARD = "en_harvard_esusu_lagos"
PAPERS = (LAW, FRENCH, HARVARD)

NBSP = "\u00a0"  # the French paper's no-break space

papers = unseen.papers_fixture(DATA, PAPERS)  # each paper's extraction, keyed by file stem


# --- loading -----------------------------------------------------------------------------

# The French paper is UTF-8, not cp1252: cp1252 cannot hold the superscripts ⁰ ⁴–⁹ (README).
ENCODINGS = {LAW: "utf-8", FRENCH: "utf-8", HARVARD: "utf-8"}

test_encoding_and_letters = unseen.expect_encodings(PAPERS, ENCODINGS, by_codec=True)


LETTERS = {
    LAW: ("§ 1983", "———", "“clearly established”", "doctrine’s", "inquiry—what the officer did—often"),
    FRENCH: ("VERCOUTÈRE", "mœurs", "Le Cœur des canuts", "L’Œuvre", "GARÇON", "fête", "Vaïsse", "À partir",
             "80 m²", "porte-parole¹⁰", f"«{NBSP}théâtre de la rue{NBSP}»²", f"retard{NBSP}?", "n° 12"),
    HARVARD: ("Mensah-Bonsu", "––– (2001b)", "‘visible reliability’", "14–16 July 2021 ·", "4–7)"),
}

test_letters_survive_decoding = unseen.expect_letters(PAPERS, LETTERS)


# --- notes -------------------------------------------------------------------------------

NOTE_NUMBERS = {  # in reading order
    # an excerpt: its notes start at 41, and 1–40 not being in the text is no gap
    LAW: list(range(41, 69)),
    FRENCH: list(range(1, 17)),
    HARVARD: [],  # author-date, no notes
}

test_note_numbers_and_no_unnumbered_fragments = unseen.expect_note_numbers(PAPERS, NOTE_NUMBERS)


NOTE_TEXTS = [  # (paper, a text that opens the note's first line, the note's whole text)
    pytest.param(LAW, "41 Marisa K. Oduya", "Marisa K. Oduya, The Footage Problem: Video Evidence and the Clearly "
                 "Established Law, 71 Stan. L. Rev. 1, 38 (2019) (collecting cases).",
                 id="law-wrapped-line-opening-with-1"),
    pytest.param(LAW, "42 Id. at 45.", "Id. at 45.", id="law-id-at"),
    pytest.param(LAW, "44 42 U.S.C.", "42 U.S.C. § 1983 (2012); see also 28 U.S.C. § 1343(a)(3) (2012) (conferring "
                 "jurisdiction on the district courts).", id="law-note-text-opening-with-another-number"),
    pytest.param(LAW, "46 See, e.g., Pierson", "See, e.g., Pierson v. Ray, 386 U.S. 547, 555–57 (1967) (recognizing a "
                 "good-faith defense to claims of false arrest); Anderson v. Creighton, 483 U.S. 635, 640 (1987) "
                 "(requiring that “[t]he contours of the right must be sufficiently clear”); Pearson v. Callahan, 555 "
                 "U.S. 223, 236 (2009). For two accounts of the doctrine’s growth from opposite starting points, compare "
                 "Oduya, supra note 41, at 12–19, with Lionel T. Brandeis-Ward, Qualified Immunity as Common Law, 98 Tex. "
                 "L. Rev. 255, 261–70 (2019).", id="law-note-continued-on-a-page-without-rule"),
    pytest.param(LAW, "48 Id. at 380", "Id. at 380–81 (viewing the facts “in the light depicted by the videotape”).",
                 id="law-id-with-parenthetical"),
    pytest.param(LAW, "49 See Hannah Ostrowski", "See Hannah Ostrowski, Seeing Is Believing? Video Evidence and Summary "
                 "Judgment in Excessive Force Cases, 61 UCLA L. Rev. 1202, 1210–14 (2014).",
                 id="law-wrapped-line-opening-with-61"),
    pytest.param(LAW, "50 Admin. Office", "Admin. Office of the U.S. Courts, Judicial Business of the United States "
                 "Courts 2018, tbl. C-2, https://www.uscourts.gov/sites/default/files/data_tables/jb_c2_0930.2018.pdf "
                 "[https://perma.cc/4WZN-7QDL].", id="law-url-broken-after-www"),
    pytest.param(LAW, "51 Cf. Hope", "Cf. Hope v. Pelzer, 536 U.S. 730, 741 (2002) (holding that “officials can still "
                 "be on notice that their conduct violates established law even in novel factual circumstances”).",
                 id="law-cf"),
    pytest.param(LAW, "53 Id.", "Id.", id="law-bare-id"),
    pytest.param(LAW, "54 See, e.g., Mullenix", "See, e.g., Mullenix v. Luna, 577 U.S. 7, 13 (2015) (per curiam); Kisela "
                 "v. Hughes, 138 S. Ct. 1148, 1153 (2018) (per curiam); District of Columbia v. Wesby, 138 S. Ct. 577, "
                 "590 (2018).", id="law-see-eg-wrapped-line-opening-with-a-year"),
    pytest.param(LAW, "55 For the argument", "For the argument that the doctrine has drifted from any common-law "
                 "footing, see Jeffries, supra note 12, at 213–14; for a reply, see Brandeis-Ward, supra note 46, at "
                 "280–83.", id="law-supra-note-wrapped-before-its-number"),
    pytest.param(LAW, "56 Brown v. Board", "Brown v. Board of Education, 347 U.S. 483 (1954).", id="law-case-name"),
    pytest.param(LAW, "58 Police Exec.", "Police Exec. Research Forum, Implementing a Body-Worn Camera Program: "
                 "Recommendations and Lessons Learned 1–2 (2014), "
                 "https://www.justice.gov/iso/opa/resources/472014912134715246869.pdf (reporting that about a quarter "
                 "of the departments surveyed had deployed cameras). Later surveys put the share far higher, although "
                 "their methods differ from one another and the departments that answered were self-selected. See "
                 "Oduya, supra note 41, at 60–62.", id="law-second-note-continued-on-the-next-page"),
    pytest.param(LAW, "59 Pearson, 555", "Pearson, 555 U.S. at 236; see Saucier v. Katz, 533 U.S. 194, 201 (2001).",
                 id="law-first-note-under-a-carried-tail"),
    pytest.param(LAW, "63 Kisela", "Kisela, 138 S. Ct. at 1162 (Sotomayor, J., dissenting).", id="law-short-case-form"),
    pytest.param(LAW, "66 Id. at 73", "Id. at 73–74; see also Camreta v. Greene, 563 U.S. 692, 702–04 (2011).",
                 id="law-id-see-also"),
    pytest.param(LAW, "67 For a proposal", "For a proposal along these lines, see Note, Recording Rights: A Statutory "
                 "Answer to the Video Gap, 132 Harv. L. Rev. 2040, 2051 (2019).", id="law-student-note"),
    pytest.param(LAW, "68 Cf. 42 U.S.C.", "Cf. 42 U.S.C. § 1988(b) (2012) (permitting an award of attorney’s fees to "
                 "the prevailing party).", id="law-last-note"),
    pytest.param(FRENCH, "1 Sur les origines", "Sur les origines du personnage, voir Claire DUVERNAY, Guignol, enfant "
                 "de la Croix-Rousse, Lyon, Éditions du Confluent, 1987, p. 23-41.", id="fr-first-note"),
    pytest.param(FRENCH, "2 L’expression", f"L’expression est celle du commissaire central de Lyon{NBSP}; Archives "
                 "départementales du Rhône (ADR), 4 M 450, rapport du 12 novembre 1853.",
                 id="fr-wrapped-line-opening-with-a-shelf-mark"),
    pytest.param(FRENCH, "3 Ibid., rapport", "Ibid., rapport du 3 février 1854.", id="fr-ibid"),
    pytest.param(FRENCH, "6 Marie BONNET", f"Marie BONNET, «{NBSP}Les castelets de la Croix-Rousse sous le Second "
                 f"Empire{NBSP}», Revue d’histoire lyonnaise, n° 12, 1998, p. 7-29, ici p. 14.", id="fr-article"),
    pytest.param(FRENCH, "7 Id., Les Théâtres", "Id., Les Théâtres de quartier à Lyon au XIXe siècle, Lyon, Presses "
                 "universitaires de Lyon, 2006, p. 88.", id="fr-idem-full-citation"),
    pytest.param(FRENCH, "9 ADR, 4 M 451", "ADR, 4 M 451, procès-verbal du commissaire de police du quartier "
                 "Saint-Paul contre Josserand, daté du 14 mars 1862.", id="fr-wrapped-line-opening-with-a-date"),
    pytest.param(FRENCH, "10 M. Bonnet", f"M. Bonnet, «{NBSP}Les castelets de la Croix-Rousse…{NBSP}», art. cit., "
                 "p. 19.", id="fr-art-cit"),
    pytest.param(FRENCH, "11 J. Chauvet", "J. Chauvet, op. cit., p. 88.", id="fr-unresolved-op-cit"),
    pytest.param(FRENCH, "12 Cité par", "Cité par C. Duvernay, op. cit., p. 97.", id="fr-cite-par"),
    pytest.param(FRENCH, "14 Sur le décret", f"Sur le décret du 6 janvier 1864, voir É. Lefèvre, op. cit., p. "
                 f"201-207{NBSP}; sur ses effets à Lyon, M. Bonnet, Les Théâtres de quartier…, op. cit., p. 133.",
                 id="fr-two-op-cit"),
    pytest.param(FRENCH, "15 Le Progrès", "Le Progrès, 22 octobre 1865, consultable sur https://numelyo.bm-lyon.fr/ "
                 "(consulté le 4 mai 2016).", id="fr-url-in-note"),
    pytest.param(FRENCH, "16 Voir à ce sujet", f"Voir à ce sujet Paul ROUSSILLON, «{NBSP}Guignol républicain{NBSP}?"
                 f"{NBSP}», dans Anne MARCHAND (dir.), Marionnettes et politique en France, Paris, L’Harmattan, 2011, "
                 "p. 45-62.", id="fr-last-note"),
]

test_note_text = unseen.expect_note_texts(NOTE_TEXTS)


NOTE_MARKER_LINKS = [  # (paper, the note's first line, the lines of its markers)
    pytest.param(LAW, "41 Marisa K. Oduya", ["as much.41"], id="law-first-note-of-the-excerpt"),
    pytest.param(LAW, "46 See, e.g., Pierson", ["governs today.46"], id="law-note-46"),
    pytest.param(LAW, "53 Id.", ["is not new,53"], id="law-note-53"),
    pytest.param(LAW, "55 For the argument", ["altogether.55"], id="law-note-55"),
    pytest.param(LAW, "58 Police Exec.", ["since 2014,58"], id="law-marker-after-year-and-comma"),
    pytest.param(FRENCH, "2 L’expression", [f"la rue{NBSP}»²"], id="fr-superscript-after-guillemet"),
    pytest.param(FRENCH, "4 Étienne LEFÈVRE", ["quel texte⁴"], id="fr-superscript-four"),
    pytest.param(FRENCH, "11 J. Chauvet", ["bruit¹¹"], id="fr-two-digit-superscript"),
    pytest.param(FRENCH, "16 Voir à ce sujet", ["autres causes¹⁶"], id="fr-last-note"),
]

test_notes_link_to_their_markers = unseen.expect_note_marker_links(NOTE_MARKER_LINKS)


NOT_NOTES = [  # lines that open like a note but are not one
    pytest.param(LAW, "42 U.S.C. § 1983 as section 1", id="law-body-line-opening-with-a-note-number"),
    pytest.param(LAW, "1. Deciding the Merits First", id="law-numbered-heading"),
    pytest.param(LAW, "B. The Footage Cases", id="law-lettered-heading"),
    pytest.param(FRENCH, "6 janvier 1864 proclame", id="fr-body-line-opening-with-a-date"),
    pytest.param(FRENCH, "80 m² tout au plus", id="fr-body-line-opening-with-a-number"),
    pytest.param(FRENCH, "Université Lumière Lyon 2", id="fr-affiliation"),
    pytest.param(HARVARD, "1 Introduction", id="harvard-numbered-heading"),
    pytest.param(HARVARD, "5 Conclusion", id="harvard-numbered-heading-at-page-top"),
    pytest.param(HARVARD, "G03      Mile 12", id="harvard-table-row"),
]

test_lines_that_only_look_like_notes = unseen.expect_not_notes(NOT_NOTES)


# --- markers -----------------------------------------------------------------------------

MARKERS = {
    LAW: list(range(41, 69)),
    FRENCH: list(range(1, 17)),  # superscript digits; `m²` is square metres
    HARVARD: [],
}

test_markers = unseen.expect_markers(PAPERS, MARKERS)


GLUED_MARKERS = [
    pytest.param(LAW, 41, "as much.41 The second half", id="law-after-stop"),
    pytest.param(LAW, 42, "at the time,42", id="law-after-comma"),
    pytest.param(LAW, 43, "would have known.”43", id="law-after-closing-quote"),
    pytest.param(LAW, 44, "by federal law.44", id="law-after-stop-before-for"),
    pytest.param(LAW, 45, "routine under § 1983.45", id="law-after-section-number-like-a-year"),
    pytest.param(LAW, 47, "by the record.”47", id="law-after-quote-on-page-113"),
    pytest.param(LAW, 50, "police officers.50", id="law-at-line-end"),
    pytest.param(LAW, 52, "of generality.”52", id="law-after-quote-at-line-start"),
    pytest.param(LAW, 55, "altogether.55", id="law-marker-of-unresolved-supra"),
    pytest.param(LAW, 56, "schools unlawful,56", id="law-after-comma-case-name-line"),
    pytest.param(LAW, 58, "since 2014,58", id="law-after-year-and-comma"),
    pytest.param(LAW, 61, "should apply.61", id="law-page-115"),
    pytest.param(LAW, 63, "enforcement officers.”63", id="law-after-quote-page-115"),
    pytest.param(LAW, 66, "easily appeal,66", id="law-page-116"),
    pytest.param(LAW, 68, "clarify the law.68", id="law-last-marker"),
    pytest.param(FRENCH, 1, "Laurent Mourguet¹,", id="fr-superscript-before-comma"),
    pytest.param(FRENCH, 2, f"la rue{NBSP}»²", id="fr-superscript-after-guillemet"),
    pytest.param(FRENCH, 3, "partir de 1853³", id="fr-superscript-after-year"),
    pytest.param(FRENCH, 4, "quel texte⁴", id="fr-superscript-four"),
    pytest.param(FRENCH, 6, "la salle⁶", id="fr-superscript-before-nbsp-semicolon"),
    pytest.param(FRENCH, 9, f"rapporter{NBSP}»⁹", id="fr-superscript-nine-after-guillemet"),
    pytest.param(FRENCH, 10, "porte-parole¹⁰", id="fr-superscript-ten"),
    pytest.param(FRENCH, 11, "bruit¹¹", id="fr-superscript-eleven"),
    pytest.param(FRENCH, 12, f"reconnaît{NBSP}»¹²", id="fr-superscript-twelve-after-guillemet"),
    pytest.param(FRENCH, 14, "des pièces¹⁴", id="fr-superscript-on-a-line-opening-with-a-date"),
    pytest.param(FRENCH, 16, "autres causes¹⁶", id="fr-last-marker"),
]

test_glued_marker_is_found_on_its_line = unseen.expect_glued_markers(GLUED_MARKERS)


NOT_MARKERS = [  # a line with numbers that are not markers, and the markers it does hold
    pytest.param(LAW, "42 U.S.C. § 1983 as section 1", [], id="law-statute-and-act-of-1871"),
    pytest.param(LAW, "ending September 30, 2018, the federal", [], id="law-date"),
    pytest.param(LAW, "Congress could amend § 1983 to provide", [], id="law-section-mid-sentence"),
    pytest.param(LAW, "No one thinks the Court in Brown v. Board of Education", [], id="law-case-name-in-body"),
    pytest.param(LAW, "1. Deciding the Merits First", [], id="law-heading-number"),
    pytest.param(FRENCH, "80 m² tout au plus", [], id="fr-square-metres"),
    pytest.param(FRENCH, "sous le Second Empire (1852-1870)", [], id="fr-title-dates"),
    pytest.param(FRENCH, "Lorsque le décret du 30 décembre 1852", [], id="fr-date"),
    pytest.param(FRENCH, "6 janvier 1864 proclame", [14], id="fr-date-at-line-start"),
    pytest.param(HARVARD, "in Balogun, Mile 12, Oyingbo", [], id="harvard-place-name-with-number"),
    pytest.param(HARVARD, "COVID-19 restrictions", [], id="harvard-covid-19"),
    pytest.param(HARVARD, "G03      Mile 12", [], id="harvard-table-row"),
    pytest.param(HARVARD, "Table 2. Esusu groups", [], id="harvard-table-caption"),
]

test_numbers_that_are_not_markers = unseen.expect_not_markers(NOT_MARKERS)


# --- citations ---------------------------------------------------------------------------

CITATIONS = {
    # The law review cites in notes only; case names and `(1954)`-style years are no
    # author-year citations.
    LAW: [],
    # Notes only; `(1852-1870)`, `(1806-1864)`, `(ADR)`, `(dir.)` are no citations.
    FRENCH: [],
    # Authors as written, years with their letter or `n.d.`, pages after the colon. Not
    # citations: `(2017 and 2019)`, `(June–August 2019)`, `(University of Lagos)`, the table's
    # `Members (2019)` / `Members (2017)` and its years, `Smith would recognise`.
    HARVARD: [("Ardener and Burman", "1995", None), ("Adebayo", "n.d.", None), ("Smith", "2001a", "23"),
              ("OECD", "2018", None), ("Nguyen", "2012", None), ("Smith", "2001a", None), ("Smith", "2001b", None),
              ("Jones and Patel", "2015", None), ("Okoye et al.", "2019", "4–7"), ("Smith", "2004", None),
              ("Rutherford", "2000", "12"), ("World Bank", "2020", "31"), ("Okoye et al.", "2019", None),
              ("Smith", "2001b", "112"), ("Nguyen", "2012", "88–90")],
}

test_in_text_citations = unseen.expect_citations(PAPERS, CITATIONS)


def test_citation_broken_over_two_lines_points_at_its_author(papers):
    extraction = papers[HARVARD]
    okoye = [c for c in extraction.citations if c.author.startswith("Okoye") and c.pages == "4–7"]
    assert len(okoye) == 1
    assert okoye[0].location.line in {line_of(extraction, "(Jones and Patel 2015; Okoye et"),
                                      line_of(extraction, "al. 2019: 4–7)")}


def test_table_and_header_years_are_not_citations(papers):
    extraction = papers[HARVARD]
    table = range(line_of(extraction, "Table 2. Esusu groups"), line_of(extraction, "Source: authors’ fieldwork") + 1)
    headers = {i for i, text in enumerate(extraction.document.lines, 1) if text.startswith(("WASRN 2021", "Accra,"))}
    assert [(c.author, c.year) for c in extraction.citations
            if c.location.line in table or c.location.line in headers] == []


NUMERIC = {LAW: [], FRENCH: [], HARVARD: []}  # no bracketed numeric citations anywhere

test_numeric_citations = unseen.expect_numeric(PAPERS, NUMERIC)


# --- lists ---------------------------------------------------------------------------------

LISTS = {  # heading, entry count, first entry, last entry
    # An excerpt of a footnoted article: no list of its own.
    LAW: (None, 0, None, None),
    FRENCH: ("Bibliographie", 8,
             f"BONNET, Marie, «{NBSP}Les castelets de la Croix-Rousse sous le Second Empire{NBSP}», Revue d’histoire "
             "lyonnaise, n° 12, 1998, p. 7-29.",
             "VERNAY, Louise, L’Œuvre des marionnettistes lyonnais après Mourguet, Genève, Droz, 1979."),
    HARVARD: ("Bibliography", 11,
              "Adebayo, T. (n.d.) ‘Esusu and the Yoruba credit tradition’. Unpublished manuscript, Department of "
              "Economics, University of Ibadan.",
              "World Bank (2020) Nigeria Digital Economy Diagnostic Report. Washington, DC: World Bank. Available at: "
              "https://openknowledge.worldbank.org/handle/10986/34841 (Accessed: 2 May 2021)."),
}

test_reference_list_entries = unseen.expect_lists(PAPERS, LISTS)


MIDDLE_ENTRIES = [
    pytest.param(FRENCH, "BONNET, Marie, Les Théâtres de quartier à Lyon au XIXe siècle, Lyon, Presses universitaires "
                 "de Lyon, 2006.", id="fr-same-author-written-out-again"),
    pytest.param(FRENCH, "DUVERNAY, Claire, Guignol, enfant de la Croix-Rousse, Lyon, Éditions du Confluent, 1987.",
                 id="fr-one-line-entry"),
    pytest.param(FRENCH, f"GARÇON, François, Le Cœur des canuts{NBSP}: chansons et théâtre populaire à Lyon, Lyon, "
                 "Éditions lyonnaises d’art et d’histoire, 1992.", id="fr-uncited-entry-with-c-cedilla-and-oe"),
    pytest.param(FRENCH, "LEFÈVRE, Étienne, La Police des théâtres en province (1806-1864), Paris, Honoré Champion, "
                 "2003.", id="fr-continuation-line-only-a-year"),
    pytest.param(FRENCH, "MARCHAND, Anne (dir.), Marionnettes et politique en France, Paris, L’Harmattan, 2011.",
                 id="fr-edited-volume"),
    pytest.param(FRENCH, f"ROUSSILLON, Paul, «{NBSP}Guignol républicain{NBSP}?{NBSP}», dans Anne MARCHAND (dir.), "
                 "Marionnettes et politique en France, Paris, L’Harmattan, 2011, p. 45-62.", id="fr-chapter-dans"),
    pytest.param(HARVARD, "Ardener, S. and Burman, S. (eds) (1995) Money-Go-Rounds: The Importance of Rotating Savings "
                 "and Credit Associations for Women. Oxford: Berg.", id="harvard-edited-book"),
    pytest.param(HARVARD, "Kabeer, N. (2005) ‘Is microfinance a “magic bullet” for women’s empowerment? Analysis of "
                 "findings from South Asia’, Economic and Political Weekly, 40(44/45), pp. 4709–4718.",
                 id="harvard-uncited-entry"),
    pytest.param(HARVARD, "Nguyen, H. (2012) Trust, Kinship and Credit: Informal Finance in Urban Vietnam. London: Zed "
                 "Books.", id="harvard-entry-across-page-footer-and-header"),
    pytest.param(HARVARD, "OECD (2018) Digital Financial Inclusion in Emerging Economies: Policy Guidance Note. Paris: "
                 "OECD Publishing.", id="harvard-corporate-author-after-page-break"),
    pytest.param(HARVARD, "Smith, J. (2001a) ‘Rotating credit and the moral economy of the market in south-western "
                 "Nigeria’, Africa, 71(1), pp. 15–38.", id="harvard-lettered-year"),
    pytest.param(HARVARD, "––– (2001b) Women, Trade and Credit in Southwest Nigeria. Ibadan: Spectrum Books.",
                 id="harvard-ditto-entry"),
    pytest.param(HARVARD, "––– (2004) ‘Trust at the margins: market women and their bankers’, Journal of Modern "
                 "African Studies, 42(3), pp. 101–126.", id="harvard-second-ditto-entry"),
]

test_list_entry_text = unseen.expect_list_entries(MIDDLE_ENTRIES)


# --- URLs ------------------------------------------------------------------------------------

URLS = {  # (url, repaired, where)
    # `https://www.`⏎`uscourts.gov/…` is joined; the perma.cc link loses its `].`, the
    # justice.gov one its `,`.
    LAW: [("https://www.uscourts.gov/sites/default/files/data_tables/jb_c2_0930.2018.pdf", True, "note 50"),
          ("https://perma.cc/4WZN-7QDL", False, "note 50"),
          ("https://www.justice.gov/iso/opa/resources/472014912134715246869.pdf", False, "note 58")],
    FRENCH: [("https://numelyo.bm-lyon.fr/", False, "note 15")],
    HARVARD: [("https://openknowledge.worldbank.org/handle/10986/34841", False, "list")],
}

test_urls = unseen.expect_urls(PAPERS, URLS)

test_url_findings = unseen.expect_url_findings(PAPERS, URLS)


# --- pages -----------------------------------------------------------------------------------

PAGES = {
    LAW: ["112", "113", "114", "115", "116"],  # the numbers in the alternating running heads
    FRENCH: ["45", "46", "47", "48", "49", "50"],  # folios centred at the top
    HARVARD: ["1", "2", "3", "4", "5", "6"],  # folios centred at the foot
}

test_pages_and_their_printed_numbers = unseen.expect_pages(PAPERS, PAGES)


FURNITURE = {  # (a whole line, stripped, as a pattern; how many such lines there are)
    LAW: [(r"11[246] +LAKESHORE LAW REVIEW +\[Vol\. 87:101", 3),
          (r"2019\] +RECORDING THE CONSTITUTION +11[35]", 2)],
    FRENCH: [(r"4[5-9]|50", 6)],
    HARVARD: [(r"WASRN 2021 – 9th Annual Conference of the West African Social Research Network", 6),
              (r"Accra, 14–16 July 2021 · Panel 4B: Money, Markets and Households", 6),
              (r"[1-6]", 6)],
}

test_running_heads_and_folios_are_page_furniture = unseen.expect_furniture(PAPERS, FURNITURE)


SEPARATORS = {  # the rule above the notes, and on how many pages it is printed
    LAW: ("———", 3),  # pages 112, 114 and 116 only
    FRENCH: ("_______________", 5),  # every page with notes (45–49)
}

test_footnote_rules_are_separators = unseen.expect_separators(SEPARATORS)


# --- findings --------------------------------------------------------------------------------

EXPECTED_FINDINGS = {  # rule and a text on the line it points to
    # `Jeffries, supra note 12`: note 12 is outside the excerpt, so the document has no full
    # citation of the work. Notes starting at 41 are no `note.order` finding.
    LAW: [("cite.short-form-unresolved", "55 For the argument")],
    # Chauvet is cited nowhere else, nor in the Bibliographie.
    FRENCH: [("cite.short-form-unresolved", "11 J. Chauvet")],
    # Kabeer (2005), listed but never cited, is no finding: no rule reports an uncited entry.
    HARVARD: [("cite.unmatched", "(Rutherford 2000: 12)")],
}


def expected_findings(extraction, name: str) -> list[tuple[str, int]]:
    return [(rule, line_of(extraction, needle)) for rule, needle in EXPECTED_FINDINGS[name]]


test_integrity_findings = unseen.expect_findings(PAPERS, expected_findings)
test_check_offline_reports_the_integrity_findings_of_every_paper = unseen.expect_check_offline(
    DATA, PAPERS, expected_findings)
