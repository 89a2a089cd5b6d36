"""``citecheck extract PATH... [--json]``: print the notes, markers, citations, lists and URLs found.

Exit codes: 0 always for readable input (extraction findings are reported by
``citecheck check``), 2 for unusable input or arguments.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from ..extract import extract
from ..extract.serialize import extractions_to_dict
from ..load import load
from ..model import Extraction
from ..parse import references_section


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="show the notes, markers, citations, reference lists and URLs found in PATHs",
        description="Extract footnotes/endnotes, note markers, author-year citations, reference and "
        "reading lists and URLs from PDF-extracted text, with page and line numbers.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of them")
    p.add_argument("--json", action="store_true", help="print one JSON object (schema citecheck/extract/1)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    extractions = [extract(doc) for doc in load(args.paths)]
    if args.json:
        print(json.dumps(extractions_to_dict(extractions, {"references": references_section}), ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(render_summary(e) for e in sorted(extractions, key=lambda e: e.document.path)))
    return 0


def render_summary(extraction: Extraction) -> str:
    """A short readable account of one document's extraction."""
    doc = extraction.document
    numbered = [n for n in extraction.notes if n.number is not None]
    marker_numbers = sorted({m.number for m in extraction.markers})
    roles = Counter(extraction.line_roles)
    lines = [
        f"{doc.path} ({doc.encoding}, {len(doc.lines)} lines, {len(extraction.pages)} pages)",
        f"  notes: {len(numbered)} numbered{_range([n.number for n in numbered])}"
        f", {len(extraction.notes) - len(numbered)} unnumbered fragments",
        f"  markers: {len(extraction.markers)}{_range(marker_numbers)}",
        f"  author-year citations: {len(extraction.citations)}",
        f"  numeric citations: {len(extraction.numeric_citations)}"
        + _counts(Counter(c.form for c in extraction.numeric_citations)),
        f"  bibliography entries: {len(extraction.bibliography)}"
        + "".join(f"\n    {name}: {count}" for name, count in
                  sorted(Counter(e.section for e in extraction.bibliography).items())),
        f"  URLs: {len(extraction.urls)} ({sum(u.repaired for u in extraction.urls)} repaired)",
        "  line roles: " + ", ".join(f"{role} {count}" for role, count in sorted(roles.items())),
        f"  findings: {len(extraction.findings)}",
    ]
    for rule, count in sorted(Counter(f.rule for f in extraction.findings).items()):
        lines.append(f"    {rule}: {count}")
    return "\n".join(lines)


def _range(numbers: list[int]) -> str:
    return f" ({min(numbers)}–{max(numbers)})" if numbers else ""


def _counts(counter: Counter) -> str:
    """`` (brackets 12, superscript 3)`` for a non-empty ``Counter``, else ``''``."""
    return f" ({', '.join(f'{key} {n}' for key, n in sorted(counter.items()))})" if counter else ""
