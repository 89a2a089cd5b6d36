"""The documentation is tested: command help, the rules table, the public API, shipped CI files."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sysconfig
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


# Notes 2 and 3 are marked but have no text: errors, so the check exits 1.
PAPER = ("A paper\n\nThe alliance was founded in 1949.1 Its first crisis came soon after.2 Nobody agreed.3\n\n"
         "1 John Smith, The Alliance (London: Harbour Press, 1990), 12.\n")
# The citecheck script installed beside the running Python (CI runs `.venv/bin/python -m
# pytest` without .venv/bin on PATH); the hook and workflow steps get that folder on PATH.
SCRIPTS = Path(sysconfig.get_path("scripts"))
CITECHECK = shutil.which("citecheck", path=str(SCRIPTS)) or shutil.which("citecheck")
TOOL_ENV = {**os.environ, "PATH": os.pathsep.join([str(Path(CITECHECK).parent), os.environ.get("PATH", "")])} \
    if CITECHECK else dict(os.environ)
needs_tools = pytest.mark.skipif(not (CITECHECK and shutil.which("git") and shutil.which("bash")),
                                 reason="needs git, bash and an installed citecheck script")


def _repo(tmp_path: Path) -> Path:
    """A git repository with one committed seed text; returns its folder."""
    repo = tmp_path / "repo"
    (repo / "seeds").mkdir(parents=True)
    (repo / "seeds" / "old.txt").write_text(PAPER, encoding="utf-8")
    (repo / "citecheck-baseline.json").write_text((ROOT / "citecheck-baseline.json").read_text())
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base")
    return repo


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


def _checked(report: Path) -> list[str]:
    return [doc["path"] for doc in json.loads(report.read_text(encoding="utf-8"))["documents"]]


def test_precommit_hook_manifest_is_valid():
    from pre_commit.clientlib import load_manifest

    (hook,) = load_manifest(ROOT / ".pre-commit-hooks.yaml")
    assert hook["id"] == "citecheck" and hook["language"] == "python"
    assert re.search(hook["files"], "seeds/new paper.txt") and not re.search(hook["files"], "docs/a.txt")
    assert "--offline" in hook["entry"] and "--out .citecheck-cache/" in hook["entry"], \
        "the hook must not rewrite the tracked reports/"


@needs_tools
def test_precommit_hook_checks_only_the_texts_a_commit_adds(tmp_path):
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    repo = _repo(tmp_path)
    (repo / "seeds" / "old.txt").write_text(PAPER + "Changed.\n", encoding="utf-8")
    (repo / "seeds" / "new paper.txt").write_text(PAPER, encoding="utf-8")
    _git(repo, "add", ".")
    entry = shlex.split(hook["entry"].replace("--format md", "--format json"))
    # pre-commit appends the staged files its 'files' pattern matches.
    done = subprocess.run([*entry, "seeds/old.txt", "seeds/new paper.txt"], cwd=repo, env=TOOL_ENV,
                          capture_output=True, text=True)
    assert done.returncode != 0, done.stderr  # xargs turns citecheck's 1 into 123
    assert _checked(repo / ".citecheck-cache" / "reports" / "report.json") == ["seeds/new paper.txt"]
    _git(repo, "rm", "-q", "--cached", "seeds/new paper.txt")
    assert subprocess.run([*entry, "seeds/old.txt"], cwd=repo, env=TOOL_ENV, capture_output=True).returncode == 0


@needs_tools
def test_workflow_checks_only_the_texts_a_pull_request_adds(tmp_path):
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "citecheck.yml").read_text())
    steps = {step.get("name"): step for step in workflow["jobs"]["check-new-texts"]["steps"]}
    find, check = steps["Find texts added by this pull request"], steps["Check the added texts"]
    assert "--offline" in check["run"] and "--baseline citecheck-baseline.json" in check["run"]
    repo = _repo(tmp_path)
    base = _git(repo, "rev-parse", "HEAD").strip()
    (repo / "seeds" / "old.txt").write_text(PAPER + "Changed.\n", encoding="utf-8")
    (repo / "seeds" / "new paper.txt").write_text(PAPER, encoding="utf-8")
    (repo / "notes.txt").write_text(PAPER, encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "pr")
    output = tmp_path / "github_output"
    env = {**TOOL_ENV, "BASE": base, "GITHUB_OUTPUT": str(output)}
    subprocess.run(["bash", "-e", "-c", find["run"]], cwd=repo, env=env, check=True, capture_output=True)
    assert output.read_text() == "count=1\n"  # the changed seed and the text outside seeds/ are left out
    head = _git(repo, "rev-parse", "HEAD").strip()
    none = subprocess.run(["bash", "-e", "-c", find["run"]], cwd=repo, capture_output=True,
                          env={**env, "BASE": head, "GITHUB_OUTPUT": str(tmp_path / "none")}, check=True)
    assert (tmp_path / "none").read_text() == "count=0\n", none.stderr  # so the check step is skipped
    subprocess.run(["bash", "-e", "-c", find["run"]], cwd=repo, env=env, check=True, capture_output=True)
    done = subprocess.run(["bash", "-e", "-c", check["run"]], cwd=repo, env=env, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    out = repo / "citecheck-reports"  # not reports/, the committed sample
    assert _checked(out / "report.json") == ["seeds/new paper.txt"]
    sarif = json.loads((out / "report.sarif").read_text(encoding="utf-8"))
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]} \
        == {"seeds/new%20paper.txt"}
    upload = next(s for s in steps.values() if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["with"]["sarif_file"] == "citecheck-reports/report.sarif"
    keep = next(s for s in steps.values() if s.get("uses", "").startswith("actions/upload-artifact"))
    assert keep["with"]["path"] == "citecheck-reports/"
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
