"""``citecheck check PATH...``: run every stage and write the reports."""

from __future__ import annotations

import argparse

from ..pipeline import CheckOptions, run_check
from ..report import render
from .files import write_atomic


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="run every check and write reports (exit 1 on errors)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of them")
    p.add_argument("--out", default="reports", help="folder for the reports (default: reports/)")
    p.add_argument("--format", default="md,json", help="comma-separated report formats (default: md,json)")
    p.add_argument("--offline", action="store_true", help="no network: replay cassettes only")
    p.add_argument("--record", action="store_true", help="record missing HTTP answers into cassettes/")
    p.add_argument("--allow-private", action="store_true", help="allow private/loopback addresses (tests)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    options = CheckOptions(offline=args.offline, record=args.record, allow_private=args.allow_private)
    report = run_check(args.paths, options)
    for fmt in [f.strip() for f in args.format.split(",") if f.strip()]:
        text = render(report, fmt)
        write_atomic(f"{args.out}/report.{fmt}", text)
    return 1 if any(f.severity == "error" for f in report.findings) else 0
