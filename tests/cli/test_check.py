"""``citecheck check``: exit codes, report files, baseline, config, cache, annotations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.cli import main

ERROR_DOC = "Intro.\nSee DEAD http://gone.example/a here.\nAnd ORPHAN 7 there.\n"
WARNING_DOC = "Intro.\nAnd ORPHAN 7 there.\nREPAIRED http://x.example/b\n"
CLEAN_DOC = "Nothing wrong in this text.\n"


def _write(name: str, text: str) -> str:
    Path(name).write_text(text, encoding="utf-8")
    return name


@pytest.mark.parametrize(
    ("text", "fail_on", "code"),
    [
        pytest.param(ERROR_DOC, "error", 1, id="error_fails_on_error"),
        pytest.param(WARNING_DOC, "error", 0, id="warning_passes_on_error"),
        pytest.param(WARNING_DOC, "warning", 1, id="warning_fails_on_warning"),
        pytest.param(ERROR_DOC, "never", 0, id="never_fails"),
        pytest.param(CLEAN_DOC, "warning", 0, id="clean_passes"),
        pytest.param("REPAIRED http://x.example/\n", "warning", 0, id="info_never_fails"),
    ],
)
def test_exit_code_follows_fail_on(stage_calls, text, fail_on, code):
    assert main(["check", _write("paper.txt", text), "--fail-on", fail_on, "--no-cache"]) == code


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["check", "missing.txt"], "missing.txt: no such file or folder", id="missing_path"),
        pytest.param(["check", "paper.txt", "--format", "md,pdf"], "unknown report format 'pdf'", id="bad_format"),
        pytest.param(["check", "paper.txt", "--fail-on", "often"], "invalid choice: 'often'", id="bad_fail_on"),
        pytest.param(["check", "paper.txt", "--baseline", "none.json"], "none.json: no such baseline file", id="no_baseline"),
        pytest.param(["check", "paper.txt", "--config", "none.toml"], "none.toml: no such config file", id="no_config"),
        pytest.param(["check"], "required: PATH", id="no_path"),
    ],
)
def test_unusable_input_exits_2_with_one_line(stage_calls, capsys, argv, message):
    _write("paper.txt", ERROR_DOC)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_default_formats_are_written_with_stable_names(stage_calls):
    main(["check", _write("paper.txt", ERROR_DOC), "--out", "out"])
    assert sorted(p.name for p in Path("out").iterdir()) == ["report.html", "report.json", "report.md"]
    main(["check", "paper.txt", "--out", "out", "--format", "sarif"])
    assert (Path("out") / "report.sarif").is_file()


def test_reports_are_byte_identical_across_runs(stage_calls):
    _write("paper.txt", ERROR_DOC)
    formats = "md,html,json,sarif"
    main(["check", "paper.txt", "--out", "one", "--format", formats, "--no-cache"])
    main(["check", "paper.txt", "--out", "two", "--format", formats])
    main(["check", "paper.txt", "--out", "three", "--format", formats])
    for name in ("report.md", "report.html", "report.json", "report.sarif"):
        first = (Path("one") / name).read_bytes()
        assert first == (Path("two") / name).read_bytes() == (Path("three") / name).read_bytes(), name


def test_second_run_uses_the_cache_and_no_cache_bypasses_it(stage_calls):
    _write("a.txt", ERROR_DOC)
    _write("b.txt", CLEAN_DOC)
    main(["check", "a.txt", "b.txt", "--cache-dir", "cc", "--offline"])
    main(["check", "a.txt", "b.txt", "--cache-dir", "cc", "--offline"])
    assert stage_calls == ["a", "b"]
    _write("b.txt", CLEAN_DOC + "More.\n")
    main(["check", "a.txt", "b.txt", "--cache-dir", "cc", "--offline"])
    assert stage_calls == ["a", "b", "b"]
    main(["check", "a.txt", "b.txt", "--cache-dir", "cc", "--offline", "--no-cache"])
    assert stage_calls == ["a", "b", "b", "a", "b"]


def test_live_runs_check_again_instead_of_serving_cached_verdicts(stage_calls):
    _write("a.txt", ERROR_DOC)
    main(["check", "a.txt", "--cache-dir", "cc", "--offline"])
    main(["check", "a.txt", "--cache-dir", "cc"])
    main(["check", "a.txt", "--cache-dir", "cc"])
    assert stage_calls == ["a", "a", "a"]


def test_baseline_accepts_known_findings_across_line_shifts(stage_calls, capsys):
    _write("paper.txt", ERROR_DOC)
    assert main(["baseline", "paper.txt", "-o", "base.json"]) == 0
    # Text inserted above moves every known finding down by two lines.
    _write("paper.txt", "New first paragraph.\nAnother.\n" + ERROR_DOC)
    assert main(["check", "paper.txt", "--baseline", "base.json", "--fail-on", "warning"]) == 0
    assert "2 known in the baseline" in capsys.readouterr().out
    _write("paper.txt", ERROR_DOC + "Also DEAD http://new.example/c now.\n")
    assert main(["check", "paper.txt", "--baseline", "base.json", "--out", "new"]) == 1
    report = (Path("new") / "report.md").read_text(encoding="utf-8")
    assert "http://new.example/c" in report and "http://gone.example/a" not in report


def test_baseline_is_not_overwritten_without_force(stage_calls, capsys):
    _write("paper.txt", ERROR_DOC)
    Path("base.json").write_text("keep me")
    assert main(["baseline", "paper.txt", "-o", "base.json"]) == 2
    assert "pass --force" in capsys.readouterr().err
    assert Path("base.json").read_text() == "keep me"
    assert main(["baseline", "paper.txt", "-o", "base.json", "--force"]) == 0


def test_config_overrides_severity_and_fail_on(stage_calls):
    _write("paper.txt", ERROR_DOC)
    Path("citecheck.toml").write_text('[severity]\n"url.dead" = "warning"\n')
    assert main(["check", "paper.txt"]) == 0
    Path("citecheck.toml").write_text('fail-on = "warning"\n[severity]\n"url.dead" = "warning"\n')
    assert main(["check", "paper.txt"]) == 1
    Path("other.toml").write_text('[severity]\n"url.dead" = "off"\n"note.orphan" = "off"\n')
    assert main(["check", "paper.txt", "--config", "other.toml", "--fail-on", "warning"]) == 0


def test_pyproject_table_overrides_severity_and_a_citecheck_toml_wins(stage_calls, capsys):
    _write("paper.txt", ERROR_DOC)
    Path("pyproject.toml").write_text('[project]\nname = "paper"\n\n[tool.citecheck]\nfail-on = "warning"\n'
                                      '[tool.citecheck.severity]\n"url.dead" = "info"\n"note.orphan" = "info"\n')
    assert main(["check", "paper.txt", "--out", "out", "--format", "json"]) == 0
    severities = [f["severity"] for f in json.loads(Path("out/report.json").read_text())["findings"]]
    assert severities == ["info", "info"]
    Path("citecheck.toml").write_text('fail-on = "warning"\n')  # found first: the pyproject table is not read
    assert main(["check", "paper.txt"]) == 1
    capsys.readouterr()


def test_github_actions_annotations_on_stdout(stage_calls, capsys, monkeypatch):
    _write("paper.txt", ERROR_DOC)
    main(["check", "paper.txt"])
    assert "::" not in capsys.readouterr().out
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    main(["check", "paper.txt"])
    out = capsys.readouterr().out.splitlines()
    assert "::error file=paper.txt,line=2,title=url.dead::dead: http://gone.example/a%0A> See DEAD http://gone.example/a here." in out
    assert any(line.startswith("::warning file=paper.txt,line=3,title=note.orphan::") for line in out)


def test_summary_says_what_was_found_why_it_exits_and_what_it_wrote(stage_calls, capsys):
    main(["check", _write("paper.txt", WARNING_DOC), "--out", "out"])
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "citecheck: 1 document, 2 findings (0 error, 1 warning, 1 info); exit 0: none at or above --fail-on error",
        "wrote out/report.md, out/report.html, out/report.json",
    ]
    main(["check", "paper.txt", "--out", "out", "--fail-on", "warning", "--format", "json"])
    assert capsys.readouterr().out.splitlines()[0].endswith("; exit 1: 1 at or above --fail-on warning")


# The real stages (no stand-in): notes 2 and 3 are marked but have no text.
_REAL = ("A paper on alliances\n\nThe alliance was founded in 1949.1 Its first crisis came soon after.2\n"
         "Nobody agreed.3\n\n1 John Smith, The Alliance (London: Harbour Press, 1990), 12.\n")


def test_baseline_survives_line_shifts_with_the_real_stages(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    offline = ["--offline", "--no-cache", "--out", "out", "--format", "json"]
    _write("paper.txt", _REAL)
    assert main(["check", "paper.txt", *offline]) == 1
    assert main(["baseline", "paper.txt", "-o", "base.json", "--offline", "--no-cache"]) == 0
    _write("paper.txt", "Draft 2\nFor the editor\n\n" + _REAL)  # every line moves down by three
    assert main(["check", "paper.txt", "--baseline", "base.json", *offline]) == 0
    _write("paper.txt", _REAL.replace("Nobody agreed.3", "Nobody agreed.3 Some did.4"))
    assert main(["check", "paper.txt", "--baseline", "base.json", *offline]) == 1
    report = json.loads(Path("out/report.json").read_text(encoding="utf-8"))
    assert [f["message"] for f in report["findings"]] == ["Note 4 is marked in the text but its note text is missing"]
    assert "known in the baseline" in capsys.readouterr().out
