"""BibTeX export: entry types, keys, round-trip through bibtexparser, loading in pybtex."""

from __future__ import annotations

import bibtexparser
import pybtex.database
import pybtex.errors
import pytest

from checker.bib import collect_works, render
from checker.bib.bibtex import entry_fields
from checker.bib.keys import assign_keys
from checker.model import Location
from checker.parse import parse_reference
from checker.parse.resolve import resolve_references

NOTES = (
    "Tsygankov, Andrei P., Russia's Foreign Policy: Change and Continuity in National Identity(New York: "
    "Rowman and Littlefield Publishers, Inc., 2010) 55-56.",
    "Tsygankov, Russia's Foreign Policy: Change and Continuity in National Identity, 56.",
    "Central Intelligence Agency. Khrushchev’s We Will Bury You, 1.",
    "Hatzivassiliou, Evanthis, “Images of the Adversary: NATO Assessments of the Soviet Union, 1953–1964” "
    "(Cambridge: Journal of cold war studies, 2009) 112.",
    "SMITH, Julianne. The NATO-Russia Relationship: Defining Moment or Déjá vu?. In: Centre for Strategic & "
    "International Studies [online]. [cit. 2014-07-22]. Dostupné z: <http://csis.org/files/media/csis/pubs/x_web.pdf>",
    'Haglund, David G., "North Atlantic Treaty Organization" (Chicago: Encyclopædia Britannica, 2020).',
    "Executive Sessions of the Senate Foreign Relations Committee (1959) 56-65.",
    "Wolfe, Thomas W. “The Warsaw Pact in {Evolution” (London: Chatham House, 1966) 191.",
)


@pytest.fixture(scope="module")
def works():
    refs = tuple(parse_reference(t, Location("d", i), id=f"d#n{i}", note=i) for i, t in enumerate(NOTES, 1))
    refs, _ = resolve_references(refs)
    return collect_works(refs)[0]


def test_one_entry_per_work_with_expected_types_and_keys(works):
    types = {w.key: entry_fields(w)[0] for w in works}
    assert types == {
        "centralkhrushchev": "misc", "executive1959sessions": "misc", "haglund2020north": "incollection",
        "hatzivassiliou2009images": "article", "smithnato": "online", "tsygankov2010russia": "book",
        "wolfe1966warsaw": "book",
    }


def test_round_trip_through_bibtexparser_without_loss(works):
    text = render(works, "bibtex")
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    assert [e.key for e in library.entries] == [w.key for w in works]
    for work, entry in zip(works, library.entries):
        entry_type, pairs = entry_fields(work)
        assert entry.entry_type == entry_type
        assert [(f.key, f.value) for f in entry.fields] == pairs


def test_loads_in_pybtex(works):
    pybtex.errors.set_strict_mode(True)  # any pybtex complaint raises instead of warning
    data = pybtex.database.parse_string(render(works, "bibtex"), "bibtex")
    assert set(data.entries) == {w.key for w in works}
    book = data.entries["tsygankov2010russia"]
    assert str(book.persons["author"][0]) == "Tsygankov, Andrei P."
    assert book.fields["publisher"] == "Rowman and Littlefield Publishers, Inc."


def test_online_entry_has_url_and_urldate_and_utf8(works):
    text = render(works, "bibtex")
    assert "urldate = {2014-07-22}" in text
    assert "Déjá vu?" in text
    assert "author = {{Central Intelligence Agency}}" in text  # corporate author kept whole


def test_unbalanced_brace_in_a_title_is_dropped(works):
    wolfe = dict(entry_fields(next(w for w in works if w.key == "wolfe1966warsaw"))[1])
    assert wolfe["title"] == "The Warsaw Pact in Evolution"


def test_output_is_deterministic(works):
    assert render(works, "bibtex") == render(tuple(works), "bibtex")
    refs = tuple(parse_reference(t, Location("d", i), id=f"d#n{i}", note=i) for i, t in enumerate(reversed(NOTES), 1))
    again = collect_works(resolve_references(refs)[0])[0]
    assert render(again, "bibtex") == render(works, "bibtex")


def test_clashing_keys_get_letters():
    a = parse_reference("Smith, John. Politics. London: Routledge, 2001.")
    b = parse_reference("Smith, John. Politics Revisited and Other Essays on Power. London: Verso, 2001.")
    assert assign_keys((a, b)) == ("smith2001politicsa", "smith2001politicsb")


@pytest.mark.parametrize(("raw", "key"), [
    pytest.param("NATO-Russia fact sheet: http://www.nato.int/a.pdf", "natorussiafact", id="no_author_no_year_two_words"),
    pytest.param("Executive Sessions of the Senate Foreign Relations Committee (1959) 56-65.", "executive1959sessions",
                 id="no_author_title_word_and_year"),
    pytest.param("Dostupné z:<http://www.nextnewdeal.net/redefining-natos-role>", "nextnewdeal", id="address_only_host"),
    pytest.param("Inside or Outside? Russia’s Policies Towards NATO: http://x.org/a.pdf", "insideoutsiderussia",
                 id="stop_words_skipped"),
])
def test_readable_keys_without_author(raw, key):
    assert assign_keys((parse_reference(raw),)) == (key,)


def test_entry_whose_encyclopedia_is_unnamed_is_misc_not_incollection():
    works, _ = collect_works((parse_reference('"Khrushchev, Nikita Sergeyevich" (Herzliya: Helicon, 2018).'),))
    assert entry_fields(works[0])[0] == "misc"


def test_pinpoint_pages_of_notes_are_not_exported(works):
    assert "pages" not in dict(entry_fields(next(w for w in works if w.key == "tsygankov2010russia"))[1])


@pytest.mark.parametrize(("raw", "expected"), [
    pytest.param("Landesarchiv Magdeburg, Nachlass Otto Kerr, Nr. 17.",
                 ("misc", {"title": "Nachlass Otto Kerr, Nr. 17", "publisher": "Landesarchiv Magdeburg"}),
                 id="archival-record-is-misc"),
    pytest.param("KOVÁČ, R. 2017. Morava. In: Ročenka regionální politiky. 2017, roč. 12, č. 2, s. 11–20.",
                 ("article", {"journal": "Ročenka regionální politiky", "volume": "12", "number": "2"}),
                 id="iso-article-in-journal"),
    pytest.param("Holm, K. (2011). Can tariffs save towns? Evidence from panels. Journal of Trade, 41, 102–118.",
                 ("article", {"title": "Can tariffs save towns? Evidence from panels", "journal": "Journal of Trade"}),
                 id="apa-question-title"),
])
def test_entry_type_and_fields_of_reference_list_kinds(raw, expected):
    works, _ = collect_works((parse_reference(raw),))
    entry_type, pairs = entry_fields(works[0])
    assert entry_type == expected[0]
    assert {k: v for k, v in pairs if k in expected[1]} == expected[1]


def test_note_citing_two_works_gives_two_entries_with_their_own_years():
    from checker.model import Document, Extraction, Note
    from checker.parse import parse_references

    note = Note(3, "BERAN, Jan. Obce. Brno: Host, 1982, s. 4. Srovnání nabízí KOS, Petr. Volby. Praha: Academia, "
                   "2009, s. 7.", Location("d", 1))
    doc = Document(id="d", path="d.txt", lines=("x",), encoding="utf-8", sha256="0")
    refs, _ = parse_references(Extraction(doc, (), (), (note,), (), (), (), ()))
    works, _ = collect_works(refs)
    assert sorted((w.key, w.get("year")) for w in works) == [("beran1982obce", "1982"), ("kos2009volby", "2009")]


def test_latex_specials_are_escaped_except_in_verbatim_fields():
    ref = parse_reference("SMITH, Jan. Costs of 50% & more. In: Centre for Strategic & International Studies "
                          "[online]. [cit. 2014-07-22]. Dostupné z: <http://x.org/a_b?c=1&d=2>", Location("d", 1), id="d#b1")
    pairs = dict(entry_fields(collect_works((ref,))[0][0])[1])
    assert pairs["title"] == r"Costs of 50\% \& more"
    assert pairs["organization"] == r"Centre for Strategic \& International Studies"
    assert pairs["url"] == "http://x.org/a_b?c=1&d=2"
    pybtex.errors.set_strict_mode(True)
    text = render(collect_works((ref,))[0], "bibtex")
    entry = pybtex.database.parse_string(text, "bibtex").entries["smithcosts"]
    assert entry.fields["url"] == "http://x.org/a_b?c=1&d=2"
