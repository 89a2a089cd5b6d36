"""Publication facts that several styles print the same way: ``Place Year`` after a book, reprint
notes, labelled pages in proceedings, Roman volumes, publishers named by an acronym.

Expected values come from reading each (invented) citation; only the fields named are checked.
"""

from __future__ import annotations

import pytest

from checker.parse import fields_json, parse_reference

CASES = [
    pytest.param(
        "R. Brandt, ‘Oral Epic in the North’, in K. Ward (ed.), Studies in Old Poetry, Leiden 1988, pp. 41-60.",
        {"type": "chapter", "container_title": "Studies in Old Poetry", "location": "Leiden", "year": "1988",
         "pages": "41-60"},
        id="chapter_in_book_then_place_year",
    ),
    pytest.param(
        "M. Carver, ‘Saints and Wells’, in P. Moss (ed.), The Holy Landscape, Cambridge 2004.",
        {"container_title": "The Holy Landscape", "location": "Cambridge", "year": "2004"},
        id="chapter_place_year_at_end",
    ),
    pytest.param(
        "T.H. Blake, Roman Roads. Travel in the Western Provinces, Oxford 1998.",
        {"type": "book", "title": "Roman Roads. Travel in the Western Provinces", "location": "Oxford",
         "year": "1998"},
        id="comma_style_subtitle_with_small_in",
    ),
    pytest.param(
        "G. Rossi, Storia della laguna veneta, Milano 1901 (rist. Bologna 1975).",
        {"type": "book", "location": "Milano", "year": "1901"},
        id="italian_reprint_note_is_not_the_date",
    ),
    pytest.param(
        "Ann Lee and Bo Chen. Sparse codes for sound. In Conference on Audio Learning (CAL), pages 101–109, 2011.",
        {"container_title": "Conference on Audio Learning (CAL)", "pages": "101-109", "year": "2011"},
        id="proceedings_pages_spelled_out",
    ),
    pytest.param(
        "Ito, K. and Berg, P. A., Shock melting of basalt (abstract). Planetary Science Meeting XXV, pp. 611-612. 1994.",
        {"container_title": "Planetary Science Meeting", "volume": "XXV", "pages": "611-612", "year": "1994"},
        id="roman_volume_before_labelled_pages",
    ),
    pytest.param(
        "Jo Park and Lin Wu. Harmonic maps on surfaces, volume 12. Harbour Press, 2010.",
        {"title": "Harmonic maps on surfaces", "volume": "12", "publisher": "Harbour Press", "year": "2010"},
        id="volume_spelled_out_after_title",
    ),
    pytest.param(
        "[7] Sam Ortiz and Kim Dale. Grasping soft objects. In Robotics and Automation (ICRA). IEEE, 2016.",
        {"container_title": "Robotics and Automation (ICRA)", "publisher": "IEEE", "year": "2016"},
        id="publisher_named_by_acronym",
    ),
    pytest.param(
        "Hale, Thomas. A Voyage to the Hebrides. Edinburgh, 1775.",
        {"type": "book", "title": "A Voyage to the Hebrides", "location": "Edinburgh", "year": "1775"},
        id="chicago_book_place_comma_year",
    ),
    pytest.param(
        "[4] Lane keeping systems: first results. Technical report, Road Safety Institute, May 2015.",
        {"type": "report", "year": "2015"},
        id="technical_report_in_small_letters",
    ),
    pytest.param(
        "DURAND P., La Ville inachevée. Histoire des faubourgs de Lyon, Lyon, Presses universitaires, 1999",
        {"type": "book", "title": "La Ville inachevée. Histoire des faubourgs de Lyon", "location": "Lyon",
         "publisher": "Presses universitaires", "year": "1999"},
        id="french_subtitle_before_place_publisher_year",
    ),
    pytest.param(
        "P. Roy, Waves in Plasmas. Suppl. 2, North Press, Oslo, Bergen, 1990",
        {"title": "Waves in Plasmas"},
        id="figures_after_the_stop_are_not_a_subtitle",
    ),
    pytest.param(
        "J. Hart and K. Moss. Linear Systems. Prentice-Hall Series in Control. Prentice-Hall, Inc, Upper Saddle River, 2001.",
        {"publisher": "Prentice-Hall, Inc"},
        id="series_named_after_the_publisher_is_not_it",
    ),
    pytest.param(
        "K. Ross. Ring Ethers. Springer-Verlag, Berlin, Heidelberg, New York. 1984.",
        {"publisher": "Springer-Verlag", "location": "Berlin, Heidelberg, New York", "year": "1984"},
        id="publisher_offices_after_it",
    ),
    pytest.param(
        "J. P. Moss, ‘Notes on epic 1950-1960. III’, RPh 41 (1975-1976), pp. 12-40.",
        {"container_title": "RPh", "volume": "41", "year": "1975", "pages": "12-40"},
        id="volume_spanning_two_years",
    ),
    pytest.param(
        "W.J. Kerr, Print and Speech, Oxford and London 1977.",
        {"type": "book", "location": "Oxford and London", "year": "1977"}, id="two_places_and_year",
    ),
    pytest.param(
        "L. Karp, Tales of the Valley, Hastings-on-Hudson 1979",
        {"location": "Hastings-on-Hudson", "year": "1979"}, id="hyphenated_town_with_small_word",
    ),
    pytest.param(
        "A.B. Lord, The Singer Resumes the Tale, Ithaca 1995 (Rpt. 1998, 2001. Online edition at http://www.example.org)",
        {"type": "book", "location": "Ithaca", "year": "1995", "url": "http://www.example.org"},
        id="reprint_note_with_address_inside",
    ),
    pytest.param(
        "Ray, P. and Moss, N. (2008). Ground motion at soft sites. In 7th U.S. National Conference on Geotechnics, Denver, CO.",
        {"container_title": "7th U.S. National Conference on Geotechnics", "location": "Denver, CO"},
        id="dotted_abbreviation_inside_container",
    ),
    pytest.param(
        "———. “Spring” and “Two Letters from the Coast.” Translated by Ann Berg. Boston: Harbor Press, 1990.",
        {"title": "Spring and Two Letters from the Coast", "publisher": "Harbor Press"},
        id="two_quoted_pieces_joined_by_and",
    ),
    pytest.param(
        "Hale, Ann. Saxon Kings. Oxford and Boston, 1985.",
        {"type": "book", "location": "Oxford and Boston", "year": "1985"}, id="two_towns_comma_year",
    ),
    pytest.param(
        "Berg, Tom. 2003. Congress and the Courts. Yale University Press.",
        {"type": "book", "publisher": "Yale University Press"}, id="book_about_congress_is_not_a_hearing",
    ),
    pytest.param(
        "Senate Committee on Finance. Hearing on Trade Policy. Washington, DC: U.S. Government Publishing Office, 2011.",
        {"type": "hearing"}, id="hearing_printed_by_the_government",
    ),
    pytest.param(
        "NEWS DAILY, 2017. “Floods in the north”, News Daily, 3 March 2017. Available at http://example.org/floods",
        {"year": "2017", "pages": None, "container_title": "News Daily"}, id="day_of_the_year_is_not_pages",
    ),
    pytest.param(
        "Ortega, L. (1990). A planner for robot arms. Machine Intelligence, 12.",
        {"container_title": "Machine Intelligence", "volume": "12", "pages": None},
        id="author_date_article_without_pages",
    ),
]

NAMES = [
    pytest.param(
        "Weber, Anna, und Karl Roth (Hrsg.). 2004. Die Stadt im Wandel. Berlin: Akademie Verlag.",
        ["Weber", "Roth"], id="german_und_after_comma",
    ),
    pytest.param(
        "LEROY J.-P., MARTIN F., Les forêts du Nord, Revue forestière, vol. 12, no. 3, 2008, p. 5-9",
        ["Leroy", "Martin"], id="hyphenated_initials_after_family",
    ),
    pytest.param("Rossi, Guida delle chiese di Padova, Padova 1902.", ["Rossi"], id="family_title_place_year"),
    pytest.param("Neri, La scuola di San Rocco, «Arte Veneta», XII, 1958.", ["Neri"], id="family_title_guillemets"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_publication_facts(raw, expected):
    got = fields_json(parse_reference(raw))
    for name, value in expected.items():
        assert got.get(name) == value, f"{name}: {got.get(name)!r} != {value!r} in {got}"


@pytest.mark.parametrize(("raw", "families"), NAMES)
def test_name_lists(raw, families):
    got = fields_json(parse_reference(raw))
    names = got.get("author") or got.get("editor") or []
    assert [n.get("family") or n.get("literal") for n in names] == families, got
