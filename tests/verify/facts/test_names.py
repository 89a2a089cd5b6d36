"""verify/facts/names.py: one thing written in two forms of its name, and people who share a surname."""

from __future__ import annotations

import pytest

from .conftest import rules_of


SAME_THING = [
    pytest.param("The Treaty of Orsk, signed on 2 August 1788, settled the border.", "The Orsk Treaty was signed in 1789.",
                 id="treaty_of_x_vs_x_treaty"),
    pytest.param("The abbey church of Saint-Émilion was consecrated in 1147.",
                 "The abbey church of Saint-Emilion was consecrated in 1152.", id="accent_dropped"),
    pytest.param("The Varn–Ossel Rowing Union was founded in 1896.", "Varn-Ossel Rowing Union was founded in 1898.",
                 id="en_dash_and_no_the"),
    pytest.param("The Tarn Institute of Marine Biology was founded in the 1890s.",
                 "The Tarn Institute, founded in 1903, was small.", id="short_form_without_its_of_part"),
    pytest.param("The Weavers' Hall of Pellham opened at some date between 1851 and 1853.",
                 "The Weavers' Hall opened in 1856.", id="plural_possessive_inside_the_name"),
    pytest.param("Ada Lind, born in Bergen on 04.06.1868, studied.", "Ada Lind was born on 6 April 1868.",
                 id="numeric_day_first_vs_words"),
    pytest.param("Canon Olaf Brenner died at the vicarage in March 1889.", "Brenner died on 2 May 1889.",
                 id="a_title_before_the_name_is_no_given_name"),
]


@pytest.mark.parametrize("a, b", SAME_THING)
def test_one_thing_under_two_forms_of_its_name_conflicts(a, b):
    assert rules_of(a, b) == ["fact.date-conflict"]


DIFFERENT = [
    pytest.param("Agnes Rowan died in 1931 at Hoylake.", "Edmund Rowan, a surgeon, died at Freetown in 1902.",
                 id="two_people_one_surname"),
    pytest.param("The Harbour Board of Vardo was founded in 1899. The Harbour Board of Vorda was founded in 1921.",
                 "The Harbour Board was busy.", id="short_form_shared_by_two_long_forms"),
    pytest.param("The abbey church of Sainte-Lucie was consecrated in 1147.",
                 "The priory church of Saint-Loup at Brève was consecrated in 1152.", id="different_churches"),
    pytest.param("The alliance acted as the adversary organization of the Omega Pact and was founded in May 1955.",
                 "The Omega Pact was founded in 1949.", id="noun_of_name_as_an_object_is_no_theme"),
]


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_things_raise_nothing(a, b):
    assert rules_of(a, b) == []
