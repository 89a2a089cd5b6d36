"""verify/facts/nondates.py: numbers that look like years but count, time, address or locate."""

from __future__ import annotations

import re

import pytest

from checker.verify.facts.dates import find_dates
from checker.verify.facts.nondates import not_a_date
from checker.verify.facts.passages import mask


def _first_number(text: str) -> tuple[int, int]:
    m = re.search(r"\d{4}", text)
    return m.start(), m.end()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("his later catalogue of some 1850 nebulae, which", id="some_before_an_irregular_plural"),
        pytest.param("with a membership of some 1500 that was claimed", id="some_before_no_noun"),
        pytest.param("nearly 1900 signatures were", id="nearly_is_no_early"),
        pytest.param("the town report, printed in 2000 copies, devoted", id="in_before_a_count_that_ends_its_phrase"),
        pytest.param("a first pressing of 2000 copies", id="of_before_a_count"),
        pytest.param("came out at 1900 hours on a Friday", id="time_of_day"),
        pytest.param("the alarm at 1430 hrs", id="time_abbreviated"),
        pytest.param("above a ship chandler's at 1848 Front Street.", id="street_number"),
        pytest.param("lived above the office at 1897 Harbor Street, and", id="street_number_two"),
        pytest.param("printed in the Debates, vol. 12, cols. 1786-1790, where", id="column_range"),
        pytest.param("see fols. 1620-1625 of the register", id="folio_range"),
    ],
)
def test_not_dates(text):
    assert not_a_date(text, *_first_number(text))
    assert find_dates(text) == ()


def test_a_locator_rules_out_any_date_form_and_the_rest_only_a_bare_year():
    text = "see cols. 1786-1790 and some 1850 nebulae"
    assert not_a_date(text, 10, 14, bare_year=False)
    assert not not_a_date(text, 29, 33, bare_year=False) and not_a_date(text, 29, 33)


@pytest.mark.parametrize(
    "text, year",
    [
        pytest.param("In 1990 troops entered the city", "1990", id="in_before_a_count_that_starts_a_clause"),
        pytest.param("In 1848 Front Street was paved", "1848", id="year_before_a_street_as_subject"),
        pytest.param("about 1850 the town grew", "1850", id="about_without_a_noun_is_approximate"),
        pytest.param("the 1900 elections were", "1900", id="article_before_a_plural"),
    ],
)
def test_dates_stay_dates(text, year):
    assert [d.normalised for d in find_dates(text)] == [year]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the mill ran two Carrow 1860 looms until", id="model_number_between_name_and_noun"),
        pytest.param("printed on a Model 1905 press in", id="model_number_after_model"),
        pytest.param("the loss of Atlas Flight 1977 over the sea", id="flight_number"),
        pytest.param("filed as no. B 1812 in the archive", id="serial_number"),
        pytest.param("an area of 1750 square miles", id="area"),
        pytest.param("held some 1620 cubic metres", id="volume"),
        pytest.param("at an offset 1986 metres", id="offset"),
        pytest.param("broke up at 1745 local time", id="local_time"),
        pytest.param("the Treasury paper (Cmd. 4410, 1931) said", id="command_paper_and_its_year"),
    ],
)
def test_numbers_and_numbered_papers_of_round3_are_no_dates(text):
    # Masks (the numbered paper) run before the date patterns, as in a passage.
    assert find_dates(mask(text)) == ()
