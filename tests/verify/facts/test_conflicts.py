"""verify/facts: synthetic document pairs for each kind of date and each verdict."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.model import Document
from checker.verify.facts import conflict_findings, extract_claims, find_conflicts


def _doc(name: str, text: str) -> Document:
    return Document(name, f"{name}.txt", tuple(text.split("\n")), "utf-8", "")


def _run(*texts: str):
    claims = tuple(c for i, t in enumerate(texts) for c in extract_claims(extract(_doc(f"d{i}", t))))
    return claims, find_conflicts(claims)


def _rules(*texts: str) -> list[str]:
    return [c.rule for c in _run(*texts)[1]]


# Each pair is written so that only the verdict under test can apply.
CONFLICTS = [
    pytest.param("The Alpha Council was founded on 3 May 1990.", "The Alpha Council was founded in 1994.",
                 id="day_vs_year"),
    pytest.param("Russia joined the Omega Pact in March 1994.", "Russia joined the Omega Pact in August 1996.",
                 id="month_vs_month"),
    pytest.param("The Kappa Treaty was signed in the early 1960s.", "The Kappa Treaty was signed in 1975.",
                 id="decade_vs_year"),
    pytest.param("The Sigma Union was dissolved in late 1991.", "The Sigma Union was dissolved in 1995.",
                 id="period_vs_year"),
    pytest.param("The Delta Commission was established in 2001.", "The Delta – Commision was established in 2004.",
                 id="spelling_and_dash_variant"),
]


@pytest.mark.parametrize("a, b", CONFLICTS)
def test_same_event_incompatible_dates_is_a_conflict(a, b):
    assert _rules(a, b) == ["fact.date-conflict"]


AGREEMENTS = [
    pytest.param("The Alpha Council was founded in 2002.", "On May 28, 2002 the Alpha Council was founded in Rome.",
                 id="year_vs_day"),
    pytest.param("NATO launched the Beta Operation in 1999.", "The Beta Operation was launched on 24 March 1999.",
                 id="year_vs_day_again"),
    pytest.param("The Gamma Accord was signed in the 1990s.", "The Gamma Accord was signed in 1994.",
                 id="decade_vs_year"),
    pytest.param("The Theta Bank collapsed in August 2008.", "The Theta Bank collapsed in 2008.",
                 id="month_vs_year"),
]


@pytest.mark.parametrize("a, b", AGREEMENTS)
def test_agreement_at_a_different_precision_is_not_a_conflict(a, b):
    assert _rules(a, b) == []


AMBIGUITIES = [
    pytest.param("Karl Mayer became acting president in December 1999 after the resignation.",
                 "In 2000 Karl Mayer became president of Ruritania.", id="acting_vs_elected"),
    pytest.param("Ruritanian troops were deployed to the Zeta Region around 1995.",
                 "Ruritanian troops were deployed to the Zeta Region in 1996.", id="approximate_next_to_exact"),
    pytest.param("The fall of the Sigma Union began in 1989.", "The Sigma Union collapsed in 1991.",
                 id="start_vs_event"),
    pytest.param("Karl Mayer was president from 1999-2008.", "Karl Mayer became president in 2000.",
                 id="span_vs_start_inside_it"),
]


@pytest.mark.parametrize("a, b", AMBIGUITIES)
def test_related_but_different_events_are_ambiguous(a, b):
    assert _rules(a, b) == ["fact.date-ambiguous"]


UNRELATED = [
    pytest.param("The Beta Treaty was signed in 1997.", "The Gamma Council was created in 1997.",
                 id="share_a_year_only"),
    pytest.param("The Delta Bank was founded in 1950.", "The Delta Bank collapsed in 1990.",
                 id="same_entity_different_events"),
    pytest.param("Russia joined the Omega Pact in 1991.", "Russia joined the Sigma Club in 1992.",
                 id="same_subject_different_objects"),
    pytest.param("The Kappa Council met in Paris in 2003.", "The Kappa Council met in Rome in 2005.",
                 id="recurring_event"),
    pytest.param("The Alpha Council was created in 2002.", "The Alpha Council was re-established in 2010.",
                 id="marked_repetition"),
    pytest.param("The Eta Group proposed the creation of the Alpha Council in December 2001.",
                 "The Alpha Council was created in 2002.", id="plan_before_deed"),
    pytest.param("The alliance opposed the Omega Pact and was founded in May 1955.",
                 "The Omega Pact was founded in 1949.", id="of_or_object_entity_is_not_the_theme"),
]


@pytest.mark.parametrize("a, b", UNRELATED)
def test_unrelated_or_distinct_events_raise_nothing(a, b):
    assert _rules(a, b) == []


def test_conflict_inside_one_document_counts():
    text = "\n".join([
        "The Alpha Council was founded in 2002 to discuss security.",
        "Timeline",
        "1997 Ruritania joins the Omega Pact",
        "2002 May 28, Rome, creation of the Alpha Council (AC)",
        "2008 – Creation of Alpha Council",
    ])
    claims, conflicts = _run(text)
    (conflict,) = conflicts
    assert conflict.rule == "fact.date-conflict"
    assert [c.date for c in conflict.outliers] == ["2008"]
    assert {c.date for c in conflict.claims} == {"2002", "2002-05-28", "2008"}


def test_acronym_defined_in_one_document_matches_in_another():
    rules = _rules("The Omega Council (OC) was created in 2001 in Rome.", "Timeline\n2004 – creation of OC\n2005 x\n2006 y")
    assert rules == ["fact.date-conflict"]


def test_reason_names_entity_type_and_dates():
    (_, conflicts) = _run("The Alpha Council was founded in 2002.", "The Alpha Council was founded in 2008.")
    reason = conflicts[0].reason
    assert "Alpha Council" in reason and "creation" in reason and "2002" in reason and "2008" in reason


def test_conflicts_rank_before_ambiguities_and_by_confidence():
    _, conflicts = _run(
        "Karl Mayer became acting president in December 1999. The Alpha Council was founded in 2002.",
        "In 2000 Karl Mayer became president. The Alpha Council was founded in 2008.",
    )
    assert [c.rule for c in conflicts] == ["fact.date-conflict", "fact.date-ambiguous"]


def test_findings_carry_every_quote_with_its_location():
    _, conflicts = _run("The Alpha Council was founded in 2002.", "The Alpha Council was founded in 2008.")
    (finding,) = conflict_findings(conflicts)
    assert finding.rule == "fact.date-conflict" and finding.severity == "error"
    assert sorted((e.location.document, e.location.line) for e in finding.evidence) == [("d0", 1), ("d1", 1)]
    assert all("Alpha Council" in e.quote for e in finding.evidence)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("As Smith argued (Smith, 1993, p. 5), the Council matters.", id="author_year_citation"),
        pytest.param("1 Haglund, “North Atlantic Treaty Organization” (Chicago: Britannica, 2020).", id="note_citation"),
        pytest.param("NATO [online]. [cit. 2014-07-22]. Available at http://x.org/2014/07/a.htm", id="access_date_and_url"),
        pytest.param("Russia became an equal partner to the 27 members.", id="count"),
    ],
)
def test_years_that_date_no_event_are_not_claims(text):
    claims, _ = _run(text)
    assert claims == ()


def test_claim_keeps_the_line_of_its_date_when_a_sentence_spans_lines():
    claims, _ = _run("The treaty was signed by seven nations and was finalized on\nApril 4, 1949 in Washington.")
    (claim,) = claims
    assert (claim.location.line, claim.date, claim.precision) == (2, "1949-04-04", "day")
    assert claim.quote.startswith("The treaty was signed")
