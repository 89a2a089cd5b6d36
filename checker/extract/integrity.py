"""Notes, markers, citations, entries → Findings: does the apparatus of one document hold together?

Rules: ``note.missing-text`` (a marker without a note), ``note.orphan`` (a note without a
marker), ``note.order`` (markers or notes out of order, duplicated or skipped),
``cite.no-reference-list`` (author-year citations but no list: once per document),
``cite.unmatched`` (a citation no list entry matches), ``cite.numeric-unmatched`` (a
bracketed number with no entry in the numbered list). ``cite.short-form-unresolved`` (a
short-form or ibid note with no earlier full citation) has its own module, :mod:`.shortforms`.
"""

from __future__ import annotations

from ..findings import make_finding
from ..model import BibEntry, Citation, Evidence, Finding, Location, Marker, Note, NumericCitation
from .bibliography import with_authors_repeated
from .citations import abbreviations, fold, matches_entry
from .markers import counts_on
from .numbered import entry_numbers



def check_notes(
    markers: tuple[Marker, ...], notes: tuple[Note, ...], document: str, per_page: bool = False
) -> tuple[Finding, ...]:
    """``note.missing-text``, ``note.orphan`` and ``note.order`` for one document.

    With ``per_page`` (footnotes numbered afresh on each page) a marker and a note match
    by page and number, and the order is checked page by page.
    """
    def key(number: int, location: Location) -> tuple[int | None, int]:
        return (location.page if per_page else None, number)

    def name(number: int, location: Location) -> str:
        return f"Note {number} on page {location.page}" if per_page else f"Note {number}"

    numbered = [n for n in notes if n.number is not None]
    have_text = {key(n.number, n.location) for n in numbered}
    have_marker = {key(m.number, m.location) for m in markers}
    findings: list[Finding] = []
    first_marker: dict[tuple[int | None, int], Marker] = {}
    for marker in markers:
        first_marker.setdefault(key(marker.number, marker.location), marker)
    for marked, marker in sorted(first_marker.items(), key=lambda pair: (pair[0][0] or 0, pair[0][1])):
        if marked not in have_text:
            findings.append(make_finding(
                "note.missing-text", marker.location,
                f"{name(marker.number, marker.location)} is marked in the text but its note text is missing",
                evidence=(Evidence(marker.context, marker.location),),
                suggestion=f"Restore the text of note {marker.number}, or remove its marker",
                key=f"note {marked}",
            ))
    for note in numbered:
        if key(note.number, note.location) not in have_marker:
            findings.append(make_finding(
                "note.orphan", note.location,
                f"{name(note.number, note.location)} has no marker in the text",
                evidence=(Evidence(note.text[:200], note.location),),
                suggestion=f"Add the marker for note {note.number} where it is cited, or remove the note",
                key=f"note {key(note.number, note.location)}",
            ))
    return tuple(findings + _order_by_page(markers, numbered, have_text | have_marker, per_page))


def _order_by_page(markers, numbered, known_keys, per_page: bool) -> list[Finding]:
    """``note.order`` over the whole document, or page by page when numbering restarts per page."""
    findings: list[Finding] = []
    pages = sorted({m.location.page for m in markers} | {n.location.page for n in numbered}, key=lambda p: p or 0)
    for page in pages if per_page else [None]:
        on_page = [m for m in markers if not per_page or m.location.page == page]
        notes_on_page = [n for n in numbered if not per_page or n.location.page == page]
        known = {number for p, number in known_keys if not per_page or p == page}
        findings += _order_findings([(m.number, m.location, m.context) for m in on_page], "marker", known)
        findings += _order_findings([(n.number, n.location, n.text[:120]) for n in notes_on_page], "note", known)
    return findings


def _order_findings(sequence, kind: str, known: set[int]) -> list[Finding]:
    """Out-of-order and duplicated numbers in ``sequence``; for markers also skipped numbers.

    A number used several times gives one finding (with its count), not one per repeat:
    at the repeat when it stands where the next number belongs (``7, 8, 8, 10``), else at
    the first occurrence.
    """
    findings = []
    previous = 0
    first_seen: dict[int, tuple[Location, str]] = {}
    repeats: dict[int, int] = {}
    repeated_at: dict[int, tuple[Location, str]] = {}
    for k, (number, location, quote) in enumerate(sequence):
        problem = None
        if number in first_seen:
            repeats[number] = repeats.get(number, 0) + 1
            # A repeat followed by number + 2 stands where number + 1 belongs: it is the slip.
            slip = k + 1 < len(sequence) and sequence[k + 1][0] == number + 2
            repeated_at.setdefault(number, (location, quote) if slip else first_seen[number])
        elif number < previous:
            problem = f"{kind} {number} comes after {kind} {previous}"
        elif kind == "marker" and number > previous + 1 and not (previous == 0 and _excerpt_opens(sequence, k)):
            skipped = [n for n in range(previous + 1, number) if n not in known]
            if skipped:
                problem = f"{kind} numbering skips {_span(skipped)} before {number}"
        if problem:
            findings.append(_order_finding(problem, location, quote))
        first_seen.setdefault(number, (location, quote))
        previous = max(previous, number)
    for number, count in sorted(repeats.items()):
        location, quote = repeated_at[number]
        times = "twice" if count == 1 else f"{count + 1} times"
        findings.append(_order_finding(f"{kind} {number} occurs {times}", location, quote))
    return findings


def _excerpt_opens(sequence, k: int) -> bool:
    """Does the numbering open at ``sequence[k]`` and count on from there (41, 42, 43, …)?

    Such an excerpt skips nothing: notes 1–40 are in the part of the work not printed.
    """
    return counts_on([number for number, _, _ in sequence[k: k + 3]], 2)


def _order_finding(problem: str, location: Location, quote: str) -> Finding:
    return make_finding(
        "note.order", location, problem[0].upper() + problem[1:],
        evidence=(Evidence(quote, location),),
        suggestion="Renumber the notes so they run 1, 2, 3… in reading order",
        key=problem,
    )


def _span(numbers: list[int]) -> str:
    return str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"


def check_citations(citations: tuple[Citation, ...], entries: tuple[BibEntry, ...], document: str) -> tuple[Finding, ...]:
    """``cite.no-reference-list`` once, or ``cite.unmatched`` for each citation no entry matches."""
    if not citations:
        return ()
    if not entries:
        return (_once_per_document(
            "cite.no-reference-list", citations,
            f"The text has {len(citations)} author-year citations but no reference list",
            "Add a reference list with an entry for every cited work", "no reference list",
        ),)
    folded = [fold(text) for text in with_authors_repeated(entries)]
    expand = abbreviations(citations)
    findings = []
    for citation in citations:
        author = expand.get(citation.author, citation.author)
        if not any(matches_entry(author, citation.year, text) for text in folded):
            cited = f"{citation.author} ({citation.year})" if citation.year else citation.author
            findings.append(make_finding(
                "cite.unmatched", citation.location,
                f"No reference-list entry matches the citation {citation.raw}",
                evidence=(Evidence(citation.raw, citation.location),),
                suggestion=f"Add an entry for {cited} or correct the citation",
                key=f"{citation.author} {citation.year or ''}".rstrip(),
            ))
    return tuple(findings)


def _once_per_document(rule: str, citations, message: str, suggestion: str, key: str) -> Finding:
    """One finding for a whole document's citations (at the first, quoting up to five)."""
    return make_finding(
        rule, citations[0].location, message,
        evidence=tuple(Evidence(c.raw, c.location) for c in citations[:5]),
        suggestion=suggestion,
        key=key,
    )


def check_numeric_citations(
    citations: tuple[NumericCitation, ...], entries: tuple[BibEntry, ...], notes: tuple[Note, ...]
) -> tuple[Finding, ...]:
    """``cite.numeric-unmatched`` for each cited number the numbered reference list lacks.

    With no numbered list at all, one finding for the document, unless the numbers are
    those of its notes (some exports print note markers as ``[1]``).
    """
    if not citations:
        return ()
    listed = entry_numbers(entries)
    if not listed:
        note_numbers = {n.number for n in notes if n.number is not None}
        if note_numbers and all(set(c.numbers) <= note_numbers for c in citations):
            return ()
        return (_once_per_document(
            "cite.numeric-unmatched", citations,
            f"The text has {len(citations)} bracketed citations but no numbered reference list",
            "Add a numbered reference list ([1], [2], …) with an entry for every cited number", "no numbered list",
        ),)
    findings, reported = [], set()
    for citation in citations:
        for number in citation.numbers:
            if number in listed or number in reported:
                continue
            reported.add(number)
            findings.append(make_finding(
                "cite.numeric-unmatched", citation.location,
                f"Reference [{number}] is cited but the reference list has no entry {number}",
                evidence=(Evidence(citation.raw, citation.location),),
                suggestion=f"Add entry [{number}] to the reference list or correct the citation",
                key=f"[{number}]",
            ))
    return tuple(findings)
