"""HTML report: self-contained, escaped, linked to source lines; filters tested in Chromium."""

from __future__ import annotations

import json
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


# The browser tests: Playwright drives Debian's Chromium (never a browser of its own, which
# could not be downloaded here). Playwright gives each launch a fresh, empty profile.
browser_test = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium on PATH: install Debian's (apt-get install chromium; .ci/run does so as root)",
)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def open_page(browser):
    """Open an HTML file in a new page; collect console errors and uncaught exceptions."""
    pages = []

    def _open(path: Path):
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.errors = []
        page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.goto(path.as_uri())
        pages.append(page)
        return page

    yield _open
    for page in pages:
        page.close()


@pytest.mark.browser
@browser_test
def test_filters_search_links_and_timeline_work_in_a_real_browser(report, tmp_path, open_page):
    page_file = tmp_path / "report.html"
    page_file.write_text(html.render(report), encoding="utf-8")
    page = open_page(page_file)
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
    # The timeline follows the document filter: two of the four dates are the Czech paper's.
    claims = page.locator("#timeline li.claim:visible")
    assert [claims.nth(i).locator("time").text_content() for i in range(claims.count())] == ["4. dubna 1949", "1950"]
    page.select_option("#filter-doc", "")
    assert page.locator("#timeline li.claim:visible").count() == 4
    page.fill("#filter-search", "podepsána")
    assert visible.count() == 1 and visible.nth(0).get_attribute("data-rule") == "fact.date-conflict"
    assert page.locator("#timeline li.claim:visible").count() == 1
    page.fill("#filter-search", "")
    page.click("article[data-rule='url.dead'] a.loc")
    assert page.evaluate("location.hash") == "#src-0-L5"
    assert page.locator("#src-0-L5").is_visible()
    assert _top(page, "#src-0-L5") >= _bottom(page, "#filters"), "line hidden under the filter bar"
    page.click("#src-0-L5 a.back")
    assert page.evaluate("location.hash") == "#" + page.get_attribute("article[data-rule='url.dead']", "id")
    assert _top(page, "article[data-rule='url.dead']") >= _bottom(page, "#filters")
    # From a source line to a finding the filters hide: the filters clear, the card shows.
    page.uncheck("input[name=severity][value=warning]")
    page.click("#src-0-L4 a.back")
    assert page.locator("article[data-rule='note.orphan']").is_visible()
    assert page.text_content("#filter-count") == "Showing 4 of 4 findings"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(_artifact_dir(tmp_path) / "report.png"), full_page=True)
    assert page.errors == []


SAMPLE = Path(__file__).resolve().parents[2] / "reports"


@pytest.mark.browser
@browser_test
def test_committed_seed_report_works_in_a_real_browser(tmp_path, open_page):
    """The sample report of the seeds (kept current by tests/cli/test_check_sample.py), with
    the counts its JSON twin gives: every filter, the search, the links and the timeline."""
    data = json.loads((SAMPLE / "report.json").read_text(encoding="utf-8"))
    total = data["summary"]["findings"]
    page = open_page(SAMPLE / "report.html")
    visible = page.locator("article.finding:visible")
    assert visible.count() == total > 0
    for severity, n in data["summary"]["severity"].items():
        page.uncheck(f"input[name=severity][value={severity}]")
        assert visible.count() == total - n, severity
        page.check(f"input[name=severity][value={severity}]")
    for rule, n in data["summary"]["rules"].items():
        page.select_option("#filter-rule", rule)
        assert visible.count() == n, rule
    page.select_option("#filter-rule", "")
    claims = page.locator("#timeline li.claim:visible")
    assert claims.count() == len(data["claims"]) > 0
    for doc in data["documents"]:
        page.select_option("#filter-doc", doc["id"])
        assert visible.count() == doc["findings"], doc["id"]
        assert claims.count() == sum(c["document"] == doc["id"] for c in data["claims"]), doc["id"]
    page.select_option("#filter-doc", "")
    first, last = data["findings"][0], data["findings"][-1]
    words = last["message"][:40]
    page.fill("#filter-search", words.upper())  # the search ignores case
    shown = [visible.nth(i).text_content().lower() for i in range(visible.count())]
    assert 0 < len(shown) < total and all(words.lower() in s for s in shown)
    assert page.text_content("#filter-count") == f"Showing {len(shown)} of {total} findings"
    page.fill("#filter-search", "")
    for finding in (first, last):
        card = page.locator(f"article[data-fingerprint='{finding['fingerprint']}']")
        card.locator("p.head a.loc").click()
        target = page.evaluate("location.hash")[1:]
        line = page.locator(f"[id='{target}']")
        assert line.is_visible() and line.locator(".no").text_content() == str(finding["line"])
        assert _top(page, f"[id='{target}']") >= _bottom(page, "#filters"), "line hidden under the filter bar"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(_artifact_dir(tmp_path) / "report-seeds.png"))
    # In a narrow window long URLs wrap; only the source excerpts scroll sideways, inside their box.
    page.set_viewport_size({"width": 700, "height": 900})
    assert page.evaluate("document.documentElement.scrollWidth") <= 700
    assert page.errors == []


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


def test_quote_links_to_its_line_when_it_is_elsewhere_or_one_of_several(report):
    text = html.render(report)
    conflict = re.search(r'<article[^>]*data-rule="fact.date-conflict".*?</article>', text).group(0)
    footers = re.findall(r"<footer>.*?</footer>", conflict)
    assert len(footers) == 2 and 'href="#src-1-L3"' in footers[0] and 'href="#src-1-L1"' in footers[1]
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
