"""Baseline: known findings are accepted by fingerprint, even after their lines move."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from checker.baseline import filter_known, parse_baseline, read_baseline, render_baseline
from checker.errors import InputError
from checker.findings import make_finding
from checker.model import Location


def _dead(url: str, line: int):
    return make_finding("url.dead", Location("paper", line), f"{url} answers 404.", key=url)


def test_known_finding_stays_known_when_its_line_moves():
    before = (_dead("http://a.example/x", 10), _dead("http://b.example/y", 20))
    baseline = parse_baseline(render_baseline(before))
    # Three paragraphs were inserted above: every line moved down, one new URL appeared.
    after = (_dead("http://new.example/z", 5), _dead("http://a.example/x", 13), _dead("http://b.example/y", 23))
    new, known = filter_known(after, baseline)
    assert [f.location.line for f in new] == [5]
    assert [f.location.line for f in known] == [13, 23]


def test_a_repeated_finding_beyond_the_baseline_count_is_new():
    one = _dead("http://a.example/x", 3)
    baseline = parse_baseline(render_baseline((one,)))
    new, known = filter_known((one, _dead("http://a.example/x", 40)), baseline)
    assert (len(new), len(known)) == (1, 1)


def test_baseline_file_is_sorted_readable_and_deterministic():
    findings = (_dead("http://b.example/", 9), _dead("http://a.example/", 2))
    text = render_baseline(findings)
    assert text == render_baseline(tuple(reversed(findings)))
    data = json.loads(text)
    assert data["schema"] == "citecheck/baseline/1"
    assert {e["rule"] for e in data["findings"]} == {"url.dead"}
    assert parse_baseline(text) == Counter(f.fingerprint for f in findings)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("{", "invalid JSON", id="broken_json"),
        pytest.param('{"schema": "other"}', "not a citecheck baseline", id="wrong_schema"),
        pytest.param('{"schema": "citecheck/baseline/1", "findings": [1]}', "must be a list", id="bad_entries"),
    ],
)
def test_unusable_baseline_is_an_input_error(text, message):
    with pytest.raises(InputError, match=message):
        parse_baseline(text, "b.json")


def test_missing_baseline_file_says_how_to_make_one(tmp_path):
    with pytest.raises(InputError, match="citecheck baseline PATH"):
        read_baseline(tmp_path / "none.json")
