"""Tests for checker/extract/headers.py: running headers and footers at the edges of pages."""

from __future__ import annotations

import pytest

from checker.extract import analyse_layout, extract
from checker.extract.headers import header_number, numbered_header_lines

from .conftest import make_document

BODY = "the alliance was founded to keep the peace in Europe and it has kept it for a long time since then"


def _pages(lines: list[str]) -> list[str | None]:
    return [p.printed for p in extract(make_document("\n".join(lines))).pages]


@pytest.mark.parametrize(
    ("line", "number"),
    [
        pytest.param("RUSSIA AND NATO 12", "12", id="number_after_title"),
        pytest.param("12 RUSSIA AND NATO", "12", id="number_before_title"),
        pytest.param("34JOURNAL OF HISTORY 12 (2019)", "34", id="folio_glued_to_title"),
        pytest.param("\f142    JOURNAL OF SENSING", "142", id="form_feed_head"),
        pytest.param("JOURNAL OF HISTORY (2019)", None, id="no_number"),
    ],
)
def test_header_number(line, number):
    assert header_number(line) == number


def test_folio_glued_before_an_even_page_head_is_a_header():
    lines = []
    for page in (34, 36, 38):
        lines += [f"{page}JOURNAL OF HISTORY 12 (2019)"] + [BODY] * 20
    found = numbered_header_lines(tuple(lines))
    assert sorted(found.values()) == [34, 36, 38]
    assert _pages(lines) == ["34", "36", "38"]


def test_alternating_heads_fill_each_others_gaps():
    lines = [BODY] * 10
    for page in range(72, 77):
        head = f"{page}    Reading Publics" if page % 2 == 0 else f"Mechanics and the free library movement    {page}"
        lines += [head, ""] + [BODY] * 20
    assert _pages(lines) == [None, "72", "73", "74", "75", "76"]


def test_a_title_seen_twice_out_of_sequence_is_not_a_header():
    lines = [BODY] * 10
    for page in (72, 74, 76):
        lines += [f"{page}    Reading Publics", ""] + [BODY] * 20
    lines[30] = "Chapter two of the argument    90"
    lines[50] = "Chapter two of the argument    91"
    roles = analyse_layout(tuple(lines)).roles
    assert roles[30] != "running-header" and roles[50] != "running-header"


def test_a_single_form_feed_head_that_fits_the_sequence_is_a_header():
    lines = [f"\f{n}    JOURNAL OF SENSING SYSTEMS" if n != 143 else "\fSMITH et al.: A NETWORK FOR VINEYARDS    143"
             for n in (141, 142, 143, 144)]
    text = []
    for head in lines:
        text += [head, ""] + [BODY] * 20
    assert _pages(text) == ["141", "142", "143", "144"]


def test_a_line_repeated_at_the_foot_of_every_form_feed_page_is_a_footer():
    footer = "Authorized licensed use limited to: University of Somewhere. Downloaded on June 20, 2021."
    text = []
    for page in range(3):
        text += [BODY + " and so on", BODY + ".", "", footer, "\f"]
    ex = extract(make_document("\n".join(text)))
    assert {ex.line_roles[i] for i, line in enumerate(text) if line == footer} == {"running-header"}
    assert len(ex.pages) == 3  # the form feed at the very end opens no empty page


def test_a_repeated_line_away_from_the_page_edges_stays_text():
    text = []
    for page in range(3):
        text += [BODY, "The committee met again.", f"{BODY} on page {page}.", "\f"]
    ex = extract(make_document("\n".join(text)))
    assert "running-header" not in ex.line_roles


def test_a_journal_head_beside_footers_that_close_their_pages():
    head, footer = "LIBRARY QUARTERLY 9 (2021) 2", "A. Author: Libraries in small towns                    {}"
    text = [head, ""]
    for page in (41, 42, 43):
        text += [BODY] * 18 + ["", footer.format(page)]
        if page != 43:
            text += [head, ""]
    ex = extract(make_document("\n".join(text)))
    assert {ex.line_roles[i] for i, line in enumerate(text) if line == head} == {"running-header"}
    assert [p.printed for p in ex.pages] == ["41", "42", "43"]
    assert [p.last_line for p in ex.pages][:2] == [text.index(footer.format(41)) + 1, text.index(footer.format(42)) + 1]


def test_a_form_feed_export_whose_footers_carry_the_number_and_whose_heads_carry_a_doi():
    head = "\fARTICLE         JOURNAL OF MOSS ECOLOGY | https://doi.org/10.9999/jme.2020.12"
    footer = "JOURNAL OF MOSS ECOLOGY | (2020) 3:12 | https://doi.org/10.9999/jme.2020.12    {}"
    text = []
    for page in (1, 2, 3, 4):
        if page > 1:
            text += [head, ""]
        text += [BODY] * 18 + ["", footer.format(page)]
    text.append("\f")
    ex = extract(make_document("\n".join(text)))
    assert {ex.line_roles[i] for i, line in enumerate(text) if line == head} == {"running-header"}
    assert [p.printed for p in ex.pages] == ["1", "2", "3", "4"]
    assert ex.urls == ()
