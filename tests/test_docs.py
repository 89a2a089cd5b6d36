"""The documentation is tested: command help, the rules table, the public API, shipped CI files."""

from __future__ import annotations

import types
from pathlib import Path

import pytest
import yaml

import checker
from checker.cli import _COMMANDS, main
from checker.report.markdown import render_rules
from checker.rules import RULES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(name: str) -> str:
    start = README.index(f"<!-- section: {name} -->")
    end = README.find("<!-- section:", start + 1)
    return README[start:end if end >= 0 else None]


@pytest.mark.parametrize("command", [None, *_COMMANDS])
def test_every_command_has_help(command, capsys):
    argv = [command, "--help"] if command else ["--help"]
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: citecheck")
    assert len(out.splitlines()) > 3


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_id_is_in_the_readme(rule):
    assert f"`{rule}`" in README


def test_readme_rules_table_is_generated_from_rules_py():
    assert render_rules() in _section("rules"), (
        "README rules table is out of sync with checker/rules.py; replace it with the output of "
        "'citecheck rules'"
    )


def test_exported_members():
    """``checker.__all__`` lists exactly the public names of the package (httpx's test)."""
    public = {
        name for name, value in vars(checker).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert set(checker.__all__) == public | {"__version__"}
    assert len(checker.__all__) == len(set(checker.__all__))
    for name in checker.__all__:
        if name != "__version__":
            assert getattr(checker, name).__doc__, f"checker.{name} has no docstring"


def test_readme_documents_report_files_and_regeneration():
    section = _section("reports")
    for name in ("report.md", "report.html", "report.json", "report.sarif"):
        assert f"`{name}`" in section
    assert "python -m checker check seeds/ --offline --no-cache --out reports/" in section
    for option in ("--fail-on", "--baseline", "--config", "--no-cache", "--cache-dir", "citecheck baseline"):
        assert option in section


def test_precommit_hook_runs_the_offline_check_on_seed_texts():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "citecheck" and hook["language"] == "python"
    assert hook["entry"].startswith("citecheck check --offline")
    assert "seeds/" in hook["files"]
    assert "--out .citecheck-cache/" in hook["entry"], "the hook must not rewrite the tracked reports/"


def test_workflow_checks_added_seed_texts_offline_and_uploads_sarif():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "citecheck.yml").read_text())
    steps = workflow["jobs"]["check-new-texts"]["steps"]
    runs = "\n".join(step.get("run", "") for step in steps)
    assert "--diff-filter=A" in runs and "seeds/" in runs
    assert "citecheck check --offline" in runs and "sarif" in runs
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["with"]["sarif_file"] == "reports/report.sarif"
    assert workflow["permissions"]["security-events"] == "write"


def _requirement_names(items: list[str]) -> set[str]:
    import re

    return {re.split(r"[<>=!~\[; ]", item, maxsplit=1)[0].lower() for item in items}


def test_every_dependency_is_explained_in_the_readme():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = _requirement_names(project["dependencies"]) | _requirement_names(
        project["optional-dependencies"]["test"]
    )
    section = _section("dependencies").lower()
    missing = sorted(name for name in names if f"`{name}`" not in section)
    assert not missing, f"README 'dependencies' does not say why these are used: {missing}"
