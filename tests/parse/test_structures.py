"""parse_reference on the citation structures the accuracy work targets (issue 3 follow-up).

Each example is made up for the test, in the shape of one kind of structure; the
expected values are what a librarian would put in the record. Only the named fields are
checked.
"""

from __future__ import annotations

import pytest

from checker.parse import fields_json, parse_reference


def _families(names: list[dict]) -> list[str]:
    return [n.get("family") or n.get("literal") for n in names]


def _check(raw: str, expected: dict) -> None:
    got = fields_json(parse_reference(raw))
    for name, value in expected.items():
        if name in ("author", "editor"):
            assert _families(got.get(name, [])) == value, (name, got)
        else:
            assert got.get(name) == value, f"{name}: {got.get(name)!r} != {value!r} in {got}"


STRUCTURES = [
    pytest.param(
        "A. Author, B. Writer, “Light in small boxes,” Optics Reports 12, 301–309 (2011).",
        {"container_title": "Optics Reports", "volume": "12", "pages": "301-309", "year": "2011"},
        id="journal_volume_pages_then_bracketed_year",
    ),
    pytest.param(
        "Doe, Jane. “On Reading Slowly.” Literary Quarterly 41.3 (2015): 210-233.",
        {"container_title": "Literary Quarterly", "volume": "41.3", "pages": "210-233", "year": "2015"},
        id="mla_volume_dot_issue",
    ),
    pytest.param(
        'Roe, Richard. "Planning for Growth." Business Review, XLII (May-June, 1964), pp. 10-21.',
        {"container_title": "Business Review", "volume": "XLII", "pages": "10-21", "year": "1964"},
        id="roman_volume_before_bracketed_date",
    ),
    pytest.param(
        'Poe, Anna. "Markets and Money," The Weekly Ledger, Vol. 88, No. 1204 (March 3, 1970).',
        {"container_title": "The Weekly Ledger", "volume": "88", "issue": "1204"},
        id="vol_no_labels_then_bracketed_date",
    ),
    pytest.param(
        "K. Lee, Phys. Rep. Lett. 41, pp. 12–19 (1999)",
        {"volume": "41", "pages": "12-19", "year": "1999"},
        id="volume_before_labelled_pages",
    ),
    pytest.param(
        "Tan, Wei. Old Houses of the Coast. 2 vols. Boston: Harbor Press, 1977.",
        {"volume": "2 vols", "location": "Boston", "publisher": "Harbor Press"},
        id="number_of_volumes",
    ),
    pytest.param(
        "Maria Rossi, Paul Klein, and Ana Costa. Sorting in linear time. In Proc. of the Symposium on Algorithms, 2001.",
        {"author": ["Rossi", "Klein", "Costa"]},
        id="natural_order_full_given_names",
    ),
    pytest.param(
        "Nolan JT, Perez AB, Grant M, Holt RW. Sleep and memory in adults. Sleep Med. 2012;13(4):301-9.",
        {"author": ["Nolan", "Perez", "Grant", "Holt"], "volume": "13", "issue": "4"},
        id="vancouver_list",
    ),
    pytest.param(
        "Field, A. B., Stone R. T., and Marsh P. Q. (1999). Counting birds. Ornithology Letters 3, 10-20.",
        {"author": ["Field", "Stone", "Marsh"], "title": "Counting birds"},
        id="mixed_inverted_and_vancouver_with_dots",
    ),
    pytest.param(
        "Berg, K. Lind, M. Hale, T. (2003). Salt marsh ecology. Coastal Studies, 7: 1-9.",
        {"author": ["Berg", "Lind", "Hale"], "title": "Salt marsh ecology"},
        id="inverted_names_without_separators",
    ),
    pytest.param(
        "Ward, Lucy, and Henry Bell. Coal and Iron. Cardiff: Valley Press, 1950.",
        {"author": ["Ward", "Bell"], "location": "Cardiff", "publisher": "Valley Press"},
        id="inverted_then_natural_second_author",
    ),
    pytest.param(
        "Kent, Oliver. “Rivers.” In Essays on Water, edited by Mary J. Hope and Carl Dunn, 44-59. Leeds: Stream Books, 1988.",
        {"editor": ["Hope", "Dunn"], "container_title": "Essays on Water", "location": "Leeds"},
        id="edited_by_after_container",
    ),
    pytest.param(
        "Ross, Ian. Letters. Edited by Sarah Mills. Dublin: Green Books, 1961.",
        {"editor": ["Mills"], "title": "Letters", "location": "Dublin"},
        id="edited_by_after_title",
    ),
    pytest.param(
        "P. Grey, Studies in Epic, Oxford 1974.",
        {"title": "Studies in Epic", "location": "Oxford", "year": "1974"},
        id="place_year_book",
    ),
    pytest.param(
        "M. Vale, The island world. A study of archaic trade, Napoli 1981.",
        {"title": "The island world. A study of archaic trade", "location": "Napoli", "year": "1981"},
        id="comma_style_title_with_subtitle_before_place_year",
    ),
    pytest.param(
        "DUPONT, Marie, Les jardins de la ville, Lyon, Presses du Rhône, 1994",
        {"title": "Les jardins de la ville", "location": "Lyon", "year": "1994"},
        id="place_publisher_year_by_commas",
    ),
    pytest.param(
        "Hall, R. (1999). Ground motion studies. In 5th Conference on Soils (SOILS), Austin, TX.",
        {"container_title": "5th Conference on Soils (SOILS)", "location": "Austin, TX"},
        id="conference_acronym_and_city_state",
    ),
    pytest.param(
        "[4] C. Park, “Fast filters,” Ph.D. dissertation, Northern Institute of Technology, 2010.",
        {"publisher": "Northern Institute of Technology", "year": "2010", "type": "thesis"},
        id="thesis_school_is_publisher",
    ),
    pytest.param(
        "Blanc, Louis. Histoire des ports. Paris: Éditions du Quai, 1932.",
        {"location": "Paris", "publisher": "Éditions du Quai"},
        id="publisher_starting_with_accented_capital",
    ),
    pytest.param(
        "Hart, John. Banking Today. Chicago: Richard D. Irwin, Inc., 1970.",
        {"location": "Chicago", "publisher": "Richard D. Irwin, Inc"},
        id="publisher_with_initial_and_inc",
    ),
    pytest.param(
        "Sua\u0301rez, L. and Mora, P. (2001). Waves. Journal of Sound, 2(1), 1-5.",
        {"author": ["Suárez", "Mora"]},
        id="combining_accent_normalised",
    ),
    pytest.param(
        "J. Fox and K. Lam, ``Data flow on graphs,'' Computing Letters, vol. 4, no. 2, pp. 5-9, Aug. 1980.",
        {"title": "Data flow on graphs", "container_title": "Computing Letters", "date": "1980-08"},
        id="tex_quotes_and_month_date",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), STRUCTURES)
def test_structures(raw, expected):
    _check(raw, expected)


def test_page_range_is_not_an_iso_month():
    got = fields_json(parse_reference("Low, T. Growth in rats. Journal of Biology. 2014 47(7) 1675-81."))
    assert got.get("year") == "2014" and got.get("pages") == "1675-81"
