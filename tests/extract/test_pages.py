"""Tests for checker/extract/pages.py: page numbers, running headers, page starts, pages."""

from __future__ import annotations

import pytest

from checker.extract import analyse_layout, extract
from checker.extract.layout import Layout
from checker.extract.pages import (
    build_pages,
    mark_blank_lines,
    mark_page_numbers,
    mark_page_starts,
    strip_running_headers,
)

from .conftest import make_document

BODY = "the alliance was founded to keep the peace in Europe and it has kept it for a long time since then"
HEADER = "RUSSIA AND NATO AFTER THE COLD WAR"


def _furniture(lines: list[str]) -> Layout:
    return strip_running_headers(mark_page_numbers(mark_blank_lines(Layout.of(lines))))


def test_blank_and_separator_lines():
    roles = mark_blank_lines(Layout.of(["text", "", " ", " " * 48, "_" * 20, "x"])).roles
    assert roles == (None, "blank", "blank", "separator", "separator", None)


@pytest.mark.parametrize(
    ("rule", "below", "role"),
    [
        pytest.param("———", "41 Oduya, The Footage Problem, 71 Stan. L. Rev. 1 (2019).", "separator",
                     id="short_rule_above_a_note"),
        pytest.param("_____", "¹ Sur les origines, voir Duvernay.", "separator",
                     id="short_underscores_above_a_superscript_note"),
        pytest.param("———", "The next part of the text begins here.", None, id="short_rule_in_the_text"),
    ],
)
def test_short_rules_are_separators_only_above_notes(rule, below, role):
    assert mark_blank_lines(Layout.of(["text", "", rule, "", below])).roles[2] == role


def test_page_number_with_running_header_below_it():
    lines = [BODY + " 1", "", "6", HEADER, "", BODY + " 2"] + [BODY] * 10 + [BODY + " 3", "", "7", HEADER, "", BODY + " 4"]
    layout = _furniture(lines)
    assert layout.roles[2] == "page-number" and layout.roles[18] == "page-number"
    assert layout.roles[3] == "running-header" and layout.roles[19] == "running-header"
    assert layout.roles[0] is None and layout.roles[5] is None and layout.roles[16] is None


@pytest.mark.parametrize(
    ("lines", "index", "role"),
    [
        pytest.param([BODY, "3", " said in his speech that the alliance was right"], 1, "page-number",
                     id="next_page_starts_indented"),
        pytest.param([BODY, "", "5", "", "continued the sentence on the next page"], 2, "page-number",
                     id="next_page_continues_lower_case"),
        pytest.param([BODY, "14", "SMITH, Julianne. The NATO-Russia Relationship. In: Centre for"], 1, None,
                     id="note_number_before_note_text"),
        pytest.param([BODY, "", "7", "8", " 2.3 Georgia"], 2, None, id="cluster_of_torn_note_numbers"),
        pytest.param([BODY, "", "Page 12", "", BODY], 2, "page-number", id="page_label"),
        pytest.param([BODY, "- 12 -", BODY], 1, "page-number", id="dashed_page_number"),
        pytest.param([BODY, "", " " * 70 + "17", "Harrington, Daniel F. Berlin on the Brink."], 2, "page-number",
                     id="right_aligned_number"),
    ],
)
def test_which_standalone_numbers_are_page_numbers(lines, index, role):
    assert _furniture(lines).roles[index] == role


def test_repeated_note_lines_are_not_running_headers():
    lines = [BODY, " " * 40, "1 Britannica, The Editors of Encyclopaedia (Chicago: Encyclopædia", "Britannica, 2021).",
             "", "2 Britannica, The Editors of Encyclopaedia (Chicago: Encyclopædia", "Britannica, 2021).",
             "", "8", HEADER, BODY, "", "9", HEADER]
    layout = _furniture(lines)
    assert layout.roles[3] is None and layout.roles[6] is None
    assert layout.roles[9] == "running-header"


def test_headers_carrying_the_page_number():
    lines = []
    for page in (3, 4, 5):
        lines += [f"{HEADER} {page}"] + [BODY] * 20
    layout = _furniture(lines)
    assert [layout.roles[i] for i in (0, 21, 42)] == ["running-header"] * 3
    pages = build_pages(mark_page_starts(layout))
    assert [p.printed for p in pages] == ["3", "4", "5"]


def test_form_feed_starts_a_page():
    doc = make_document(f"{BODY}\n{BODY}.\n\f{BODY}\n{BODY}.")
    pages = extract(doc).pages
    assert [(p.first_line, p.last_line) for p in pages] == [(1, 2), (3, 4)]


def test_footer_page_numbers_close_their_page_in_a_form_feed_export():
    doc = make_document(f"{BODY} one\n{BODY} two.\n1\n\f{BODY} three\n{BODY} four.\n2\n")
    pages = extract(doc).pages
    assert [(p.first_line, p.last_line, p.printed) for p in pages] == [(1, 3, "1"), (4, 6, "2")]


def test_notes_above_a_footer_page_number_are_a_note_zone():
    text = f"{BODY}\nthe end of the page.1\n1 A. Smith, A Title (London: Verso, 2001), 4.\n1\n\f{BODY}.\n"
    ex = extract(make_document(text))
    assert [(n.number, n.location.line) for n in ex.notes] == [(1, 3)] and ex.line_roles[3] == "page-number"


def test_indented_line_after_a_mid_sentence_line_starts_a_page_but_a_paragraph_indent_does_not():
    lines = [BODY, BODY + ".", " A new paragraph starts with an indent after a sentence end.", BODY, " " + BODY]
    layout = analyse_layout(tuple(lines))
    assert layout.page_starts == frozenset({4})


def test_pages_of_seed_000_follow_the_printed_numbers(seed_extractions):
    pages = seed_extractions["000"].pages
    printed = [(p.printed, p.first_line) for p in pages if p.printed]
    assert printed == [("6", 112), ("8", 206), ("15", 515)]
    by_line = {p.first_line: p.number for p in pages}
    # The page after "6" starts where the first body line follows its notes.
    assert by_line[160] == by_line[112] + 1 and by_line[206] == by_line[160] + 1


def test_seed_page_numbers_are_not_notes(seed_extractions):
    roles = seed_extractions["001"].line_roles
    assert roles[62 - 1] == "page-number" and roles[94 - 1] == "page-number"
    assert roles[193 - 1] == "note" and roles[197 - 1] == "note" and roles[236 - 1] == "note"
    assert seed_extractions["000"].line_roles[112 - 1] == "page-number"
    assert seed_extractions["000"].line_roles[113 - 1] == "running-header"


def _lines(count: int, start: int) -> list[str]:
    """``count`` distinct lines of running text (repeated lines would read as running headers)."""
    return [f"{BODY} ({chr(97 + k % 26)}{chr(97 + k // 26 % 26)})" for k in range(start, start + count)]


def test_page_footers_with_form_feeds_before_some_pages_only_all_close_their_page():
    text = (_lines(7, 0) + ["", "Page 1 of 3"] + _lines(7, 10) + ["", "Page 2 of 3", "\f" + BODY]
            + _lines(7, 20) + ["", "Page 3 of 3"])
    pages = extract(make_document("\n".join(text))).pages
    assert [(p.first_line, p.printed) for p in pages] == [(1, "1"), (10, "2"), (19, "3")]


def test_a_page_number_followed_by_a_header_carrying_the_next_number_closes_its_page():
    text = _lines(8, 0) + ["the chapter's first page ends here.", "", " " * 30 + "71"]
    for number in (72, 73, 74):
        text += [f"{number}    THE FREE LIBRARY MOVEMENT", ""] + _lines(20, number * 20)
    pages = extract(make_document("\n".join(text))).pages
    assert [(p.first_line, p.printed) for p in pages][:2] == [(1, "71"), (12, "72")]


def test_a_folio_merged_into_the_last_line_of_a_page_is_its_printed_number():
    text = []
    for number in (35, 36, 37):
        body = _lines(8, number * 10) + [f"the town lost page {number - 30}'s readers."]
        if number == 36:
            text += body[:-1] + ["the town for Bradford or Leeds. 36"]
        else:
            text += body + [" " * 40 + str(number)]
    ex = extract(make_document("\n".join(text)))
    assert [(p.first_line, p.printed) for p in ex.pages] == [(1, "35"), (11, "36"), (20, "37")]
    assert ex.line_roles[18] == "body" and ex.markers == ()


def test_a_line_ending_in_a_number_is_no_folio_when_the_sequence_has_no_gap():
    text = []
    for number in (35, 36):
        text += _lines(8, number * 10) + [f"the meeting of page {number - 30} was held in room 12", " " * 40 + str(number)]
    ex = extract(make_document("\n".join(text)))
    assert [p.printed for p in ex.pages] == ["35", "36"]
