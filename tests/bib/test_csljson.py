"""CSL-JSON export: the item shape Zotero and Pandoc read."""

from __future__ import annotations

import json
import warnings

import jsonschema
import pytest

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


def test_csljson_renders_in_citeproc_py():
    """citeproc-py (the CSL processor in Python) reads our items and formats them with a
    bundled style without complaint: what Pandoc and Zotero will read, read for real."""
    citeproc = pytest.importorskip("citeproc")
    from citeproc.source.json import CiteProcJSON

    refs = (
        parse_reference("Wolfe, Thomas W. The Warsaw Pact in Evolution. London: Chatham House, 1966.",
                        Location("d", 1), id="d#b1"),
        parse_reference("TRAN, Pierre. Rasmussen: Russian Actions. The Defence News [online]. [cit. 2014-07-22]. "
                        "Dostupné z: <http://www.defensenews.com/article/20140408>", Location("d", 2), id="d#b2"),
        parse_reference("Kowalski, P. (2018) 'Poland and the eastern flank', International Affairs, 94(3), "
                        "pp. 501–520.", Location("d", 3), id="d#b3"),
    )
    items = json.loads(render(collect_works(refs)[0], "csljson"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # citeproc-py warns about fields it cannot read
        style = citeproc.CitationStylesStyle("harvard-cite-them-right", validate=True)
        bibliography = citeproc.CitationStylesBibliography(style, CiteProcJSON(items), citeproc.formatter.plain)
        for item in items:
            bibliography.register(citeproc.Citation([citeproc.CitationItem(item["id"])]))
        lines = [str(line) for line in bibliography.bibliography()]
    assert lines[0].startswith("Kowalski, P. (2018) “Poland and the eastern flank”, International Affairs, 94(3)")
    assert "(Accessed: July 22, 2014)" in lines[1] and lines[1].startswith("Tran, P. (no date) Rasmussen")
    assert lines[2] == "Wolfe, T.W. (1966) The Warsaw Pact in Evolution. London: Chatham House."
