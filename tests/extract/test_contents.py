"""Tests for checker/extract/contents.py: a table of contents is neither notes nor page starts."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.extract.contents import is_contents_entry

from .conftest import make_document

CONTENTS = """Contents

List of figures                                                ix
Introduction: reading publics and the state                     1
  Margaret Ellison
1 The Public Libraries Act of 1850 and its critics             17
  Alistair Crane
2 Subscription libraries in Scottish towns after 1850          35
  Fiona Drummond

                              vii
3 Reading rooms and temperance in the Potteries,
  1850–1880                                                    53
  Gareth Lloyd
Index                                                         223

                              viii
The chapter opens here and its first marker is glued to a word.1 The text runs on
as text does.

                              3
"""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("1 The Public Libraries Act of 1850 and its critics      17", True, id="numbered_chapter"),
        pytest.param("Notes on contributors .......... xi", True, id="dot_leaders_roman"),
        pytest.param("2016    157,2            41,8               12", False, id="table_row"),
        pytest.param("the alliance was founded in 1949 and has 32 members", False, id="running_text"),
    ],
)
def test_is_contents_entry(line, expected):
    assert is_contents_entry(line) is expected


def test_contents_lines_are_not_notes_and_roman_folios_are_page_numbers():
    ex = extract(make_document(CONTENTS))
    lines = CONTENTS.split("\n")
    assert ex.notes == ()
    assert {ex.line_roles[i] for i in range(2, 15) if lines[i].strip() and lines[i].strip() not in ("vii",)} == {"contents"}
    assert [p.printed for p in ex.pages] == ["vii", "viii", "3"]


def test_three_entries_without_a_heading_are_not_enough():
    text = "Some text here.\n\nOne part of it                    4\nAnother part                    9\nThe end          12\n"
    assert "contents" not in extract(make_document(text)).line_roles
