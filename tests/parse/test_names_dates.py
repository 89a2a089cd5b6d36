"""Name lists and dates inside citations."""

from __future__ import annotations

import pytest

from checker.model import Name
from checker.parse.dates import normalise_date
from checker.parse.names import scan_names, split_name


@pytest.mark.parametrize(("text", "families"), [
    pytest.param("Berman, P., & McLaughlin, M. W. (1976). X", ["Berman", "McLaughlin"], id="apa_inverted"),
    pytest.param("D. Mourtzis, N. Papakostas, and G. Chryssolouris. Supply", ["Mourtzis", "Papakostas", "Chryssolouris"], id="natural_initials"),
    pytest.param("Beurskens R, Wilken JM, Dingwell JB. Dynamic", ["Beurskens", "Wilken", "Dingwell"], id="vancouver"),
    pytest.param("Gick, B., I. Wilson & D. Derrick. The", ["Gick", "Wilson", "Derrick"], id="mixed_order"),
    pytest.param("ROUSSILLON, René. Manuel", ["Roussillon"], id="iso690_capitals"),
    pytest.param("Ameel, Eef; Storms, Gert; & Sloman, Steven A. 2005.", ["Ameel", "Storms", "Sloman"], id="semicolons"),
])
def test_scan_names(text, families):
    found = scan_names(text)
    assert [n.family for n in found.names] == families


def test_editor_role_marker():
    found = scan_names("Carlisle, M. (eds.), Nine Essays")
    assert found.role == "editor"


def test_title_words_are_not_a_natural_name():
    assert scan_names("Readings in Business Policy. New York") is None


def test_corporate_author_kept_whole():
    assert scan_names("Central Intelligence Agency. Khrushchev’s").names == (Name(literal="Central Intelligence Agency"),)


def test_split_name_with_particle_uses_nameparser():
    assert split_name("van der Berg, Jan") == Name(family="van der Berg", given="Jan")


@pytest.mark.parametrize(("text", "iso"), [
    ("2014-07-22", "2014-07-22"), ("14 July 2018", "2018-07-14"), ("October 20, 2008", "2008-10-20"),
    ("2006, June 29", "2006-06-29"), ("June 2006", "2006-06"), ("1991b", "1991"), ("Fall 1961", "1961"), ("n.d.", None),
    ("14 juillet 2001", "2001-07-14"), ("3 März 2011", "2011-03-03"), ("12. 5. 2014", "2014-05-12"),
    ("02/11/2012", "2012-02-11"), ("Sept. 2001", "2001-09"), ("2015 Mar 7", "2015-03-07"),
    ("21-22 settembre 2006", "2006-09-21"), ("July-August, 1963", "1963"), ("July 4-5, 2010", "2010"),
])
def test_normalise_date(text, iso):
    assert normalise_date(text) == iso


@pytest.mark.parametrize("text", ["14 July 2018", "5 mars 2004", "12. 5. 2014"])
def test_plain_dates_are_read_without_dateparser(monkeypatch, text):
    """dateparser costs ~600 µs a call; day, month and year in a known language go to dateutil."""
    from checker.parse import dates

    def refuse(*args, **kwargs):
        raise AssertionError(f"dateparser asked about {text!r}")

    monkeypatch.setattr(dates.dateparser, "parse", refuse)
    dates._parse_with_dateparser.cache_clear()
    assert dates.normalise_date(text) is not None
    dates._parse_with_dateparser.cache_clear()


def test_simple_dates_read_as_dateutil_reads_them():
    """The short path for ``14 July 2018``-like dates gives what dateutil gives, or leaves it."""
    import itertools
    from datetime import datetime

    from dateutil import parser as dateutil_parser

    from checker.parse import dates

    info = dates._month_names()
    months = ["July", "Jul.", "Sept.", "September", "mars", "août", "Juni", "dicembre", "febrero", "Feb"]
    checked = 0
    for month, day, year in itertools.product(months, ["1", "05", "29", "30", "31", "32"], ["2016", "2018"]):
        for text in (f"{day} {month} {year}", f"{month} {day}, {year}", f"{month} {year}", f"{year}, {month} {day}"):
            fast = dates._simple_date(text, year, info)
            if fast is None:
                continue
            checked += 1
            slow = dateutil_parser.parse(text, parserinfo=info, default=datetime(int(year), 1, 1))
            assert fast == slow, text
    assert checked > 300
    assert dates._simple_date("31 June 2018", "2018", info) is None  # left to dateutil, which refuses it
