"""``citecheck parse [--json]``: reference strings on standard input → their fields, one per line.

With ``--json`` each line of output is ``{"raw": …, "kind": …, "fields": {…}}`` (the
``fields`` of the ``citecheck extract --json`` contract), so the parser can be scored on
any annotated set; without it, a readable ``name: value`` listing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from ..errors import InputError
from ..parse import fields_json, parse_reference


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "parse",
        help="parse reference strings read from standard input, one per line",
        description="Read one reference string per line from standard input and print its fields.",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object per line")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    for raw in _lines(sys.stdin):
        ref = parse_reference(raw)
        fields = fields_json(ref)
        if args.json:
            print(json.dumps({"raw": ref.raw, "kind": ref.kind, "fields": fields}, ensure_ascii=False))
            continue
        print(ref.raw)
        for name, value in fields.items():
            print(f"  {name}: {_show(value)}")
    return 0


def _lines(stream) -> Iterator[str]:
    """The non-blank lines of ``stream``, stripped; bytes must be UTF-8 (a BOM is allowed)."""
    if stream is None or getattr(stream, "closed", False):
        raise InputError("standard input is closed; pipe reference strings in, e.g. citecheck parse < refs.txt")
    binary = getattr(stream, "buffer", None)
    for number, line in enumerate(binary if binary is not None else stream, start=1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"standard input, line {number}: not UTF-8 (byte 0x{line[exc.start]:02x} at column "
                    f"{exc.start + 1}); convert it first, e.g. iconv -f latin1 -t utf-8"
                ) from None
        if line.strip():
            yield line.strip()


def _show(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(n.get("literal") or ", ".join(p for p in (n.get("family"), n.get("given")) if p) for n in value)
    return str(value)
