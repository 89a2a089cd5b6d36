"""``citecheck refs PATH...``: check each cited work against the public registries.

Prints, per full reference, the verdict (verified, mismatch, not-found, unverifiable,
retracted, corrected), the record it was compared with, the field-by-field comparison,
the additions a verified work would bring to the bibliography, and which registries were
asked. Exit codes: 0 when no finding is an error, 1 when one is (a retracted work), 2 for
unusable input or arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace

from ..bib import Work
from ..config import read_config
from ..errors import UsageError
from ..extract import extract
from ..load import load
from ..model import Reference, RefCheck
from ..parse import parse_references
from ..verify.enrich import enrich_fields
from ..verify.refmatch import TOLERATED
from ..verify.reffindings import cause_of
from ..verify.refs import OFFLINE, not_looked_up
from ..verify.registries import parse_registry_urls, registry_label
from ..verify.works import RegistryOptions, check_works, registry_settings

_MARK = {True: "ok", False: "DIFFERS", None: "-"}
_HINTS = {OFFLINE: " (run once online, or with --record, to record them in the cassette folder)"}
_SHOWN = 110  # characters of a cited string shown in the heading line


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "refs",
        help="check each cited work against Crossref, doi.org and Open Library; print the field comparison",
        description="Look each full reference of PATHs up in the public registries and print its verdict "
        "with a field-by-field comparison. Exit 1 when a cited work has been retracted.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of them")
    p.add_argument("--json", action="store_true", help="print JSON Lines, one object per reference")
    add_registry_options(p)
    p.set_defaults(run=run)


def add_registry_options(p: argparse.ArgumentParser) -> None:
    """The options of every command that asks the registries (``refs``, ``bib --enrich``)."""
    p.add_argument("--offline", action="store_true", help="no network: replay cassettes/ only")
    p.add_argument("--record", action="store_true", help="record missing registry answers into cassettes/")
    p.add_argument("--allow-private", action="store_true", help="allow private and loopback addresses (local tests)")
    p.add_argument("--cassette-dir", default="cassettes", metavar="DIR", help="cassette folder (default: cassettes/)")
    p.add_argument("--registry-url", action="append", metavar="NAME=URL",
                   help="base URL of a registry (crossref, doiorg, openlibrary), e.g. for a mirror; repeatable")
    p.add_argument("--mailto", metavar="ADDR", default=None,
                   help="contact address sent to the registries' polite pools (default: 'mailto' in the config)")
    p.add_argument("--config", metavar="FILE", default=None,
                   help="settings file (default: citecheck.toml, else [tool.citecheck] in pyproject.toml)")


def registry_options(args: argparse.Namespace) -> RegistryOptions:
    """Registry options from the config's ``[tool.citecheck.registries]``, then the command line."""
    if args.offline and args.record:
        raise UsageError("--offline and --record exclude each other: replay or record, not both")
    config = read_config(args.config)
    settings = registry_settings(config.section("registries"), f"{config.source or 'config'}: registries")
    urls = dict(settings.get("urls", ())) | parse_registry_urls(args.registry_url)
    return RegistryOptions(
        offline=args.offline, record=args.record, allow_private=args.allow_private,
        cassette_dir=args.cassette_dir, urls=tuple(sorted(urls.items())),
        mailto=args.mailto if args.mailto is not None else settings.get("mailto", ""),
        enabled=settings.get("enabled"),
    )


def references_of(paths: list[str]) -> tuple[Reference, ...]:
    """Every parsed reference of the documents at ``paths``, in document order."""
    return tuple(ref for doc in load(paths) for ref in parse_references(extract(doc))[0])


def run(args: argparse.Namespace) -> int:
    options = registry_options(args)
    checks, findings = check_works(references_of(args.paths), options)
    out = sys.stdout
    for check in checks:
        out.write(json.dumps(as_json(check), ensure_ascii=False) + "\n" if args.json else as_text(check))
    if not args.json:
        out.write(summary(checks) + "\n")
    return int(any(f.severity == "error" for f in findings))


def as_json(check: RefCheck) -> dict:
    """The JSON Lines object of one reference's verdict."""
    ref = check.reference
    return {
        "document": ref.location.document,
        "line": ref.location.line,
        "id": ref.id,
        "raw": ref.raw,
        "verdict": check.verdict,
        "registry": check.registry,
        "record": check.record,
        "score": check.score,
        "comparison": [{"field": r.field, "cited": r.cited, "registry": r.registry, "agrees": r.agrees}
                       for r in check.comparison],
        "added": [{"field": a.name, "value": a.value, "registry": a.registry, "record": a.record}
                  for a in check.added],
        "suggestion": check.suggestion,
        "reason": check.reason,
        "asked": list(check.asked),
    }


def as_text(check: RefCheck) -> str:
    """A heading ``document:line: verdict  cited text`` and indented detail lines."""
    ref = check.reference
    cited = ref.raw if len(ref.raw) <= _SHOWN else ref.raw[: _SHOWN - 1] + "…"
    lines = [f"{ref.location.document}:{ref.location.line}: {check.verdict:<12} {cited}"]
    if check.record:
        score = f" (match score {check.score:.0f}/100)" if check.score is not None else ""
        lines.append(f"    record: {registry_label(check.registry)} {check.record}{score}")
    if check.reason:
        # An outage's details are the same for every work: the summary gives them once.
        reason = cause_of(check.reason) if check.verdict == "unverifiable" else check.reason
        lines.append(f"    why: {reason}")
    for row in check.comparison:
        # A tolerated difference (another publisher) is shown, marked as not counting.
        mark = "note" if row.agrees is False and row.field in TOLERATED and check.verdict == "verified" else _MARK[row.agrees]
        lines.append(f"    {mark:<7} {row.field:<10} cited: {row.cited or '(none)'}  |  "
                     f"record: {row.registry or '(none)'}")
    for added in check.added:
        lines.append(f"    + {added.name} = {added.value}  (from {registry_label(added.registry)})")
    if check.suggestion:
        lines.append(f"    suggestion: {check.suggestion}")
    if check.asked and check.verdict != "unverifiable":  # there "why" names every registry that failed
        lines.append("    asked: " + "; ".join(check.asked))
    return "\n".join(lines) + "\n"


def summary(checks: tuple[RefCheck, ...]) -> str:
    """How many works got each verdict, then each cause of ``unverifiable`` once, in full."""
    counts = Counter(check.verdict for check in checks)
    parts = ", ".join(f"{n} {verdict}" for verdict, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    lines = [f"citecheck refs: {len(checks)} cited work(s){': ' + parts if parts else ''}"]
    causes: dict[str, list[RefCheck]] = {}
    for check in checks:
        if check.verdict == "unverifiable":
            causes.setdefault(cause_of(check.reason), []).append(check)
    for cause, group in sorted(causes.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        detail = group[0].reason if group[0].reason != cause else ""
        hint = _HINTS.get(cause, "")
        lines.append(f"  {len(group)} unverifiable: {detail or cause}{hint}")
    return "\n".join(lines)



def enrich_works(
    works: tuple[Work, ...], references: tuple[Reference, ...], options: RegistryOptions
) -> tuple[Work, ...]:
    """``bib --enrich``: check the references, then add each verified work's certain fields.

    Says on standard error what was added and why the rest was not, so an offline run
    that adds nothing is not mistaken for a bibliography with nothing to add.
    """
    checks, _ = check_works(references, options)
    enriched = tuple(replace(work, fields=enrich_fields(work.fields, work.citations, checks)) for work in works)
    sys.stderr.write(enrich_summary(works, enriched, checks) + "\n")
    return enriched


def enrich_summary(before: tuple[Work, ...], after: tuple[Work, ...], checks: tuple[RefCheck, ...]) -> str:
    """One line: fields added to how many entries, and the verdicts that added nothing."""
    grown = [(b, a) for b, a in zip(before, after) if len(a.fields) != len(b.fields)]
    fields = sum(len(a.fields) - len(b.fields) - 1 for b, a in grown)  # less the provenance field
    looked_up = [c for c in checks if not_looked_up(c.reference) is None]
    counts = Counter(c.verdict for c in looked_up if c.verdict != "verified")
    line = f"citecheck: --enrich: added {fields} field(s) to {len(grown)} of {len(after)} entries (verified works only)"
    if counts:
        others = ", ".join(f"{n} {v}" for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        line += f"; nothing added for references found {others}"
    offline = sum(c.reason == OFFLINE for c in looked_up)
    if offline:
        line += f"; {offline} of them not checked: offline with no recording (run once online or with --record)"
    return line
