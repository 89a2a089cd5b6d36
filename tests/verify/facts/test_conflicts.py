"""verify/facts: synthetic document pairs for each kind of date and each verdict."""

from __future__ import annotations

import pytest

from checker.verify.facts import conflict_findings

from .conftest import rules_of, run_texts

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
    pytest.param("St. Columba's Hospital was founded in 1840 by the Brothers of Charity.",
                 "The Brothers of Charity established St. Columba's Hospital in 1846.",
                 id="passive_vs_active_with_saint_and_possessive_in_the_name"),
    pytest.param("The Kingdom of Velmar declared independence on 2 June 1905.", "Velmar became independent in 1907.",
                 id="independence_and_state_form"),
    pytest.param("The Orsk Viaduct was built between 1851 and 1854.", "The Orsk Viaduct was built in 1858.",
                 id="construction_range_vs_point_outside"),
    pytest.param("The Harwick Tunnel was opened to traffic in May 1871.", "The Harwick Tunnel opened in October 1871.",
                 id="opening_month_vs_month"),
    pytest.param("The airship Kestrel made its maiden flight on 4 June 1929.", "The Kestrel first flew on 11 June 1929.",
                 id="first_flight_day_vs_day"),
    pytest.param("Born on 3 April 1901, Ilse Brandt studied law in Graz.", "Ilse Brandt was born in 1903.",
                 id="fronted_participle_dates_the_main_subject"),
    pytest.param("Ilse Brandt was born in Graz. She studied law in Vienna. She died in 1970.",
                 "Ilse Brandt died on 4 May 1972.", id="pronoun_chain_across_sentences"),
    pytest.param("St. Anne's Hospital was founded in 1852 by the Sisters of Mercy. It opened to patients in 1854.",
                 "St. Anne's Hospital opened to patients in 1857.", id="it_points_to_the_subject_not_the_last_name"),
    pytest.param("The Treaty of Calder was signed in 1856 by Tarrow and Ostmark, entered into force in 1858.",
                 "The Treaty of Calder entered into force in 1860.", id="and_between_names_is_no_clause_boundary"),
    pytest.param("The Battle of Hollin Ford was fought on 14 September 1643.",
                 "The Battle of Hollin Ford, on 21 September 1643, ended the siege.", id="named_battle_day_vs_day"),
    pytest.param("The steamer Corvina made her maiden voyage to Lisbon in January 1863.",
                 "Corvina sailed on her maiden voyage in March 1863.", id="a_destination_is_not_the_theme"),
    pytest.param("The Factory Act of Vandria was passed in May 1874 and came into force on\n1 January 1875. It was short.",
                 "The Factory Act of Vandria came into force in 1876.", id="date_wrapped_to_a_line_that_looks_like_a_note"),
]


@pytest.mark.parametrize("a, b", CONFLICTS)
def test_same_event_incompatible_dates_is_a_conflict(a, b):
    assert rules_of(a, b) == ["fact.date-conflict"]


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
    assert rules_of(a, b) == []


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
    assert rules_of(a, b) == ["fact.date-ambiguous"]


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
    pytest.param("The Republic of Velmar declared independence in 1905, after the collapse of the old empire.",
                 "The Republic of Velmar collapsed in 1941.", id="keyword_with_an_unnamed_object_of_its_own"),
    pytest.param("Lund University opened a medical faculty in 1899.", "Lund University opened a school of music in 1971.",
                 id="opened_an_unnamed_thing"),
    pytest.param("The Calder Commission was set up in 1861. It completed its survey of the frontier in 1866.",
                 "The Calder Commission was set up in 1861.", id="completion_with_its_own_object"),
    pytest.param("The Harbour Board of Vardo was founded in 1899.", "The Harbour Board of Vorda was founded in 1921.",
                 id="names_one_whole_word_apart"),
    pytest.param("The Lund Chapel was built in 1705.", "Lund Cathedral was built in 1714.", id="different_buildings"),
    pytest.param("The University of Tressia was founded in 1578. Its library was established in 1602.",
                 "The University of Tressia was founded in 1578.", id="its_noun_is_the_subject_not_its_owner"),
    pytest.param("Ilse Brandt was born in 1901. Her husband died in 1950.", "Ilse Brandt died in 1972.",
                 id="her_husband_is_not_her"),
    pytest.param("The First Battle of Arnheim was fought in 1809.", "The Second Battle of Arnheim was fought in 1813.",
                 id="numbered_battles"),
]


@pytest.mark.parametrize("a, b", UNRELATED)
def test_unrelated_or_distinct_events_raise_nothing(a, b):
    assert rules_of(a, b) == []


def test_conflict_inside_one_document_counts():
    text = "\n".join([
        "The Alpha Council was founded in 2002 to discuss security.",
        "Timeline",
        "1997 Ruritania joins the Omega Pact",
        "2002 May 28, Rome, creation of the Alpha Council (AC)",
        "2008 – Creation of Alpha Council",
    ])
    claims, conflicts = run_texts(text)
    (conflict,) = conflicts
    assert conflict.rule == "fact.date-conflict"
    assert [c.date for c in conflict.outliers] == ["2008"]
    assert {c.date for c in conflict.claims} == {"2002", "2002-05-28", "2008"}


def test_acronym_defined_in_one_document_matches_in_another():
    rules = rules_of("The Omega Council (OC) was created in 2001 in Rome.", "Timeline\n2004 – creation of OC\n2005 x\n2006 y")
    assert rules == ["fact.date-conflict"]


def test_event_names_entity_and_type_and_reason_says_why_in_words():
    (_, conflicts) = run_texts("The Alpha Council was founded in 2002.", "The Alpha Council was founded in 2008.")
    assert conflicts[0].event == "creation of Alpha Council"
    reason = conflicts[0].reason
    assert reason.startswith("1 claim gives 200") and "2002" in reason and "2008" in reason
    assert reason.endswith("; the dates do not overlap, and a creation happens only once")


def test_conflicts_rank_before_ambiguities_and_by_confidence():
    _, conflicts = run_texts(
        "Karl Mayer became acting president in December 1999. The Alpha Council was founded in 2002.",
        "In 2000 Karl Mayer became president. The Alpha Council was founded in 2008.",
    )
    assert [c.rule for c in conflicts] == ["fact.date-conflict", "fact.date-ambiguous"]


def test_findings_carry_every_quote_with_its_location():
    _, conflicts = run_texts("The Alpha Council was founded in 2002.", "The Alpha Council was founded in 2008.")
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
    claims, _ = run_texts(text)
    assert claims == ()


def test_claim_keeps_the_line_of_its_date_when_a_sentence_spans_lines():
    claims, _ = run_texts("The treaty was signed by seven nations and was finalized on\nApril 4, 1949 in Washington.")
    (claim,) = claims
    assert (claim.location.line, claim.date, claim.precision) == (2, "1949-04-04", "day")
    assert claim.quote.startswith("The treaty was signed")


# --- kinds met in the held-out set (tests/data/facts_heldout): one pair each ---------------

FOUND = [
    pytest.param("Comet Vela-Ruiz was discovered on 12 March 1999 at Kiruna.",
                 "Comet Vela-Ruiz, discovered on 16 March 1999, was faint.", id="discovery_day_vs_day"),
    pytest.param("The Baltic–Nordic Energy Council was founded in 1996.",
                 "The Baltic-Nordic Energy Counsil was founded in 1998.", id="en_dash_and_misspelling"),
    pytest.param("The European Coal and Steel Community (ECSC) was founded in 1951 by six states.",
                 "When the ECSC was founded in 1953, its seat was Luxembourg.", id="acronym_whose_long_form_has_and"),
    pytest.param("Maria Okonkwo was born in 1950. She was appointed foreign minister in 1994.",
                 "Maria Okonkwo was born in 1950. She became foreign minister in 1996.", id="she_holds_the_office"),
    pytest.param("Norvik was founded in 1968 by Ada Lind.", "Norvik, which Ada Lind founded in 1971, grew.",
                 id="object_relative_clause"),
    pytest.param("The Kessel Polytechnic was established between 1811 and 1813.",
                 "The Kessel Polytechnic was established in 1818.", id="point_outside_a_range"),
    pytest.param("Ostria joined the League of Nations in 1923.",
                 "Ostria was poor. It was admitted to the League of Nations in 1926.", id="same_member_joins_twice"),
]


@pytest.mark.parametrize("a, b", FOUND)
def test_kinds_of_conflict_are_found(a, b):
    assert rules_of(a, b) == ["fact.date-conflict"]


QUIET = [
    pytest.param("West Germany joined NATO in 1955, ten years after the war.", "Spain joined NATO in 1982.",
                 id="different_members_join_one_body"),
    pytest.param("The Arctic Convention was signed on 10 May 1982.", "Norway ratified the Arctic Convention in 1984.",
                 id="signed_vs_ratified"),
    pytest.param("The Arctic Convention was signed in 1982.", "The Arctic Convention entered into force in 1986.",
                 id="signed_vs_entered_into_force"),
    pytest.param("Comet Vela-Ruiz was discovered on 12 March 1999.",
                 "The discovery of Comet Vela-Ruiz was announced on 20 March 1999.", id="announcement_of_a_discovery"),
    pytest.param("Jonas Berg was elected mayor of Lund in September 1998.",
                 "Jonas Berg was sworn in as mayor of Lund in January 1999.", id="elected_then_sworn_in"),
    pytest.param("The Kessel Polytechnic was established between 1811 and 1813.",
                 "The Kessel Polytechnic was established in 1812.", id="point_inside_a_range"),
    pytest.param("Premier Ivan Petrov became premier in 1958.", "Ivan Petrov was party secretary general from 1953-1964.",
                 id="two_different_offices"),
    pytest.param("The Lund Chamber Orchestra was founded in 1989 by students of Lund University.",
                 "Lund University was founded in 1666.", id="founder_after_by_is_not_the_theme"),
]


@pytest.mark.parametrize("a, b", QUIET)
def test_related_or_unrelated_events_raise_no_error(a, b):
    assert "fact.date-conflict" not in rules_of(a, b)


def test_definite_description_in_a_note_finds_the_name_in_the_body():
    text = "\n".join([
        "The Nordic Ornithological Society was founded in 1921 by teachers.1",
        "Its journal appeared every year.",
        "",
        "1 The society was founded in 1923 in Bergen; see Haugen (2001), 14.",
    ])
    (conflict,) = run_texts(text)[1]
    assert conflict.rule == "fact.date-conflict" and "Nordic Ornithological Society" in conflict.event
    assert sorted(c.date for c in conflict.claims) == ["1921", "1923"]


def test_clause_without_its_own_subject_takes_the_one_before():
    a = "The Treaty of Sarn was signed on 7 February 1992, and entered into force on 1 November 1993."
    b = "The Treaty of Sarn entered into force in 1995."
    (conflict,) = run_texts(a, b)[1]
    assert "Treaty of Sarn" in conflict.event
    assert {c.date for c in conflict.claims} == {"1993-11-01", "1995"}


def test_evidence_leaves_out_other_events_of_the_same_person():
    a = "Maria Okonkwo was born in 1950. She was appointed foreign minister in 1994."
    b = "Maria Okonkwo was born in 1950. She became foreign minister in 1996. She became president in 2005."
    (conflict,) = run_texts(a, b)[1]
    assert sorted(c.date for c in conflict.claims) == ["1994", "1996"]


def test_definite_description_takes_the_whole_name_of_the_thing():
    # "The museum" points back to "Tarn Museum of Fine Arts", not to a shorter "Tarn Museum".
    text = "The Tarn Museum of Fine Arts was founded in 1888 by a banker.\n\nThe museum was founded in 1890, the archive says."
    _, conflicts = run_texts(text)
    assert [(c.rule, c.event) for c in conflicts] == [("fact.date-conflict", "creation of Tarn Museum of Fine Arts")]


def test_the_message_places_every_claim_by_path_and_line():
    _, conflicts = run_texts("The Alpha Council was founded in 2002.", "The Alpha Council was founded in May 2002.",
                        "The Alpha Council was founded in 2008.")
    assert conflicts[0].reason.startswith("2 claims give 2002 and 1 claim gives 2008")
    (finding,) = conflict_findings(conflicts, {"d0": "papers/a.txt", "d1": "papers/b.txt", "d2": "papers/c.txt"})
    assert finding.message == ("creation of Alpha Council: 2002 in papers/a.txt:1; May 2002 in papers/b.txt:1, "
                               "but 2008 in papers/c.txt:1 — the dates do not overlap, and a creation happens only once")


# Kinds of wording that name one event in two ways (written for these tests, none from a data set).
SAME_EVENT_OTHER_WORDING = [
    pytest.param("In 1931 the Ashby Savings Bank merged with the Corran Trust, and kept its name.",
                 "The Corran Trust was amalgamated with the Ashby Savings Bank in 1928.",
                 id="merger_other_verb_parties_in_the_other_order"),
    pytest.param("The Varlow Fisheries Convention ended the quarrel. Drafted over a long winter by both delegations, "
                 "the convention was signed at Ostend in April 1902.",
                 "The signing of the Varlow convention in September 1902 was attended by the mayors.",
                 id="definite_noun_pointing_back_after_a_fronted_clause"),
    pytest.param("Varlow Fisheries Convention. A treaty between two ports on the netting of herring.\n"
                 "Signed at Ostend on 9 April 1902; both texts are authentic.",
                 "The Varlow Fisheries Convention was signed in September 1902.",
                 id="gazetteer_entry_without_a_subject"),
    pytest.param("Ivo Brandl, who had led the orchestra for twenty years and had toured with it twice, died on the 9th "
                 "of June 1931 in Graz.", "Brandl died June 19, 1931, in Graz.",
                 id="death_after_a_long_relative_clause"),
    pytest.param("Ada Merrow, who had opened the first clinic in the valley, did not see it grow: she died in late "
                 "1922 of pneumonia.", "Merrow died in 1923.", id="death_told_by_she_after_a_colon"),
    pytest.param("The survey office was small until Colonel Edwin Cole was appointed Chief Surveyor of Mines in 1921.",
                 "Edwin Cole, who became Chief Surveyor of Mines in 1924, enlarged the office.",
                 id="office_appointed_vs_became_with_a_title_before_the_name"),
]


@pytest.mark.parametrize("a, b", SAME_EVENT_OTHER_WORDING)
def test_one_event_told_in_other_words_is_a_conflict(a, b):
    assert rules_of(a, b) == ["fact.date-conflict"]


def test_three_papers_two_agreeing_name_the_odd_one():
    a = ("The Varlow Fisheries Convention ended the quarrel. Drafted over a long winter by both delegations, "
         "the convention was signed at Ostend in April 1902.")
    b = "The signing of the Varlow convention in September 1902 was attended by the mayors."
    c = "Varlow Fisheries Convention. A treaty between two ports.\nSigned at Ostend on 9 April 1902; both texts survive."
    (conflict,) = run_texts(a, b, c)[1]
    assert conflict.rule == "fact.date-conflict"
    assert [o.date for o in conflict.outliers] == ["1902-09"]
    assert sorted(c.date for c in conflict.claims) == ["1902-04", "1902-04-09", "1902-09"]


RELATED_STEPS = [
    pytest.param("Excavation of the barrow at Holt Rigg took place between 1950 and 1956.",
                 "The excavations at Holt Rigg, which lasted from 1954 to 1960, were funded by the county.",
                 id="excavation_ranges_overlapping_in_part"),
    pytest.param("The Coastal Pilotage Authority (CPA) was small. Ruth Vance, an engineer who had surveyed the estuary, "
                 "became acting director of the CPA in 1950.", "Vance was confirmed as director of the Authority in 1953.",
                 id="acting_vs_confirmed_director_of_a_body_named_by_acronym"),
]


@pytest.mark.parametrize("a, b", RELATED_STEPS)
def test_related_steps_told_in_other_words_are_ambiguous(a, b):
    assert rules_of(a, b) == ["fact.date-ambiguous"]


OTHER_EVENTS = [
    pytest.param("The Ashby Savings Bank merged with the Corran Trust in 1931.",
                 "The Ashby Savings Bank merged with the Deller Bank in 1952.", id="mergers_with_different_partners"),
    pytest.param("Ivo Brandl, who had studied with Karl Osten, died in 1931.", "Karl Osten died in 1940.",
                 id="death_of_the_subject_not_of_the_name_in_its_relative_clause"),
    pytest.param("Excavation at Holt Rigg took place between 1950 and 1960.",
                 "The excavations at Holt Rigg, which lasted from 1952 to 1955, were funded by the county.",
                 id="excavation_range_inside_the_other"),
    pytest.param("Varlow Fisheries Convention. A treaty between two ports.\nSigned at Ostend on 9 April 1902.\n\n"
                 "Tarry Tolls Agreement. A treaty on river tolls.\nSigned at Ostend in 1911.",
                 "The Varlow Fisheries Convention was signed in April 1902.", id="two_gazetteer_entries"),
]


@pytest.mark.parametrize("a, b", OTHER_EVENTS)
def test_other_events_in_these_wordings_raise_nothing(a, b):
    assert rules_of(a, b) == []


# Kinds fixed earlier in round 3 (on the same blind set), kept here in wording of their own.
EARLIER_ROUND3_KINDS = [
    pytest.param("The survey was led by the geologist Anton Reuss (1862–1931) and two students.",
                 "Anton Reuss was born in 1864 in Linz.", id="life_dates_in_brackets_vs_born"),
    pytest.param("The plans were drawn by Mary Coyle (b. 1880), a local engineer.",
                 "Mary Coyle was born on 2 May 1878.", id="born_abbreviated_in_brackets"),
    pytest.param("Orrin Hall was inaugurated on 4 May 1901 by the mayor.",
                 "The inauguration of Orrin Hall in 1903 drew a crowd.",
                 id="verb_vs_its_nominalisation"),
    pytest.param("The Corvex spreadsheet was introduced in 1984.", "Orvane rolled out the Corvex spreadsheet in 1987.",
                 id="introduced_vs_rolled_out"),
]


@pytest.mark.parametrize("a, b", EARLIER_ROUND3_KINDS)
def test_earlier_round3_kinds_are_conflicts(a, b):
    assert rules_of(a, b) == ["fact.date-conflict"]


@pytest.mark.parametrize("text", [
    pytest.param("The reservoir held some 1620 cubic metres when it was filled in 1911.", id="measurement"),
    pytest.param("The hall had 1650 seats when it opened in 1911.", id="count_of_seats"),
    pytest.param("The fault appeared at 1820 local time on the day the line opened in 1911.", id="time_of_day"),
])
def test_measurements_counts_and_times_are_not_dates(text):
    claims, _ = run_texts(text)
    assert {c.date for c in claims} == {"1911"}
