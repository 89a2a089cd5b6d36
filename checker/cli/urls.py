"""``citecheck urls PATH...``: check every cited URL and print one line (or JSON object) per occurrence.

Exit codes: 0 when no URL has an error-severity verdict (dead, soft-404, invalid),
1 when one does, 2 for unusable input or arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter

from ..config import read_config
from ..errors import UsageError
from ..extract import extract
from ..load import load
from ..model import UrlCheck
from ..verify import UrlOptions, url_settings, verify_urls
from ..verify.works import wayback_base


def register(sub: argparse._SubParsersAction) -> None:
    default = UrlOptions()  # one source of the defaults, shared with `citecheck check`
    p = sub.add_parser(
        "urls",
        help="check every cited URL (dead, moved, soft-404, wrong page…) and print one line per URL",
        description="Check the URLs PATHs cite: one GET per web page (HEAD first for files such as PDFs), "
        "redirects hop by hop, soft-404 and title checks, archived copies for broken links. "
        "Exit 1 when a URL is dead, a soft-404 or invalid. Defaults come from [tool.citecheck.fetch] "
        "in the config; the options below win over it.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of them")
    p.add_argument("--json", action="store_true", help="print JSON Lines, one object per URL occurrence")
    p.add_argument("--offline", action="store_true", help="no network: replay cassettes/ only (unrecorded → unverified)")
    p.add_argument("--record", action="store_true", help="record missing HTTP answers into cassettes/")
    p.add_argument("--allow-private", action="store_true", help="allow private and loopback addresses (local tests)")
    p.add_argument("--cassette-dir", default="cassettes", metavar="DIR", help="cassette folder (default: cassettes/)")
    p.add_argument("--concurrency", type=int, default=None, metavar="N",
                   help=f"requests in flight overall (default {default.concurrency})")
    p.add_argument("--per-host", type=int, default=None, metavar="N",
                   help=f"requests in flight per host (default {default.per_host})")
    p.add_argument("--timeout", type=float, default=None, metavar="S",
                   help=f"read timeout in seconds; a request's whole answer gets 1.5×S (default {default.timeout:g})")
    p.add_argument("--no-archive", action="store_true", help="do not ask the Wayback Machine for archived copies")
    p.add_argument("--registry-url", action="append", metavar="NAME=URL",
                   help="base URL of a source, here wayback=URL (the Wayback Machine, for a mirror or a test)")
    p.add_argument("--config", metavar="FILE", default=None,
                   help="settings file (default: citecheck.toml, else [tool.citecheck] in pyproject.toml)")
    p.set_defaults(run=run)


def _options(args: argparse.Namespace) -> UrlOptions:
    if args.offline and args.record:
        raise UsageError("--offline and --record exclude each other: replay or record, not both")
    if (args.concurrency is not None and args.concurrency < 1) or (args.per_host is not None and args.per_host < 1):
        raise UsageError("--concurrency and --per-host must be at least 1")
    if args.timeout is not None and not 0 < args.timeout <= 600:
        raise UsageError("--timeout must be more than 0 and at most 600 seconds")
    config = read_config(args.config)
    source = config.source or "config"
    settings = url_settings(config.section("fetch"), f"{source}: fetch")
    given = {"concurrency": args.concurrency, "per_host": args.per_host, "timeout": args.timeout}
    settings |= {name: value for name, value in given.items() if value is not None}
    if args.no_archive:
        settings["archive"] = False
    base = wayback_base(config.section("registries"), args.registry_url, f"{source}: registries")
    return UrlOptions(offline=args.offline, record=args.record, allow_private=args.allow_private,
                      cassette_dir=args.cassette_dir, archive_base=base, **settings)


def run(args: argparse.Namespace) -> int:
    options = _options(args)
    extractions = [extract(doc) for doc in load(args.paths)]
    with _progress_bar() as progress:
        checks, findings = verify_urls(extractions, options, progress)
    ordered = sorted(checks, key=lambda c: (c.ref.location.document, c.ref.location.line,
                                            c.ref.location.column or 0, c.ref.url))
    out = sys.stdout
    for check in ordered:
        out.write((json.dumps(as_json(check), ensure_ascii=False) if args.json else as_line(check)) + "\n")
    if not args.json:
        out.write(summary(ordered, len(extractions)) + "\n")
    return int(any(f.severity == "error" for f in findings))


def as_json(check: UrlCheck) -> dict:
    """The JSON Lines object of one URL occurrence."""
    return {
        "url": check.ref.url,
        "verdict": check.verdict,
        "http_status": check.http_status,
        "final_url": check.final_url,
        "redirects": [{"status": hop.status, "url": hop.url} for hop in check.redirects],
        "document": check.ref.location.document,
        "line": check.ref.location.line,
        "evidence": check.evidence,
        "archive_url": check.archive_url,
    }


def as_line(check: UrlCheck) -> str:
    """``document:line: verdict  url — evidence [→ suggestion]``."""
    where = f"{check.ref.location.document}:{check.ref.location.line}"
    line = f"{where}: {check.verdict:<14} {check.ref.url}"
    if check.evidence:
        line += f" — {check.evidence}"
    if check.verdict == "moved" and check.final_url:
        line += f" → cite {check.final_url}"
    if check.archive_url:
        line += f" → archived: {check.archive_url}"
    return line


def summary(checks: list[UrlCheck], documents: int) -> str:
    """One line: how many URLs, and how many got each verdict."""
    counts = Counter(check.verdict for check in checks)
    parts = ", ".join(f"{n} {verdict}" for verdict, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return (f"citecheck urls: {len(checks)} URL occurrence(s) in {documents} document(s)"
            f"{': ' + parts if parts else ''}")


class _progress_bar:
    """A rich progress bar on stderr, only on a terminal and not in CI."""

    def __enter__(self):
        if not sys.stderr.isatty() or os.environ.get("CI", "").lower() == "true":
            self._bar = None
            return None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(TextColumn("checking URLs"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                             transient=True, console=Console(stderr=True))
        self._bar.start()
        self._task = self._bar.add_task("urls", total=None)
        return self._update

    def _update(self, done: int, total: int) -> None:
        self._bar.update(self._task, completed=done, total=total)

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()
