"""The format registry: every format renders, deterministically; unknown formats are usage errors."""

from __future__ import annotations

import pytest

from checker.errors import UsageError
from checker.report import FORMATS, render

from .conftest import build_report


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_rendering_twice_gives_identical_text(fmt):
    assert render(build_report(), fmt) == render(build_report(), fmt)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_ends_with_one_newline(fmt, report):
    text = render(report, fmt)
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_file_names_are_stable():
    assert {name: spec.filename for name, spec in FORMATS.items()} == {
        "md": "report.md", "html": "report.html", "json": "report.json", "sarif": "report.sarif",
    }


def test_unknown_format_is_a_usage_error(report):
    with pytest.raises(UsageError, match="unknown report format 'pdf'"):
        render(report, "pdf")
