"""Report → text: one module per format, all sharing ``render(report) -> str``.

>>> sorted(FORMATS)
['html', 'json', 'md', 'sarif']

``citecheck check`` writes format ``fmt`` to ``<out>/<FORMATS[fmt].filename>``.
The GitHub annotations (:mod:`checker.report.annotations`) are printed, not written, so
they are not a file format here.
"""

# No "from __future__ import annotations" here: it would bind the name ``annotations``
# in this package and hide the ``annotations`` submodule from ``from checker.report import``.
from dataclasses import dataclass
from importlib import import_module
from typing import Callable

from ..errors import UsageError
from ..model import Report


@dataclass(frozen=True, slots=True)
class Format:
    """A report format: its name, the file name it is written to, its renderer module."""

    name: str
    filename: str
    module: str

    @property
    def render(self) -> Callable[[Report], str]:
        """The format module's ``render(report) -> str`` (imported on first use)."""
        return import_module(f"{__name__}.{self.module}").render


FORMATS: dict[str, Format] = {
    "md": Format("md", "report.md", "markdown"),
    "html": Format("html", "report.html", "html"),
    "json": Format("json", "report.json", "json"),
    "sarif": Format("sarif", "report.sarif", "sarif"),
}


def render(report: Report, fmt: str) -> str:
    """Render ``report`` in format ``fmt`` (a key of :data:`FORMATS`)."""
    try:
        spec = FORMATS[fmt]
    except KeyError:
        raise UsageError(
            f"unknown report format '{fmt}' (choose from {', '.join(FORMATS)})"
        ) from None
    return spec.render(report)


__all__ = ["FORMATS", "Format", "render"]
