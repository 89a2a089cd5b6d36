"""Markdown report: summary table, per-document sections grouped by rule, quotes, escaping."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from markdown_it import MarkdownIt

from checker.findings import make_finding
from checker.model import Evidence, Location
from checker.pipeline import finalise
from checker.report import markdown
from checker.report.mdtext import inline, wrap

# CommonMark plus the GitHub table and strikethrough extensions: how a code host reads it.
_GFM = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def test_summary_table_counts_documents_by_severity(report):
    text = markdown.render(report)
    assert "| `seeds/notes.txt` | 1 | 1 | 0 | 2 |" in text
    assert "| `seeds/czech.txt` | 1 | 0 | 1 | 2 |" in text
    assert "| **Total** | **2** | **1** | **1** | **4** |" in text


def test_documents_appear_in_report_order_with_rules_grouped_most_severe_first(report):
    text = markdown.render(report)
    notes, czech = text.index("## `seeds/notes.txt`"), text.index("## `seeds/czech.txt`")
    assert notes < czech
    assert text.index("### `url.dead`") < text.index("### `note.orphan`") < czech
    assert czech < text.index("### `fact.date-conflict`") < text.index("### `url.damaged`")


def test_finding_shows_location_page_quote_and_suggestion(report):
    text = markdown.render(report)
    assert "- **error** `seeds/notes.txt:5` (page 1): <https://example.org/gone> answers 404 Not Found." in text
    assert "  *Suggestion:* Cite an archived copy." in text


def test_quote_from_another_line_names_its_location(report):
    text = markdown.render(report)
    # The conflict quotes two lines, so each quote says where it is, its own line too.
    assert ("  > NATO vzniklo roku 1950. — `seeds/czech.txt:3`\n  >\n"
            "  > Smlouva byla podepsána 4. dubna 1949. — `seeds/czech.txt:1`") in text
    # A single quote from the finding's own line is placed by the finding's location.
    assert "  > See `https://example.org/gone` for details" in text
    assert "for details \\| and a \\*starred\\* \\<b>tag\\</b>.\n" in text


def test_markdown_syntax_in_quotes_is_escaped(report):
    text = markdown.render(report)
    assert r"See `https://example.org/gone` for details \| and a \*starred\* \<b>tag\</b>." in text


def test_document_without_findings_says_so(empty_report):
    text = markdown.render(empty_report)
    assert "## `seeds/clean.txt`\n\nNo findings." in text
    assert "0 findings (0 error, 0 warning, 0 info)" in text


def test_rules_table_lists_every_rule_once():
    from checker.rules import RULES

    table = markdown.render_rules()
    for rule in RULES.values():
        assert table.count(f"| `{rule.id}` | {rule.severity} |") == 1


@pytest.mark.parametrize(
    "quote",
    [
        pytest.param("the file snake_case_name.txt and __init__ stay as written", id="underscores"),
        pytest.param("*not emphasis* and **not strong** and ~~not struck~~", id="emphasis_marks"),
        pytest.param("Dostupné z: <http://example.cz/a_b/c_d.pdf>", id="url_in_angle_brackets"),
        pytest.param("see [1958](http://x.example) and [2] and [^3]: not links", id="brackets"),
        pytest.param("<b>bold</b> &amp; <!-- comment --> a < b > c", id="html_and_entities"),
        pytest.param("1990. Cambridge: Polity; # not a heading", id="starts_like_a_list"),
        pytest.param("- a dash first | a pipe `and code` \\ backslash", id="dash_pipe_code_backslash"),
        pytest.param("> not a nested quote", id="starts_like_a_quote"),
        pytest.param("https://example.org/a_(b)_c.", id="url_with_parentheses"),
    ],
)
def test_quotes_render_back_to_their_exact_text(quote):
    lines = wrap(inline(quote, urls="code"), "> ", "> ", width=24)
    html = _GFM.render(lines)
    assert html.startswith("<blockquote>\n<p>") and html.count("<p>") == 1, html
    text = re.sub(r"<[^>]+>", "", html).strip()
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    assert " ".join(text.split()) == quote


def test_nothing_is_escaped_inside_code_spans(report):
    spans = re.findall(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", markdown.render(report))
    assert spans and not [body for _, body in spans if "\\" in body]


def test_long_text_is_wrapped_for_a_terminal(report):
    long = make_finding("note.orphan", Location("notes", 4), "A note without a marker " * 12,
                        (Evidence("Quoted words " * 20, Location("notes", 3)),), key="long")
    text = markdown.render(finalise(replace(report, findings=(long,))))
    assert max(len(line) for line in text.splitlines()) <= 100
    html = _GFM.render(text)
    assert html.count("<blockquote>") == 1 and "Quoted words Quoted" in html


def test_each_quote_is_its_own_paragraph_in_one_block_quote(report):
    html = _GFM.render(markdown.render(report))
    conflict = html[html.index("NATO founded: 1950 here"):]
    quote = conflict[conflict.index("<blockquote>"):conflict.index("</blockquote>")]
    assert quote.count("<p>") == 2 and "<code>seeds/czech.txt:1</code>" in quote


def test_a_suggestion_every_finding_of_a_group_shares_is_given_once(report):
    findings = tuple(
        make_finding("url.unverified", Location("notes", n), f"unverified: http://x.example/{n}",
                     suggestion="Run once online.", key=str(n))
        for n in (1, 2, 3)
    )
    text = markdown.render(finalise(replace(report, findings=findings)))
    assert text.count("Run once online.") == 1
    assert "*Suggestion for each:* Run once online." in text


def test_rule_table_counts_findings_per_rule_most_severe_first(report):
    text = markdown.render(report)
    rows = re.findall(r"^\| `([a-z.-]+)` \| (\w+) \| (\d+) \| (\d+) \|$", text, re.M)
    assert rows == [("fact.date-conflict", "error", "1", "1"), ("url.dead", "error", "1", "1"),
                    ("note.orphan", "warning", "1", "1"), ("url.damaged", "info", "1", "1")]
