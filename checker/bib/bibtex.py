"""Works → BibTeX text, through bibtexparser 2.x (``Library``, ``Entry``, ``Field``, ``BibtexFormat``).

Values stay UTF-8 and are written in braces; a corporate author is wrapped in an extra
pair of braces so BibTeX keeps it whole, and ``& % $ # _`` are escaped outside the
verbatim fields (``url``, ``doi``) so that LaTeX can typeset them. Entry types are those
biblatex users expect.
"""

from __future__ import annotations

import re

import bibtexparser
from bibtexparser import middlewares
from bibtexparser.library import Library
from bibtexparser.model import Entry
from bibtexparser.model import Field as BibField

from ..model import Name
from . import Work

ENTRY_TYPES = {
    "book": "book", "article": "article", "chapter": "incollection",
    "encyclopedia entry": "incollection", "web page": "online", "report": "report",
    "thesis": "thesis", "hearing": "misc", "other": "misc",
}
_CONTAINER = {"article": "journal", "incollection": "booktitle", "online": "organization"}
FIELD_ORDER = (
    "author", "editor", "title", "journal", "booktitle", "organization", "howpublished",
    "publisher", "address", "year", "date", "volume", "number", "pages", "doi", "isbn",
    "url", "urldate", "citecheck-source",
)


def _names(names: tuple[Name, ...]) -> str:
    return " and ".join(
        f"{{{n.literal}}}" if n.literal else (f"{n.family}, {n.given}" if n.given else n.family)
        for n in names
    )


def _balanced(text: str) -> str:
    """BibTeX cannot read unbalanced braces; drop them (they are never meaningful here)."""
    depth = 0
    for ch in text:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            break
    return text if depth == 0 else text.replace("{", "").replace("}", "")


def entry_fields(work: Work) -> tuple[str, list[tuple[str, str]]]:
    """The BibTeX entry type and ``(field, value)`` pairs of one work, in FIELD_ORDER.

    A pure function: the later ``--enrich`` step passes works whose fields came from a
    registry (``Field.source``) and gets the same conversion.
    """
    kind = str(work.get("type") or "other")
    entry_type = ENTRY_TYPES.get(kind, "misc")
    if entry_type == "incollection" and not work.get("container_title"):
        entry_type = "misc"  # an entry whose encyclopedia or book is not named has no booktitle
    values: dict[str, str] = {}
    for name in ("author", "editor"):
        if work.get(name):
            values[name] = _names(work.get(name))  # type: ignore[arg-type]
    simple = {
        "title": "title", "publisher": "publisher", "location": "address", "year": "year",
        "volume": "volume", "issue": "number", "doi": "doi", "isbn": "isbn", "url": "url",
        "accessed": "urldate", "citecheck-source": "citecheck-source",
    }
    for ours, theirs in simple.items():
        if work.get(ours):
            values[theirs] = str(work.get(ours))
    if work.get("container_title"):
        values[_CONTAINER.get(entry_type, "howpublished")] = str(work.get("container_title"))
    date = str(work.get("date") or "")
    if len(date) > 4:
        values["date"] = date
    if work.get("pages"):
        values["pages"] = str(work.get("pages")).replace("-", "--")
    return entry_type, [(name, _escaped(name, _balanced(values[name]))) for name in FIELD_ORDER if name in values]


_VERBATIM = frozenset({"url", "doi", "urldate", "isbn", "citecheck-source"})
_SPECIAL = re.compile(r"(?<!\\)([&%$#_])")


def _escaped(name: str, value: str) -> str:
    """Escape the characters LaTeX reads as commands (``Strategic & International``), except in
    fields biblatex reads verbatim (``url``, ``doi``), where they are part of an address."""
    return value if name in _VERBATIM else _SPECIAL.sub(r"\\\1", value)


def render_bibtex(works: tuple[Work, ...]) -> str:
    """Return a ``.bib`` text with one entry per work, in the order given."""
    library = Library()
    for work in works:
        entry_type, pairs = entry_fields(work)
        library.add(Entry(entry_type, work.key, [BibField(k, v) for k, v in pairs]))
    fmt = bibtexparser.BibtexFormat()
    fmt.indent = "  "
    fmt.block_separator = "\n"
    stack = [
        middlewares.SortFieldsCustomMiddleware(FIELD_ORDER),
        middlewares.AddEnclosingMiddleware(
            reuse_previous_enclosing=False, enclose_integers=True, default_enclosing="{"
        ),
    ]
    text = bibtexparser.write_string(library, unparse_stack=stack, bibtex_format=fmt)
    return text.strip() + "\n" if text.strip() else ""
