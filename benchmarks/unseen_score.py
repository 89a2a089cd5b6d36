"""Score the extraction stage on the five unseen papers (tests/data/unseen/) against the
expectations written in tests/test_unseen_papers.py before the stage was run on them.

Prints, for notes, markers, citations, URLs, reference lists, pages and findings, how many
expected items were found exactly and how many unexpected ones appeared. Run from the repo
root: ``python benchmarks/unseen_score.py``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.extract import extract  # noqa: E402
from checker.load import load_file  # noqa: E402
from tests import test_unseen_papers as expected  # noqa: E402


def _overlap(want: list, got: list) -> tuple[int, int, int]:
    """(found, expected, extra) for two multisets."""
    hit = sum((Counter(want) & Counter(got)).values())
    return hit, len(want), len(got) - hit


def _score(papers: dict) -> dict[str, list[int]]:
    totals: dict[str, list[int]] = {}

    def add(key: str, found: int, wanted: int, extra: int = 0) -> None:
        row = totals.setdefault(key, [0, 0, 0])
        row[0] += found
        row[1] += wanted
        row[2] += extra

    for name, ex in papers.items():
        numbered = [n.number for n in ex.notes if n.number is not None]
        fragments = sum(n.number is None for n in ex.notes)
        hit, want, extra = _overlap(expected.NOTE_NUMBERS[name], numbered)
        add("note numbers", hit, want, extra + fragments)
        add("markers", *_overlap(expected.MARKERS[name], [m.number for m in ex.markers]))
        add("author-year citations", *_overlap(expected.CITATIONS[name],
                                               [(c.author, c.year, c.pages) for c in ex.citations]))
        add("URLs (url, repaired)", *_overlap(expected.URLS[name], [(u.url, u.repaired) for u in ex.urls]))
        _, count, _ = expected.LISTS[name]
        add("list entry counts", int(len(ex.bibliography) == count), 1)
        add("list entries (count)", min(len(ex.bibliography), count), count, max(0, len(ex.bibliography) - count))
        add("pages (printed numbers)", int([p.printed for p in ex.pages] == expected.PAGES[name]), 1)
        want = expected._expected_findings(ex, name)
        got = [(f.rule, f.location.line) for f in ex.findings if not f.rule.startswith("url.")]
        add("integrity findings", *_overlap(want, got))
    notes = {name: {n.number: n.text for n in ex.notes} for name, ex in papers.items()}
    texts = [p.values for p in expected.NOTE_TEXTS]
    add("note texts (exact)", sum(notes[n].get(k) == t for n, k, t in texts), len(texts))
    return totals


def main() -> None:
    papers = {name: extract(load_file(expected.DATA / f"{name}.txt")) for name in expected.PAPERS}
    for key, (found, wanted, extra) in _score(papers).items():
        print(f"{key:26} {found:3}/{wanted:<3}  unexpected: {extra}")


if __name__ == "__main__":
    main()
