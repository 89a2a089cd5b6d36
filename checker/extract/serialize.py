"""Extractions → plain dicts: the ``citecheck/extract/1`` JSON shape, sorted and deterministic.

The names below are a contract (``citecheck extract --json``); fields may be added, never
renamed. Later stages add whole keys to each document through ``sections``: a mapping of
key → function of the Extraction, e.g. ``{"references": references_to_list}``, so
``extraction_to_dict`` needs no change when a stage joins.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

from ..model import Extraction, Finding, Location

SCHEMA = "citecheck/extract/1"

Section = Callable[[Extraction], Any]


def extraction_to_dict(extraction: Extraction, sections: Mapping[str, Section] | None = None) -> dict[str, Any]:
    """One document of the ``citecheck/extract/1`` payload, plus any extra ``sections``."""
    doc = extraction.document
    result: dict[str, Any] = {
        "path": doc.path,
        "id": doc.id,
        "encoding": doc.encoding,
        "lines": len(doc.lines),
        "pages": [
            {"number": p.number, "first_line": p.first_line, "last_line": p.last_line, "printed": p.printed}
            for p in extraction.pages
        ],
        "notes": [
            {
                "number": n.number,
                "text": n.text,
                "page": n.location.page,
                "line": n.location.line,
                "lines": list(n.lines),
                "markers": [{"line": m.line, "page": m.page} for m in n.markers],
            }
            for n in extraction.notes
        ],
        "markers": [
            {"number": m.number, "line": m.location.line, "page": m.location.page, "context": m.context}
            for m in extraction.markers
        ],
        "in_text_citations": [
            {"author": c.author, "year": c.year, "pages": c.pages, "line": c.location.line,
             "page": c.location.page, "raw": c.raw}
            for c in extraction.citations
        ],
        "numeric_citations": [
            {"numbers": list(c.numbers), "raw": c.raw, "form": c.form, "line": c.location.line,
             "page": c.location.page}
            for c in extraction.numeric_citations
        ],
        "bibliography": [
            {"text": e.text, "line": e.location.line, "page": e.location.page, "section": e.section}
            for e in extraction.bibliography
        ],
        "urls": [
            {"url": u.url, "raw": u.raw, "line": u.location.line, "page": u.location.page,
             "where": u.where, "repaired": u.repaired}
            for u in extraction.urls
        ],
        "findings": [finding_to_dict(f) for f in extraction.findings],
    }
    for key, build in sorted((sections or {}).items()):
        result[key] = build(extraction)
    return result


def extractions_to_dict(extractions: Iterable[Extraction], sections: Mapping[str, Section] | None = None) -> dict[str, Any]:
    """The whole ``citecheck extract --json`` payload, documents ordered by path."""
    ordered = sorted(extractions, key=lambda e: (e.document.path, e.document.id))
    return {"schema": SCHEMA, "documents": [extraction_to_dict(e, sections) for e in ordered]}


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """A finding as plain data (rule, severity, location, message, evidence, suggestion)."""
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        **_location(finding.location),
        "message": finding.message,
        "evidence": [{"quote": e.quote, **_location(e.location)} for e in finding.evidence],
        "suggestion": finding.suggestion,
        "fingerprint": finding.fingerprint,
    }


def _location(location: Location) -> dict[str, Any]:
    return {"document": location.document, "line": location.line, "page": location.page}
