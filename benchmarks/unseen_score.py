"""Score the extraction stage on both batches of unseen papers against their written expectations.

Batch 1 is tests/data/unseen/ (expectations in tests/test_unseen_papers.py), batch 2 is
tests/data/unseen2/ (tests/test_unseen2_papers.py); both sets of expectations were written
by reading the texts before the stage was first run on them. Batch 1 has since been tuned
on, so only batch 2 is an honest figure for papers the stage has never seen.

Prints, per batch, for notes, markers, citations, URLs, reference lists, pages and
findings, how many expected items were found exactly and how many unexpected ones
appeared. Run from the repo root: ``python benchmarks/unseen_score.py``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.extract import extract  # noqa: E402
from checker.load import load_file  # noqa: E402
from tests import test_unseen2_papers as second  # noqa: E402
from tests import test_unseen3_papers as third  # noqa: E402
from tests import test_unseen4_papers as fourth  # noqa: E402
from tests import test_unseen_papers as first  # noqa: E402


def _overlap(want: list, got: list) -> tuple[int, int, int]:
    """(found, expected, extra) for two multisets."""
    hit = sum((Counter(want) & Counter(got)).values())
    return hit, len(want), len(got) - hit


class _Totals(dict):
    def add(self, key: str, found: int, wanted: int, extra: int = 0) -> None:
        row = self.setdefault(key, [0, 0, 0])
        row[0] += found
        row[1] += wanted
        row[2] += extra


def _common(totals: _Totals, ex, notes: list, markers: list, urls: list, pages: list, findings: list) -> None:
    numbered = [n.number for n in ex.notes if n.number is not None]
    fragments = sum(n.number is None for n in ex.notes)
    hit, want, extra = _overlap(notes, numbered)
    totals.add("note numbers", hit, want, extra + fragments)
    totals.add("markers", *_overlap(markers, [m.number for m in ex.markers]))
    totals.add("URLs", *_overlap(urls, [(u.url, u.repaired) for u in ex.urls]))
    totals.add("pages (printed numbers)", int([p.printed for p in ex.pages] == pages), 1)
    got = [(f.rule, f.location.line) for f in ex.findings if not f.rule.startswith("url.")]
    totals.add("integrity findings", *_overlap(findings, got))


def _lists(totals: _Totals, ex, count: int) -> None:
    totals.add("list entry counts", int(len(ex.bibliography) == count), 1)
    totals.add("list entries (count)", min(len(ex.bibliography), count), count, max(0, len(ex.bibliography) - count))


def score_first(papers: dict) -> _Totals:
    """Batch 1: tests/data/unseen/."""
    totals = _Totals()
    for name, ex in papers.items():
        _common(totals, ex, first.NOTE_NUMBERS[name], first.MARKERS[name], first.URLS[name], first.PAGES[name],
                first._expected_findings(ex, name))
        totals.add("author-year citations", *_overlap(first.CITATIONS[name],
                                                      [(c.author, c.year, c.pages) for c in ex.citations]))
        _lists(totals, ex, first.LISTS[name][1])
    notes = {name: {n.number: n.text for n in ex.notes} for name, ex in papers.items()}
    texts = [p.values for p in first.NOTE_TEXTS]
    totals.add("note texts (exact)", sum(notes[n].get(k) == t for n, k, t in texts), len(texts))
    return totals


def score_second(papers: dict) -> _Totals:
    """Batch 2: tests/data/unseen2/."""
    totals = _Totals()
    for name, ex in papers.items():
        urls = [(url, repaired) for url, repaired, _ in second.URLS[name]]
        _common(totals, ex, second.NOTE_NUMBERS[name], second.MARKERS[name], urls, second.PAGES[name],
                second.expected_findings(ex, name))
        totals.add("in-text citations", *_overlap(second.CITATIONS[name],
                                                  [(c.author, c.year, c.pages) for c in ex.citations]))
        totals.add("numeric citations", *_overlap(second.NUMERIC[name], [c.numbers for c in ex.numeric_citations]))
        _lists(totals, ex, second.LISTS[name][1])
        ends = (ex.bibliography[0].text, ex.bibliography[-1].text) if ex.bibliography else ()
        totals.add("list first+last entries", sum(a == b for a, b in zip(ends, second.LISTS[name][2:])), 2)
    found = 0
    for name, opening, text in (p.values for p in second.NOTE_TEXTS):
        ex = papers[name]
        line = second.line_of(ex, opening)
        found += [n.text for n in ex.notes if n.location.line == line] == [text]
    totals.add("note texts (exact)", found, len(second.NOTE_TEXTS))
    return totals


def score_third(papers: dict) -> _Totals:
    """Batch 3: tests/data/unseen3/ (citations by first author; a finding may name one of several lines)."""
    totals = _Totals()
    for name, ex in papers.items():
        urls = [(url, repaired) for url, repaired, _ in third.URLS[name]]
        got = [(f.rule, f.location.line) for f in ex.findings if not f.rule.startswith("url.")]
        _common(totals, ex, third.NOTE_NUMBERS[name], third.MARKERS[name], urls, third.PAGES[name],
                third.expected_findings(ex, name, got))
        totals.add("in-text citations", *_overlap(third.CITATIONS[name], third.citation_keys(ex)))
        totals.add("numeric citations", *_overlap(third.NUMERIC[name], [c.numbers for c in ex.numeric_citations]))
        _lists(totals, ex, third.LISTS[name][1])
        if third.LISTS[name][1]:  # the thesis chapter has no list: nothing to compare
            ends = (ex.bibliography[0].text, ex.bibliography[-1].text) if ex.bibliography else ()
            totals.add("list first+last entries", sum(a == b for a, b in zip(ends, third.LISTS[name][2:])), 2)
    found = 0
    for name, opening, text in (p.values for p in third.NOTE_TEXTS):
        ex = papers[name]
        line = third.line_of(ex, opening)
        found += [n.text for n in ex.notes if n.location.line == line] == [text]
    totals.add("note texts (exact)", found, len(third.NOTE_TEXTS))
    return totals


def score_fourth(papers: dict) -> _Totals:
    """Batch 4: tests/data/unseen4/ (same tables as batch 2)."""
    totals = _Totals()
    for name, ex in papers.items():
        urls = [(url, repaired) for url, repaired, _ in fourth.URLS[name]]
        _common(totals, ex, fourth.NOTE_NUMBERS[name], fourth.MARKERS[name], urls, fourth.PAGES[name],
                fourth.expected_findings(ex, name))
        totals.add("in-text citations", *_overlap(fourth.CITATIONS[name],
                                                  [(c.author, c.year, c.pages) for c in ex.citations]))
        totals.add("numeric citations", *_overlap(fourth.NUMERIC[name], [c.numbers for c in ex.numeric_citations]))
        _lists(totals, ex, fourth.LISTS[name][1])
        ends = (ex.bibliography[0].text, ex.bibliography[-1].text) if ex.bibliography else ()
        totals.add("list first+last entries", sum(a == b for a, b in zip(ends, fourth.LISTS[name][2:])), 2)
    found = 0
    for name, opening, text in (p.values for p in fourth.NOTE_TEXTS):
        ex = papers[name]
        line = fourth.line_of(ex, opening)
        found += [n.text for n in ex.notes if n.location.line == line] == [text]
    totals.add("note texts (exact)", found, len(fourth.NOTE_TEXTS))
    return totals


def main() -> None:
    batches = (
        ("batch 1: tests/data/unseen/ (tuned on)", first, score_first),
        ("batch 2: tests/data/unseen2/ (unseen)", second, score_second),
        ("batch 3: tests/data/unseen3/ (unseen)", third, score_third),
        ("batch 4: tests/data/unseen4/ (unseen)", fourth, score_fourth),
    )
    for title, module, score in batches:
        papers = {name: extract(load_file(module.DATA / f"{name}.txt")) for name in module.PAPERS}
        print(title)
        for key, (found, wanted, extra) in score(papers).items():
            print(f"  {key:26} {found:3}/{wanted:<3}  unexpected: {extra}")


if __name__ == "__main__":
    main()
