"""Short forms, ibids and repeats linked to their full citation; works merged across documents."""

from __future__ import annotations

from checker.bib import collect_works
from checker.model import Location
from checker.parse import parse_reference
from checker.parse.resolve import merge_references, resolve_references

FULL = ("Tsygankov, Andrei P., Russia's Foreign Policy: Change and Continuity in National "
        "Identity(New York: Rowman and Littlefield Publishers, Inc., 2010) 55-56.")
SHORT = "Tsygankov, Russia's Foreign Policy: Change and Continuity in National Identity, 56."
WOLFE = "Wolfe, Thomas W. “The Warsaw Pact in Evolution” (London: Chatham House, 1966) 191."


def _notes(doc: str, *texts: str):
    return tuple(
        parse_reference(t, Location(doc, i), id=f"{doc}#n{i}", note=i) for i, t in enumerate(texts, start=1)
    )


def test_short_form_and_ibid_point_to_the_full_citation():
    refs, findings = resolve_references(_notes("a", FULL, WOLFE, SHORT, "Ibid., 59.", "Wolfe, “The Warsaw Pact in Evolution”, 194."))
    same = {r.id: r.same_as for r in refs}
    assert same == {"a#n1": None, "a#n2": None, "a#n3": "a#n1", "a#n4": "a#n1", "a#n5": "a#n2"}
    assert findings == ()


def test_short_form_without_full_citation_is_a_finding():
    refs, findings = resolve_references(_notes("a", WOLFE, SHORT))
    assert refs[1].same_as is None
    assert [f.rule for f in findings] == ["cite.short-form-unresolved"]
    assert findings[0].location == Location("a", 2)


def test_ibid_first_is_unresolved():
    _, findings = resolve_references(_notes("a", "Ibid., 3."))
    assert [f.rule for f in findings] == ["cite.short-form-unresolved"]


def test_exact_repeat_links_to_first_and_conflicting_year_is_reported():
    other_year = FULL.replace("2010", "2013")
    refs, findings = resolve_references(_notes("a", FULL, FULL, other_year))
    assert refs[1].same_as == "a#n1" and refs[2].same_as == "a#n1"
    assert [f.rule for f in findings] == ["ref.inconsistent"]
    assert "2010" in findings[0].message and "2013" in findings[0].message


def test_same_title_different_author_is_not_merged():
    a = 'Haglund, David G., "North Atlantic Treaty Organization" (Chicago: Encyclopædia Britannica, 2020).'
    b = '"North Atlantic Treaty Organization" (Herzliya: Helicon, 2018) 1.'
    refs, _ = resolve_references(_notes("a", a, b))
    assert refs[1].same_as is None


def test_same_work_in_two_documents_is_one_entry():
    first, _ = resolve_references(_notes("a", FULL, SHORT))
    second, _ = resolve_references(_notes("b", FULL.replace("55-56", "70"), WOLFE))
    works, findings = collect_works(first + second)
    assert sorted(w.key for w in works) == ["tsygankov2010russia", "wolfe1966warsaw"]
    tsygankov = next(w for w in works if w.key == "tsygankov2010russia")
    assert {r.id for r in tsygankov.citations} == {"a#n1", "a#n2", "b#n1"}
    assert findings == ()


def test_near_duplicate_is_reported_not_merged():
    a = parse_reference("Smith, John. The Politics of NATO Enlargement. London: Routledge, 2001.", Location("a", 1), id="a1")
    b = parse_reference("Smith, John. The Politics of NATO Enlargement in Europe. London: Routledge, 2001.", Location("b", 1), id="b1")
    groups, findings = merge_references((a, b))
    assert len(groups) == 2
    assert [f.rule for f in findings] == ["ref.possible-duplicate"]


def test_repeated_unresolved_short_form_is_reported_once():
    text = "Central Intelligence Agency. Khrushchev’s We Will Bury You, 1."
    refs, findings = resolve_references(_notes("a", text, text))
    assert refs[1].same_as == "a#n1"
    assert [f.rule for f in findings] == ["cite.short-form-unresolved"]


def test_same_address_damaged_differently_is_one_work_across_documents():
    listed = parse_reference(
        "US Credibility Problem – Washington Post: http://www.washingtonpost.com/opinions/with-ukraine-crisis-the-us-"
        "has-a-credibility-problem/2014/03/03/f8f6-d34c_story.html", Location("a", 9), id="a#b1")
    fragment = parse_reference(  # a note's tail: the line break ate two hyphens
        "2014-07-31]. Dostupné z:<http://www.washingtonpost.com/opinions/with-ukrainecrisis-the-us-has-a-credibility-"
        "problem/2014/03/03/f8f6d34c_story.html>", Location("b", 3), id="b#n4", note=4)
    groups, _ = merge_references((fragment, listed))
    assert len(groups) == 1 and groups[0][0].id == "a#b1"  # the titled entry leads
    works, _ = collect_works((fragment, listed))
    assert [w.key for w in works] == ["uscredibilityproblem"] and works[0].get("accessed") == "2014-07-31"


def test_address_only_note_resolves_to_the_earlier_full_citation():
    refs, findings = resolve_references(_notes(
        "a", "Smith, Jan. A Page. Site [online]. [cit. 2014-07-22]. Dostupné z: <http://x.org/a-b>",
        "z: <http://x.org/ab>"))
    assert refs[1].same_as == "a#n1" and findings == ()


def test_op_cit_points_to_the_latest_full_citation_by_that_author():
    earlier = "Claire Lefèvre, La ville (Paris: PUF, 2013), 4."
    later = "Claire Lefèvre, Les marges (Paris: PUF, 2016), 9."
    refs, findings = resolve_references(_notes("a", earlier, WOLFE, later, "Lefèvre, op. cit., p. 112.", "Ibid., 113."))
    assert [(r.kind, r.same_as) for r in refs[3:]] == [("short", "a#n3"), ("ibid", "a#n3")]
    assert findings == ()


def test_op_cit_of_an_author_never_cited_is_unresolved():
    refs, findings = resolve_references(_notes("a", WOLFE, "Lefèvre, op. cit., p. 112."))
    assert refs[1].same_as is None
    assert [f.rule for f in findings] == ["cite.short-form-unresolved"]
