"""Tests for checker/extract/zones.py: where the footnote zones are."""

from __future__ import annotations

import pytest

from checker.extract import analyse_layout
from checker.extract.zones import looks_like_note_line

BODY = "the alliance was founded to keep the peace in Europe and it has kept it for a long time since"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("SMITH, Julianne. The NATO-Russia Relationship. In: Centre for", True, id="iso_author"),
        pytest.param("News [online]. [cit. 2014-07-22]. Dostupné", True, id="iso_online_cit"),
        pytest.param("z: <http://csis.org/files/smith.pdf>", True, id="iso_url"),
        pytest.param("12 Wolfe, “The Warsaw Pact in Evolution”, 191-192.", True, id="chicago_numbered"),
        pytest.param("Ibid., 45.", True, id="ibid"),
        pytest.param("Retrieved from https://example.org/report", True, id="apa_retrieved"),
        pytest.param("the decision was marked as unsustainable by several experts.2 After", False, id="body"),
        pytest.param("NATO and Russia have a long history.", False, id="short_body"),
    ],
)
def test_looks_like_note_line(line, expected):
    assert looks_like_note_line(line) is expected


def test_separator_zone_runs_to_the_indented_first_line_of_the_next_page():
    lines = (BODY, BODY, " " * 48, "1 Smith, John, “A Title” (London: Press, 2001), 5.", "2020).", "",
             "2 Smith, “A Title”, 7.", " period in time and keep communism contained. " + BODY)
    roles = analyse_layout(lines).roles
    assert roles[2] == "separator"
    assert roles[3:7] == ("note", "note", "blank", "note")
    assert roles[7] == "body"


def test_separator_zone_stops_at_a_line_with_a_glued_marker():
    lines = (BODY, " " * 48, "3 Smith, “A Title”, 7.", "continued on the next page after the war.4 Then came", BODY)
    roles = analyse_layout(lines).roles
    assert roles[2] == "note" and roles[3] == "body"


def test_zone_without_separator_found_from_the_page_start_upwards():
    lines = (
        "Russia which are now judged differently.13 Another article says that the steps Russia makes in",
        "SMITH, Julianne. The NATO-Russia Relationship: Defining Moment? In: Centre for",
        "Strategic & International Studies [online]. [cit. 2014-07-22]. Dostupné",
        "z: <http://csis.org/files/media/csis/pubs/081110_smith_natorussia_web.pdf>",
        " Ukraine are a perfect example of a modern war, and that it is actually NATO who",
        "falls behind.",
    )
    roles = analyse_layout(lines).roles
    assert roles == ("body", "note", "note", "note", "body", "body")


def test_torn_note_numbers_take_the_short_block_above_them():
    lines = (
        "helped Russia. Military bases of NATO in Central Asia, and the northern network of supply.",
        "",
        "In the end the headquarters were moved to Brussels where they are until today.",
        "Another part of the decision might be the historical role of the protector of the Balkans.",
        "9",
        ", to assist the situation and the new army.",
        "7",
        "8",
        " 2.3 Georgia",
        "Nonetheless another dispute appeared again, this time over the Georgia Conflict.",
    )
    roles = analyse_layout(lines).roles
    assert roles[0] == "body"
    assert roles[2:8] == ("note",) * 6
    assert roles[8] == "heading"


def test_a_number_alone_in_running_text_is_not_a_zone():
    lines = (
        "experts are debating about the role of NATO in the 21st century. The debates",
        "escalated especially after NATO’s soldiers started to leave Afghanistan.17",
        "",
        "18",
        "",
        "Some say NATO is",
        "",
        "now more conservative and is finding its role as there is no direct threat posed",
        "to the members19. Several claim that it must provide security beyond Europe.",
    )
    roles = analyse_layout(lines).roles
    assert "note" not in roles


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("1 January 1875 marked the opening of the first reading room, above the", False, id="day_month_year"),
        pytest.param("12 gennaio 1877 la Giunta approvò il regolamento della biblioteca", False, id="italian_date"),
        pytest.param("1 The Public Libraries Act of 1850 and its critics                17", False, id="contents_line"),
        pytest.param("3 Cfr. M. Raicich, Scuola, cultura e politica, Pisa, Nistri-Lischi,", True, id="note_after_number"),
        pytest.param("Lawrence Black and Nicole Robertson, eds., Consumerism and the Co-operative", True, id="chicago_eds"),
        pytest.param("[online]. Łódź, 2020 [dostęp: 12.03.2020]. Dostępne w Internecie:", True, id="polish_iso690"),
    ],
)
def test_lines_that_look_or_do_not_look_like_notes(line, expected):
    assert looks_like_note_line(line) is expected


def test_a_wrapped_body_line_opening_with_a_day_and_month_is_not_note_1():
    # The brief's known case: the paragraph wraps at ``on`` ⏎ ``1 January 1875.`` above a page break.
    lines = (
        "The committee met in the spring and the Act was passed with a large majority.1 It",
        "had been debated for years, and it came into force, after much delay, on",
        "1 January 1875. It limited the working day of children to eight hours.",
        "",
        "                                        12",
        " The next page opens here and the text runs on as text does on a page.",
    )
    ex_roles = analyse_layout(lines).roles
    assert ex_roles[2] == "body"


def test_a_text_without_markers_has_no_footnote_zones():
    lines = (
        "Counts are normalized before fitting, and the firmware follows three rules;",
        "the board layout is open source",
        "(https://github.com/example/node),",
        "and the measurements are archived at",
        "https://doi.org/10.5281/zenodo.4921337.",
        "",
        "                                        3",
        " The next page opens here and the text runs on as text does on a page.",
    )
    assert "note" not in analyse_layout(lines).roles


def test_numbered_lines_whose_numbers_no_marker_carries_are_not_a_zone():
    lines = (
        "The survey was fielded twice, as the first footnote explains.1 The first wave",
        "came in April.",
        "",
        "12 countries entered the survey in April 2020, but in Belgium and Austria the second",
        "wave was fielded late, so the models use ten countries.",
        "",
        "                                        3",
        " The next page opens here and the text runs on as text does on a page.",
    )
    roles = analyse_layout(lines).roles
    assert roles[3] == "body" and roles[4] == "body"


def test_a_note_wrapped_over_three_lines_is_one_zone():
    lines = (
        "The rising cost of the programme was noted by its critics at the time.7 It grew.",
        "",
        "7 Tamze, s. 8. Na marginesie warto dodac, ze w budzecie obywatelskim na lata",
        "mieszkancy obszaru rewitalizacji zglosili ponad 400 projektow o charakterze",
        "spolecznym, co wskazuje na",
        "",
        "                                        - 13 -",
        " The next page opens here and the text runs on as text does on a page.",
    )
    assert analyse_layout(lines).roles[2:5] == ("note",) * 3


LIBRARY_TEXT = "the libraries of small towns lend fewer books every year and open on fewer days of the week"


def test_a_numbered_section_heading_above_a_pages_notes_is_not_a_note():
    footer = "A. Author: Libraries in small towns                                       {}"
    lines = ["1. Introduction", "", "Small libraries lend fewer books.1 " + LIBRARY_TEXT] + [LIBRARY_TEXT] * 12
    lines += ["", "2. Data", "", "The survey asked every librarian in the region the same questions.", "",
              "1 Figures of the regional office. Dostupné na: https://example.org/2019/", "", footer.format(7)]
    lines += ["The answers were compared.2 " + LIBRARY_TEXT] + [LIBRARY_TEXT] * 12
    lines += ["", "3. Methods and sources", "", "The answers were coded by two readers working apart from each other",
              "", "2 Ibid., s. 4.", "", footer.format(8)]
    lines += [LIBRARY_TEXT + "."] * 12 + ["", "4. Conclusions", "", "Small libraries need help.", "", footer.format(9)]
    roles = analyse_layout(tuple(lines)).roles
    heading = lines.index("3. Methods and sources")
    assert roles[heading] == "heading" and roles[heading + 2] == "body"
    assert roles[lines.index("2 Ibid., s. 4.")] == "note"
    assert roles[lines.index("1 Figures of the regional office. Dostupné na: https://example.org/2019/")] == "note"
