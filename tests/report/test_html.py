"""HTML report: self-contained, escaped, linked to source lines; filters tested in Chromium."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.report import html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.hrefs.append(attrs.get("href", ""))
        for name in ("src", "href"):
            if attrs.get(name, "").startswith(("http:", "https:", "//")) or (tag == "link" and name == "href"):
                self.external.append(f"{tag} {name}={attrs.get(name)}")


def _parse(text: str) -> _Collector:
    collector = _Collector()
    collector.feed(text)
    return collector


def test_page_is_self_contained(report):
    text = html.render(report)
    parsed = _parse(text)
    assert parsed.external == []
    assert "<style>" in text and "<script>" in text
    assert not re.search(r"<script[^>]+src=|@import|url\(", text)


def test_every_finding_links_to_an_embedded_source_line(report):
    parsed = _parse(html.render(report))
    local = [h for h in parsed.hrefs if h.startswith("#src-")]
    assert local, "no links to source lines"
    assert set(h[1:] for h in local) <= parsed.ids
    assert "src-0-L5" in parsed.ids and "src-1-L1" in parsed.ids


def test_context_lines_around_a_finding_are_embedded(report):
    text = html.render(report)
    # Line 6 of the notes document is context of the finding on line 5; the note on
    # line 3 is context of the orphan note on line 4.
    assert "The Warsaw Pact was founded on 14 May 1955." in text
    assert "1 Smith, History of NATO (London: Alpha, 1990), 12." in text


def test_document_text_is_escaped(report):
    text = html.render(report)
    assert "&lt;b&gt;tag&lt;/b&gt;" in text
    assert "<b>tag</b>" not in text


def test_timeline_appears_only_with_claims(report, empty_report):
    assert 'id="timeline"' in html.render(report)
    assert 'id="timeline"' not in html.render(empty_report)


def test_conflicting_claims_are_marked_on_the_timeline(report):
    text = html.render(report)
    disputed = re.findall(r'<li class="claim disputed"[^>]*><time>([^<]+)</time>', text)
    assert disputed == ["4. dubna 1949", "1950"]


def _launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install chromium)")
def test_filters_work_in_a_real_browser(report, tmp_path):
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "report.html"
    page_file.write_text(html.render(report), encoding="utf-8")
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = _launch(playwright)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(page_file.as_uri())
            visible = page.locator("article.finding:visible")
            assert visible.count() == 4
            page.uncheck("input[name=severity][value=error]")
            assert visible.count() == 2
            assert page.text_content("#filter-count") == "Showing 2 of 4 findings"
            page.check("input[name=severity][value=error]")
            page.select_option("#filter-rule", "url.dead")
            assert [visible.nth(0).get_attribute("data-rule")] == ["url.dead"] and visible.count() == 1
            page.select_option("#filter-rule", "")
            page.select_option("#filter-doc", "czech")
            assert {visible.nth(i).get_attribute("data-doc") for i in range(visible.count())} == {"czech"}
            assert page.locator("section.doc[data-doc=notes]").is_hidden()
            page.select_option("#filter-doc", "")
            page.fill("#filter-search", "podepsána")
            assert visible.count() == 1
            page.fill("#filter-search", "")
            page.click("article[data-rule='url.dead'] a.loc")
            assert page.evaluate("location.hash") == "#src-0-L5"
            assert page.locator("#src-0-L5").is_visible()
            assert _top(page, "#src-0-L5") >= _bottom(page, "#filters"), "line hidden under the filter bar"
            page.click("#src-0-L5 a.back")
            assert page.evaluate("location.hash") == "#" + page.get_attribute("article[data-rule='url.dead']", "id")
            assert _top(page, "article[data-rule='url.dead']") >= _bottom(page, "#filters")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(_artifact_dir(tmp_path) / "report.png"), full_page=True)
        finally:
            browser.close()
    assert errors == []


def _top(page, selector: str) -> float:
    return page.locator(selector).bounding_box()["y"]


def _bottom(page, selector: str) -> float:
    box = page.locator(selector).bounding_box()
    return box["y"] + box["height"]


def _artifact_dir(tmp_path: Path) -> Path:
    """Screenshots go to tests/artifacts/ (git-ignored) so CI can keep them; else tmp_path."""
    folder = Path(__file__).resolve().parents[1] / "artifacts"
    try:
        folder.mkdir(exist_ok=True)
        return folder
    except OSError:
        return tmp_path


def test_quote_links_to_its_line_only_when_it_is_elsewhere(report):
    text = html.render(report)
    conflict = re.search(r'<article[^>]*data-rule="fact.date-conflict".*?</article>', text).group(0)
    assert conflict.count("<footer>") == 1 and 'href="#src-1-L1"' in conflict
    dead = re.search(r'<article[^>]*data-rule="url.dead".*?</article>', text).group(0)
    assert "<footer>" not in dead and 'href="#src-0-L5"' in dead


def test_flagged_source_lines_link_back_to_their_findings(report):
    text = html.render(report)
    back = re.search(r'<span class="line flagged" id="src-0-L5">.*?</span></span>', text).group(0)
    card = re.search(r'<article id="(f-\d+)"[^>]*data-rule="url.dead"', text).group(1)
    assert f'href="#{card}"' in back and ">url.dead</a>" in back
    assert "seeds/notes.txt, lines 1–6" in text  # each excerpt names its document and lines


def test_summary_counts_findings_per_rule(report):
    text = html.render(report)
    table = re.search(r'<table class="summary rules">.*?</table>', text).group(0)
    rows = re.findall(r"<code[^>]*>([a-z.-]+)</code></th><td><span[^>]*>(\w+)</span></td><td class=\"n\">(\d+)", table)
    assert rows == [("fact.date-conflict", "error", "1"), ("url.dead", "error", "1"),
                    ("note.orphan", "warning", "1"), ("url.damaged", "info", "1")]
