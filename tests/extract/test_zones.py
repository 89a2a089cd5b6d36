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
