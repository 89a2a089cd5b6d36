"""Every command against bad paths, options, configs, baselines, caches and streams.

Each case must end with exit code 2 (or 0/1 where the input is usable) and exactly one
clear stderr line: never a traceback, never the "internal error … bug" line (exit 3),
and never a user's file overwritten.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parents[2]
PAPER = "Title of a paper\n\nText with a note.1\n\n1 Novák, J. Dějiny. Praha: Academia, 2001. Dostupné z: http://x.cz/a\n"

# command → the options that keep it offline and inside the test folder
COMMANDS = {
    "extract": [],
    "check": ["--offline", "--out", "out"],
    "bib": [],
    "urls": ["--offline"],
    "refs": ["--offline"],
    "facts": [],
    "baseline": ["--offline", "-o", "new-baseline.json"],
}


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_clear_line(code: int, err: str, allowed=(2,)) -> None:
    assert code in allowed, err
    assert "Traceback" not in err and "internal error" not in err, err
    if code == 2:
        assert len(err.strip().splitlines()) == 1, err


def _missing(d: Path) -> str:
    return str(d / "nope.txt")


def _empty(d: Path) -> str:
    (d / "empty.txt").write_bytes(b"")
    return "empty.txt"


def _binary_folder(d: Path) -> str:
    (d / "bin").mkdir()
    (d / "bin" / "a.txt").write_bytes(bytes(range(256)) * 4)
    (d / "bin" / "b.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return "bin"


def _symlink_loop(d: Path) -> str:
    (d / "loop1.txt").symlink_to("loop2.txt")
    (d / "loop2.txt").symlink_to("loop1.txt")
    return "loop1.txt"


BAD_PATHS = {"missing": _missing, "empty": _empty, "binary-folder": _binary_folder, "symlink-loop": _symlink_loop}


@pytest.mark.parametrize("bad", sorted(BAD_PATHS))
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_unusable_paths_give_one_line_and_exit_2(here, capsys, command, bad):
    code, _, err = run(capsys, command, BAD_PATHS[bad](here), *COMMANDS[command])
    assert_one_clear_line(code, err)


def _spaces_and_unicode(d: Path) -> str:
    (d / "můj článek 1.txt").write_text(PAPER, encoding="utf-8")
    return "můj článek 1.txt"


def _undecodable_name(d: Path) -> str:
    with open(os.fsencode(d) + b"/caf\xe9 paper.txt", "wb") as handle:
        handle.write(PAPER.encode())
    return str(next(d.glob("caf*")))


def _cp1250(d: Path) -> str:
    (d / "cz.txt").write_bytes(PAPER.encode("cp1250"))
    return "cz.txt"


GOOD_PATHS = {"spaces-unicode": _spaces_and_unicode, "non-utf8-name": _undecodable_name, "cp1250": _cp1250}


@pytest.mark.parametrize("kind", sorted(GOOD_PATHS))
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_odd_but_usable_paths_work(here, capsys, command, kind):
    code, out, err = run(capsys, command, GOOD_PATHS[kind](here), *COMMANDS[command])
    assert_one_clear_line(code, err, allowed=(0, 1))


BAD_OPTIONS = {
    "fail-on-banana": ["check", "--offline", "--fail-on", "banana"],
    "check-format-pdf": ["check", "--offline", "--format", "pdf"],
    "bib-format-pdf": ["bib", "--format", "pdf"],
    "concurrency-0": ["urls", "--offline", "--concurrency", "0"],
    "timeout-negative": ["urls", "--offline", "--timeout", "-1"],
    "timeout-nan": ["urls", "--offline", "--timeout", "nan"],
    "registry-url-nonsense": ["refs", "--offline", "--registry-url", "nonsense"],
    "registry-url-broken-ipv6": ["refs", "--registry-url", "crossref=http://[::1"],
    "registry-url-bad-port": ["bib", "--enrich", "--registry-url", "crossref=http://x:99999"],
    "offline-and-record": ["refs", "--offline", "--record"],
    "plot-pdf": ["facts", "--plot", "x.pdf"],
}


@pytest.mark.parametrize("name", sorted(BAD_OPTIONS))
def test_invalid_option_values(here, capsys, name):
    (here / "p.txt").write_text(PAPER, encoding="utf-8")
    command, *options = BAD_OPTIONS[name]
    code, _, err = run(capsys, command, "p.txt", *options)
    assert_one_clear_line(code, err)


def test_out_pointing_at_an_existing_file(here, capsys):
    (here / "p.txt").write_text(PAPER, encoding="utf-8")
    (here / "out").write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, "check", "p.txt", "--offline", "--out", "out")
    assert_one_clear_line(code, err)
    assert "not a folder" in err
    assert (here / "out").read_text(encoding="utf-8") == "keep me"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_out_in_a_read_only_folder(here, capsys):
    (here / "p.txt").write_text(PAPER, encoding="utf-8")
    (here / "ro").mkdir(mode=0o555)
    code, _, err = run(capsys, "check", "p.txt", "--offline", "--out", "ro/reports")
    assert_one_clear_line(code, err)


@pytest.mark.parametrize("argv", [
    ["bib", "p.txt", "-o", "old.bib"],
    ["bib", "p.txt", "--format", "csljson", "-o", "old.bib"],
    ["baseline", "p.txt", "--offline", "-o", "old.bib"],
    ["facts", "p.txt", "--plot", "old.bib.svg"],
], ids=["bib", "bib-csljson", "baseline", "facts-plot"])
def test_existing_output_is_byte_identical_without_force(here, capsys, argv):
    (here / "p.txt").write_text(PAPER, encoding="utf-8")
    old = b"@book{mine,\n  title = {Do not lose me \xc5\xbe}\n}\n\x00"
    target = here / argv[-1]
    target.write_bytes(old)
    code, _, err = run(capsys, *argv)
    assert_one_clear_line(code, err)
    assert "--force" in err
    assert target.read_bytes() == old
    assert sorted(p.name for p in here.iterdir()) == sorted(["p.txt", target.name])  # no temp file left


BAD_CONFIGS = {
    "invalid-toml": b"fail-on = [\n",
    "not-utf8": b"\xff\xfe\x00fail-on = 'error'",
    "fail-on-number": b"fail-on = 3\n",
    "formats-number": b"formats = 5\n",
    "severity-string": b"severity = 'x'\n",
    "registries-number": b"registries = 3\n",
    "registry-url-broken": b"[registries]\ncrossref = 'http://[::1'\n",
    "tool-not-table": b"[tool]\ncitecheck = 3\n",
}


@pytest.mark.parametrize("command", ["check", "refs", "bib-enrich", "baseline"])
@pytest.mark.parametrize("name", sorted(BAD_CONFIGS))
def test_corrupt_config_file(here, capsys, name, command):
    (here / "p.txt").write_text(PAPER, encoding="utf-8")
    (here / "citecheck.toml").write_bytes(BAD_CONFIGS[name])
    argv = {"check": ["check", "p.txt", "--offline", "--no-cache", "--out", "out"],
            "refs": ["refs", "p.txt", "--offline"],
            "bib-enrich": ["bib", "p.txt", "--enrich", "--offline"],
            "baseline": ["baseline", "p.txt", "--offline", "--no-cache", "-o", "b.json"]}[command]
    code, _, err = run(capsys, *argv)
    assert_one_clear_line(code, err)
    assert "citecheck.toml" in err


BAD_BASELINES = {
    "invalid-json": b"{",
    "wrong-schema": b"[]",
    "findings-not-objects": b'{"schema": "citecheck/baseline/1", "findings": [1]}',
    "not-utf8": b"\xff\xfe\x00",
    "deeply-nested": b'{"schema": "citecheck/baseline/1", "findings": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
}


@pytest.mark.parametrize("name", sorted(BAD_BASELINES))
def test_corrupt_baseline(here, capsys, name):
    (here / "p.txt").write_text(PAPER, encoding="utf-8")
    (here / "b.json").write_bytes(BAD_BASELINES[name])
    code, _, err = run(capsys, "check", "p.txt", "--offline", "--out", "out", "--baseline", "b.json")
    assert_one_clear_line(code, err)
    assert "b.json" in err


def _retyped(value, key: str, new):
    if isinstance(value, dict):
        return {k: (new if k == key else _retyped(v, key, new)) for k, v in value.items()}
    if isinstance(value, list):
        return [_retyped(v, key, new) for v in value]
    return value


@pytest.mark.parametrize("damage", ["truncated", "deep", "line-as-text", "findings-a-number", "message-null"])
def test_corrupt_cache_entry_is_a_miss(here, capsys, damage):
    (here / "p.txt").write_text(PAPER, encoding="utf-8")
    argv = ["check", "p.txt", "--offline", "--out", "out", "--format", "json"]
    first = run(capsys, *argv)[0]
    report = (here / "out" / "report.json").read_bytes()
    [entry] = list((here / ".citecheck-cache").rglob("*.json"))
    text = entry.read_text(encoding="utf-8")
    damaged = {
        "truncated": text[: len(text) // 2],
        "deep": "[" * 100_000 + "]" * 100_000,
        "line-as-text": json.dumps(_retyped(json.loads(text), "line", "abc")),
        "findings-a-number": json.dumps(_retyped(json.loads(text), "findings", 5)),
        "message-null": json.dumps(_retyped(json.loads(text), "message", None)),
    }[damage]
    entry.write_text(damaged, encoding="utf-8")
    code, _, err = run(capsys, *argv)
    assert_one_clear_line(code, err, allowed=(first,))
    assert (here / "out" / "report.json").read_bytes() == report


def test_parse_with_stdin_closed(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", None)
    code, _, err = run(capsys, "parse")
    assert_one_clear_line(code, err)
    assert "standard input" in err


# ----------------------------------------------------------------- real processes

def _cli(args: list[str], cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, env=env,
                          capture_output=True, timeout=60, **kwargs)


@pytest.mark.parametrize("stdin", ["closed", "cp1250", "binary"])
def test_parse_stdin_as_a_process(tmp_path, stdin):
    if stdin == "closed":
        result = _cli(["parse"], tmp_path, stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0))
    else:
        data = "Novák, J. Dějiny. Praha 2001.\n".encode("cp1250") if stdin == "cp1250" else bytes(range(256))
        result = _cli(["parse", "--json"], tmp_path, input=data)
    err = result.stderr.decode("utf-8", "replace")
    assert_one_clear_line(result.returncode, err)
    assert "standard input" in err


@pytest.mark.parametrize("argv", [["rules"], ["extract", "--json", "p.txt"], ["facts", "--csv", "p.txt"]],
                         ids=["rules", "extract-json", "facts-csv"])
def test_closed_pipe_is_quiet(tmp_path, argv):
    (tmp_path / "p.txt").write_text(PAPER * 200, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = " ".join([f"'{sys.executable}'", "-m", "checker", *argv]) + " | head -1 >/dev/null; echo ${PIPESTATUS[0]}"
    result = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert result.stderr == ""
    assert result.stdout.strip() in ("0", "1")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_on_stdout(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "checker", "rules"], cwd=tmp_path, env=env,
                                stdout=full, stderr=subprocess.PIPE, timeout=60)
    err = result.stderr.decode()
    assert_one_clear_line(result.returncode, err)
    assert "No space left" in err
