"""Helpers for the extract-stage tests: build Documents from inline texts, load the seeds once."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.load import load
from checker.model import Document


def make_document(text: str, doc_id: str = "doc") -> Document:
    """A Document from ``text`` as it would be loaded (lines split on newlines, no dedent)."""
    lines = tuple(text.split("\n"))
    if lines and lines[-1] == "":
        lines = lines[:-1]
    return Document(id=doc_id, path=f"{doc_id}.txt", lines=lines, encoding="utf-8", sha256="")


@pytest.fixture(scope="session")
def seed_extractions(seeds_dir):
    """The three seed papers' extractions, keyed by their three-digit prefix."""
    return {doc.id[:3]: extract(doc) for doc in load([str(seeds_dir)])}
