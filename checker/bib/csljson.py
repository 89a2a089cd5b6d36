"""Works → CSL-JSON text (the item format Zotero and Pandoc read)."""

from __future__ import annotations

import json

from ..model import Name
from ..parse.dates import date_parts
from . import Work

CSL_TYPES = {
    "book": "book", "article": "article-journal", "chapter": "chapter",
    "encyclopedia entry": "entry-encyclopedia", "web page": "webpage", "report": "report",
    "thesis": "thesis", "hearing": "hearing", "other": "document",
}
_SIMPLE = {
    "title": "title", "container_title": "container-title", "publisher": "publisher",
    "location": "publisher-place", "volume": "volume", "issue": "issue", "pages": "page",
    "url": "URL", "doi": "DOI", "isbn": "ISBN",
}


def _name(name: Name) -> dict[str, str]:
    if name.literal:
        return {"literal": name.literal}
    return {"family": name.family, "given": name.given} if name.given else {"family": name.family}


def csl_item(work: Work) -> dict[str, object]:
    """One CSL-JSON item for ``work`` (a pure function, like ``bibtex.entry_fields``)."""
    item: dict[str, object] = {"id": work.key, "type": CSL_TYPES.get(str(work.get("type")), "document")}
    for name in ("author", "editor"):
        if work.get(name):
            item[name] = [_name(n) for n in work.get(name)]  # type: ignore[union-attr]
    for ours, theirs in _SIMPLE.items():
        if work.get(ours):
            item[theirs] = str(work.get(ours))
    if item["type"] == "report" and "issue" in item:
        item["number"] = item.pop("issue")  # a report's number (``Report No. 231``)
    date = work.get("date") or work.get("year")
    if date:
        item["issued"] = {"date-parts": [date_parts(str(date))]}
    if work.get("accessed"):
        item["accessed"] = {"date-parts": [date_parts(str(work.get("accessed")))]}
    return item


def render_csljson(works: tuple[Work, ...]) -> str:
    """Return a JSON array of CSL items, keys sorted, UTF-8 kept as is."""
    return json.dumps([csl_item(w) for w in works], ensure_ascii=False, indent=2, sort_keys=True) + "\n"
