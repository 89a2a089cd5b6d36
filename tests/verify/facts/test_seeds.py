"""verify/facts on the seed papers: the conflicts verified by reading them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.extract import extract
from checker.load import load
from checker.verify.facts import extract_claims, find_conflicts

D0, D1, D2 = "000_90eaa0ad69599140", "001_134402ee8be947bb", "002_928355149b8da4a0"
GOLD = Path(__file__).resolve().parents[2] / "data" / "facts_gold.json"


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    claims = tuple(c for doc in load([str(seeds_dir)]) for c in extract_claims(extract(doc)))
    return claims, find_conflicts(claims)


def _where(claims) -> set[tuple[str, int, str]]:
    return {(c.location.document, c.location.line, c.date) for c in claims}


def test_nato_russia_council_creation_is_the_one_error(seeds):
    _, conflicts = seeds
    errors = [c for c in conflicts if c.rule == "fact.date-conflict"]
    (nrc,) = errors
    assert "NATO-Russia Council" in nrc.event
    assert _where(nrc.outliers) == {(D1, 266, "2008")}
    # 000, 001's body and timeline, and 002 ("This institutional process formally concluded … in May 2002").
    assert {(D0, 706, "2002"), (D1, 51, "2002"), (D1, 263, "2002-05-28"), (D2, 395, "2002-05")} <= _where(nrc.claims)
    assert "2002" in nrc.reason and "2008" in nrc.reason and "creation" in nrc.reason


def test_putin_acting_vs_elected_is_only_ambiguous(seeds):
    _, conflicts = seeds
    putin = [c for c in conflicts if "Putin" in c.event]
    assert [c.rule for c in putin] == ["fact.date-ambiguous"]
    assert {(D0, 723, "1999-12"), (D1, 259, "2000")} <= _where(putin[0].claims)
    assert "acting president" in putin[0].reason


@pytest.mark.parametrize(
    "document, line, date",
    [
        pytest.param(D0, 91, "1949-04-04", id="nato_founded_day"),
        pytest.param(D1, 255, "1997-05-27", id="timeline_year_and_day_are_one_date"),
        pytest.param(D2, 267, "late 1990s", id="end_of_last_decade_of_20th_century"),
        pytest.param(D2, 143, "1993-10/1993-12", id="month_range"),
        pytest.param(D0, 815, "1998/1999", id="range_across_lines"),
    ],
)
def test_seed_claims(seeds, document, line, date):
    assert (document, line, date) in _where(seeds[0])


@pytest.mark.parametrize(
    "document, line",
    [
        pytest.param(D2, 103, id="author_year_citation"),
        pytest.param(D0, 106, id="note_publication_date"),
        pytest.param(D0, 157, id="title_range_in_note"),
        pytest.param(D1, 163, id="access_date"),
        pytest.param(D1, 192, id="url_with_dates"),
    ],
)
def test_seed_non_claims(seeds, document, line):
    assert not [c for c in seeds[0] if (c.location.document, c.location.line) == (document, line)]


def test_gold_claims_are_found(seeds):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    wanted = {(g["document"], g["line"], g["date"]) for g in gold["claims"]}
    found = _where(seeds[0])
    assert len(wanted & found) / len(wanted) >= 0.95
    assert len(wanted & found) / len(found) >= 0.95
