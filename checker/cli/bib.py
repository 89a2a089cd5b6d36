"""``citecheck bib PATH... [-o FILE] [--format bibtex|csljson] [--force]``: write the bibliography.

Every citation of PATHs is parsed, short forms and repeats are merged with the full
citation, the same work in several documents becomes one entry, and the works are
written as BibTeX (through bibtexparser) or CSL-JSON, to FILE or standard output. An
existing FILE is only replaced with ``--force``.
"""

from __future__ import annotations

import argparse
import sys

from ..bib import FORMATS, collect_works, render
from ..extract import extract
from ..load import load
from ..parse import parse_references
from .files import write_atomic
from .refs import add_registry_options, enrich_works, registry_options


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bib",
        help="export the cited works as BibTeX or CSL-JSON (one entry per work)",
        description="Parse every citation of PATHs, merge the citations of each work and write "
        "a bibliography. Refuses to replace an existing output file without --force.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders of them")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--format", choices=FORMATS, default="bibtex", help="output format (default: bibtex)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--enrich", action="store_true",
                   help="look the works up in the registries (as 'citecheck refs') and add the DOI, ISBN and "
                   "page range of verified works, recording the source in a citecheck-source field")
    add_registry_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    refs = []
    for document in load(args.paths):
        parsed = parse_references(extract(document))
        refs.extend(parsed[0])
    works, _ = collect_works(tuple(refs))
    if args.enrich:
        works = enrich_works(works, tuple(refs), registry_options(args))
    text = render(works, args.format)
    if args.output:
        path = write_atomic(args.output, text, force=args.force)
        print(f"citecheck: wrote {len(works)} entries to {path}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
