"""What the unseen-paper test files (tests/test_unseen*_papers.py) share.

Each batch file keeps its papers, its tables (PAPERS, NOTE_NUMBERS, MARKERS, URLS, …) and
the tests that are its own; the tests whose bodies are the same in every batch are written
once here, as small factories a batch file calls with its own tables::

    papers = unseen.papers_fixture(DATA, PAPERS)
    test_markers = unseen.expect_markers(PAPERS, MARKERS)

A factory returns one test function, parametrised over the batch's papers or rows; pytest
collects it under the name the batch file gives it. The helpers (``line_of``, ``found_findings``)
are the ones the tables' needles are written for.

A batch file registers this module for pytest's assertion rewriting before importing it, so
that a failing comparison here shows its diff as one written in the batch file would.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pytest

from checker.extract import extract
from checker.load import load_file
from checker.pipeline import CheckOptions, run_check


# --- helpers -------------------------------------------------------------------------------

def papers_fixture(data: Path, names: Sequence[str]):
    """A module-scoped ``papers`` fixture: each paper's extraction, keyed by file stem."""

    @pytest.fixture(scope="module")
    def papers():
        """Each paper's extraction, keyed by file stem."""
        return {name: extract(load_file(data / f"{name}.txt")) for name in names}

    return papers


def line_of(extraction, needle: str, nth: int = 1) -> int:
    """The 1-based line of the ``nth`` line of the paper that contains ``needle``."""
    hits = [i for i, text in enumerate(extraction.document.lines, 1) if needle in text]
    return hits[nth - 1]


def found_findings(extraction, skip: tuple[str, ...] = ("url.",)) -> list[tuple[str, int]]:
    """The sorted (rule, line) pairs of the extraction's findings, leaving out rules opening with ``skip``."""
    return sorted((f.rule, f.location.line) for f in extraction.findings if not f.rule.startswith(skip))


def _per_paper(names: Sequence[str]):
    return pytest.mark.parametrize("name", names)


# --- loading -------------------------------------------------------------------------------

def expect_encodings(names: Sequence[str], encodings: Mapping[str, str], *, by_codec: bool):
    """The encoding each paper was read in, and no replacement characters or CRs left.

    ``by_codec``: compare the codecs the names stand for (``iso8859-2`` is ``iso-8859-2``);
    otherwise the names as written.
    """

    @_per_paper(names)
    def test(papers, name):
        document = papers[name].document
        if by_codec:
            assert codecs.lookup(document.encoding).name == codecs.lookup(encodings[name]).name
        else:
            assert document.encoding == encodings[name]
        assert "\ufffd" not in document.text and "\r" not in document.text

    return test


def expect_letters(names: Sequence[str], letters: Mapping[str, Sequence[str]]):
    """Each of the paper's words, with the letters its encoding must get right, is in the text."""

    @_per_paper(names)
    def test(papers, name):
        text = papers[name].document.text
        for word in letters[name]:
            assert word in text, word

    return test


# --- notes ---------------------------------------------------------------------------------

def expect_note_numbers(names: Sequence[str], numbers: Mapping[str, list]):
    """The numbers of the paper's notes, in reading order (an unnumbered fragment would show as None)."""

    @_per_paper(names)
    def test(papers, name):
        notes = papers[name].notes
        assert [n.number for n in notes] == numbers[name]

    return test


def expect_note_texts(rows):
    """Rows (paper, a text that opens the note's first line, the note's whole text)."""

    @pytest.mark.parametrize("name, opening, text", rows)
    def test(papers, name, opening, text):
        extraction = papers[name]
        line = line_of(extraction, opening)
        assert [n.text for n in extraction.notes if n.location.line == line] == [text]

    return test


def expect_note_marker_links(rows):
    """Rows (paper, the note's first line, the lines of its markers)."""

    @pytest.mark.parametrize("name, opening, markers", rows)
    def test(papers, name, opening, markers):
        extraction = papers[name]
        note = next(n for n in extraction.notes if n.location.line == line_of(extraction, opening))
        assert [m.line for m in note.markers] == [line_of(extraction, marker) for marker in markers]

    return test


def expect_not_notes(rows, nth: Mapping[str, int] | None = None):
    """Rows (paper, a line that opens like a note but is not one); ``nth``: openings whose
    line is not the first that contains them."""

    @pytest.mark.parametrize("name, opening", rows)
    def test(papers, name, opening):
        extraction = papers[name]
        line = line_of(extraction, opening, (nth or {}).get(opening, 1))
        assert all(line not in n.lines for n in extraction.notes)

    return test


# --- markers -------------------------------------------------------------------------------

def expect_markers(names: Sequence[str], markers: Mapping[str, list]):
    """The numbers of the paper's note markers, in reading order."""

    @_per_paper(names)
    def test(papers, name):
        assert [m.number for m in papers[name].markers] == markers[name]

    return test


def expect_glued_markers(rows):
    """Rows (paper, a marker's number, a text on its line): the marker is found on that line."""

    @pytest.mark.parametrize("name, number, where", rows)
    def test(papers, name, number, where):
        extraction = papers[name]
        assert number in [m.number for m in extraction.markers if m.location.line == line_of(extraction, where)]

    return test


def expect_not_markers(rows):
    """Rows (paper, a line with numbers that are not markers, the markers the line does hold)."""

    @pytest.mark.parametrize("name, where, numbers", rows)
    def test(papers, name, where, numbers):
        extraction = papers[name]
        assert [m.number for m in extraction.markers if m.location.line == line_of(extraction, where)] == numbers

    return test


# --- citations -----------------------------------------------------------------------------

def citation_triples(extraction) -> list[tuple]:
    """(author, year, pages) of each in-text citation, in reading order."""
    return [(c.author, c.year, c.pages) for c in extraction.citations]


def expect_citations(names: Sequence[str], citations: Mapping[str, list], keys: Callable = citation_triples):
    """The paper's in-text citations, as ``keys`` spells them, in reading order."""

    @_per_paper(names)
    def test(papers, name):
        assert keys(papers[name]) == citations[name]

    return test


def expect_numeric(names: Sequence[str], numeric: Mapping[str, list]):
    """The numbers of each numeric citation, in reading order."""

    @_per_paper(names)
    def test(papers, name):
        assert [c.numbers for c in papers[name].numeric_citations] == numeric[name]

    return test


# --- lists ---------------------------------------------------------------------------------

def expect_lists(names: Sequence[str], lists: Mapping[str, tuple]):
    """Per paper (heading, entry count, first entry, last entry); a count of 0: no list at all."""

    @_per_paper(names)
    def test(papers, name):
        heading, count, first, last = lists[name]
        entries = papers[name].bibliography
        assert len(entries) == count
        if count:
            assert {e.section for e in entries} == {heading}
            assert (entries[0].text, entries[-1].text) == (first, last)

    return test


def expect_list_entries(rows):
    """Rows (paper, the whole text of one of its list entries)."""

    @pytest.mark.parametrize("name, text", rows)
    def test(papers, name, text):
        assert text in [e.text for e in papers[name].bibliography]

    return test


# --- URLs ----------------------------------------------------------------------------------

def expect_urls(names: Sequence[str], urls: Mapping[str, list]):
    """Per paper, its URLs (url, repaired, where) in reading order."""

    @_per_paper(names)
    def test(papers, name):
        assert [(u.url, u.repaired, u.where) for u in papers[name].urls] == urls[name]

    return test


def expect_url_findings(names: Sequence[str], urls: Mapping[str, list]):
    """One ``url.damaged`` per repaired URL of the table, and no ``url.variant``."""

    @_per_paper(names)
    def test(papers, name):
        rules = [f.rule for f in papers[name].findings if f.rule.startswith("url.")]
        assert rules.count("url.damaged") == sum(repaired for _, repaired, _ in urls[name])
        assert rules.count("url.variant") == 0

    return test


# --- pages ---------------------------------------------------------------------------------

def expect_pages(names: Sequence[str], pages: Mapping[str, list]):
    """The printed number of each page (None: the page prints none)."""

    @_per_paper(names)
    def test(papers, name):
        assert [p.printed for p in papers[name].pages] == pages[name]

    return test


def expect_furniture(names: Sequence[str], furniture: Mapping[str, list]):
    """Per paper (a whole line, stripped, as a pattern; how many such lines): all running
    heads or page numbers."""

    @_per_paper(names)
    def test(papers, name):
        extraction = papers[name]
        for pattern, count in furniture[name]:
            lines = [i for i, text in enumerate(extraction.document.lines, 1) if re.fullmatch(pattern, text.strip())]
            assert len(lines) == count, pattern
            assert {extraction.line_roles[i - 1] for i in lines} <= {"running-header", "page-number"}, pattern

    return test


def expect_separators(separators: Mapping[str, tuple[str, int]]):
    """Per paper (the rule above its notes, on how many pages): separators, in no note."""

    @_per_paper(list(separators))
    def test(papers, name):
        extraction = papers[name]
        rule, count = separators[name]
        lines = [i for i, text in enumerate(extraction.document.lines, 1) if text.strip() == rule]
        assert len(lines) == count
        assert {extraction.line_roles[i - 1] for i in lines} == {"separator"}
        assert all(i not in n.lines for n in extraction.notes for i in lines)

    return test


# --- findings ------------------------------------------------------------------------------

def expect_findings(names: Sequence[str], expected: Callable, *, skip: Mapping[str, tuple[str, ...]] | None = None,
                    sees_found: bool = False):
    """The paper's integrity findings (no ``url.`` ones) are exactly ``expected(extraction, name)``.

    ``skip``: per paper, more rule prefixes to leave out. ``sees_found``: ``expected`` takes
    the findings too, as ``expected(extraction, name, found)`` (a finding that may point at
    one of several lines).
    """

    @_per_paper(names)
    def test(papers, name):
        extraction = papers[name]
        found = found_findings(extraction, ("url.",) + (skip or {}).get(name, ()))
        assert found == sorted(expected(extraction, name, found) if sees_found else expected(extraction, name))

    return test


def expect_check_offline(data: Path, names: Sequence[str], expected: Callable, *, sees_found: bool = False):
    """``check --offline`` on the batch's papers (not its README) reads each of them and
    reports at least the expected integrity findings of each."""

    def test(papers):
        report = run_check([str(data / f"{name}.txt") for name in names], CheckOptions(offline=True))
        assert sorted(d.id for d in report.documents) == sorted(names)
        for name in names:
            found = {(f.rule, f.location.line) for f in report.findings if f.location.document == name}
            wanted = expected(papers[name], name, found) if sees_found else expected(papers[name], name)
            assert set(wanted) <= found

    return test
