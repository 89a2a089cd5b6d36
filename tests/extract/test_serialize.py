"""Tests for checker/extract/serialize.py: the citecheck/extract/1 shape, determinism and extension."""

from __future__ import annotations

import json

from checker.extract.serialize import SCHEMA, extraction_to_dict, extractions_to_dict


def test_payload_has_the_contract_fields(seed_extractions):
    payload = extractions_to_dict(seed_extractions.values())
    assert payload["schema"] == SCHEMA == "citecheck/extract/1"
    assert [d["id"][:3] for d in payload["documents"]] == ["000", "001", "002"]
    doc = payload["documents"][1]
    for key in ("path", "id", "notes", "markers", "in_text_citations", "bibliography", "urls"):
        assert key in doc
    assert set(doc["notes"][0]) >= {"number", "text", "page", "line", "markers"}
    assert set(doc["notes"][0]["markers"][0]) >= {"line", "page"}
    assert set(doc["markers"][0]) >= {"number", "line", "page"}
    assert set(doc["bibliography"][0]) >= {"text", "line", "section"}
    assert set(doc["urls"][0]) >= {"url", "raw", "line", "where"}
    cites = payload["documents"][2]["in_text_citations"]
    assert cites[0] == {"author": "Baran, Iždinský", "year": "2010", "pages": "35", "line": 77,
                        "page": cites[0]["page"], "raw": "(Baran, Iždinský, 2010, p. 35)"}


def test_payload_is_deterministic_and_json_serialisable(seed_extractions):
    one = json.dumps(extractions_to_dict(seed_extractions.values()), ensure_ascii=False, sort_keys=True)
    two = json.dumps(extractions_to_dict(reversed(list(seed_extractions.values()))), ensure_ascii=False, sort_keys=True)
    assert one == two


def test_later_stages_add_sections(seed_extractions):
    doc = extraction_to_dict(seed_extractions["002"], {"references": lambda e: [len(e.notes)]})
    assert doc["references"] == [3]
