"""CSL-JSON export: the item shape Zotero and Pandoc read."""

from __future__ import annotations

import json

import jsonschema

from checker.bib import collect_works, render
from checker.model import Location
from checker.parse import parse_reference

_NAME = {"type": "object", "properties": {"family": {"type": "string"}, "given": {"type": "string"},
                                          "literal": {"type": "string"}}, "additionalProperties": False}
_DATE = {"type": "object", "required": ["date-parts"], "properties": {
    "date-parts": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 3}}}}
SCHEMA = {  # the parts of CSL-JSON's csl-data.json schema that we emit
    "type": "array",
    "items": {
        "type": "object", "required": ["id", "type"],
        "properties": {
            "id": {"type": "string"},
            "type": {"enum": ["book", "article-journal", "chapter", "entry-encyclopedia", "webpage", "report",
                              "thesis", "hearing", "document"]},
            "author": {"type": "array", "items": _NAME}, "editor": {"type": "array", "items": _NAME},
            "issued": _DATE, "accessed": _DATE,
            **{k: {"type": "string"} for k in ("title", "container-title", "publisher", "publisher-place", "page",
                                                "volume", "issue", "number", "URL", "DOI", "ISBN")},
        },
        "additionalProperties": False,
    },
}


def test_csljson_validates_and_parses_back():
    refs = (
        parse_reference("Berman, P., & McLaughlin, M. W. (1976). Implementation of educational innovation. "
                        "The Educational Forum, 40(3), 345–370. https://doi.org/10.1080/00131727609336469",
                        Location("d", 1), id="d#b1"),
        parse_reference("SMITH, Julianne. The NATO-Russia Relationship. In: Centre for Strategic & International "
                        "Studies [online]. [cit. 2014-07-22]. Dostupné z: <http://csis.org/a.pdf>", Location("d", 2), id="d#b2"),
        parse_reference("Central Intelligence Agency. Soviet Intentions. Washington: CIA, 1962.", Location("d", 3), id="d#b3"),
    )
    items = json.loads(render(collect_works(refs)[0], "csljson"))
    jsonschema.validate(items, SCHEMA)
    by_id = {item["id"]: item for item in items}
    apa = by_id["berman1976implementation"]
    assert apa["type"] == "article-journal" and apa["DOI"] == "10.1080/00131727609336469"
    assert apa["issued"] == {"date-parts": [[1976]]} and apa["page"] == "345-370"
    assert apa["author"][1] == {"family": "McLaughlin", "given": "M. W."}
    assert by_id["smithnato"]["accessed"] == {"date-parts": [[2014, 7, 22]]}
    assert by_id["central1962soviet"]["author"] == [{"literal": "Central Intelligence Agency"}]
