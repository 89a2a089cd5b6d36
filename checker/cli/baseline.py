"""``citecheck baseline PATH... -o FILE``: accept today's findings so CI fails only on new ones."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..baseline import render_baseline
from ..errors import OutputError
from .check import add_analysis_options, analyse_from_args
from .files import write_atomic


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``baseline`` sub-command to ``sub``."""
    p = sub.add_parser(
        "baseline",
        help="write a baseline of today's findings for 'check --baseline'",
        description="Run the check on PATHs and record every finding's fingerprint in FILE; "
        "'citecheck check --baseline FILE' then reports only findings not in it.",
    )
    add_analysis_options(p)
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="baseline file to write (JSON)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check ``args.paths`` and write every finding to the baseline file."""
    if Path(args.output).exists() and not args.force:
        raise OutputError(f"{args.output}: already exists; pass --force to replace the baseline")
    _config, report = analyse_from_args(args)
    write_atomic(args.output, render_baseline(report.findings), force=args.force)
    print(f"citecheck: {len(report.findings)} finding(s) accepted in {args.output}")
    return 0
