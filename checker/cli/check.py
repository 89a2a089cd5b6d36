"""``citecheck check PATH...``: run every stage, write the reports, exit by the findings.

Exit codes: 0 when no finding reaches ``--fail-on`` (after the baseline), 1 when one
does, 2 for unusable input or arguments. Reports go to ``<out>/report.<ext>`` (see
:data:`checker.report.FORMATS`); with ``GITHUB_ACTIONS=true`` every finding is also
printed as a workflow-command annotation.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

from ..baseline import filter_known, read_baseline
from ..cache import Cache
from ..errors import UsageError
from ..config import FAIL_ON, Config, parse_formats, read_config
from ..model import SEVERITY_ORDER, Finding, Report
from ..pipeline import CheckOptions, run_check
from ..report import FORMATS, render
from ..report.annotations import render as render_annotations
from ..report.summary import severity_counts
from ..verify.registries import parse_registry_urls
from .files import write_atomic
from .progress import ProgressBar

_THRESHOLD = {"error": SEVERITY_ORDER["error"], "warning": SEVERITY_ORDER["warning"]}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``check`` sub-command to ``sub``."""
    p = sub.add_parser(
        "check",
        help="run every check and write reports (exit 1 on findings at --fail-on)",
        description="Check the notes, citations, URLs and dates of PATHs and write reports. "
        "Exit 0 when clean, 1 when findings reach --fail-on, 2 on unusable input.",
    )
    add_analysis_options(p)
    p.add_argument("--out", default="reports", help="folder for the reports (default: reports/)")
    p.add_argument(
        "--format",
        default=None,
        help="comma-separated formats among md,html,json,sarif (default: md,html,json, or "
        "'formats' in the config); written as report.md, report.html, report.json, report.sarif",
    )
    p.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default=None,
        help="lowest severity that makes the exit code 1 (default: error, or 'fail-on' in the config)",
    )
    p.add_argument(
        "--baseline",
        metavar="FILE",
        default=None,
        help="accept the findings listed in FILE (made by 'citecheck baseline'); only new ones count",
    )
    p.set_defaults(run=run)


def add_analysis_options(p: argparse.ArgumentParser) -> None:
    """Add the options shared by every command that runs the analysis."""
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of them")
    p.add_argument("--offline", action="store_true", help="no network: replay cassettes only")
    p.add_argument("--record", action="store_true", help="record missing HTTP answers into cassettes/")
    p.add_argument("--allow-private", action="store_true", help="allow private/loopback addresses (tests)")
    p.add_argument("--cassette-dir", default="cassettes", metavar="DIR", help="cassette folder (default: cassettes/)")
    p.add_argument("--registry-url", action="append", default=[], metavar="NAME=URL",
                   help="base URL of a registry (crossref, doiorg, openlibrary, wayback), e.g. a mirror; repeatable")
    p.add_argument(
        "--config", metavar="FILE", default=None,
        help="settings file (default: citecheck.toml, else [tool.citecheck] in pyproject.toml)",
    )
    p.add_argument("--no-cache", action="store_true",
                   help="analyse every document again; do not use the cache (only --offline runs use it)")
    p.add_argument(
        "--cache-dir", metavar="DIR", default=None,
        help="cache folder (default: .citecheck-cache, or 'cache-dir' in the config)",
    )


def analyse_from_args(args: argparse.Namespace) -> tuple[Config, Report]:
    """Read the config, run the analysis (through the cache unless ``--no-cache``)."""
    config = read_config(args.config)
    if args.offline and args.record:
        raise UsageError("--offline and --record exclude each other: replay or record, not both")
    parse_registry_urls(args.registry_url)  # a malformed NAME=URL is a usage error before any work
    options = CheckOptions(
        offline=args.offline, record=args.record, allow_private=args.allow_private,
        cassette_dir=args.cassette_dir, registry_urls=tuple(args.registry_url), config=config,
    )
    cache = None if args.no_cache else Cache(args.cache_dir or config.cache_dir)
    with ProgressBar("checking documents") as progress:
        return config, run_check(args.paths, options, cache, progress)


def run(args: argparse.Namespace) -> int:
    """Check ``args.paths``, write the reports, return the exit code."""
    formats = parse_formats(args.format) if args.format is not None else None
    config, report = analyse_from_args(args)
    formats = formats or config.formats
    fail_on = args.fail_on or config.fail_on
    baseline_path = args.baseline or config.baseline
    known: tuple[Finding, ...] = ()
    if baseline_path:
        new, known = filter_known(report.findings, read_baseline(baseline_path))
        report = replace(report, findings=new)
    written = [write_atomic(Path(args.out) / FORMATS[fmt].filename, render(report, fmt)) for fmt in formats]
    if os.environ.get("GITHUB_ACTIONS") == "true":
        sys.stdout.write(render_annotations(report))
    code = exit_code(report.findings, fail_on)
    print(_summary(report, known, fail_on, code))
    print("wrote " + ", ".join(str(p) for p in written))
    return code


def exit_code(findings: tuple[Finding, ...], fail_on: str) -> int:
    """Return 1 when any finding is at or above ``fail_on`` (``never`` → always 0), else 0."""
    if fail_on == "never":
        return 0
    threshold = _THRESHOLD[fail_on]
    return int(any(SEVERITY_ORDER.get(f.severity, 0) >= threshold for f in findings))


def _summary(report: Report, known: tuple[Finding, ...], fail_on: str, code: int) -> str:
    """One line: what was checked, what was found, and why the exit code is what it is.

    >>> from checker.model import Location
    >>> found = (Finding("url.dead", "error", Location("d", 1), "gone"),)
    >>> _summary(Report(documents=(), findings=found), (), "error", 1)
    'citecheck: 0 documents, 1 finding (1 error, 0 warning, 0 info); exit 1: 1 at or above --fail-on error'
    """
    counts = severity_counts(report.findings)
    docs, total = len(report.documents), len(report.findings)
    line = (f"citecheck: {docs} document{'s' * (docs != 1)}, {total} finding{'s' * (total != 1)} ("
            + ", ".join(f"{n} {sev}" for sev, n in counts.items()) + ")")
    if known:
        line += f" new, {len(known)} known in the baseline"
    if fail_on == "never":
        return line + "; exit 0: --fail-on never"
    failing = sum(SEVERITY_ORDER.get(f.severity, 0) >= _THRESHOLD[fail_on] for f in report.findings)
    return line + f"; exit {code}: {failing or 'none'} at or above --fail-on {fail_on}"
