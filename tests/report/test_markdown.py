"""Markdown report: summary table, per-document sections grouped by rule, quotes, escaping."""

from __future__ import annotations

from checker.report import markdown


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
    assert "- **error** `seeds/notes.txt:5` (page 1): https://example.org/gone answers 404 Not Found." in text
    assert "  *Suggestion:* Cite an archived copy." in text


def test_quote_from_another_line_names_its_location(report):
    text = markdown.render(report)
    assert "  > Smlouva byla podepsána 4. dubna 1949.\n  > — `seeds/czech.txt:1`" in text


def test_markdown_syntax_in_quotes_is_escaped(report):
    text = markdown.render(report)
    assert r"for details \| and a \*starred\* \<b\>tag\</b\>." in text


def test_document_without_findings_says_so(empty_report):
    text = markdown.render(empty_report)
    assert "## `seeds/clean.txt`\n\nNo findings." in text
    assert "0 findings (0 error, 0 warning, 0 info)" in text


def test_rules_table_lists_every_rule_once():
    from checker.rules import RULES

    table = markdown.render_rules()
    for rule in RULES.values():
        assert table.count(f"| `{rule.id}` | {rule.severity} |") == 1
