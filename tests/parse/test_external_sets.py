"""The external annotated sets (``tests/data/refparse/external/``) match their raw sources.

``benchmarks/external_refs.py`` converts the committed GROBID and LinkedBooks files; if the
converter or a JSONL drifts, the benchmark would score gold nobody can regenerate.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

from checker.parse.fields import FIELD_NAMES

ROOT = Path(__file__).resolve().parents[2]
EXTERNAL = ROOT / "tests" / "data" / "refparse" / "external"
SETS = sorted(EXTERNAL.glob("*.jsonl"))
HELD_BACK = ("anystyle/res/parser/gold.xml", "humanities.tagged.txt")  # the stewards' halves


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _converter():
    spec = importlib.util.spec_from_file_location("external_refs", ROOT / "benchmarks" / "external_refs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_converter_regenerates_the_committed_sets(tmp_path):
    converted = _converter().convert(EXTERNAL / "raw", None)
    assert sorted(converted) == ["grobid-citation", "linkedbooks-humanities"]
    for dataset, records in converted.items():
        committed = _records(EXTERNAL / f"{dataset.replace('-', '_')}.jsonl")
        assert records == committed, dataset


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_records_are_well_formed_and_split_by_their_text(path):
    records = _records(path)
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        assert set(r["fields"]) <= set(FIELD_NAMES) | {"note", "collection_title"}, r["id"]
        assert r["raw"] == " ".join(r["raw"].split()) and r["raw"], r["id"]
        key = re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", r["raw"]).casefold())
        parity = hashlib.sha1(key.encode()).digest()[0] % 2
        assert r["split"] == ("tune" if parity == 0 else "held-out"), r["id"]
        assert not any(part in r["source"] for part in HELD_BACK), r["id"]
    halves = {r["split"] for r in records}
    assert halves == {"tune", "held-out"}
