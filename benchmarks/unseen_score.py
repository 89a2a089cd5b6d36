"""Score the extraction stage on the batches of unseen papers against their written expectations.

Batch 1 is tests/data/unseen/ (expectations in tests/test_unseen_papers.py), batch 2 is
tests/data/unseen2/ (tests/test_unseen2_papers.py); both sets of expectations were written
by reading the texts before the stage was first run on them. Batches 3 to 7
(tests/data/unseen3/ … unseen7/, tests/test_unseen3_papers.py … test_unseen7_papers.py)
were written the same way. A batch's first run is the honest figure for papers the stage
has never seen; batches that have since been tuned on no longer are.

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
from tests import test_unseen5_papers as fifth  # noqa: E402
from tests import test_unseen6_papers as sixth  # noqa: E402
from tests import test_unseen7_papers as seventh  # noqa: E402
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


def score_tabled(module, papers: dict) -> _Totals:
    """Batches 2-5: the same tables (URLS, NOTE_NUMBERS, ..., LISTS, NOTE_TEXTS) in each test file.

    Batch 3 names citations by first author (its ``citation_keys``) and lets a finding name
    one of several lines (its ``expected_findings`` sees what was found); a paper with no
    reference list has no first and last entries to compare.
    """
    totals = _Totals()
    keys = getattr(module, "citation_keys", None)
    for name, ex in papers.items():
        urls = [(url, repaired) for url, repaired, _ in module.URLS[name]]
        if module is third:
            got = [(f.rule, f.location.line) for f in ex.findings if not f.rule.startswith("url.")]
            findings = module.expected_findings(ex, name, got)
        else:
            findings = module.expected_findings(ex, name)
        _common(totals, ex, module.NOTE_NUMBERS[name], module.MARKERS[name], urls, module.PAGES[name], findings)
        cited = keys(ex) if keys else [(c.author, c.year, c.pages) for c in ex.citations]
        totals.add("in-text citations", *_overlap(module.CITATIONS[name], cited))
        totals.add("numeric citations", *_overlap(module.NUMERIC[name], [c.numbers for c in ex.numeric_citations]))
        _lists(totals, ex, module.LISTS[name][1])
        if module.LISTS[name][1]:  # a paper without a list has no first and last entry to compare
            ends = (ex.bibliography[0].text, ex.bibliography[-1].text) if ex.bibliography else ()
            totals.add("list first+last entries", sum(a == b for a, b in zip(ends, module.LISTS[name][2:])), 2)
    found = 0
    for name, opening, text in (p.values for p in module.NOTE_TEXTS):
        line = module.line_of(papers[name], opening)
        found += [n.text for n in papers[name].notes if n.location.line == line] == [text]
    totals.add("note texts (exact)", found, len(module.NOTE_TEXTS))
    return totals


def main() -> None:
    batches = (
        ("batch 1: tests/data/unseen/ (tuned on)", first, score_first),
        ("batch 2: tests/data/unseen2/ (tuned on since its first run; see its README)", second, None),
        ("batch 3: tests/data/unseen3/ (tuned on since its first run; see its README)", third, None),
        ("batch 4: tests/data/unseen4/ (tuned on since its first run; see its README)", fourth, None),
        ("batch 5: tests/data/unseen5/ (tuned on since its first run; see its README)", fifth, None),
        ("batch 6: tests/data/unseen6/ (tuned on since its first run; see its README)", sixth, None),
        ("batch 7: tests/data/unseen7/ (tuned on since its first run; see its README)", seventh, None),
    )
    for title, module, score in batches:
        papers = {name: extract(load_file(module.DATA / f"{name}.txt")) for name in module.PAPERS}
        print(title)
        totals = score(papers) if score else score_tabled(module, papers)
        for key, (found, wanted, extra) in totals.items():
            print(f"  {key:26} {found:3}/{wanted:<3}  unexpected: {extra}")


if __name__ == "__main__":
    main()
