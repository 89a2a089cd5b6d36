"""Progress: a bar only on a terminal outside CI; the pipeline reports each document."""

from __future__ import annotations

import sys

from checker.cli.progress import ProgressBar, wanted
from checker.pipeline import CheckOptions, run_check


class _Tty:
    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


def test_no_bar_in_ci_even_on_a_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stderr", _Tty())
    monkeypatch.setenv("CI", "true")
    assert not wanted()
    with ProgressBar("x") as update:
        assert update is None


def test_bar_on_a_terminal_outside_ci(monkeypatch):
    monkeypatch.setattr(sys, "stderr", _Tty())
    monkeypatch.delenv("CI", raising=False)
    assert wanted()


def test_no_bar_when_piped(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys, "stderr", open("/dev/null", "w"))
    assert not wanted()


def test_pipeline_reports_progress_per_document(write_text, tmp_path):
    write_text("A first paper in 1949.\n", "a.txt")
    write_text("A second paper in 1950.\n", "b.txt")
    seen: list[tuple[int, int]] = []
    run_check([str(tmp_path)], CheckOptions(offline=True), progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)]
