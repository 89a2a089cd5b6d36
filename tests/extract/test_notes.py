"""Tests for checker/extract/notes.py: note numbers, joined texts, re-attached fragments."""

from __future__ import annotations

import pytest

from checker.extract import extract

from .conftest import make_document

SEP = " " * 48


def _notes(text: str) -> list[tuple[int | None, str]]:
    return [(n.number, n.text) for n in extract(make_document(text)).notes]


def test_chicago_footnotes_with_wrapped_lines_and_blank_lines():
    text = (
        "The treaty was signed in 1949.1 It created the alliance.2\n"
        f"{SEP}\n"
        "1 Haglund, David G., \"North Atlantic Treaty Organization\" (Chicago: Encyclopædia Britannica, \n"
        "2020). \n"
        " \n"
        "2 Sarotte, Mary Elise. “Perpetuating U.S. Preeminence: The 1990 Deals to ‘Bribe the Soviets \n"
        "\n"
        "Out’ and Move NATO In.” (Cambridge: International Security, 2010), 111. \n"
    )
    assert _notes(text) == [
        (1, "Haglund, David G., \"North Atlantic Treaty Organization\" (Chicago: Encyclopædia Britannica, 2020)."),
        (2, "Sarotte, Mary Elise. “Perpetuating U.S. Preeminence: The 1990 Deals to ‘Bribe the Soviets Out’ "
            "and Move NATO In.” (Cambridge: International Security, 2010), 111."),
    ]


def test_wrapped_line_starting_with_a_date_is_not_a_new_note():
    text = (
        "It was reported.1 And again.2\n"
        f"{SEP}\n"
        "1 \"A Short History Of NATO\" (National Public Radio,\n"
        "14 July 2018).\n"
        "2 \"North Atlantic Treaty Organization\" (Herzliya: Helicon, 2018) 1.\n"
    )
    assert [n for n, _ in _notes(text)] == [1, 2]
    assert _notes(text)[0][1] == "\"A Short History Of NATO\" (National Public Radio, 14 July 2018)."


def test_note_continued_after_a_page_break_is_joined():
    text = (
        "Summit in November).4 Disagreement also led to the decision of Estonia, Latvia \n"
        f"{SEP}\n"
        "4  On March 6, 2004, the minister said that these reactions must \n"
        " and Lithuania to ask NATO to provide air protection of their airspace because \n"
        "they did not have such capacity before they entered the Alliance. \n"
        f"{SEP}\n"
        "be understood in political terms, as part of “mandatory rhetorical exercises”. \n"
        " Throughout the debate Russia countered these threats. \n"
    )
    notes = extract(make_document(text)).notes
    assert [(n.number, n.text) for n in notes] == [
        (4, "On March 6, 2004, the minister said that these reactions must be understood in political terms, "
            "as part of “mandatory rhetorical exercises”."),
    ]
    assert notes[0].lines == (3, 7) and notes[0].markers[0].line == 1


def test_iso_notes_with_numbers_on_their_own_lines():
    text = (
        "the Allies are not united in their attitude. Clearly, some members are stricter towards\n"
        "14\n"
        "SMITH, Julianne. The NATO-Russia Relationship. In: Centre for\n"
        "Strategic & International Studies [online]. [cit. 2014-07-22]. Dostupné\n"
        "z: <http://csis.org/files/smith.pdf>\n"
        "15\n"
        "NATO: Russia fails to respect commitments. BBC News [online]. [cit. 2014-07-31].\n"
        "Dostupné z: http://www.bbc.com/news/world-europe-28012778\n"
        " Russia than others. Among them being the United States.14 And Poland.15\n"
    )
    assert _notes(text) == [
        (14, "SMITH, Julianne. The NATO-Russia Relationship. In: Centre for Strategic & International Studies "
             "[online]. [cit. 2014-07-22]. Dostupné z: <http://csis.org/files/smith.pdf>"),
        (15, "NATO: Russia fails to respect commitments. BBC News [online]. [cit. 2014-07-31]. "
             "Dostupné z: http://www.bbc.com/news/world-europe-28012778"),
    ]


def test_endnotes_section():
    text = (
        "Russia joined in 1997.1 It left in 2014.2\n"
        "\n"
        "Notes\n"
        "1. Smith, John, Russia and NATO (London: Press, 2001), 5.\n"
        "2. Ibid., 7.\n"
    )
    assert _notes(text) == [(1, "Smith, John, Russia and NATO (London: Press, 2001), 5."), (2, "Ibid., 7.")]


def test_seed_000_notes(seed_extractions):
    notes = seed_extractions["000"].notes
    assert [n.number for n in notes] == list(range(1, 40))
    by_number = {n.number: n for n in notes}
    assert by_number[5].text == (
        "Hatzivassiliou, Evanthis, “Images of the Adversary: NATO Assessments of the Soviet Union, "
        "1953–1964” (Cambridge: Journal of cold war studies, 2009) 112.")
    assert by_number[8].text == (
        "Hatzivassiliou, “Images of the Adversary: NATO Assessments of the Soviet Union, 1953–1964”, 91.")
    assert by_number[12].text == "Wolfe, “The Warsaw Pact in Evolution”, 191-192."
    assert by_number[32].text == (
        "Tsygankov, Andrei P., Russia's Foreign Policy: Change and Continuity in National "
        "Identity(New York: Rowman and Littlefield Publishers, Inc., 2010) 55-56.")
    assert (by_number[1].location.line, by_number[1].markers[0].line) == (106, 81)
    assert by_number[6].location.page == by_number[5].location.page


def test_seed_001_notes_reattached_to_their_numbers(seed_extractions):
    by_number = {n.number: n for n in seed_extractions["001"].notes if n.number is not None}
    assert sorted(by_number) == [7, 8, 9, 11, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23]
    assert by_number[7].text == "In the end the headquarters were moved to Brussels where they are until today."
    assert by_number[8].text.startswith("Another part in Russia’s decision making to act in Balkan")
    assert by_number[8].text.endswith("thereby of Balkan states included.")
    assert by_number[9].text == ", to assist the situation and the new army."
    assert by_number[14].text.startswith("SMITH, Julianne. The NATO-Russia Relationship")
    assert by_number[14].text.endswith("Dostupné z: <http://csis.org/files/media/csis/pubs/081110_smith_natorussia_web.pdf>")
    assert by_number[16].text.startswith("TRAN, Pierre. Rasmussen: Russian Actions in Ukraine Threaten NATO Relations.")
    assert by_number[20].text.startswith("POMORSKIE, Drawsko. Back to basics.")
    assert by_number[15].lines == (197, 198, 199)


@pytest.mark.parametrize(
    ("number", "line", "start"),
    [
        # The tail at the top of page 6's notes, above note 14, is the rest of note 13 (the
        # Washington Post piece on the West's double standard).
        pytest.param(13, 192, "2014-07-31]. Dostupné z:<http://www.washingtonpost.com/", id="tail_above_14_is_13"),
        pytest.param(19, 235, "Dostupné z:<http://www.nextnewdeal.net/", id="tail_above_20_is_19"),
        # Page 5 has markers 11 and 12 without notes and two notes without numbers.
        pytest.param(11, 162, "SMITH, Julianne. The NATO-Russia Relationship", id="page5_first_is_11"),
        pytest.param(12, 165, "z: <http://www.nato.int/docu/review/2011/nato_russia/Trenin-interview/", id="page5_second_is_12"),
        pytest.param(21, 247, "POMORSKIE, Drawsko. Back to basics.", id="page8_only_note_is_21"),
        pytest.param(22, 270, "NATO - Russia: Forging Deeper Relations.", id="timeline_page_first_is_22"),
        pytest.param(23, 271, "Ukraine crisis. The Reuters [online].", id="timeline_page_second_is_23"),
    ],
)
def test_seed_001_notes_that_lost_their_numbers_get_them_back(seed_extractions, number, line, start):
    note = next(n for n in seed_extractions["001"].notes if n.number == number)
    assert note.location.line == line and note.text.startswith(start)


def test_seed_001_has_no_fragment_left(seed_extractions):
    assert [n.location.line for n in seed_extractions["001"].notes if n.number is None] == []


def test_fragment_above_note_n_joins_note_n_minus_1_on_the_page_before():
    text = (
        "It was agreed in Paris.1 The ministers met again.2\n"
        f"{SEP}\n"
        "1 Smith, John. Russia and NATO. London: Press, 2001.\n"
        " The talks went on for a year and the text goes on to the end of the page.3\n"
        f"{SEP}\n"
        "See also Jones, The Alliance, 12.\n"
        "2 Brown, Anna. The Council. Oxford: Clarendon, 2005.\n"
        " A later page begins here and goes on.\n"
    )
    assert _notes(text) == [
        (1, "Smith, John. Russia and NATO. London: Press, 2001. See also Jones, The Alliance, 12."),
        (2, "Brown, Anna. The Council. Oxford: Clarendon, 2005."),
    ]


def test_fragments_are_not_numbered_when_the_page_has_more_markers_than_notes():
    text = (
        "The page ends here and the text goes on at length, as it does in papers.12 And more.13\n"
        "NATO - Russia: Forging Deeper Relations. NATO [online]. [cit. 2014-07-22]. Dostupné\n"
    )
    assert _notes(text) == [(None, "NATO - Russia: Forging Deeper Relations. NATO [online]. [cit. 2014-07-22]. Dostupné")]


def test_seed_002_notes(seed_extractions):
    notes = seed_extractions["002"].notes
    assert [n.number for n in notes] == [2, 3, 4]
    assert notes[0].text == ("The supporters of Atlanticism were then Prime Minister J. Gaidar, "
                             "the first Deputy Prime Minister G.")
    assert notes[1].text == (
        "The points in question were, in particular, the revision of provisions and obligations under START I "
        "and START II Treaty; suspension of the removal of tactical missiles from Belarus and their "
        "redeployment, and unilateral revision of the Treaty on Conventional Forces in Europe (CFE).")
    assert notes[2].text.endswith("These reactions must be understood in political terms, as part of "
                                  "“mandatory rhetorical exercises” intended primarily for the Russian public.")
    assert notes[2].lines[-2:] == (467, 468)


def test_access_phrase_that_lost_its_url_ends_the_fragment():
    text = ("The page ends here and the text goes on at length, as it does in papers.12\n"
            "NATO - Russia: Forging Deeper Relations. NATO [online]. [cit. 2014-07-22]. Dostupné\n"
            " Ukraine crisis. The Reuters [online]. [cit. 2014-07-22]. Dostupné\n")
    assert [text for _, text in _notes(text)] == [
        "NATO - Russia: Forging Deeper Relations. NATO [online]. [cit. 2014-07-22]. Dostupné",
        "Ukraine crisis. The Reuters [online]. [cit. 2014-07-22]. Dostupné"]


RULE = "———"  # a law review's short footnote rule


def test_wrapped_line_opening_with_a_marked_number_is_no_new_note():
    # ``61 UCLA L. Rev.`` continues note 49: the note above runs on, and 50 follows.
    text = (
        "It is harder to sustain.49 Suits are many.50 And rising.51 Later, Hope v. Pelzer applies.61\n"
        f"{RULE}\n"
        "49 See Hannah Ostrowski, Seeing Is Believing? Video Evidence in Excessive Force Cases,\n"
        "61 UCLA L. Rev. 1202, 1210–14 (2014).\n"
        "50 Admin. Office of the U.S. Courts, Judicial Business 2018.\n"
        "51 Cf. Hope v. Pelzer, 536 U.S. 730, 741 (2002).\n"
    )
    notes = _notes(text)
    assert [n for n, _ in notes] == [49, 50, 51]
    assert notes[0][1].endswith("Excessive Force Cases, 61 UCLA L. Rev. 1202, 1210–14 (2014).")


def test_wrapped_line_opening_with_a_shelf_mark_is_no_new_note():
    text = (
        "La police¹ et le «\u00a0théâtre\u00a0»² en 1853³. Plus tard⁴.\n"
        "_______________\n"
        "1 Claire DUVERNAY, Guignol, Lyon, Éditions du Confluent, 1987, p. 23-41.\n"
        "2 L’expression est celle du commissaire\u00a0; Archives départementales du Rhône (ADR),\n"
        "4 M 450, rapport du 12 novembre 1853.\n"
        "3 Ibid., rapport du 3 février 1854.\n"
    )
    notes = _notes(text)
    assert [n for n, _ in notes] == [1, 2, 3]
    assert notes[1][1] == ("L’expression est celle du commissaire\u00a0; Archives départementales du Rhône (ADR), "
                           "4 M 450, rapport du 12 novembre 1853.")


def test_note_whose_text_opens_with_a_number():
    text = (
        "It was so held.43 The statute says so.44 It was read.45\n"
        f"{RULE}\n"
        "43 Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982).\n"
        "44 42 U.S.C. § 1983 (2012); see also 28 U.S.C. § 1343(a)(3) (2012).\n"
        "45 Monroe v. Pape, 365 U.S. 167, 183–87 (1961).\n"
    )
    assert _notes(text)[1] == (44, "42 U.S.C. § 1983 (2012); see also 28 U.S.C. § 1343(a)(3) (2012).")


def test_note_numbers_printed_as_superscripts():
    text = (
        "Le texte vise les théâtres¹, mais la police tarde² à agir en 1853³.\n"
        "\n"
        "_______________\n"
        "¹ Claire DUVERNAY, Guignol, Lyon, Éditions du Confluent, 1987, p. 23.\n"
        "²Ibid., p. 24.\n"
        "³ Archives départementales du Rhône, 4 M 450.\n"
    )
    extraction = extract(make_document(text))
    assert [(n.number, n.text[:6], [m.line for m in n.markers]) for n in extraction.notes] == [
        (1, "Claire", [1]), (2, "Ibid.,", [1]), (3, "Archiv", [1])]
    assert [f.rule for f in extraction.findings] == []


def test_a_note_broken_mid_word_at_a_page_foot_takes_its_tail_under_a_broken_body_line():
    text = "\n".join([
        "The mill at Thornby was rebuilt in 1790 by its new owner, who leased it out.1",
        "The lease survives, and it names the miller and his two sons as tenants",
        "of the house and the mill together, at a rent of twelve pounds.2",
        "",
        "1 Leeds City Archives, TH/4/2, lease of 1790. The lease binds the sons to be set-",
        "\fThe miller held it until 1802, when the owner sold the mill to a",
        "",
        "tled on the holding and forbids them to take lodgers.",
        "2 Ibid.",
        "\fneighbour, who pulled it down and built a house on the site.3",
        "",
        "3 Thornby Estate Papers, box 9, sale of 1802.",
    ])
    extraction = extract(make_document(text))
    assert [(n.number, n.lines) for n in extraction.notes] == [(1, (5, 8)), (2, (9,)), (3, (12,))]
    assert extraction.line_roles[5] == "body" and extraction.line_roles[9] == "body"


def test_a_gost_description_takes_its_volume_and_pages_from_the_next_page():
    text = "\n".join([
        "Выборы в городские думы изучены хуже, чем выборы в губернские собрания1.",
        "Об этом писали и раньше2.",
        "",
        "1 Соколов Б.Н. Городские думы. СПб.: Наука, 2011. С. 40.",
        "2 Гусев А.А. Сельские советы // Вопросы истории. 2016.",
        "\fВ уездах картина была иной, и о ней мы скажем отдельно.",
        "",
        "Т. 4, № 2. С. 5–19.",
        "3 Там же. С. 7.",
        "\fКонец статьи, где стоит последний знак сноски3.",
    ])
    notes = extract(make_document(text)).notes
    assert [(n.number, n.text) for n in notes][1] == (
        2, "Гусев А.А. Сельские советы // Вопросы истории. 2016. Т. 4, № 2. С. 5–19.")


def test_notes_called_by_asterisks_on_the_title_page_are_no_footnotes():
    text = "\n".join([
        "Helena Duarte*",
        "Rui Amaral**",
        "",
        "The study of the schools begins with their closing.1",
        SEP,
        "* Professor of Education, University of the North. E-mail: hd@example.org",
        "** Teacher in the state network.",
        "1 Census of 2019, table 4.",
    ])
    assert _notes(text) == [(1, "Census of 2019, table 4.")]
