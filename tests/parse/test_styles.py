"""parse_reference on the seed notes and on small examples of each citation style.

Expected values were written by reading each citation as a librarian would fill a
record; only the fields named are checked (a subset), plus that no unexpected type is
chosen.
"""

from __future__ import annotations

import pytest

from checker.parse import fields_json, parse_reference


def _check(raw: str, expected: dict) -> None:
    ref = parse_reference(raw)
    got = fields_json(ref)
    for name, value in expected.items():
        if name == "kind":
            assert ref.kind == value, (raw, ref.kind)
        elif name == "families":
            assert [n.get("family") or n.get("literal") for n in got.get("author", [])] == value, got
        else:
            assert got.get(name) == value, f"{name}: {got.get(name)!r} != {value!r} in {got}"


SEED_NOTES = [
    pytest.param(
        "Hatzivassiliou, Evanthis, “Images of the Adversary: NATO Assessments of the Soviet Union, "
        "1953–1964” (Cambridge: Journal of cold war studies, 2009) 112.",
        {"kind": "full", "type": "article", "author": [{"family": "Hatzivassiliou", "given": "Evanthis"}],
         "title": "Images of the Adversary: NATO Assessments of the Soviet Union, 1953–1964",
         "container_title": "Journal of cold war studies", "location": "Cambridge", "year": "2009", "pages": "112"},
        id="000_chicago_article_in_note",
    ),
    pytest.param(
        "Tsygankov, Andrei P., Russia's Foreign Policy: Change and Continuity in National "
        "Identity(New York: Rowman and Littlefield Publishers, Inc., 2010) 55-56.",
        {"kind": "full", "type": "book", "author": [{"family": "Tsygankov", "given": "Andrei P."}],
         "title": "Russia's Foreign Policy: Change and Continuity in National Identity",
         "publisher": "Rowman and Littlefield Publishers, Inc.", "location": "New York",
         "year": "2010", "pages": "55-56"},
        id="000_chicago_book_glued_bracket",
    ),
    pytest.param(
        '"A Short History Of NATO" (National Public Radio, 14 July 2018).',
        {"kind": "full", "title": "A Short History Of NATO", "publisher": "National Public Radio",
         "year": "2018", "date": "2018-07-14"},
        id="000_broadcast_full_date",
    ),
    pytest.param(
        'Haglund, David G., "North Atlantic Treaty Organization" (Chicago: Encyclopædia Britannica, 2020).',
        {"type": "encyclopedia entry", "container_title": "Encyclopædia Britannica", "location": "Chicago",
         "year": "2020", "families": ["Haglund"]},
        id="000_encyclopedia_entry",
    ),
    pytest.param(
        'Britannica, The Editors of Encyclopaedia, "Mikhail Gorbachev” (Chicago: Encyclopædia Britannica, 2021).',
        {"author": [{"literal": "Britannica, The Editors of Encyclopaedia"}], "title": "Mikhail Gorbachev",
         "type": "encyclopedia entry", "year": "2021"},
        id="000_corporate_editors_mixed_quotes",
    ),
    pytest.param(
        "Wolfe, Thomas W. “The Warsaw Pact in Evolution” (London: Chatham House, 1966) 191.",
        {"type": "book", "title": "The Warsaw Pact in Evolution", "publisher": "Chatham House",
         "location": "London", "year": "1966", "pages": "191"},
        id="000_book_quoted_title",
    ),
    pytest.param(
        "Executive Sessions of the Senate Foreign Relations Committee (1959) 56-65.",
        {"kind": "full", "type": "hearing", "title": "Executive Sessions of the Senate Foreign Relations Committee",
         "year": "1959", "pages": "56-65", "families": []},
        id="000_hearing",
    ),
    pytest.param(
        "Central Intelligence Agency. Khrushchev’s We Will Bury You, 1.",
        {"author": [{"literal": "Central Intelligence Agency"}], "title": "Khrushchev’s We Will Bury You",
         "pages": "1", "kind": "short"},
        id="000_corporate_author_no_facts",
    ),
    pytest.param(
        "Magnúsdóttir, Rósa. “The Lives and Times of Leonid Brezhnev and Mikhail Gorbachev” "
        "(Bloomington: Kritika: Explorations in Russian and Eurasian History, 2020): 214.",
        {"type": "article", "container_title": "Kritika: Explorations in Russian and Eurasian History",
         "location": "Bloomington", "year": "2020", "pages": "214"},
        id="000_colon_in_container",
    ),
    pytest.param(
        "SMITH, Julianne. The NATO-Russia Relationship: Defining Moment or Déjá vu?. In: Centre for "
        "Strategic & International Studies [online]. [cit. 2014-07-22]. Dostupné z: "
        "<http://csis.org/files/media/csis/pubs/081110_smith_natorussia_web.pdf>",
        {"type": "web page", "author": [{"family": "Smith", "given": "Julianne"}],
         "title": "The NATO-Russia Relationship: Defining Moment or Déjá vu?",
         "container_title": "Centre for Strategic & International Studies", "accessed": "2014-07-22",
         "url": "http://csis.org/files/media/csis/pubs/081110_smith_natorussia_web.pdf"},
        id="001_iso690_online_czech",
    ),
    pytest.param(
        "NATO: Russia fails to respect international commitmets. BBC News [online]. [cit. 2014-07-31]. "
        "Dostupné z: http://www.bbc.com/news/world-europe-28012778",
        {"title": "NATO: Russia fails to respect international commitmets", "container_title": "BBC News",
         "accessed": "2014-07-31", "url": "http://www.bbc.com/news/world-europe-28012778", "families": []},
        id="001_iso690_no_author",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), SEED_NOTES)
def test_seed_notes(raw, expected):
    _check(raw, expected)


SHORT_FORMS = [
    pytest.param("Wolfe, “The Warsaw Pact in Evolution”, 191-192.",
                 {"kind": "short", "families": ["Wolfe"], "title": "The Warsaw Pact in Evolution", "pages": "191-192"},
                 id="family_and_quoted_title"),
    pytest.param("Tsygankov, Russia's Foreign Policy: Change and Continuity in National Identity, 56.",
                 {"kind": "short", "families": ["Tsygankov"], "pages": "56",
                  "title": "Russia's Foreign Policy: Change and Continuity in National Identity"},
                 id="family_and_plain_title"),
    pytest.param("Ibid., 45.", {"kind": "ibid", "pages": "45"}, id="ibid_with_page"),
    pytest.param("Idem", {"kind": "ibid"}, id="idem"),
]


@pytest.mark.parametrize(("raw", "expected"), SHORT_FORMS)
def test_short_forms(raw, expected):
    _check(raw, expected)


STYLES = [
    pytest.param(
        "Berman, P., & McLaughlin, M. W. (1976). Implementation of educational innovation. "
        "The Educational Forum, 40(3), 345–370. https://doi.org/10.1080/00131727609336469",
        {"type": "article", "families": ["Berman", "McLaughlin"], "year": "1976",
         "title": "Implementation of educational innovation", "container_title": "The Educational Forum",
         "volume": "40", "issue": "3", "pages": "345-370", "doi": "10.1080/00131727609336469"},
        id="apa_article_doi",
    ),
    pytest.param(
        "Smith, J. and Jones, K., 2012. Urban change in Europe. London: Routledge.",
        {"type": "book", "families": ["Smith", "Jones"], "year": "2012", "title": "Urban change in Europe",
         "location": "London", "publisher": "Routledge"},
        id="harvard_book",
    ),
    pytest.param(
        "Kroodsma, Donald E. 1980. “Sensitive Periods for Vocal Learning.” Nature 288: 477–479.",
        {"type": "article", "families": ["Kroodsma"], "year": "1980", "container_title": "Nature",
         "volume": "288", "pages": "477-479"},
        id="chicago_author_date_article",
    ),
    pytest.param(
        "Wandel, Lee Palmer. \"Setting the Lutheran Eucharist.\" Journal of Early Modern History 17 (1998): 124-55.",
        {"type": "article", "title": "Setting the Lutheran Eucharist", "container_title": "Journal of Early Modern History",
         "volume": "17", "year": "1998", "pages": "124-55"},
        id="chicago_bibliography_article",
    ),
    pytest.param(
        "Nichols, Bill. “The Voice of Documentary.” In New Challenges for Documentary, edited by Alan Rosenthal, "
        "48-63. Berkeley: University of California Press, 1988.",
        {"type": "chapter", "container_title": "New Challenges for Documentary", "editor": [{"family": "Rosenthal", "given": "Alan"}],
         "location": "Berkeley", "publisher": "University of California Press", "year": "1988"},
        id="chicago_bibliography_chapter",
    ),
    pytest.param(
        "Morrison, Toni. Beloved. New York: Knopf, 1987.",
        {"type": "book", "families": ["Morrison"], "title": "Beloved", "location": "New York",
         "publisher": "Knopf", "year": "1987"},
        id="mla_book",
    ),
    pytest.param(
        "Litman, D., and S. Pan. “Designing an Adaptive Dialogue System.” User Modeling, vol. 12, no. 2, 2002, pp. 111–37.",
        {"type": "article", "families": ["Litman", "Pan"], "container_title": "User Modeling", "volume": "12",
         "issue": "2", "year": "2002", "pages": "111-37"},
        id="mla_article",
    ),
    pytest.param(
        "[20] E. Galceran, N. Palomeras, and M. Carreras, “Profile following for inspection of underwater "
        "structures,” Paladyn, vol. 4, no. 4, pp. 211–222, 2013.",
        {"type": "article", "families": ["Galceran", "Palomeras", "Carreras"], "container_title": "Paladyn",
         "volume": "4", "issue": "4", "pages": "211-222", "year": "2013",
         "title": "Profile following for inspection of underwater structures"},
        id="ieee_numbered_article",
    ),
    pytest.param(
        "NOVÁK, Jan. Dějiny Evropy. 2. vyd. Praha: Academia, 2005. ISBN 80-200-1234-5.",
        {"type": "book", "families": ["Novák"], "title": "Dějiny Evropy", "location": "Praha",
         "publisher": "Academia", "year": "2005", "isbn": "80-200-1234-5"},
        id="iso690_book_isbn",
    ),
    pytest.param(
        "Doe, Jane. “Page Title.” Example Site. Accessed 5 March 2016. https://example.org/page.",
        {"url": "https://example.org/page", "accessed": "2016-03-05", "title": "Page Title"},
        id="web_page_accessed",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), STYLES)
def test_styles(raw, expected):
    _check(raw, expected)


def test_every_field_has_a_span_into_raw():
    ref = parse_reference(
        "Tsygankov, Andrei P., Russia's Foreign Policy: Change and Continuity in National "
        "Identity(New York: Rowman and Littlefield Publishers, Inc., 2010) 55-56."
    )
    for field in ref.fields:
        if field.name == "type":
            continue
        assert field.span is not None, field.name
        text = ref.raw[field.span.start:field.span.end]
        if field.name in ("title", "publisher", "location", "year", "pages"):
            assert str(field.value)[:8] in text, (field.name, text)


def test_whitespace_is_normalised_and_spans_follow():
    ref = parse_reference("Wolfe,   “The Warsaw Pact in Evolution”,\n 191.")
    assert ref.raw == "Wolfe, “The Warsaw Pact in Evolution”, 191."
    pages = next(f for f in ref.fields if f.name == "pages")
    assert ref.raw[pages.span.start:pages.span.end] == "191"
