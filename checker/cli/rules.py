"""``citecheck rules``: print the rule catalogue (the README's rules table comes from it)."""

from __future__ import annotations

import argparse

from ..report.markdown import render_rules


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``rules`` sub-command to ``sub``."""
    p = sub.add_parser(
        "rules",
        help="list every rule id with its default severity and meaning",
        description="Print every rule id, its default severity and meaning as a Markdown table.",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the rule table."""
    print(render_rules(), end="")
    return 0
