"""verify/facts/steps.py: related steps of one life dated by different papers → fact.date-ambiguous."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.model import Document
from checker.verify.facts import extract_claims, find_conflicts


def _conflicts(*texts: str):
    docs = [Document(f"d{i}", f"d{i}.txt", tuple(t.split("\n")), "utf-8", "") for i, t in enumerate(texts)]
    return find_conflicts(tuple(c for doc in docs for c in extract_claims(extract(doc))))


STEPS = [
    pytest.param("The Orbeck River Convention was signed at Orbeck on 11 June 1956.",
                 "The Orbeck River Convention was ratified by the parliament in 1957.", ("signed", "ratified"),
                 id="signed_vs_ratified"),
    pytest.param("The Orbeck River Convention was signed on 11 June 1956.",
                 "The Orbeck River Convention was debated at length.\nThe Convention entered into force on 1 January 1958.",
                 ("signed", "in force"),
                 id="signed_vs_in_force_with_a_short_name"),
    pytest.param("The Alder Dairy Co-operative was founded in 1887 by farmers.",
                 "The Alder Dairy Co-operative was incorporated under the Act in 1894.", ("founded", "incorporated"),
                 id="founded_vs_incorporated"),
    pytest.param("The Kell Science Park was announced in September 2001.", "The Kell Science Park opened in 2004.",
                 ("announced", "opened"), id="announced_vs_opened"),
]


@pytest.mark.parametrize("a, b, steps", STEPS)
def test_steps_dated_by_different_papers_are_ambiguous_and_named(a, b, steps):
    (conflict,) = _conflicts(a, b)
    assert conflict.rule == "fact.date-ambiguous"
    assert all(step in conflict.reason and step in conflict.event for step in steps)
    assert {c.location.document for c in conflict.outliers} == {"d1"}


def test_a_paper_that_dates_both_steps_raises_nothing():
    text = "The Orbeck River Convention was signed on 11 June 1956. It was ratified by the parliament in 1957."
    assert _conflicts(text, "The Orbeck River Convention was signed on 11 June 1956.") == ()


def test_steps_that_share_a_date_agree():
    assert _conflicts("The Alder Dairy Co-operative was founded in 1887.",
                      "The Alder Dairy Co-operative was incorporated in 1887.") == ()


def test_acting_vs_confirmed_in_an_office_is_ambiguous():
    (conflict,) = _conflicts("Edith Marne, was appointed acting secretary of the Union in 1919.",
                             "Edith Marne was confirmed as secretary of the Union in 1921.")
    assert conflict.rule == "fact.date-ambiguous"
    assert "acting secretary and secretary are related but different offices" in conflict.reason
