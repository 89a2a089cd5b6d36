"""Shared fixtures: the seed papers and small helpers for writing inline texts."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def write_text(tmp_path):
    """Write ``text`` to a file under tmp_path and return its path."""

    def _write(text: str, name: str = "doc.txt", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return _write
