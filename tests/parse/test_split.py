"""split_citations and parse_references on notes that cite several works.

The notes are made up, in the shapes real notes take: several citations joined by ``;``,
by ``See also``/``Cf.``/``Srov.``/``Viz``, by a second ISO 690 author after a finished
citation, by ``and`` (Chicago); and notes that must stay whole (one citation whose
author list, page list or comment holds a ``;``). Expected pieces were written by
reading each note.
"""

from __future__ import annotations

import pytest

from checker.model import Document, Extraction, Location, Note
from checker.parse import parse_references
from checker.parse.split import split_citations

SPLIT = [
    pytest.param(
        "KRÁL, Jan. Obce. Deník [online]. [cit. 2014-07-22]. Dostupné z: <http://x.cz/a>, LANA, Sara. Města. "
        "Listy [online]. [cit. 2014-07-23]. Dostupné z: <http://y.cz/b>",
        ["KRÁL, Jan. Obce. Deník [online]. [cit. 2014-07-22]. Dostupné z: <http://x.cz/a>",
         "LANA, Sara. Města. Listy [online]. [cit. 2014-07-23]. Dostupné z: <http://y.cz/b>"],
        id="iso-comma-after-address",
    ),
    pytest.param(
        "Maria Lind, The Salt Roads (Oslo: Cappelen, 1998), 41; Peter Holm, “Herring and Salt,” "
        "Scandinavian Economic History Review 12, no. 3 (1964): 201–219.",
        ["Maria Lind, The Salt Roads (Oslo: Cappelen, 1998), 41",
         "Peter Holm, “Herring and Salt,” Scandinavian Economic History Review 12, no. 3 (1964): 201–219."],
        id="chicago-semicolon",
    ),
    pytest.param(
        "Ibid., 77–78; for the later period see Anna Berg, Grain and Empire (Leiden: Brill, 2004), 9.",
        ["Ibid., 77–78", "Anna Berg, Grain and Empire (Leiden: Brill, 2004), 9."],
        id="ibid-then-prose-lead-in",
    ),
    pytest.param(
        "DVOŘÁK, Petr. Městské právo. Brno: Host, 1994, s. 18. Podrobněji o volbách píše SKÁLA, Jiří. "
        "Obecní volby na Moravě 1850–1900. Moravský historický sborník. 2011, roč. 9, s. 3–30.",
        ["DVOŘÁK, Petr. Městské právo. Brno: Host, 1994, s. 18.",
         "SKÁLA, Jiří. Obecní volby na Moravě 1850–1900. Moravský historický sborník. 2011, roč. 9, s. 3–30."],
        id="iso-second-author-after-prose",
    ),
    pytest.param(
        "Tamtéž, s. 9. Srov. též MAREŠ, Karel. Kroniky. Praha: Vyšehrad, 1977, s. 40.",
        ["Tamtéž, s. 9.", "MAREŠ, Karel. Kroniky. Praha: Vyšehrad, 1977, s. 40."],
        id="iso-srov-after-sentence",
    ),
    pytest.param(
        "Hugh Marsh, Tin and Tide (Truro: Lander, 1987), 12. See also Ruth Kemp, The Mines (London: Dent, 1990), 5.",
        ["Hugh Marsh, Tin and Tide (Truro: Lander, 1987), 12.", "Ruth Kemp, The Mines (London: Dent, 1990), 5."],
        id="see-also",
    ),
    pytest.param(
        "Hugh Marsh, Tin and Tide (Truro: Lander, 1987), 12, and Ruth Kemp, The Mines (London: Dent, 1990), 5.",
        ["Hugh Marsh, Tin and Tide (Truro: Lander, 1987), 12", "Ruth Kemp, The Mines (London: Dent, 1990), 5."],
        id="chicago-and",
    ),
    pytest.param(
        "Cf. Ruth Kemp, The Mines (London: Dent, 1990), 5.",
        ["Ruth Kemp, The Mines (London: Dent, 1990), 5."],
        id="leading-signal-dropped",
    ),
    pytest.param(
        "On the harbour dues the sources disagree; see Ruth Kemp, The Mines (London: Dent, 1990), 5.",
        ["Ruth Kemp, The Mines (London: Dent, 1990), 5."],
        id="prose-before-signal-dropped",
    ),
]

WHOLE = [
    pytest.param("NOVÁK, Jan; SVOBODA, Petr. Obce a kraje. Praha: Academia, 2003, s. 5.", id="iso-authors-semicolon"),
    pytest.param("Ruth Kemp, The Mines (London: Dent, 1990), 5; 17; 44–46.", id="page-list"),
    pytest.param("Town book, fol. 3r; the scans are at https://archive.example.org/tb/3.", id="comment-with-url"),
    pytest.param("Rolf Amsel, “Salt, Fish; and Grain,” Hansische Studien 4 (1999): 1–20.", id="semicolon-in-quoted-title"),
    pytest.param("Walter Brandt, Ida Lenz and Otto Kerr, “Die Salze,” Chemische Berichte 13 (1925): 567.",
                 id="author-list-with-and"),
    pytest.param("Hugh Marsh, Tin and Tide (Truro: Lander, 1987), 12. The figures are rounded.", id="trailing-comment"),
]


@pytest.mark.parametrize("note, expected", SPLIT)
def test_note_citing_several_works_is_split(note, expected):
    assert split_citations(note) == expected


@pytest.mark.parametrize("note", WHOLE)
def test_note_citing_one_work_stays_whole(note):
    assert split_citations(note) == [note]


def _extraction(*notes: Note) -> Extraction:
    doc = Document(id="d", path="d.txt", lines=("x",), encoding="utf-8", sha256="0")
    return Extraction(document=doc, pages=(), line_roles=(), notes=notes, markers=(), citations=(),
                      bibliography=(), urls=())


def test_split_note_gives_ordered_references_with_distinct_ids_and_per_work_resolution():
    notes = (
        Note(1, "DVOŘÁK, Petr. Městské právo. Brno: Host, 1994, s. 18. Podrobněji píše SKÁLA, Jiří. Obecní volby. "
                "Moravský historický sborník. 2011, roč. 9, s. 3–30.", Location("d", 1)),
        Note(2, "Srov. DVOŘÁK, Městské právo, s. 20.", Location("d", 2)),
        Note(3, "Tamtéž, s. 22; viz též SKÁLA, Obecní volby, s. 7.", Location("d", 3)),
    )
    refs, findings = parse_references(_extraction(*notes))
    assert [(r.id, r.note, r.kind, r.same_as) for r in refs] == [
        ("d#n1", 1, "full", None), ("d#n1.2", 1, "full", None),
        ("d#n2", 2, "short", "d#n1"),
        ("d#n3", 3, "ibid", "d#n1"), ("d#n3.2", 3, "short", "d#n1.2"),
    ]
    assert refs[0].get("year") == "1994" and refs[1].get("year") == "2011"
    assert [f.rule for f in findings] == []  # the two works' years are not taken for one work's


def test_note_number_printed_twice_gives_distinct_ids():
    notes = (Note(4, "Ruth Kemp, The Mines (London: Dent, 1990), 5.", Location("d", 1)),
             Note(4, "Hugh Marsh, Tin and Tide (Truro: Lander, 1987), 12.", Location("d", 2)))
    refs, _ = parse_references(_extraction(*notes))
    assert [r.note for r in refs] == [4, 4] and len({r.id for r in refs}) == 2
