"""parse_reference on forms the shared dev set lacks: footnote forms (idem, short titles,
contributors before the facts, theses, ``op. cit.``, note numbers before ``Ibid.``), Czech,
Slovak and Polish ISO 690, German (``Name, Vorname:``, ``Hrsg.``, ``Bd.``, ``H.``, ``S.``,
``Ebd.``) and French (``dir.``, ``dans``, ``p.``) forms, government documents, encyclopedia
``s.v.`` entries, report numbers, theses, group authors and link lists.

Expected values were written by reading each string as a librarian would fill a record
(see also ``tests/data/refparse/project_gold.jsonl``); only the fields named are checked.
"""

from __future__ import annotations

import pytest

from checker.parse import fields_json, parse_reference


def _check(raw: str, expected: dict) -> None:
    ref = parse_reference(raw)
    got = fields_json(ref)
    for name, value in expected.items():
        if name == "kind":
            assert ref.kind == value, (raw, ref.kind)
        elif name in ("author", "editor"):
            names = [n.get("literal") or ", ".join(p for p in (n.get("family"), n.get("given")) if p) for n in got.get(name, [])]
            assert names == value, got
        else:
            assert got.get(name) == value, f"{name}: {got.get(name)!r} != {value!r} in {got}"


CASES = [
    pytest.param(
        "Idem, The Long Shadow of Yalta (New York: Basic Books, 2004), 17.",
        {"kind": "full", "author": [], "title": "The Long Shadow of Yalta", "publisher": "Basic Books",
         "location": "New York", "year": "2004", "pages": "17"},
        id="idem_before_a_title_is_a_full_citation",
    ),
    pytest.param("Idem, 44.", {"kind": "ibid", "pages": "44"}, id="idem_with_page_is_an_ibid"),
    pytest.param("Tamtéž, s. 15.", {"kind": "ibid", "pages": "15"}, id="czech_ibid"),
    pytest.param(
        "Snyder, Bloodlands, 160.", {"kind": "short", "author": ["Snyder"], "title": "Bloodlands", "pages": "160"},
        id="short_title_of_one_word_is_not_a_given_name",
    ),
    pytest.param(
        "NOVÁK, Dějiny střední Evropy, s. 33.",
        {"kind": "short", "author": ["Novák"], "title": "Dějiny střední Evropy", "pages": "33"},
        id="iso690_short_form_with_czech_page_label",
    ),
    pytest.param(
        "Milan Kundera, The Joke, trans. Michael Henry Heim (New York: Harper & Row, 1982), 23.",
        {"type": "book", "title": "The Joke", "location": "New York", "publisher": "Harper & Row", "year": "1982",
         "pages": "23"},
        id="translator_between_title_and_facts",
    ),
    pytest.param(
        "“Prague Spring,” in The Oxford Companion to World History, ed. Robert Hale (Oxford: Oxford University "
        "Press, 2008), 415.",
        {"editor": ["Hale, Robert"], "container_title": "The Oxford Companion to World History",
         "publisher": "Oxford University Press", "pages": "415"},
        id="editor_between_container_and_facts",
    ),
    pytest.param(
        "Lucie Horáková, “Neutrality Debates in Austria, 1955–1995” (PhD diss., University of Vienna, 2017), 88.",
        {"type": "thesis", "publisher": "University of Vienna", "year": "2017", "pages": "88"},
        id="dissertation_in_note_facts",
    ),
    pytest.param(
        "Karel Bartošek, 1968: The Year That Shook Prague (Prague: Torst, 2003), 12.",
        {"title": "1968: The Year That Shook Prague", "year": "2003", "publisher": "Torst"},
        id="title_opening_with_a_year",
    ),
    pytest.param(
        "NOVÁK, Jan. Dějiny střední Evropy ve 20. století. Praha: Academia, 2010. ISBN 978-80-200-1834-5.",
        {"type": "book", "author": ["Novák, Jan"], "title": "Dějiny střední Evropy ve 20. století",
         "location": "Praha", "publisher": "Academia", "isbn": "978-80-200-1834-5"},
        id="iso690_book_with_ordinal_in_title_and_isbn13",
    ),
    pytest.param(
        "DVOŘÁKOVÁ, Petra a Martin KOS. Bezpečnostní politika České republiky. 2. vyd. Brno: Masarykova "
        "univerzita, 2015. 212 s. ISBN 978-80-210-7788-2.",
        {"author": ["Dvořáková, Petra", "Kos, Martin"], "title": "Bezpečnostní politika České republiky",
         "publisher": "Masarykova univerzita", "year": "2015"},
        id="iso690_second_author_given_first_joined_by_a",
    ),
    pytest.param(
        "SVOBODA, Karel. Energetická bezpečnost v regionu. Mezinárodní vztahy. 2013, roč. 48, č. 2, s. 45–67. "
        "ISSN 0323-1844.",
        {"type": "article", "container_title": "Mezinárodní vztahy", "volume": "48", "issue": "2", "pages": "45-67"},
        id="iso690_article_czech_labels",
    ),
    pytest.param(
        "KRATOCHVÍL, Jiří. Nová role Aliance. Britské listy [online]. 12. 5. 2014 [cit. 2014-07-22]. Dostupné na: "
        "http://www.blisty.cz/2014/5/12/nova-role",
        {"type": "web page", "date": "2014-05-12", "accessed": "2014-07-22", "container_title": "Britské listy",
         "url": "http://www.blisty.cz/2014/5/12/nova-role"},
        id="iso690_online_dotted_czech_date_dostupne_na",
    ),
    pytest.param(
        "HAVEL, Václav. Projev v Senátu [online]. Praha: Kancelář prezidenta republiky, 2002 [cit. 2014-07-22]. "
        "Dostupné z: <http://www.vaclavhavel.cz/projev-senat>.",
        {"type": "web page", "location": "Praha", "year": "2002", "accessed": "2014-07-22"},
        id="iso690_online_document_with_publisher_is_a_web_page",
    ),
    pytest.param(
        "U.S. Congress, Senate, Committee on Foreign Relations, The Debate on NATO Enlargement: Hearings before "
        "the Committee on Foreign Relations, 105th Cong., 1st sess., October 7, 1997, 34.",
        {"type": "hearing", "author": ["U.S. Congress, Senate, Committee on Foreign Relations"],
         "title": "The Debate on NATO Enlargement: Hearings before the Committee on Foreign Relations",
         "date": "1997-10-07", "pages": "34"},
        id="congressional_hearing_with_subdivided_author",
    ),
    pytest.param(
        "Encyclopaedia Britannica Online, s.v. “Warsaw Pact,” accessed March 3, 2020, "
        "https://www.britannica.com/event/Warsaw-Pact.",
        {"type": "encyclopedia entry", "container_title": "Encyclopaedia Britannica Online", "title": "Warsaw Pact",
         "accessed": "2020-03-03"},
        id="encyclopedia_sub_verbo",
    ),
    pytest.param(
        "“NATO’s Enlargement,” North Atlantic Treaty Organization, last modified May 5, 2020, accessed June 12, "
        "2021, https://www.nato.int/cps/en/natohq/topics_49212.htm.",
        {"type": "web page", "container_title": "North Atlantic Treaty Organization", "date": "2020-05-05",
         "accessed": "2021-06-12"},
        id="web_note_last_modified",
    ),
    pytest.param(
        "Eurostat. (2022). Energy imports dependency. Retrieved May 2, 2023, from "
        "https://ec.europa.eu/eurostat/databrowser/view/nrg_ind_id",
        {"author": ["Eurostat"], "title": "Energy imports dependency", "year": "2022", "accessed": "2023-05-02"},
        id="apa_one_word_group_author",
    ),
    pytest.param(
        "Congressional Research Service. (2019). NATO: Key issues for the 116th Congress (CRS Report No. R45652). "
        "https://crsreports.congress.gov/product/pdf/R/R45652",
        {"type": "report", "title": "NATO: Key issues for the 116th Congress", "issue": "R45652"},
        id="apa_report_number",
    ),
    pytest.param(
        "Ortiz, Rosa. “Soft Power in the Caucasus.” Foreign Policy, 12 Oct. 2020, "
        "foreignpolicy.com/2020/10/12/soft-power-caucasus/. Accessed 3 Jan. 2021.",
        {"type": "web page", "container_title": "Foreign Policy", "date": "2020-10-12",
         "url": "foreignpolicy.com/2020/10/12/soft-power-caucasus/", "accessed": "2021-01-03"},
        id="mla_bare_host_url",
    ),
    pytest.param(
        "Brandt, Ilse. “Memory Wars.” Europe Divided, edited by Karl Weiss, Oxford UP, 2012, pp. 45–67.",
        {"editor": ["Weiss, Karl"], "publisher": "Oxford UP", "pages": "45-67"},
        id="mla_editor_list_stops_at_publisher",
    ),
    pytest.param(
        "[2] M. Tanaka, Introduction to Control Systems, 3rd ed. New York, NY, USA: Wiley, 2010.",
        {"editor": [], "location": "New York, NY, USA", "publisher": "Wiley"},
        id="ieee_edition_is_not_an_editor",
    ),
    pytest.param(
        "[1] J. K. Brown and L. Wang, “Robust estimation of sparse signals,” IEEE Trans. Signal Process., vol. 62, "
        "no. 4, pp. 1001–1012, Jun. 2014.",
        {"container_title": "IEEE Trans. Signal Process", "date": "2014-06", "volume": "62"},
        id="ieee_transactions_abbreviation_is_not_a_translator",
    ),
    pytest.param(
        "Michael R. Keller, “Alliance Cohesion after 1991,” Journal of Strategic Studies 34, no. 2 (2011): 211–34.",
        {"volume": "34", "issue": "2", "pages": "211-34"},
        id="chicago_volume_before_labelled_issue",
    ),
    pytest.param(
        "NATO-Russia Council (NRC): http://www.nato-russia-council.info/en/",
        {"type": "web page", "author": [], "title": "NATO-Russia Council (NRC)"},
        id="link_list_label_is_the_title",
    ),
    pytest.param(
        "POMORSKIE, Drawsko. Back to basics. The Economist [online]. [cit. 2014-07-22]. Dostupné z:<http://x.org/a>, "
        "LANA, Sara. What role for NATO? The CS Monitor [online]. [cit. 2014-07-23]. Dostupné",
        {"accessed": "2014-07-22", "year": None, "date": None},
        id="glued_second_access_date_is_not_a_publication_date",
    ),
]


# Forms new texts bring: German, French, Polish ISO 690, bodies in sentence case, theses in
# several languages, report numbers, spans of years inside titles, eLocators, note numbers.
GERMAN = [
    pytest.param(
        "Krause, Heike: Stadtplanung im Wandel. Berlin: Duncker & Humblot 2009.",
        {"type": "book", "author": ["Krause, Heike"], "title": "Stadtplanung im Wandel", "location": "Berlin",
         "publisher": "Duncker & Humblot", "year": "2009"},
        id="german_colon_after_author",
    ),
    pytest.param(
        "Lang, Peter/Roth, Anna: Die Gemeinde. München: Beck 2004.",
        {"author": ["Lang, Peter", "Roth, Anna"], "title": "Die Gemeinde", "publisher": "Beck"},
        id="german_slash_between_authors",
    ),
    pytest.param(
        "Krause, Heike: Wohnen. In: Roth, Anna (Hrsg.): Die Stadt. Bd. 3. Köln: Böhlau 2012, S. 10–29.",
        {"type": "chapter", "editor": ["Roth, Anna"], "container_title": "Die Stadt", "volume": "3",
         "location": "Köln", "publisher": "Böhlau", "pages": "10-29"},
        id="german_chapter_hrsg_bd",
    ),
    pytest.param(
        "Lang, Peter: Der Rat. In: Zeitschrift für Stadtgeschichte 42 (2003), H. 1, S. 5–20.",
        {"type": "article", "container_title": "Zeitschrift für Stadtgeschichte", "volume": "42", "year": "2003",
         "issue": "1", "pages": "5-20"},
        id="german_article_volume_year_heft",
    ),
    pytest.param("Ebd., S. 12.", {"kind": "ibid", "pages": "12"}, id="german_ibid"),
]

FRENCH = [
    pytest.param(
        "Morel, Paul, « La commune », dans Anne Petit (dir.), L'État local, Lyon, Presses universitaires de Lyon, "
        "2010, p. 11-30.",
        {"type": "chapter", "author": ["Morel, Paul"], "title": "La commune", "editor": ["Petit, Anne"],
         "container_title": "L'État local", "location": "Lyon", "publisher": "Presses universitaires de Lyon",
         "year": "2010", "pages": "11-30"},
        id="french_chapter_dans_dir",
    ),
    pytest.param(
        "Morel, Paul, Les ports de l'Atlantique, thèse de doctorat, Université de Nantes, 2008.",
        {"type": "thesis", "title": "Les ports de l'Atlantique", "publisher": "Université de Nantes", "year": "2008"},
        id="french_thesis",
    ),
    pytest.param("Girard, op. cit., p. 12.", {"kind": "short", "author": ["Girard"], "pages": "12"},
                 id="op_cit_with_author"),
]

CENTRAL_EUROPEAN = [
    pytest.param(
        "KOWAL, Ewa. Gmina. In: NOWAK, Jan (red.). Samorząd. Warszawa: Scholar, 2011, s. 5–19.",
        {"type": "chapter", "editor": ["Nowak, Jan"], "container_title": "Samorząd", "location": "Warszawa",
         "publisher": "Scholar", "pages": "5-19"},
        id="polish_chapter_red",
    ),
    pytest.param(
        "KOWAL, Ewa. Gmina. Portal Samorządowy [online]. 2018 [dostęp 5.03.2019]. Dostępny w Internecie: "
        "https://portal.example.pl/gmina",
        {"type": "web page", "container_title": "Portal Samorządowy", "accessed": "2019-03-05",
         "url": "https://portal.example.pl/gmina", "year": "2018"},
        id="polish_online_dostep",
    ),
    pytest.param(
        "Český statistický úřad. Zaměstnanost v krajích. Praha: ČSÚ, 2019.",
        {"author": ["Český statistický úřad"], "title": "Zaměstnanost v krajích", "publisher": "ČSÚ"},
        id="body_in_sentence_case",
    ),
    pytest.param(
        "DVOŘÁK, Jan. Obce a kraje. Brno, 2015. Bakalářská práce. Masarykova univerzita, Fakulta sociálních studií.",
        {"type": "thesis", "title": "Obce a kraje", "location": "Brno", "year": "2015",
         "publisher": "Masarykova univerzita, Fakulta sociálních studií"},
        id="czech_thesis",
    ),
    pytest.param("DVOŘÁK, Obce a kraje, s. 8.", {"kind": "short", "author": ["Dvořák"], "title": "Obce a kraje"},
                 id="iso_short_form_title_with_a"),
]

THESES_AND_REPORTS = [
    pytest.param(
        "Olsen, K. (2017). Coastal towns in decline [Master's thesis, University of Bergen]. "
        "https://hdl.handle.net/1956/12345",
        {"type": "thesis", "title": "Coastal towns in decline", "publisher": "University of Bergen"},
        id="apa_thesis_in_brackets",
    ),
    pytest.param(
        "7. Ahmed R. Clinic waiting times [dissertation]. Leeds: University of Leeds; 2016.",
        {"type": "thesis", "title": "Clinic waiting times", "location": "Leeds", "publisher": "University of Leeds"},
        id="vancouver_dissertation",
    ),
    pytest.param(
        "[8] K. Lee, “Sparse radar imaging,” Ph.D. dissertation, Dept. Elect. Eng., Stanford Univ., Stanford, CA, "
        "USA, 2015.",
        {"type": "thesis", "publisher": "Stanford Univ.", "location": "Stanford, CA, USA", "year": "2015"},
        id="ieee_dissertation_department_skipped",
    ),
    pytest.param(
        "Ortiz, Ana. Port Security. Research Report RR-1234-A. Santa Monica, CA: RAND Corporation, 2019.",
        {"type": "report", "title": "Port Security", "issue": "RR-1234-A", "publisher": "RAND Corporation"},
        id="report_number_without_no",
    ),
    pytest.param(
        "[3] B. Kim, “Grid storage,” Nat. Lab., Golden, CO, USA, Tech. Rep. NREL/TP-6A20-1234, 2020.",
        {"type": "report", "publisher": "Nat. Lab.", "location": "Golden, CO, USA", "issue": "NREL/TP-6A20-1234"},
        id="ieee_tech_report",
    ),
    pytest.param(
        "Government Accountability Office. Water Systems. GAO-20-555. Washington, DC, 2020.",
        {"type": "report", "title": "Water Systems", "issue": None, "location": "Washington, DC"},
        id="lone_report_code",
    ),
    pytest.param(
        "World Health Organization. Malaria fact sheet [Internet]. Geneva: WHO; 2021 [cited 2022 Jan 4]. "
        "Available from: https://www.who.int/malaria",
        {"type": "web page", "title": "Malaria fact sheet", "accessed": "2022-01-04"},
        id="vancouver_internet",
    ),
]

NOTES_AND_NUMBERS = [
    pytest.param("12. Ibid., 40–41.", {"kind": "ibid", "pages": "40-41"}, id="note_number_before_ibid"),
    pytest.param(
        "5. Jan Horák, Bohemia, 1848–1918 (Prague: Karolinum, 2012), 33.",
        {"title": "Bohemia, 1848–1918", "publisher": "Karolinum", "pages": "33"},
        id="span_of_years_in_a_title",
    ),
    pytest.param(
        "Ann Lee, “Ports,” in Essays on Empire, 1815–1914, ed. Mark Lee (London: Verso, 2005), 1–20.",
        {"container_title": "Essays on Empire, 1815–1914", "editor": ["Lee, Mark"], "pages": "1-20"},
        id="span_of_years_in_a_book_title",
    ),
    pytest.param("3. Kim S, Park J. Sleep and mood. PLoS One. 2020;15:e0234567.", {"volume": "15", "pages": "e0234567"},
                 id="elocator_as_pages"),
    pytest.param(
        "Berg, T. (2018). Harbours. In A. Lind (Ed.), Coastal history (pp. 5–20). Polity.",
        {"type": "chapter", "container_title": "Coastal history", "editor": ["Lind, A."], "publisher": "Polity"},
        id="apa_chapter_publisher_after_pages",
    ),
    pytest.param("Horák, Bohemia, 40.", {"kind": "short", "type": None}, id="short_form_has_no_type"),
    pytest.param("Horák, Bohemia…, 40.", {"kind": "short", "title": "Bohemia"}, id="short_title_ellipsis"),
    pytest.param("John Smith, Title (New York: Acme Books, Inc., 1990), 3.", {"publisher": "Acme Books, Inc."},
                 id="abbreviation_keeps_its_stop"),
    pytest.param(
        "Who Guards the Guards? Oversight in Europe: http://www.example.org/oversight.pdf",
        {"title": "Who Guards the Guards? Oversight in Europe", "type": "web page"},
        id="link_label_with_question",
    ),
    pytest.param(
        "[2] A. Roy, “Edge caching,” in Proc. IEEE INFOCOM, Boston, MA, USA, 2018, pp. 1–9.",
        {"location": "Boston, MA, USA", "pages": "1-9"},
        id="ieee_city_state_country",
    ),
]


NEW_FORMS = GERMAN + FRENCH + CENTRAL_EUROPEAN + THESES_AND_REPORTS + NOTES_AND_NUMBERS


@pytest.mark.parametrize(("raw", "expected"), CASES + NEW_FORMS)
def test_form(raw, expected):
    _check(raw, expected)
