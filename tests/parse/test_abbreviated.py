"""parse_reference on science references that name their journal by its abbreviation
(``styles/abbreviated.py``, ``abbreviations.py``), and on the neighbouring forms fixed with it:
collaborations, e-prints, ditto co-authors, thesis labels, place-and-year book tails.

Every example was written for this file; the expected fields were filled by reading it.
"""

from __future__ import annotations

import pytest

from checker.parse import fields_json, parse_reference
from checker.parse.abbreviations import is_title_word_abbreviation


def _fields(raw: str) -> dict:
    return fields_json(parse_reference(raw))


def _check(raw: str, expected: dict) -> None:
    got = _fields(raw)
    for name, value in expected.items():
        if name == "families":
            assert [n.get("family") or n.get("literal") for n in got.get("author", [])] == value, got
        else:
            assert got.get(name) == value, f"{name}: {got.get(name)!r} != {value!r} in {got}"


TITLE_LESS = [
    pytest.param(
        "K. L. Moreau et P. Dufresne. J. Org. Chem. 58, 3311 (1993).",
        {"families": ["Moreau", "Dufresne"], "title": None, "container_title": "J. Org. Chem",
         "volume": "58", "pages": "3311", "year": "1993", "type": "article"},
        id="chemistry_vol_page_year",
    ),
    pytest.param(
        "T. Okamura, Tetrahedron Lett. 2217 (1986);",
        {"title": None, "container_title": "Tetrahedron Lett", "volume": None, "pages": "2217", "year": "1986"},
        id="chemistry_page_year_no_volume",
    ),
    pytest.param(
        "R. Ferreira and L. Kunz, Nucl. Phys. B412, 77 (1994)",
        {"title": None, "container_title": "Nucl. Phys. B", "volume": "412", "pages": "77", "year": "1994"},
        id="physics_section_letter_before_volume",
    ),
    pytest.param(
        "S. Ivanova, Phys. Rev. C 61 (2000), 044302.",
        {"title": None, "container_title": "Phys. Rev. C", "volume": "61", "pages": "044302", "year": "2000"},
        id="physics_vol_year_page",
    ),
    pytest.param(
        "Halvorsen, T. 1991, ApJ, 377, 212",
        {"families": ["Halvorsen"], "title": None, "container_title": "ApJ", "volume": "377", "pages": "212",
         "year": "1991"},
        id="astronomy_author_year_acronym",
    ),
    pytest.param(
        "Quist, B., & Marlowe, D. 2008, MNRAS, 385, L41",
        {"container_title": "MNRAS", "volume": "385", "pages": "L41", "year": "2008"},
        id="astronomy_letter_page",
    ),
    pytest.param(
        "P. Lindqvist. Tetrahedron, 44, 5901 (1988).",
        {"title": None, "container_title": "Tetrahedron", "volume": "44", "pages": "5901", "year": "1988"},
        id="one_word_journal_with_volume_and_pages",
    ),
    pytest.param(
        "M. Sato, Bull. Chem. Soc. Jpn. 57, 1203 (1984).",
        {"families": ["Sato"], "container_title": "Bull. Chem. Soc. Jpn", "volume": "57", "pages": "1203"},
        id="long_abbreviated_name",
    ),
    pytest.param(
        "A. Brandt, Z. Phys. C12 (1982) 301, arXiv:hep-ph/0101001.",
        {"container_title": "Z. Phys. C", "volume": "12", "pages": "301", "year": "1982"},
        id="eprint_after_the_numbers",
    ),
]


WITH_TITLE = [
    pytest.param(
        "Okafor, N. & Berg, L. Strain-tuned phonons in layered selenides. Phys. Rev. B 77, 214305 (2008).",
        {"title": "Strain-tuned phonons in layered selenides", "container_title": "Phys. Rev. B",
         "volume": "77", "pages": "214305", "year": "2008"},
        id="nature_style",
    ),
    pytest.param(
        "Okafor, N.: Phonons in selenides .Phys .Rev .Lett .99 ,1021 -1024( 2007)",
        {"title": "Phonons in selenides", "container_title": "Phys .Rev .Lett", "volume": "99",
         "pages": "1021-1024", "year": "2007"},
        id="pdf_spaces_before_stops",
    ),
    pytest.param(
        "L. Dahl, A model of lattice defects, Nucl. Instrum. Methods A 310 (1991) 55.",
        {"title": "A model of lattice defects", "container_title": "Nucl. Instrum. Methods A",
         "volume": "310", "pages": "55", "year": "1991"},
        id="comma_title_then_journal_keeps_leading_word",
    ),
    pytest.param(
        "Ruiz, P., 2004: Storm surges on shallow shelves. Part II: Observations. J. Phys. Oceanogr., 34, 1501-1519.",
        {"title": "Storm surges on shallow shelves. Part II: Observations", "container_title": "J. Phys. Oceanogr",
         "volume": "34", "pages": "1501-1519", "year": "2004"},
        id="subtitle_sentence_before_journal",
    ),
    pytest.param(
        "Ng, W. Sea ice in Catalysis. Tetrahedron Lett. 30, 17 (1989).",
        {"title": "Sea ice in Catalysis", "container_title": "Tetrahedron Lett"},
        id="title_word_with_stop_is_not_an_abbreviation",
    ),
]


NOT_A_JOURNAL = [
    pytest.param(
        "Holm, Rita. “Stone.” In Five Essays. Boston: Beacon Press, 1991, 23–41.",
        {"container_title": "Five Essays", "publisher": "Beacon Press", "location": "Boston", "year": "1991"},
        id="book_pages_after_publisher_and_year",
    ),
    pytest.param(
        "[4] R. Lind, “Wave drag,” Proc. Natl. Acad. Sci. U.S.A., vol. 61, 1969.",
        {"volume": "61", "year": "1969", "pages": None},
        id="labelled_volume_then_year",
    ),
    pytest.param(
        "Arndt, K. “Tides.” The Journal of Coasts, Vol. IV, No. 3 (May, 1960).",
        {"container_title": "The Journal of Coasts", "issue": "3", "year": "1960"},
        id="labelled_issue_is_not_a_journal",
    ),
    pytest.param(
        "Greer, T. “Harbour Fees Rise.” Daily Courier, March 3, 1971.",
        {"container_title": "Daily Courier", "year": "1971", "volume": None},
        id="month_and_day_are_a_date",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), TITLE_LESS + WITH_TITLE + NOT_A_JOURNAL)
def test_abbreviated_journal(raw, expected):
    _check(raw, expected)


NEIGHBOURS = [
    pytest.param(
        "J. Okoro et al. (ATLAS Collaboration), Phys. Lett. B 705, 1 (2011).",
        {"families": ["Okoro"], "title": None, "container_title": "Phys. Lett. B"},
        id="collaboration_after_the_names",
    ),
    pytest.param(
        "T. Haas et al. (HESS, MAGIC), Astrophys. J. 801, 12 (2015).",
        {"families": ["Haas"], "title": None, "container_title": "Astrophys. J"},
        id="collaboration_acronyms",
    ),
    pytest.param(
        "ALICE Collaboration, Eur. Phys. J. C 74, 3054 (2014).",
        {"author": [{"literal": "ALICE Collaboration"}], "title": None, "container_title": "Eur. Phys. J. C"},
        id="collaboration_as_author",
    ),
    pytest.param(
        "R. Tamm and S. Vogel, arXiv:1902.04431.",
        {"families": ["Tamm", "Vogel"], "title": None},
        id="eprint_only",
    ),
    pytest.param(
        "--, B. Kraus, and L. Moy, 1998: Drought indices for the Sahel. J. Appl. Meteor., 37, 410-421.",
        {"author": None, "title": "Drought indices for the Sahel", "year": "1998",
         "container_title": "J. Appl. Meteor", "volume": "37"},
        id="ditto_then_coauthors",
    ),
    pytest.param(
        "--, --, and P. Oduya, 2001: Rain bands. Mon. Wea. Rev., 129, 90-99.",
        {"author": None, "title": "Rain bands", "year": "2001"},
        id="two_dittos_then_a_coauthor",
    ),
    pytest.param(
        "———. Later Poems. London: Faber, 1961.",
        {"author": None, "title": "Later Poems", "publisher": "Faber"},
        id="ditto_then_title_unchanged",
    ),
    pytest.param(
        "HUBER, K.: Ein Verfahren für Netze ,Technische Universität Graz ,Diplomarbeit ,2011",
        {"type": "thesis", "title": "Ein Verfahren für Netze", "publisher": "Technische Universität Graz",
         "year": "2011"},
        id="diplomarbeit_after_school",
    ),
    pytest.param(
        "L. Martin. Thèse, Université de Lille, Lille, France. 1975.",
        {"type": "thesis", "title": None, "publisher": "Université de Lille", "location": "Lille, France",
         "year": "1975"},
        id="these_as_own_chunk",
    ),
    pytest.param(
        "P. Roy. Thèse 1988, Université Laval, Québec.",
        {"type": "thesis", "year": "1988", "publisher": "Université Laval", "location": "Québec"},
        id="these_then_year",
    ),
    pytest.param(
        "Tran, H. 2015. Ports in decline. https://example.org/ports (ac-cessed June 2, 2019).",
        {"year": "2015", "accessed": "2019-06-02"},
        id="hyphenated_access_label",
    ),
    pytest.param(
        "G. Neri, La villa veneta, Milano 2001 (3a ed. riveduta).",
        {"title": "La villa veneta", "location": "Milano", "year": "2001", "container_title": None},
        id="italian_place_year_then_edition_note",
    ),
    pytest.param(
        "F. Ricci, Il Ponte di Rialto, Venezia 1992 (ed. or. Paris 1988).",
        {"location": "Venezia", "year": "1992"},
        id="note_on_original_edition",
    ),
    pytest.param(
        "Mayr T., Palladio and his patrons, London - New York - Milano 1987.",
        {"title": "Palladio and his patrons", "location": "London - New York - Milano", "year": "1987"},
        id="several_places_before_year",
    ),
    pytest.param(
        "Zeno P., Descrizione di Padova, Padova 1817-1819.",
        {"location": "Padova", "year": "1817", "pages": None},
        id="years_of_a_work_in_volumes",
    ),
    pytest.param(
        "Conti R., Le botteghe del vetro,«Rivista Muranese», XII (1961).",
        {"title": "Le botteghe del vetro", "container_title": "Rivista Muranese", "volume": "XII",
         "year": "1961", "type": "article"},
        id="journal_in_guillemets",
    ),
    pytest.param(
        "Dolfin A., La bottega dei Vivarini, in «Arte Veneta», n. 12, 1958.",
        {"container_title": "Arte Veneta", "issue": "12", "type": "article"},
        id="italian_issue_label",
    ),
    pytest.param(
        "E. K. HOLT, JR. J. Am. Chem. Soc. 88, 1402 (1966).",
        {"author": [{"family": "Holt", "given": "E. K., JR"}], "container_title": "J. Am. Chem. Soc."},
        id="capital_suffix_jr",
    ),
    pytest.param(
        "Bruni D., Lanza M. and Sala F., Il Nuovo Cimento, 12 (1959) 340.",
        {"families": ["Bruni", "Lanza", "Sala"], "container_title": "Il Nuovo Cimento", "volume": "12"},
        id="words_after_family_initial_names_are_a_title",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), NEIGHBOURS)
def test_neighbouring_forms(raw, expected):
    _check(raw, expected)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("Phys.", True, id="physics"),
        pytest.param("Lett.", True, id="letters"),
        pytest.param("J.", True, id="journal"),
        pytest.param("Quím.", True, id="accented"),
        pytest.param("Catalysis.", False, id="whole_word"),
        pytest.param("Phys", False, id="no_stop"),
    ],
)
def test_title_word_abbreviation(word, expected):
    assert is_title_word_abbreviation(word) is expected
