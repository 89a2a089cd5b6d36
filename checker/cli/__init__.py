"""Command line: arguments → stage calls → output, exit codes 0/1/2.  [prints, writes files]

The only package that prints or writes reports. Each sub-command is one module here
with ``register(subparsers)`` and ``run(args) -> int``; add a command by adding its
module to ``_COMMANDS``. A :class:`~checker.errors.CheckerError` becomes one stderr
line and exit code 2; any other exception is a bug and says so.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from .. import __version__
from ..errors import CheckerError

_COMMANDS = ("extract", "check", "baseline", "rules", "urls", "refs", "bib", "parse", "facts")

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting with its own message."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _ArgumentError(f"{self.prog}: {message} (see '{self.prog} --help')")


class _ArgumentError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    """Return the full ``citecheck`` parser with every sub-command registered."""
    parser = _Parser(
        prog="citecheck",
        description="Check the citations, notes, URLs and dates of papers before publication.",
    )
    parser.add_argument("--version", action="version", version=f"citecheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in _COMMANDS:
        import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run citecheck with ``argv``; return the exit code."""
    try:
        args = build_parser().parse_args(argv)
        return int(args.run(args))
    except _ArgumentError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except CheckerError as exc:
        print(f"citecheck: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("citecheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        # The machine, not citecheck: a full disk or a failing terminal while writing output.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"citecheck: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - the boundary where bugs are reported, not hidden
        print(
            f"citecheck: internal error: {type(exc).__name__}: {exc}. This is a bug in citecheck; "
            "please report it with the command and input that caused it.",
            file=sys.stderr,
        )
        return 3
