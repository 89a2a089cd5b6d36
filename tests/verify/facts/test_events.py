"""verify/facts/events.py and passages.py: entities, acronyms, keywords, masks, sentences."""

from __future__ import annotations

import pytest

from checker.verify.facts.events import entity_key, find_acronyms, find_keywords, find_mentions
from checker.verify.facts.passages import mask


@pytest.mark.parametrize(
    "text, acronym, long_form",
    [
        pytest.param("the North Atlantic Treaty Organization (NATO) has", "NATO", "North Atlantic Treaty Organization", id="initials"),
        pytest.param("creation of NATO-Russia Council (NRC)", "NRC", "NATO-Russia Council", id="hyphenated"),
        pytest.param("the Partnership for Peace (PfP) programme", "PfP", "Partnership for Peace", id="connector_and_lowercase"),
        pytest.param("towards the Soviet Union (USSR). The", "USSR", "Soviet Union", id="author_pairs_reordered_letters"),
    ],
)
def test_acronyms_defined_by_the_text(text, acronym, long_form):
    assert find_acronyms(text)[acronym] == long_form


def test_parenthesis_that_spells_nothing_is_no_acronym():
    assert find_acronyms("the meeting in Moscow (RIA) ended") == {}


@pytest.mark.parametrize(
    "a, b",
    [
        pytest.param("NATO – Russian Council", "NATO-Russia Council", id="dash_and_spelling"),
        pytest.param("the NATO-Russia Council’s", "NATO-Russia Council", id="possessive"),
    ],
)
def test_variant_keys_stay_close(a, b):
    from rapidfuzz import fuzz

    assert fuzz.ratio(entity_key(a), entity_key(b)) >= 90


def test_mentions_skip_sentence_words_and_event_words():
    text = "When NATO was created, Creation of the Warsaw Pact and Premier Nikita Khrushchev"
    assert [m.surface for m in find_mentions(text)] == ["NATO", "Warsaw Pact", "Nikita Khrushchev"]


@pytest.mark.parametrize(
    "text, kind, intent",
    [
        pytest.param("the Council was founded in 2002", "creation", False, id="founded"),
        pytest.param("NATO proposed the creation of a permanent body", "creation", True, id="proposal"),
        pytest.param("Russia joins the Partnership", "joining", False, id="joins"),
        pytest.param("Putin became acting president", "office-start", False, id="office_taken"),
        pytest.param("Putin was president of Russia", "office", False, id="office_held"),
    ],
)
def test_keywords(text, kind, intent):
    keywords = [k for k in find_keywords(text) if k.type == kind]
    assert keywords and keywords[0].intent is intent


@pytest.mark.parametrize(
    "text, gone",
    [
        pytest.param("as he said (Kozyrev, 1993, p. 5) then", "1993", id="author_year"),
        pytest.param("(Baran, Iždinský, 2010, p. 35) Years", "2010", id="two_authors_non_ascii"),
        pytest.param("(Koncepcia vnešnej..., 1992, p. 3) The", "1992", id="truncated_title"),
        pytest.param('2 "North Atlantic Treaty Organization" (Herzliya: Helicon, 2018) 1.', "2018", id="place_publisher"),
        pytest.param("“Images of the Adversary: NATO Assessments of the Soviet Union, 1953–1964”, 91.", "1953", id="quoted_title"),
        pytest.param("[online]. [cit. 2014-07-22]. Dostupné", "2014", id="access_date"),
        pytest.param("z: <http://csis.org/files/2014/03/03/x.pdf>", "2014", id="url"),
        pytest.param("a period of 2,400 years (Ito and Halvorsen 2000).", "2000", id="two_authors_joined_by_and"),
        pytest.param("after long negotiations (Young 1998: 64). When", "1998", id="colon_before_pages"),
        pytest.param("Kiruna Observatory Reports 12 (1999): 4-9", "1999", id="journal_volume_year_pages"),
        pytest.param("as Smith (2003) argues, the Council", "2003", id="name_then_year_in_parens"),
        pytest.param("died in 1840 (Marsh 1979, 212).", "1979", id="name_that_starts_like_a_month"),
        pytest.param("as argued (Mayer and Junge 2001).", "2001", id="names_that_start_like_months"),
        pytest.param("(see Haugen 2001)", "2001", id="see_author_year"),
    ],
)
def test_masks_remove_years_that_date_no_event(text, gone):
    assert gone not in mask(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        pytest.param("(in January 1994 at the NATO Brussels Summit)", "1994", id="parenthetical_event"),
        pytest.param("his first major speech (September 2009) that", "2009", id="month_year_in_parens"),
        pytest.param("A. Kozyrev (1991-1996), who argued", "1991", id="term_of_office"),
        pytest.param("the Council was created in May (2002) and", "2002", id="month_before_parenthesis"),
    ],
)
def test_masks_keep_event_dates(text, kept):
    assert kept in mask(text)


@pytest.mark.parametrize(
    "text, surfaces",
    [
        pytest.param("St. Brigid's Hospital was founded", ["St. Brigid's Hospital"], id="saint_and_possessive"),
        pytest.param("St. Agnes' Chapel was built", ["St. Agnes' Chapel"], id="plural_possessive"),
        pytest.param("the Queen's Bridge over the Tarn", ["Queen's Bridge", "Tarn"], id="title_possessive"),
        pytest.param("NATO's Partnership for Peace", ["NATO", "Partnership for Peace"], id="owner_possessive"),
        pytest.param("Mt. Erebus and Russia's Foreign Ministry", ["Mt. Erebus", "Russia", "Foreign Ministry"],
                     id="abbreviation_and_owner"),
    ],
)
def test_names_with_abbreviations_and_possessives(text, surfaces):
    assert [m.surface for m in find_mentions(text)] == surfaces


def test_a_role_word_inside_a_name_is_no_office():
    assert [k.type for k in find_keywords("Work on the Queen's Bridge began")] == ["construction"]


def test_a_day_with_a_full_stop_does_not_end_the_sentence():
    from checker.extract import extract
    from checker.model import Document
    from checker.verify.facts.passages import find_passages

    doc = Document("d", "d.txt", ('The Quartet was founded, in its words, "am 12. März 1921 im Saal", by four players.',),
                   "utf-8", "")
    (passage,) = find_passages(extract(doc))
    assert "1921" in passage.masked  # one sentence, and the lower-case quotation is no title to blank


def test_a_long_title_standing_alone_is_not_joined_to_the_first_sentence():
    from checker.extract import extract
    from checker.model import Document
    from checker.verify.facts.passages import find_passages

    lines = ("SYNTHETIC", "", "Ship-Owners, Surgeons and Parasites: Philanthropy and Tropical Medicine, 1895-1914", "",
             "The Kestrel Institute, founded in 1903, was small.")
    passages = find_passages(extract(Document("d", "d.txt", lines, "utf-8", "")))
    assert [p.text for p in passages if 5 in p.lines] == ["The Kestrel Institute, founded in 1903, was small."]
