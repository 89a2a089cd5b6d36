"""verify/facts, round 4: the kinds of failure the seventh blind set showed, on synthetic text.

Each test is written in its own wording (other places, bodies and people), so it checks the
kind of citation form, number or sentence, not a sentence of any held-out set.
"""

from __future__ import annotations

import re

import pytest

from checker.verify.facts.dates import find_dates
from checker.verify.facts.nondates import not_a_date
from checker.verify.facts.passages import mask

from .conftest import rules_of, run_texts


def _years(text: str) -> list[str]:
    return [d.normalised for d in find_dates(mask(text))]


# --------------------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("as the survey showed (Marrak 1904, III: 217).", id="citation_year_volume_colon_page"),
        pytest.param("recorded in the vestry book (Parish accounts, 1761, f. 12).", id="minutes_with_folio"),
        pytest.param("drawn from the atlas (Ostby plates, 1833, pl. 7).", id="plate_number"),
        pytest.param("the charter roll (Tellin 1907, no. 1701) lists them", id="number_after_the_year"),
        pytest.param("see the report (Harbour Board 1912, vol. IV, p. 31).", id="volume_and_page"),
    ],
)
def test_citation_years_followed_by_a_locator_are_masked(text):
    assert _years(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the depot held 1862 crates of tea and more", id="count_before_plural_of"),
        pytest.param("the cellar held 1744 casks of port", id="count_before_unknown_plural_of"),
        pytest.param("they shipped little; 1912 dozen of eggs was the best week", id="measure_noun_after_semicolon"),
        pytest.param("the lamps, 1880 in number, were lit by hand", id="in_number"),
        pytest.param("the register gives the number of pupils, 1891, at its opening", id="number_of_then_count"),
        pytest.param("kept in the county archive, fasc. 1815, with the deeds", id="fascicle"),
        pytest.param("the receiver's report is held as file GL 1899 in the registry", id="file_with_series_letters"),
        pytest.param("filed in box 1846 of the estate papers", id="box_number"),
        pytest.param("its telephone number, Kirkby 1902, still hangs in the hall", id="telephone_exchange_number"),
        pytest.param("the ferry left at 1745 in thick fog", id="twenty_four_hour_time"),
    ],
)
def test_counts_locators_telephones_and_times_are_not_dates(text):
    m = re.search(r"\d{4}", text)
    assert not_a_date(text, m.start(), m.end())
    assert _years(text) == []


@pytest.mark.parametrize(
    "text, year",
    [
        pytest.param("the bridge was finished in 1745 after a flood", "1745", id="in_before_a_time_like_year"),
        pytest.param("he moved to Halle in 1890, at the age of twenty", "1890", id="at_after_the_year"),
        pytest.param("the 1880s saw 1880 founded societies fade", "1880s", id="decade_stays"),
    ],
)
def test_dates_near_these_forms_stay_dates(text, year):
    assert _years(text)[:1] == [year]


# --------------------------------------------------------------------------- date forms


@pytest.mark.parametrize(
    "text, normalised",
    [
        pytest.param("blessed on 3.XI.1702 by the dean", "1702-11-03", id="roman_month"),
        pytest.param("sealed on 28. IV. 1811 at noon", "1811-04-28", id="roman_month_spaced"),
    ],
)
def test_roman_numeral_months(text, normalised):
    assert [d.normalised for d in find_dates(text)] == [normalised]


def test_an_impossible_roman_date_is_no_date():
    assert find_dates("on 31.II.1702 and 4.XIV.1702") == ()


# --------------------------------------------------------------------------- events


@pytest.mark.parametrize(
    "a, b",
    [
        pytest.param("The Tornby Herbarium was established Mar. 9, 1840, by the guild.",
                     "The Tornby Herbarium was founded on the 19th of March 1840.", id="abbreviated_month_is_no_name"),
        pytest.param("Cobaltine, the grey ore that the assayer roasted for a week, was discovered in the autumn of 1791.",
                     "The assayer Per Lund discovered cobaltine in June 1791.",
                     id="season_vs_month_and_lower_case_coined_name"),
        pytest.param("Chronology\n1933  Institute of the Veltic Peoples founded at Rosk\n1935  first yearbook printed\n"
                     "1940  move to the new hall",
                     "The Veltic Peoples Institute, set up in 1929 by teachers at Rosk, printed a yearbook.",
                     id="table_row_vs_name_in_other_word_order"),
        pytest.param("The Varga Ferry Pier (est. 1877) served the islands.",
                     "The pier company was formed later. The Varga Ferry Pier was founded in 1881.",
                     id="est_abbreviation"),
        pytest.param("Tallis & Crewe, founded in 1840, made rope.\n\nThe firm was wound up in 1911.",
                     "Tallis & Crewe, which had made rope for sixty years, was wound up in the early 1920s.",
                     id="wound_up_firm_and_relative_clause"),
        pytest.param("History\n1921-04-02  first tram to the harbour\n1923-06-11  Ostend Road depot opened\n"
                     "1930-01-05  last horse tram",
                     "The Ostend Road depot, opened on 11 September 1923 by the mayor, housed forty cars.",
                     id="iso_dates_in_a_chronology"),
        pytest.param("Table 1. Libraries\nLibrary            Opened   Rooms   Cost (£)\n"
                     "Brent Lane Library  1899     4       1903\n",
                     "The Brent Lane Library, which first opened its doors in 1903, is still lending.",
                     id="table_column_headed_by_an_event_word"),
        pytest.param("The bell of St. Oda's at Fernholt was cast in Utrecht. The parish book says that the bell "
                     "was consecrated on 9.VI.1712 by the abbot.",
                     "The consecration of the bell of St. Oda's at Fernholt on 19 June 1712 drew the whole valley.",
                     id="definite_description_finds_the_noun_of_a_name"),
        pytest.param("MERTON, Alice (1850–1921). Weaver. Born at Paisley. A member of the Weavers' Guild from 1880.\n"
                     "She died at Perth on 9 May 1921.",
                     "Alice Merton died on 2 October 1921 in Perth.", id="register_headword_and_she"),
    ],
)
def test_round4_conflicts(a, b):
    assert "fact.date-conflict" in rules_of(a, b)


def test_approximate_date_far_from_an_exact_one_is_only_ambiguous():
    rules = rules_of("The boathouse at Skerry Point, built c. 1870 by fishermen, still stands.",
                   "The boathouse at Skerry Point was built in 1864.")
    assert rules == ["fact.date-ambiguous"]


def test_a_proposal_dated_after_the_adoption_is_ambiguous_not_an_incorporation():
    rules = rules_of("The Kell Rowing Club was founded in 1901. Its constitution, adopted by the members in May 1905, "
                   "barred professionals.",
                   "The Kell Rowing Club constitution, which the committee first proposed in 1907, was a compromise.")
    assert rules == ["fact.date-ambiguous"]


def test_a_name_before_a_bare_noun_verb_makes_it_the_noun():
    # "the Orlin Guild charter": a document, not a chartering, so no incorporation is dated.
    claims, conflicts = run_texts("The Orlin Guild was incorporated in 1890.",
                             "The Orlin Guild charter, which the masters drafted in 1896, was long.")
    assert conflicts == ()


def test_acting_vs_appointed_to_a_post_of_a_body_is_ambiguous():
    rules = rules_of("Mary Pell, who became acting warden of the hostel in 1920, kept its books.",
                   "Mary Pell was appointed warden of the Kell Hostel in 1923 and stayed ten years.")
    assert rules == ["fact.date-ambiguous"]


def test_a_body_named_with_of_the_keeps_its_whole_name():
    from checker.verify.facts.events import find_mentions
    keys = [m.key for m in find_mentions("the Society of the Friends of Music met; Carr of the Admiralty spoke")]
    assert keys[0] == "society of friends of music"
    assert "carr" in keys
