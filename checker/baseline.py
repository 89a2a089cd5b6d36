"""Findings ↔ baseline file: accept today's known findings so CI fails only on new ones.

A baseline lists findings by fingerprint, which leaves line numbers out, so a known
finding stays known when text above it is added or removed. Matching counts: if the
baseline holds a fingerprint twice and the check now finds it three times, one of the
three is new. The file is JSON (schema ``citecheck/baseline/1``), sorted, with the rule,
document and message beside each fingerprint so a reviewer can read what was accepted.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .errors import InputError
from .model import Finding

SCHEMA_ID = "citecheck/baseline/1"


def render_baseline(findings: tuple[Finding, ...] | list[Finding]) -> str:
    """Return the baseline file text accepting every finding in ``findings``."""
    entries = sorted(
        (
            {
                "fingerprint": f.fingerprint,
                "rule": f.rule,
                "document": f.location.document,
                "message": f.message,
            }
            for f in findings
        ),
        key=lambda e: (e["document"], e["rule"], e["fingerprint"], e["message"]),
    )
    return json.dumps({"schema": SCHEMA_ID, "findings": entries}, indent=2, ensure_ascii=False) + "\n"


def parse_baseline(text: str, source: str = "<baseline>") -> Counter[str]:
    """Return how many times each fingerprint is accepted by baseline ``text``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: not a citecheck baseline (invalid JSON: {exc.msg}, line {exc.lineno})") from None
    except RecursionError:
        raise InputError(f"{source}: not a citecheck baseline (JSON nested too deeply)") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA_ID:
        raise InputError(
            f"{source}: not a citecheck baseline (expected \"schema\": \"{SCHEMA_ID}\"); "
            "create one with 'citecheck baseline PATH... -o FILE'"
        )
    entries = data.get("findings")
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries
    ):
        raise InputError(f"{source}: baseline 'findings' must be a list of objects with a 'fingerprint'")
    return Counter(e["fingerprint"] for e in entries)


def read_baseline(path: str | Path) -> Counter[str]:
    """Read and parse the baseline file at ``path``.  [reads one file]"""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{file}: no such baseline file; create it with 'citecheck baseline PATH... -o {file}'") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{file}: cannot read baseline ({getattr(exc, 'strerror', None) or exc})") from None
    return parse_baseline(text, str(file))


def filter_known(
    findings: tuple[Finding, ...], baseline: Counter[str]
) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
    """Split ``findings`` into (new, known) against ``baseline``, keeping their order.

    >>> from checker.model import Location
    >>> moved = Finding("url.dead", "error", Location("d", 9), "gone", fingerprint="abc")
    >>> filter_known((moved,), Counter({"abc": 1}))[0]
    ()
    """
    left = Counter(baseline)
    new: list[Finding] = []
    known: list[Finding] = []
    for finding in findings:
        if left[finding.fingerprint] > 0:
            left[finding.fingerprint] -= 1
            known.append(finding)
        else:
            new.append(finding)
    return tuple(new), tuple(known)
