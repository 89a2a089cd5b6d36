"""Document → Extraction (placeholder until the extraction stage lands)."""

from __future__ import annotations

from ..model import Document, Extraction


def extract(document: Document) -> Extraction:
    """Return what the extract stage finds in ``document``."""
    return Extraction(
        document=document, pages=(), line_roles=tuple("body" for _ in document.lines),
        notes=(), markers=(), citations=(), bibliography=(), urls=(),
    )
