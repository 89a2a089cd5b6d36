"""verify/facts/wording.py: dates as an editor writes them, claims named by path and line."""

from __future__ import annotations

import pytest

from checker.model import Claim, Conflict, Location
from checker.verify.facts.wording import finding_message, located, readable_date


@pytest.mark.parametrize(
    "date, text",
    [
        pytest.param("2002-05-28", "28 May 2002", id="day"),
        pytest.param("1999-12", "December 1999", id="month"),
        pytest.param("1999/2008", "1999–2008", id="year_range"),
        pytest.param("1993-10/1993-12", "October 1993–December 1993", id="month_range"),
        pytest.param("early 1960s", "early 1960s", id="decade_as_is"),
    ],
)
def test_readable_date(date, text):
    assert readable_date(date) == text


def _claim(doc: str, line: int, date: str, kind: str = "sentence") -> Claim:
    return Claim("e", date, "year", "q", Location(doc, line), kind=kind)


def test_message_names_paths_lines_and_timeline_entries_not_ids():
    a, b, c = _claim("000_9f", 706, "2002"), _claim("001_8e", 263, "2002-05-28", "timeline"), _claim("001_8e", 266, "2008", "timeline")
    conflict = Conflict("fact.date-conflict", "creation of X", "2 claims give 2002 and 1 claim gives 2008; why it matters",
                        0.8, (a, b, c), (c,))
    message = finding_message(conflict, {"000_9f": "seeds/000_9f.txt", "001_8e": "seeds/001_8e.txt"})
    assert message == ("creation of X: 2002 in seeds/000_9f.txt:706; 28 May 2002 in seeds/001_8e.txt:263 (timeline), "
                       "but 2008 in seeds/001_8e.txt:266 (timeline) — why it matters")
    assert "confidence" not in message and "000_9f:" not in message


def test_located_groups_claims_by_date():
    assert located([_claim("a", 2, "2002"), _claim("b", 1, "2002")], {"a": "a.txt", "b": "b.txt"}) == "2002 in a.txt:2, b.txt:1"
