"""parse_references on an Extraction: citing notes vs discursive notes, reference-list entries."""

from __future__ import annotations

from checker.model import BibEntry, Document, Extraction, Location, Note
from checker.parse import is_citation, parse_references, references_json


def _extraction(notes=(), bibliography=()) -> Extraction:
    doc = Document(id="d", path="d.txt", lines=("x",), encoding="utf-8", sha256="0")
    return Extraction(document=doc, pages=(), line_roles=(), notes=tuple(notes), markers=(),
                      citations=(), bibliography=tuple(bibliography), urls=())


def test_discursive_note_is_not_a_reference():
    notes = [
        Note(1, "Wolfe, Thomas W. “The Warsaw Pact in Evolution” (London: Chatham House, 1966) 191.", Location("d", 10)),
        Note(2, "The supporters of Atlanticism were then Prime Minister J. Gaidar, the first Deputy Prime "
                "Minister G. Burbulis and the Foreign Minister A. Kozyrev who shaped the early policy", Location("d", 20)),
        Note(3, "Ibid., 192.", Location("d", 30)),
    ]
    refs, findings = parse_references(_extraction(notes))
    assert [(r.id, r.kind, r.note, r.same_as) for r in refs] == [
        ("d#n1", "full", 1, None), ("d#n3", "ibid", 3, "d#n1")]
    assert refs[0].location == Location("d", 10)
    assert findings == ()


def test_bibliography_entries_are_parsed():
    entries = [BibEntry("Kozyrev, A. (1993). Strategy of Partnership. Moscow: Nauka.", Location("d", 40), "References")]
    refs, _ = parse_references(_extraction(bibliography=entries))
    assert refs[0].id == "d#b1" and refs[0].note is None and refs[0].get("year") == "1993"


def test_references_json_contract():
    notes = [Note(1, "Wolfe, Thomas W. “The Warsaw Pact in Evolution” (London: Chatham House, 1966) 191.", Location("d", 1)),
             Note(2, "Wolfe, “The Warsaw Pact in Evolution”, 194.", Location("d", 2))]
    refs, _ = parse_references(_extraction(notes))
    out = references_json(refs)
    assert set(out[0]) == {"id", "kind", "note", "raw", "fields", "same_as"}
    assert out[0]["fields"]["author"] == [{"family": "Wolfe", "given": "Thomas W."}]
    assert out[1]["kind"] == "short" and out[1]["same_as"] == "d#n1"


def test_is_citation():
    assert is_citation("Ibid.")
    assert is_citation("SMITH, Julianne. The NATO-Russia Relationship. In: Centre [online]. [cit. 2014-07-22].")
    assert not is_citation("See the discussion above on the enlargement of the alliance and its many consequences for the region")


def test_references_section_plugs_into_the_extract_serializer():
    from checker.extract.serialize import extraction_to_dict
    from checker.parse import references_section

    notes = [Note(1, "Wolfe, Thomas W. “The Warsaw Pact in Evolution” (London: Chatham House, 1966) 191.", Location("d", 1))]
    out = extraction_to_dict(_extraction(notes), {"references": references_section})
    assert out["references"][0]["id"] == "d#n1" and out["references"][0]["fields"]["year"] == "1966"


def test_a_very_long_comma_list_parses_in_linear_time():
    """Each comma once looked at all the text before it (quadratic: ~8 s for this string)."""
    import time

    from checker.parse import parse_reference

    start = time.process_time()
    parse_reference("A, " * 24000 + "Title (Paris: Seuil, 2001).")
    assert time.process_time() - start < 2.0
