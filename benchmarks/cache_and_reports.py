"""Print how long ``citecheck check seeds/ --offline`` analysis and rendering take, cold and cached.

Run from the repository root: ``python benchmarks/cache_and_reports.py``.
"""

from __future__ import annotations

import tempfile
import time

from checker.cache import Cache
from checker.load import load
from checker.pipeline import CheckOptions, analyse
from checker.report import FORMATS, render


def main() -> None:
    documents = load(["seeds/"])
    options = CheckOptions(offline=True)
    with tempfile.TemporaryDirectory() as folder:
        timings = []
        for _ in range(2):
            cache = Cache(folder)
            start = time.perf_counter()
            report = analyse(documents, options, cache)
            timings.append((time.perf_counter() - start, cache.hits, cache.misses))
    for label, (seconds, hits, misses) in zip(("cold", "cached"), timings):
        print(f"analyse {len(documents)} seeds, {label:6}: {seconds * 1000:8.1f} ms  (cache hits {hits}, misses {misses})")
    for fmt in FORMATS:
        start = time.perf_counter()
        text = render(report, fmt)
        print(f"render {fmt:5}: {(time.perf_counter() - start) * 1000:8.1f} ms  {len(text.encode()):>9,} bytes")


if __name__ == "__main__":
    main()
