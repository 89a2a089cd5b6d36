"""verify/facts/dates.py: every kind of date expression, and numbers that are not dates."""

from __future__ import annotations

import pytest

from checker.verify.facts.dates import find_dates


@pytest.mark.parametrize(
    "text, precision, normalised, first, last",
    [
        pytest.param("finalized on April 4, 1949 and", "day", "1949-04-04", "1949-04-04", "1949-04-04", id="month_day_year"),
        pytest.param("On 24 March 1999, NATO", "day", "1999-03-24", "1999-03-24", "1999-03-24", id="day_month_year"),
        pytest.param("the CNS from 17th December 1997 drafted", "day", "1997-12-17", "1997-12-17", "1997-12-17", id="ordinal_day"),
        pytest.param("his visit on April 8 2004 summed", "day", "2004-04-08", "2004-04-08", "2004-04-08", id="no_comma"),
        pytest.param("a conflict in August 2008.", "month", "2008-08", "2008-08-01", "2008-08-31", id="month"),
        pytest.param("approval (in January 1994 at the summit)", "month", "1994-01", "1994-01-01", "1994-01-31", id="month_in_parens"),
        pytest.param("signed in 1997 by", "year", "1997", "1997-01-01", "1997-12-31", id="year"),
        pytest.param("in the year 2000 a new president", "year", "2000", "2000-01-01", "2000-12-31", id="the_year"),
        pytest.param("intervening in 1998-1999, in which", "range", "1998/1999", "1998-01-01", "1999-12-31", id="range"),
        pytest.param("secretary from 1985-1991, and", "range", "1985/1991", "1985-01-01", "1991-12-31", id="from_range"),
        pytest.param("relations between 2003 and 2007.", "range", "2003/2007", "2003-01-01", "2007-12-31", id="between"),
        pytest.param("president in 1990 until 1991.", "range", "1990/1991", "1990-01-01", "1991-12-31", id="until"),
        pytest.param("from October to December 1993 and", "range", "1993-10/1993-12", "1993-10-01", "1993-12-31", id="month_range"),
        pytest.param("fell in the 1990s and", "decade", "1990s", "1990-01-01", "1999-12-31", id="decade"),
        pytest.param("in the early 1960s.", "decade", "early 1960s", "1960-01-01", "1963-12-31", id="early_decade"),
        pytest.param("The first half of the 1990s has been", "decade", "first half 1990s", "1990-01-01", "1994-12-31", id="half_decade"),
        pytest.param("in late 1991 marked", "period", "late 1991", "1991-09-01", "1991-12-31", id="late_year"),
        pytest.param("crisis in autumn 1993 precipitated", "period", "autumn 1993", "1993-09-01", "1993-11-30", id="season"),
        pytest.param("the end of the last decade of the 20th Century relations", "period", "late 1990s",
                     "1996-01-01", "1999-12-31", id="decade_of_century"),
    ],
)
def test_date_kinds(text, precision, normalised, first, last):
    (found,) = find_dates(text)
    assert (found.precision, found.normalised) == (precision, normalised)
    assert (found.first.isoformat(), found.last.isoformat()) == (first, last)


@pytest.mark.parametrize(
    "text, qualifier",
    [
        pytest.param("Bosnia, around 1995.", "approx", id="around"),
        pytest.param("After 1992, the policy", "after", id="after"),
        pytest.param("By 1991, the relationship", "before", id="by"),
        pytest.param("suspended since 2014 in response", "since", id="since"),
    ],
)
def test_qualifiers(text, qualifier):
    (found,) = find_dates(text)
    assert found.qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("an equal partner to the 27 members", id="count"),
        pytest.param("sending 2000 troops to the region", id="count_that_looks_like_a_year"),
        pytest.param("see p. 1999 of the report", id="page"),
        pytest.param("September 11, was thought to be", id="day_without_year"),
        pytest.param("Some 2000 navvies had dug it by hand", id="quantity_before_a_plural_noun"),
        pytest.param("the mill employed 1500 workers", id="verb_before_a_plural_noun"),
    ],
)
def test_not_dates(text):
    assert find_dates(text) == ()


@pytest.mark.parametrize(
    "text, year",
    [
        pytest.param("In 1990 troops entered the city", "1990", id="time_word_before_a_counting_noun"),
        pytest.param("the 1999 elections were", "1999", id="article_before_a_plural_noun"),
        pytest.param("Russia's 1999 elections were", "1999", id="possessive_before_a_plural_noun"),
    ],
)
def test_years_before_a_plural_noun_stay_dates(text, year):
    assert [d.normalised for d in find_dates(text)] == [year]


def test_bare_day_month_takes_the_timeline_year():
    found = find_dates("2003 May 13, NRC meets for first time", context_year=2003)
    assert [d.normalised for d in found] == ["2003", "2003-05-13"]


@pytest.mark.parametrize(
    "text, normalised",
    [
        pytest.param("born in Birkenhead on 04.06.1868 according to", "1868-06-04", id="dotted_day_first"),
        pytest.param("signed on 4.6.1868 at", "1868-06-04", id="dotted_without_zeros"),
        pytest.param("opened on 14/06/1868.", "1868-06-14", id="slashes_unambiguous"),
        pytest.param("opened on 06/14/1868.", "1868-06-14", id="slashes_month_first_unambiguous"),
        pytest.param("the minute book: \"am 12. März 1921 im Musiksaal\"", "1921-03-12", id="german_day_with_full_stop"),
        pytest.param("fondée le 1er mars 1921 à Lyon", "1921-03-01", id="french_first_of_the_month"),
        pytest.param("fundada el 12 de marzo de 1921", "1921-03-12", id="spanish_with_de"),
        pytest.param("dne 5. května 1945 v Praze", "1945-05-05", id="czech_genitive_month"),
        pytest.param("gegründet im März 1921", "1921-03", id="german_month_and_year"),
        pytest.param("consecrated in 1147 by the bishop", "1147", id="medieval_year_after_in"),
        pytest.param("built between 1131 and 1147", "1131/1147", id="medieval_range"),
    ],
)
def test_numeric_foreign_and_medieval_dates(text, normalised):
    assert [d.normalised for d in find_dates(text)] == [normalised]


@pytest.mark.parametrize(
    "text, normalised",
    [
        pytest.param("opened on 04/06/1868 or so", [], id="slashes_ambiguous_day_and_month"),
        pytest.param("the opposition of Mars 1921 was", ["1921"], id="a_capitalised_name_is_no_foreign_month"),
        pytest.param("with 1200 members and 1350 looms", [], id="medieval_numbers_without_a_time_word"),
    ],
)
def test_forms_that_are_not_days_or_months(text, normalised):
    assert [d.normalised for d in find_dates(text)] == normalised
