"""A progress bar on stderr for long runs: shown on a terminal, silent when piped or in CI."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


def wanted() -> bool:
    """True when stderr is a terminal and the run is not in CI (``CI=true``)."""
    return sys.stderr.isatty() and os.environ.get("CI", "").lower() not in ("true", "1")


class ProgressBar:
    """Context manager yielding ``update(done, total)`` or None when no bar is wanted."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._bar = None

    def __enter__(self) -> Callable[[int, int], None] | None:
        if not wanted():
            return None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(TextColumn(self._label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                             transient=True, console=Console(stderr=True))
        self._bar.start()
        self._task = self._bar.add_task(self._label, total=None)
        return self._update

    def _update(self, done: int, total: int) -> None:
        self._bar.update(self._task, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
