"""Tests for checker/extract/flow.py: joining wrapped lines and repairing line-break hyphens."""

from __future__ import annotations

import pytest

from checker.extract.flow import collect_vocabulary, join_wrapped_lines, repair_hyphenation

VOCAB = collect_vocabulary([
    "international relations and the above-mentioned treaty, a well-known fact",
    "the organisation of the alliance",
])


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        pytest.param("inter-", "national law", "international law", id="word_break_known_word"),
        pytest.param("organi-", "sation", "organisation", id="word_break_suffix"),
        pytest.param("the above-", "mentioned", "the above-mentioned", id="real_compound_seen_hyphenated"),
        pytest.param("the process of de-", "Stalinization", "the process of de-Stalinization", id="capital_after_hyphen"),
        pytest.param("NATO-", "conducted analysis", "NATO-conducted analysis", id="unknown_compound_keeps_hyphen"),
        pytest.param("super-", "presidential system", "super-presidential system", id="unknown_word_keeps_hyphen"),
    ],
)
def test_repair_hyphenation(left, right, joined):
    assert repair_hyphenation(left, right, VOCAB) == joined


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        pytest.param(["5 Hatzivassiliou, Evanthis, “Images of the Soviet Union, ", "1953–1964” (Cambridge: 2009) 112. "],
                     "5 Hatzivassiliou, Evanthis, “Images of the Soviet Union, 1953–1964” (Cambridge: 2009) 112.",
                     id="wrapped_with_space"),
        pytest.param(["Union, 1953–", "1964”, 91."], "Union, 1953–1964”, 91.", id="year_range_en_dash"),
        pytest.param(["Kosovo in 1998-", "1999, in which"], "Kosovo in 1998-1999, in which", id="year_range_hyphen"),
        pytest.param(["Strategic Studies [online]. Dostupné", "", "z: <http://csis.org/a.pdf>"],
                     "Strategic Studies [online]. Dostupné z: <http://csis.org/a.pdf>", id="blank_line_inside"),
        pytest.param(["z:<http://www.defensenews.com/article/20140408/", "DEFREG01/304080013/Rasmussen->"],
                     "z:<http://www.defensenews.com/article/20140408/DEFREG01/304080013/Rasmussen->", id="url_broken"),
        pytest.param(["soft\u00ad", "hyphen"], "softhyphen", id="soft_hyphen"),
        pytest.param(["reports are in TNA, WO 208/", "4403; a selection"], "reports are in TNA, WO 208/4403; a selection",
                     id="slash_at_line_end"),
        pytest.param(["664-70. doi: 10.1002/", "ijc.30716."], "664-70. doi: 10.1002/ijc.30716.", id="doi_broken_at_slash"),
        pytest.param(["either this /", "or that"], "either this / or that", id="spaced_slash_keeps_space"),
        pytest.param(["Guignol  républicain\u00a0?\u00a0»,\tdans", "Anne MARCHAND\u00a0: Lyon "],
                     "Guignol républicain\u00a0?\u00a0», dans Anne MARCHAND\u00a0: Lyon", id="no_break_spaces_kept"),
    ],
)
def test_join_wrapped_lines(lines, text):
    assert join_wrapped_lines(lines, VOCAB) == text


def test_lazy_vocabulary_collects_on_first_lookup_only():
    from checker.extract.flow import LazyVocabulary

    vocabulary = LazyVocabulary(("The international order", "an inter-", "national law"))
    assert repair_hyphenation("inter-", "national law", vocabulary) == "international law"
    assert "order" in vocabulary and "above" not in vocabulary


def test_a_document_that_breaks_words_at_line_ends_drops_unknown_hyphens():
    from checker.extract.flow import LazyVocabulary

    lines = ("continuous read-", "ings of soil, which is pos-", "sible; the tempera-", "ture and the possible",
             "readings and temperature", "of a low-cost node, a low-", "cost probe, Co-", "penhagen", "and data-", "sheet")
    vocabulary = LazyVocabulary(lines)
    assert vocabulary.breaks_words()
    assert repair_hyphenation("in Co-", "penhagen, 2015", vocabulary) == "in Copenhagen, 2015"
    assert repair_hyphenation("a low-", "cost probe", vocabulary) == "a low-cost probe"


def test_unknown_hyphens_stay_where_the_document_does_not_break_words():
    from checker.extract.flow import LazyVocabulary

    lines = ("the społeczno-przestrzennej structure and a społeczno-", "gospodarczy process", "a Co-", "penhagen")
    vocabulary = LazyVocabulary(lines)
    assert not vocabulary.breaks_words()
    assert repair_hyphenation("proces społeczno-", "gospodarczy.", vocabulary) == "proces społeczno-gospodarczy."
    assert repair_hyphenation("a Co-", "penhagen", vocabulary) == "a Co-penhagen"


def test_a_compound_part_keeps_its_hyphen_even_in_a_document_that_breaks_words():
    from checker.extract.flow import LazyVocabulary

    lines = ("read-", "ings and pos-", "sible, tempera-", "ture; possible readings at temperature", "the well-known",
             "and the well-", "travelled road")
    vocabulary = LazyVocabulary(lines)
    assert vocabulary.breaks_words()
    assert repair_hyphenation("the well-", "travelled road", vocabulary) == "the well-travelled road"
