"""Extraction stays linear: pathological inputs (one 1 MB line) must finish quickly.

Timed in CPU seconds of this process (``time.process_time``), so a machine busy with other
work does not fail the bound. The slowest input takes about 1.1-1.4 s here and doubles with
its length (0.5 s at 500 kB), so 4 s leaves room for a slower CI machine while a quadratic
path (the old hangs took minutes) still fails.
"""

from __future__ import annotations

import time

import pytest

from checker.extract import extract

from .conftest import make_document

MB = 1_000_000


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("a" * MB, id="one_long_word"),
        pytest.param("(" * MB, id="open_parentheses"),
        pytest.param("(Smith, " * (MB // 8), id="unclosed_citations"),
        pytest.param("http://" + "a/" * (MB // 2), id="endless_url"),
        pytest.param("<http://x.org/" + "-" * MB, id="hyphen_run_in_url"),
        pytest.param("x-" * (MB // 2), id="hyphen_words"),
        pytest.param("1" * MB, id="one_long_number"),
        pytest.param(".1" * (MB // 2), id="decimal_run"),
        pytest.param(" " * MB + "x", id="spaces"),
        pytest.param("“" * MB + "1", id="quotes"),
        pytest.param("SMITH, " * (MB // 7), id="iso_authors"),
        pytest.param("Treaty (1949) and (April 2008) " * (MB // 30), id="parenthesised_years"),
        pytest.param("Nations.”3 in 1949 the G-7 " * (MB // 40), id="dense_markers"),
    ],
)
def test_one_megabyte_line_is_fast(line):
    doc = make_document("Intro text.\n" + line + "\nThe end.")
    start = time.process_time()
    extraction = extract(doc)
    assert time.process_time() - start < 4.0
    assert len(extraction.line_roles) == 3
