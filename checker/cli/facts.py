"""``citecheck facts PATH... [--json | --csv] [--plot FILE]``: dated claims and their conflicts."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

from ..errors import OutputError, UsageError
from .files import write_atomic
from ..extract import extract
from ..load import load
from ..model import Claim, Conflict
from ..rules import severity_of
from ..verify.facts import extract_claims, find_conflicts
from ..verify.facts.wording import place, readable_date

SCHEMA = "citecheck/facts/1"
_CSV_FIELDS = ("kind", "document", "line", "event", "date", "precision", "rule", "severity", "confidence", "reason", "quote")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("facts", help="list dated claims and events given conflicting dates")
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of them")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=f"print JSON ({SCHEMA})")
    out.add_argument("--csv", action="store_true", help="print CSV: one row per claim, then one per conflict")
    p.add_argument("--plot", metavar="FILE", help="also draw the timeline to FILE (.svg or .png)")
    p.add_argument("--force", action="store_true", help="overwrite an existing --plot file")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.plot and Path(args.plot).suffix.lower() not in (".svg", ".png"):
        raise UsageError(f"{args.plot}: --plot needs a file ending in .svg or .png")
    if args.plot and Path(args.plot).exists() and not args.force:
        # Refuse before the listing is printed, not after: a failed run prints nothing.
        raise OutputError(f"{args.plot}: already exists; pass --force to overwrite it")
    documents = load(args.paths)
    claims = tuple(c for doc in documents for c in extract_claims(extract(doc)))
    conflicts = find_conflicts(claims)
    if args.json:
        print(render_json(claims, conflicts), end="")
    elif args.csv:
        print(render_csv(claims, conflicts), end="")
    else:
        print(render_text(claims, conflicts, {doc.id: doc.path for doc in documents}), end="")
    if args.plot:
        from ..verify.facts.plot import render_timeline  # matplotlib loads only when asked for

        fmt = Path(args.plot).suffix.lower().lstrip(".")
        write_atomic(args.plot, render_timeline(claims, conflicts, fmt), force=args.force)
    return 1 if any(c.rule == "fact.date-conflict" for c in conflicts) else 0


def render_json(claims: tuple[Claim, ...], conflicts: tuple[Conflict, ...]) -> str:
    """The ``citecheck/facts/1`` document: every claim, then every conflict with its evidence."""
    data = {
        "schema": SCHEMA,
        "claims": [_claim_json(c) for c in claims],
        "conflicts": [_conflict_json(c) for c in conflicts],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _claim_json(c: Claim) -> dict:
    return {
        "document": c.location.document, "line": c.location.line, "event": c.event, "date": c.date,
        "precision": c.precision, "quote": c.quote, "start": c.start, "end": c.end,
        "qualifier": c.qualifier, "entities": list(c.entities), "source": c.kind,
    }


def _conflict_json(c: Conflict) -> dict:
    outliers = {(o.location.document, o.location.line, o.date) for o in c.outliers}
    return {
        "rule": c.rule, "severity": severity_of(c.rule), "event": c.event, "reason": c.reason,
        "confidence": c.confidence,
        "evidence": [
            {"document": e.location.document, "line": e.location.line, "date": e.date, "quote": e.quote,
             "event": e.event, "disagrees": (e.location.document, e.location.line, e.date) in outliers}
            for e in c.claims
        ],
    }


def render_csv(claims: tuple[Claim, ...], conflicts: tuple[Conflict, ...]) -> str:
    """One row per claim (kind ``claim``), then one per piece of conflict evidence."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=_CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for c in claims:
        writer.writerow({"kind": "claim", "document": c.location.document, "line": c.location.line,
                         "event": c.event, "date": c.date, "precision": c.precision, "quote": c.quote})
    for conflict in conflicts:
        for c in conflict.claims:
            writer.writerow({"kind": "conflict", "document": c.location.document, "line": c.location.line,
                             "event": conflict.event, "date": c.date, "precision": c.precision,
                             "rule": conflict.rule, "severity": severity_of(conflict.rule),
                             "confidence": f"{conflict.confidence:.2f}", "reason": conflict.reason, "quote": c.quote})
    return buffer.getvalue()


def render_text(claims: tuple[Claim, ...], conflicts: tuple[Conflict, ...], paths: dict[str, str] | None = None) -> str:
    """A plain listing for the terminal: conflicts first (ranked), then the claims per document.

    Each conflict says in words what disagrees and why; its claims follow, path and line,
    those that disagree with the most-stated date marked ``≠``. ``paths`` maps document ids
    to paths.
    """
    lines = [f"{len(claims)} dated claims, {len(conflicts)} conflicts/ambiguities", ""]
    for number, conflict in enumerate(conflicts, start=1):
        odd = set(conflict.outliers)
        lines.append(f"{number}. [{severity_of(conflict.rule)}] {conflict.event} ({conflict.rule}, "
                     f"confidence {conflict.confidence:.2f})")
        lines.append(f"   why: {conflict.reason}")
        for c in conflict.claims:
            mark = "≠" if c in odd else " "
            lines.append(f"   {mark} {place(c, paths)}  {readable_date(c.date)}: {c.quote[:110]}")
        lines.append("")
    for c in claims:
        lines.append(f"{place(c, paths)}\t{c.date}\t{c.precision}\t{c.event[:100]}")
    return "\n".join(lines) + "\n"
