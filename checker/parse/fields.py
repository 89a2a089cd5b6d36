"""Raw citation text → the fields every style marks the same way (DOI, URL, ISBN, access date).

A :class:`Draft` is the working state of one parse: the raw text, a copy in which
the parts already read are blanked out (same length, so every offset stays an offset
into the raw text and every field keeps its :class:`~checker.model.Span`), and the
fields found so far. It never leaves the parse package; callers get a tuple of
:class:`~checker.model.Field`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Field, Span
from .dates import DATE_TEXT, normalise_date

FIELD_NAMES = (
    "type", "author", "editor", "title", "container_title", "publisher", "location", "year",
    "date", "volume", "issue", "pages", "url", "accessed", "doi", "isbn",
)
"""The JSON contract of ``fields``, in output order."""

BLANK = "\x1f"
"""Marks consumed text in ``Draft.work``; a separator no pattern matches as content."""


@dataclass(slots=True)
class Draft:
    """Working state of one parse (mutable on purpose, local to ``parse_fields``)."""

    raw: str
    work: str = ""
    found: dict[str, Field] = field(default_factory=dict)
    cues: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.work = self.work or self.raw

    def put(self, name: str, value: object, start: int, end: int, *, blank: bool = True) -> None:
        """Record field ``name`` from ``raw[start:end]`` (first finding wins) and blank it."""
        if value in (None, "", ()) or name in self.found:
            return
        self.found[name] = Field(name, value, Span(start, end))
        if blank:
            self.blank(start, end)

    def blank(self, start: int, end: int) -> None:
        """Mark ``raw[start:end]`` as read."""
        self.work = self.work[:start] + BLANK * (end - start) + self.work[end:]

    def blank_all(self, spans: list[tuple[int, int]]) -> None:
        """Mark ascending, disjoint spans as read in one pass (one copy of the text, not one per span)."""
        pieces, last = [], 0
        for start, end in spans:
            pieces += [self.work[last:start], BLANK * (end - start)]
            last = end
        self.work = "".join(pieces) + self.work[last:]

    def has(self, name: str) -> bool:
        return name in self.found

    def fields(self) -> tuple[Field, ...]:
        """Return the fields found, in the contract's order."""
        return tuple([self.found[n] for n in FIELD_NAMES if n in self.found])


def clean(text: str) -> str:
    """Trim spaces, blanks and the punctuation that separates fields, keeping ``?`` and ``!``.

    >>> clean(" “Images of the Adversary.” ,")
    'Images of the Adversary'
    >>> clean("Rowman and Littlefield Publishers, Inc., ")
    'Rowman and Littlefield Publishers, Inc.'
    """
    text = text.replace(BLANK, " ")
    # Printable text has no whitespace but the space (tabs, no-break and other spaces are not
    # printable), so without a double space there is nothing to collapse: most calls.
    full = text if "  " not in text and text.isprintable() else _SPACES.sub(" ", text)
    text = full.strip(" .,;:/-–—")
    if not text:
        return ""
    if len(text) > 1 and text[0] in _OPEN and text[-1] == _OPEN[text[0]]:
        text = text[1:-1].strip(" .,;:")
    elif text[:1] in "\"“”«‘„" and text.count(text[0]) + text.count(_OPEN.get(text[0], "")) == 1:
        text = text[1:].strip()
    elif text[-1:] in "\"”»’" and text[-1] != "’" and sum(text.count(q) for q in "\"“”«»") == 1:
        text = text[:-1].strip(" .,;:")
    text = text.strip(" .,;:…")  # ``Russia's Foreign Policy…``: a short title's ellipsis marks the cut
    end = full.find(text) + len(text)
    if full[end:end + 1] == "." and _ABBREVIATION_END.search(text):
        text += "."  # ``Publishers, Inc.``, ``Washington, D.C.``: the stop is the abbreviation's
    return text


_SPACES = re.compile(r"\s+")
_ABBREVIATION_END = re.compile(r"(?:\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|etc|al|Univ|Dept|Lab|Assoc|Inst|Soc)|\b(?:[A-Z]\.)+[A-Z])$")
_OPEN = {"“": "”", '"': '"', "‘": "’", "«": "»", "(": ")", "[": "]", "„": "“", "'": "'", "<": ">"}


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` occurs in ``text``: the cheap test before a slow pattern (a
    plain loop; ``any()`` over a generator costs twice as much, and this runs for every citation).

    >>> contains_any("accessed 5 May", ("cit", "cessed")), contains_any("Title", ("cit",))
    (True, False)
    """
    for word in words:
        if word in text:
            return True
    return False


def trimmed(draft: Draft, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding spaces, blanks and separators."""
    text = draft.raw
    while start < end and (text[start] in " ,;:.\u00a0" or draft.work[start] == BLANK):
        start += 1
    while end > start and (text[end - 1] in " ,;:\u00a0" or draft.work[end - 1] == BLANK):
        end -= 1
    return start, end


# --------------------------------------------------------------------------- steps

_STRAY_SPACE = re.compile(r"(?<=[^\W_]) ([.,;:])(?=[^\W_]|[.,;:])")


def repair_spacing(draft: Draft) -> None:
    """Move a stop a PDF put after the space to before it (``Phys .Rev .Lett .37 ,1251`` →
    ``Phys. Rev. Lett. 37, 1251``, ``Diss .,2001`` → ``Diss., 2001``) in the working copy; the
    swap keeps every offset."""
    for _ in range(2):  # ``Diss .,2001``: the second stop moves once the first has
        work = draft.work
        if " ." not in work and " ," not in work and " :" not in work and " ;" not in work:
            return
        draft.work = _STRAY_SPACE.sub(_swap, draft.work)


def _swap(match: re.Match) -> str:
    return match.group(1) + " "


_NUMBER = re.compile(r"^\s*(?:\[\s*\d{1,4}[a-z]?\s*\]|\(\d{1,4}\)|(?!1[4-9]\d\d\.|20\d\d\.)\d{1,4}\.(?=\s)|\d{1,3}(?=\s+[^\d\s]))\s*")
_DOI = re.compile(
    r"(?:(?:https?://)?(?:dx\.)?doi\.org/|\bdoi\s*:?\s*(?:https?://(?:dx\.)?doi\.org/)?)?(10\.\d{4,9}/[^\s<>\"]+)",
    re.I,
)
_URL = re.compile(
    r"<?((?:https?://|ftp://|www\.)[^\s<>\"]+|(?<![\w@/.-])(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|int|info|eu|uk|cz|sk|de)"
    r"/[^\s<>\"]*)>?"
)
"""An address: with a scheme, from ``www.``, or a bare host and path as MLA 9 prints them
(``foreignpolicy.com/2020/10/12/…``)."""
_URL_PIECE = re.compile(r"\s([-/._~%?=&#][^\s]*|[^\s]*(?:[/_~%?=&#]|\.html?|\.pdf|\.php|\.aspx?)[^\s]*)")
_ISBN = re.compile(r"\bISBN(?:-1[03])?\s*:?\s*((?:97[89][-\s]?)?(?:\d[-\s]?){9}[\dXx])")
_ACCESSED = re.compile(
    rf"(?:\[\s*)?(?:\[?cit\.|cited|ac(?:-\s?)?cessed(?:\s+on)?|re(?:-\s?)?trieved(?:\s+on)?|viewed(?:\s+on)?|consulted(?:\s+on)?|"
    rf"last\s+(?:visited|accessed)|abgerufen\s+am|consulté\s+le|zugegriffen\s+am|zugriff(?:\s+am)?|navštíveno|"
    rf"dostęp(?:\s+dnia)?)\s*:?\s*"
    rf"(?P<date>{DATE_TEXT})\s*\]?(?:,?\s+from\s+[^.]*\.?)?|(?P<bare>\d{{4}}-\d\d-\d\d)\s*\]",
    re.I,
)
_ONLINE = re.compile(
    r"\[\s*(?:online|on-line|internet|cit\.)\s*\]|"
    r"\b(?:Online\s+)?(?:Dostupné|Dostupný|Dostępny|Dostępne|Available|Verfügbar|Disponible)\s*(?:také\s+|also\s+)?"
    r"(?:w\s+Internecie|na\s+internete|na\s+internetu|z|na|at|from|online|unter|sur|en\s+ligne)?\s*:?|"
    r"\bRetrieved\s+from\b|"
    r"\b(?:Online|URL)\s*:|\b(?:PMID|PMCID|NIHMSID)\s*:?\s*\S+|\bPubMed\b(?:\s*\[journal\])?",
    re.I,
)

_ACCESS_WORDS = ("cit", "cessed", "trieved", "viewed", "consulted", "visited", "abgerufen", "consulté",
                 "zugegriffen", "zugriff", "navštíveno", "dostęp", "]")
_ONLINE_WORDS = ("online", "on-line", "[internet]", "cit.", "dostupn", "dostępn", "available", "verfügbar", "disponible",
                 "retrieved", "url", "pmid", "pmcid", "nihmsid", "pubmed")
"""Words one of which ``_ACCESSED`` / ``_ONLINE`` needs: most citations have none, and the
patterns are slow to try at every character."""


def list_number_end(text: str) -> int:
    """Where the text after a leading list or note number (``[27]``, ``24.``, ``(44)``) starts; 0 without one."""
    match = _NUMBER.match(text)
    return match.end() if match and match.end() < len(text) else 0


def strip_number(draft: Draft) -> None:
    """Blank a leading list number: it is not part of the work."""
    end = list_number_end(draft.work)
    if end:
        draft.blank(0, end)


def take_doi(draft: Draft) -> None:
    """DOI wherever it stands: ``doi:10.…``, ``DOI: https://doi.org/10.…``, bare ``10.…/…``."""
    match = _DOI.search(draft.work) if "10." in draft.work else None
    if match:
        value = match.group(1).rstrip(".,;)]")
        draft.put("doi", value, match.start(), match.start(1) + len(value))


def take_url(draft: Draft) -> None:
    """URL, rejoined when a PDF line break split it (``…/fukkou-index. html``)."""
    if "/" not in draft.work and "www." not in draft.work:
        return
    match = _URL.search(draft.work)
    if not match:
        return
    end = match.end(1)
    while (piece := _URL_PIECE.match(draft.work, end)) and not _ACCESSED.match(draft.work, piece.start(1)):
        end = piece.end()
    printed = draft.raw[match.start(1):end]
    value = _SPACES.sub("", printed).rstrip(".,;)>]")
    close = match.end() if match.group(0).endswith(">") and end == match.end(1) else end
    kept = len(printed.rstrip(".,;)>]"))
    if close == end and "(" not in value and ")" in printed[kept:]:
        close = match.start(1) + printed.index(")", kept)  # ``(… at http://x.org)``: the note's bracket
    draft.put("url", value, match.start(), max(close, match.start(1) + len(value)))


def take_isbn(draft: Draft) -> None:
    """ISBN-10 or ISBN-13, digits kept as printed."""
    match = _ISBN.search(draft.work) if "ISBN" in draft.work else None
    if match:
        draft.put("isbn", match.group(1).strip(), match.start(), match.end())


def take_accessed(draft: Draft) -> None:
    """Access date: ``[cit. 2014-07-22]``, ``accessed 5 March 2016``, ``Retrieved June 1, 2008, from``."""
    lower = draft.work.lower()
    if contains_any(lower, _ACCESS_WORDS):
        _take_access_date(draft)
    if contains_any(lower, _ONLINE_WORDS):
        _take_online_marks(draft)


def _take_access_date(draft: Draft) -> None:
    """Read the first access date and blank every one."""
    spans = []
    for match in _ACCESSED.finditer(draft.work):
        # Only the first is this citation's; a later one belongs to a citation glued on by
        # damage and must not be read as the publication date.
        draft.put("accessed", normalise_date(match.group("date") or match.group("bare")), match.start(), match.end(),
                  blank=False)
        spans.append(match.span())
    draft.blank_all(spans)


def _take_online_marks(draft: Draft) -> None:
    """Blank ``[online]``, ``Dostupné z:``, ``Available at``, ``PMID``, noting the online cues."""
    spans = []
    for marker in _ONLINE.finditer(draft.work):
        if any(word in marker.group(0).lower() for word in ("online", "dostup", "internet")):
            draft.cues.add("online")
        if marker.group(0).startswith("["):
            draft.cues.add("online-mark")  # ISO 690 ``[online]``: the document itself is electronic
        spans.append(marker.span())
    draft.blank_all(spans)


_EPRINT = re.compile(
    r"(?:\be\s?-?\s?print\s*)?arXiv\s*:?\s*(?:\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7})"
    r"|\[\s*[a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?/\d{7}\s*\]|(?<![\w/])[a-z]+-[a-z]+/\d{7}\b"
)
_EPRINT_AT_END = re.compile(r"(?<=[,;]\s)\d{4}\.\s?\d{4,5}(?:v\d+)?(?=[\s.;]*$)")
"""``arXiv:1203.2654``, ``e-print arXiv:1410.8174v1``, ``[hep-lat/0201010]``, ``astro-ph/9812133``, and a
bare new-style number closing the entry (``…, 231301 (2015), 1503.02641.``)."""


def take_eprint(draft: Draft) -> None:
    """Blank e-print (arXiv) numbers: they are not pages, volumes or titles. The contract has
    no field for them; they stay in ``raw``."""
    spans = [m.span() for m in _EPRINT.finditer(draft.work)] if "arXiv" in draft.work or "/" in draft.work else []
    at_end = _EPRINT_AT_END.search(draft.work, max(0, len(draft.work) - 20))
    spans += [at_end.span()] if at_end else []
    if spans:
        draft.cues.add("eprint")
        draft.blank_all(spans)


IDENTIFIER_STEPS = (repair_spacing, strip_number, take_doi, take_url, take_isbn, take_accessed, take_eprint)
"""Run first: identifiers look the same in every style and would confuse the rest."""
