"""Document → Extraction: pages, line roles, notes, markers, citations, lists, URLs, integrity findings.

The stage is two lists run in order. ``LAYOUT_PASSES`` are small named transforms
``Layout → Layout`` that decide, one kind of line at a time, what each line is: page
furniture first (blank lines, separators, page numbers, running headers), a table of
contents, then endnote sections and reference lists (found by their headings), footnote zones after separators,
a heading-less list at the end, timelines, page starts, separator-less footnote zones,
headings, and finally body. The content steps then read the decided roles:
markers from body lines, notes from note zones, author-year and bracketed numeric
citations (in a paper with a numbered list and no notes, the glued numbers are its
superscript reference calls, not markers), bibliography entries and URLs,
and the integrity checks turn what does not fit together into Findings.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Callable

from ..model import Document, Extraction, Page
from .bibliography import extract_bibliography
from .citations import extract_citations
from .contents import mark_contents
from .flow import LazyVocabulary
from .integrity import check_citations, check_notes, check_numeric_citations
from .layout import Layout
from .markers import find_markers, numbering_restarts_per_page
from .notes import assemble_notes
from .numbered import cites_by_number, extract_numeric_citations, extract_superscript_citations
from .headers import strip_running_headers
from .pages import build_pages, mark_blank_lines, mark_page_numbers, mark_page_starts
from .shortforms import check_short_forms
from .sections import (
    mark_body,
    mark_endnote_sections,
    mark_headings,
    mark_reference_lists,
    mark_timelines,
    mark_trailing_list,
)
from .urls import extract_urls, merge_url_variants, url_findings
from .zones import mark_bottom_zones, mark_separator_zones

__all__ = ["extract", "analyse_layout", "LAYOUT_PASSES"]

LayoutPass = Callable[[Layout], Layout]

LAYOUT_PASSES: tuple[LayoutPass, ...] = (
    mark_blank_lines,
    mark_page_numbers,
    strip_running_headers,
    mark_contents,
    mark_endnote_sections,
    mark_reference_lists,
    mark_separator_zones,
    mark_trailing_list,
    mark_timelines,
    mark_page_starts,
    mark_bottom_zones,
    mark_headings,
    mark_body,
)


def analyse_layout(lines: tuple[str, ...], passes: tuple[LayoutPass, ...] = LAYOUT_PASSES) -> Layout:
    """Run the layout ``passes`` over ``lines``; every line ends with a role."""
    layout = Layout.of(lines)
    for transform in passes:
        layout = transform(layout)
    return layout


def extract(document: Document) -> Extraction:
    """Return everything the extract stage finds in ``document``.

    >>> from checker.model import Document
    >>> doc = Document("d", "d.txt", ("Russia joined in 1997.1 It left.", " " * 40, "1 Smith, Title, 3."), "utf-8", "")
    >>> ex = extract(doc)
    >>> [(n.number, n.text) for n in ex.notes], [m.number for m in ex.markers]
    ([(1, 'Smith, Title, 3.')], [1])
    """
    layout = analyse_layout(document.lines)
    pages = build_pages(layout)
    page_of = _page_index(pages)
    vocabulary = LazyVocabulary(document.lines)
    doc_id = document.id

    markers = find_markers(layout, page_of, doc_id)
    per_page = numbering_restarts_per_page(markers)
    notes = assemble_notes(layout, markers, vocabulary, doc_id, page_of, per_page)
    bibliography = extract_bibliography(layout, vocabulary, doc_id, page_of)
    citations = extract_citations(layout, doc_id, page_of, bibliography)
    numeric = extract_numeric_citations(layout, doc_id, page_of)
    if markers and cites_by_number(bibliography, numeric, notes):
        # The glued numbers call the numbered list, not notes (a Nature paper's superscripts).
        numeric, markers = extract_superscript_citations(layout, doc_id, page_of), ()
    note_of_line = {line - 1: note.number for note in notes for line in note.lines}
    urls, variant_findings = merge_url_variants(
        extract_urls(layout.roles, layout.lines, note_of_line, doc_id, page_of)
    )
    findings = (
        check_notes(markers, notes, doc_id, per_page)
        + check_short_forms(notes, doc_id)
        + check_citations(citations, bibliography, doc_id)
        + check_numeric_citations(numeric, bibliography, notes)
        + url_findings(urls)
        + variant_findings
    )
    return Extraction(
        document=document,
        pages=pages,
        line_roles=tuple(role or "body" for role in layout.roles),
        notes=notes,
        markers=markers,
        citations=citations,
        bibliography=bibliography,
        urls=urls,
        findings=tuple(sorted(findings, key=lambda f: (f.location.line, f.rule, f.message))),
        numeric_citations=numeric,
    )


def _page_index(pages: tuple[Page, ...]) -> Callable[[int], int | None]:
    """A fast ``line → page number`` lookup (1-based lines)."""
    firsts = [p.first_line for p in pages]

    def page_of(line: int) -> int | None:
        at = bisect_right(firsts, line) - 1
        return pages[at].number if at >= 0 and line <= pages[at].last_line else None

    return page_of
