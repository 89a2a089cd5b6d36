"""Print what the cache saves on ``citecheck check seeds/ --offline`` and what each report format costs.

Run from the repository root: ``python benchmarks/cache_and_reports.py [--repeat N]``.

Times are CPU seconds of this process (``time.process_time``), the median of N runs, so
other work on the machine disturbs them less than wall-clock time; the cold/cached ratio
comes from the same runs. A cold run analyses every seed into an empty cache folder; a
cached run analyses the same documents again through the filled cache (the second and
later ``citecheck check`` of unchanged texts).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time

from checker.cache import Cache
from checker.load import load
from checker.pipeline import CheckOptions, analyse
from checker.report import FORMATS, render


def _cpu(action) -> tuple[float, object]:
    start = time.process_time()
    result = action()
    return time.process_time() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median is printed)")
    repeat = parser.parse_args().repeat
    documents = load(["seeds/"])
    options = CheckOptions(offline=True)
    cold, cached, report = [], [], None
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as folder:
            seconds, report = _cpu(lambda: analyse(documents, options, Cache(folder)))
            cold.append(seconds)
            warm = Cache(folder)
            seconds, again = _cpu(lambda: analyse(documents, options, warm))
            cached.append(seconds)
            assert again == report and (warm.hits, warm.misses) == (len(documents), 0)
    cold_s, cached_s = statistics.median(cold), statistics.median(cached)
    size = sum(len(d.lines) for d in documents)
    print(f"analyse {len(documents)} seeds ({size:,} lines), median of {repeat}, CPU time:")
    print(f"  cold   {cold_s * 1000:8.1f} ms  (every document analysed)")
    print(f"  cached {cached_s * 1000:8.1f} ms  (cache hits {len(documents)}, misses 0)")
    print(f"  cached run takes {cached_s / cold_s:.1%} of the cold run ({cold_s / cached_s:.0f}x faster)")
    print(f"render the report ({len(report.findings)} findings), median of {repeat}, CPU time:")
    for fmt in FORMATS:
        runs = [_cpu(lambda: render(report, fmt)) for _ in range(repeat)]
        text = runs[0][1]
        assert all(r[1] == text for r in runs), f"{fmt} is not deterministic"
        print(f"  {fmt:5} {statistics.median(r[0] for r in runs) * 1000:8.1f} ms  {len(text.encode()):>9,} bytes")


if __name__ == "__main__":
    main()
