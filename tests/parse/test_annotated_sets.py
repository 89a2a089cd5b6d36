"""The project's annotated reference sets (``tests/data/refparse/*.jsonl``) are well formed.

They are scored by ``benchmarks/refparse_eval.py``; a malformed record would silently
count as a miss (or not at all), so the shape of every record is checked here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.parse.fields import FIELD_NAMES
from checker.parse.styles import TYPES

DATA = Path(__file__).resolve().parent.parent / "data" / "refparse"
SETS = sorted(DATA.glob("*.jsonl"))


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_records_are_well_formed(path):
    records = _records(path)
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        fields = r["fields"]
        assert set(fields) <= set(FIELD_NAMES), (r["id"], set(fields) - set(FIELD_NAMES))
        assert r["kind"] in ("full", "short", "ibid"), r["id"]
        assert ("type" in fields) == (r["kind"] == "full"), r["id"]  # short forms and ibids name no type
        assert fields.get("type", "book") in TYPES, r["id"]
        for role in ("author", "editor"):
            for name in fields.get(role, []):
                assert isinstance(name, str) and name.strip() or set(name) == {"literal"}, (r["id"], name)
        assert r["raw"] == " ".join(r["raw"].split()), r["id"]


def test_second_holdout_covers_the_forms_it_names():
    styles = {r["style"] for r in _records(DATA / "project_holdout2.jsonl")}
    assert {"apa", "mla", "chicago-note", "chicago-ad", "harvard", "ieee", "vancouver", "iso690-cs", "iso690-sk",
            "iso690-pl", "german", "french"} <= styles
    assert len(_records(DATA / "project_holdout2.jsonl")) >= 60


def _squash(text: object) -> str:
    return "".join(ch for ch in str(text).casefold() if ch.isalnum())


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_every_parsed_field_is_traceable_to_its_span(path):
    """Each field's span holds its value (names: every family; dates: the year)."""
    from checker.parse import parse_reference

    for record in _records(path):
        ref = parse_reference(record["raw"])
        for field in ref.fields:
            if field.name == "type":
                continue
            piece = _squash(ref.raw[field.span.start:field.span.end])
            if field.name in ("author", "editor"):
                wanted = [_squash(n.family or n.literal) for n in field.value]
            elif field.name in ("date", "accessed", "year"):
                wanted = [str(field.value)[:4]]
            else:
                wanted = [_squash(field.value)]
            assert all(w in piece for w in wanted), (record["id"], field.name, field.value, piece)
