"""The committed sample ``reports/`` is what ``citecheck check seeds/ --offline`` writes today.

Regenerate it (from the repository root) with::

    python -m checker check seeds/ --offline --no-cache --out reports/
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ("report.md", "report.html", "report.json")
REGENERATE = "python -m checker check seeds/ --offline --no-cache --out reports/"


@pytest.mark.slow
def test_committed_reports_are_up_to_date(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    code = main(["check", "seeds/", "--offline", "--no-cache", "--out", str(tmp_path)])
    assert code in (0, 1), "the seed check could not run"
    for name in SAMPLE:
        committed = ROOT / "reports" / name
        assert committed.is_file(), f"reports/{name} is missing; run: {REGENERATE}"
        fresh = (tmp_path / name).read_text(encoding="utf-8")
        old = committed.read_text(encoding="utf-8")
        if fresh != old:
            diff = "".join(difflib.unified_diff(
                old.splitlines(keepends=True), fresh.splitlines(keepends=True),
                f"reports/{name} (committed)", f"reports/{name} (regenerated)", n=2,
            ))
            pytest.fail(f"reports/{name} is stale; regenerate with: {REGENERATE}\n{diff[:6000]}", pytrace=False)
