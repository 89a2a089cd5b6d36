"""The shared data model: every type that passes between the stages.

All types are frozen, slotted dataclasses holding tuples, so a stage can only make
new values (``dataclasses.replace``) and never changes what it was given. Each result
carries a :class:`Location` (or a :class:`Span`) pointing back to the text it came from.

Flow::

    Path --load--> Document --extract--> Extraction --parse--> Reference
                                      \\--verify.urls--> UrlCheck
                                      \\--verify.facts--> Claim, Conflict
    every stage --> Finding --> Report

Sections below are owned by stages; add fields freely, but keep existing names stable
(they are the JSON contract of ``citecheck extract --json`` and the reports).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 3, "warning": 2, "info": 1}


# --------------------------------------------------------------------------- locations


@dataclass(frozen=True, slots=True)
class Location:
    """Where something is: document id, 1-based line in the original file, page."""

    document: str
    line: int
    page: int | None = None
    column: int | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` into a raw string (a citation, a line)."""

    start: int
    end: int


# --------------------------------------------------------------------------- load stage


@dataclass(frozen=True, slots=True)
class Document:
    """One decoded input file.

    ``lines`` are the file's lines without their line endings; ``lines[i]`` is line
    ``i + 1`` of the original file, so every later stage reports true line numbers.
    """

    id: str
    path: str
    lines: tuple[str, ...]
    encoding: str
    sha256: str

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def line(self, number: int) -> str:
        """Return 1-based line ``number``."""
        return self.lines[number - 1]


# --------------------------------------------------------------------------- extract stage

LineRole = Literal[
    "blank",
    "body",
    "heading",
    "page-number",
    "running-header",
    "separator",
    "note",
    "list",
    "timeline",
    "contents",
]


@dataclass(frozen=True, slots=True)
class Page:
    """A page of PDF-extracted text: sequential number, printed number if seen, lines."""

    number: int
    first_line: int
    last_line: int
    printed: str | None = None


@dataclass(frozen=True, slots=True)
class Marker:
    """A note marker in the body text (``in 1949.1`` → number 1)."""

    number: int
    location: Location
    context: str = ""


@dataclass(frozen=True, slots=True)
class Note:
    """A footnote or endnote: its number, joined text and where it starts.

    ``lines`` lists every original line the text was assembled from (a note split
    across pages has lines on two pages). ``markers`` are the body markers linked to it.
    """

    number: int | None
    text: str
    location: Location
    lines: tuple[int, ...] = ()
    markers: tuple[Location, ...] = ()


@dataclass(frozen=True, slots=True)
class Citation:
    """An author-year citation in running text: ``(Kozyrev, 1993, p. 5)``; MLA's ``(Morrison 36)`` has no year."""

    author: str
    year: str | None
    pages: str | None
    raw: str
    location: Location


@dataclass(frozen=True, slots=True)
class NumericCitation:
    """A citation by reference number in running text: the numbers it cites.

    ``form`` says how it was printed: ``brackets`` (``[2, 3]``, ``[4–6]``), ``superscript``
    (a superscript flattened into the word, ``diversity1,2.``) or ``ref`` (``(refs. 6,7)``).
    """

    numbers: tuple[int, ...]
    raw: str
    location: Location
    form: str = "brackets"


@dataclass(frozen=True, slots=True)
class BibEntry:
    """One entry of a reference list or reading list."""

    text: str
    location: Location
    section: str
    lines: tuple[int, ...] = ()


UrlWhere = str  # "note N", "body" or "list"


@dataclass(frozen=True, slots=True)
class UrlRef:
    """A URL as cited: ``raw`` is the text as it stood, ``url`` after repair."""

    url: str
    raw: str
    location: Location
    where: UrlWhere
    repaired: bool = False
    context: str = ""


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extract stage found in one document."""

    document: Document
    pages: tuple[Page, ...]
    line_roles: tuple[str, ...]
    notes: tuple[Note, ...]
    markers: tuple[Marker, ...]
    citations: tuple[Citation, ...]
    bibliography: tuple[BibEntry, ...]
    urls: tuple[UrlRef, ...]
    findings: tuple["Finding", ...] = ()
    numeric_citations: tuple[NumericCitation, ...] = ()

    def page_of(self, line: int) -> int | None:
        """Return the sequential page number holding 1-based ``line``."""
        for page in self.pages:
            if page.first_line <= line <= page.last_line:
                return page.number
        return None


# --------------------------------------------------------------------------- parse stage


@dataclass(frozen=True, slots=True)
class Name:
    """A person (family/given) or, with ``literal``, a corporate author kept whole."""

    family: str = ""
    given: str = ""
    literal: str = ""

    def display(self) -> str:
        if self.literal:
            return self.literal
        return f"{self.family}, {self.given}" if self.given else self.family


@dataclass(frozen=True, slots=True)
class Field:
    """A parsed field: its name, value and the span of raw text it came from.

    ``value`` is a string, or a tuple of :class:`Name` for ``author``/``editor``.
    """

    name: str
    value: object
    span: Span | None = None
    source: str = "parsed"


@dataclass(frozen=True, slots=True)
class Reference:
    """A citation parsed into fields.

    ``kind`` is ``full``, ``short`` or ``ibid``; ``same_as`` is the id of the full
    reference a short form or ibid resolves to (None when it is itself full or
    unresolved).
    """

    id: str
    kind: str
    raw: str
    location: Location
    fields: tuple[Field, ...]
    note: int | None = None
    same_as: str | None = None

    def get(self, name: str, default: object = None) -> object:
        """Return the value of field ``name``, or ``default``."""
        for f in self.fields:
            if f.name == name:
                return f.value
        return default


# --------------------------------------------------------------------------- verify stage


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """One HTTP request the verify stages want made (by whatever fetcher is passed in)."""

    url: str
    method: str = "GET"
    headers: tuple[tuple[str, str], ...] = ()
    max_bytes: int = 1_000_000
    # Content-Type fragments (e.g. ``("text/html",)``): read the body only of a 2xx answer
    # whose type contains one, so a GET of a PDF or an error page costs no download.
    # Empty: read every body (up to ``max_bytes``).
    read_body_if: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What came back: status, headers, at most ``max_bytes`` of body, the hops taken.

    ``error`` names a failure with no HTTP answer (``dns``, ``timeout``, ``refused``,
    ``blocked-address``, ``too-many-redirects``, ``too-large``, ``offline-unrecorded``…),
    with ``status`` None; ``detail`` says it in words.
    """

    url: str
    status: int | None
    final_url: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    redirects: tuple["Redirect", ...] = ()
    error: str | None = None
    detail: str = ""
    elapsed: float = 0.0

    def header(self, name: str) -> str | None:
        """Return the first header ``name`` (case-insensitive), or None."""
        low = name.lower()
        for key, value in self.headers:
            if key.lower() == low:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Redirect:
    """One hop of a redirect chain."""

    status: int
    url: str


@dataclass(frozen=True, slots=True)
class UrlCheck:
    """The verdict on one cited URL, with its evidence."""

    ref: UrlRef
    verdict: str
    http_status: int | None = None
    final_url: str | None = None
    redirects: tuple[Redirect, ...] = ()
    evidence: str = ""
    archive_url: str | None = None


@dataclass(frozen=True, slots=True)
class RegistryUpdate:
    """A notice that updates a registered work (Crossref ``updated-by``): retraction, correction…"""

    type: str
    doi: str = ""
    label: str = ""
    date: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One record a registry returned for a reference, in the registry's own words.

    ``years`` holds every publication year the record gives (print, online, each edition)
    so a citation of any of them agrees; ``record`` is the address of the record.
    """

    registry: str
    record: str
    title: str = ""
    authors: tuple[Name, ...] = ()
    years: tuple[str, ...] = ()
    container: tuple[str, ...] = ()
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    isbn: tuple[str, ...] = ()
    publisher: str = ""
    type: str = ""
    updates: tuple[RegistryUpdate, ...] = ()
    via: str = "search"  # "doi", "isbn" or "search": how the record was found


@dataclass(frozen=True, slots=True)
class RegistryAnswer:
    """What asking one registry about one reference gave: records, or why there are none.

    ``error`` is None when the registry answered (even with no records), else one of
    ``offline``, ``rate-limited``, ``down``, ``bad-answer``; ``detail`` says it in words.
    """

    registry: str
    candidates: tuple[Candidate, ...] = ()
    requests: tuple[str, ...] = ()
    error: str | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class FieldComparison:
    """One row of a cited-vs-registry comparison; ``agrees`` is None when not comparable."""

    field: str
    cited: str
    registry: str
    agrees: bool | None


@dataclass(frozen=True, slots=True)
class AddedField:
    """A field a registry supplied for the bibliography, with where it came from."""

    name: str
    value: str
    registry: str
    record: str


@dataclass(frozen=True, slots=True)
class RefCheck:
    """The verdict on one cited work against the public registries, with its evidence.

    ``verdict`` is ``verified``, ``mismatch``, ``not-found``, ``unverifiable``,
    ``retracted`` or ``corrected``. ``score`` (0–100) is citecheck's own match score of
    the best record; ``asked`` says which registries were asked and what each answered.
    ``added`` are the certain additions (verified only); ``suggestion`` a weak match.
    """

    reference: Reference
    verdict: str
    registry: str | None = None
    record: str | None = None
    score: float | None = None
    comparison: tuple[FieldComparison, ...] = ()
    added: tuple[AddedField, ...] = ()
    suggestion: str | None = None
    evidence: str = ""
    asked: tuple[str, ...] = ()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """A dated claim: an event and its date as stated, normalised with its precision."""

    event: str
    date: str
    precision: str
    quote: str
    location: Location
    start: str = ""
    end: str = ""
    entities: tuple[str, ...] = ()
    qualifier: str = ""  # "approx", "after", "before", "since" or "" (see verify/facts/dates.py)
    context: str = ""  # the text an anaphoric claim ("he", "this process") points back to
    kind: str = "sentence"  # "sentence" or "timeline": where the claim was stated


@dataclass(frozen=True, slots=True)
class Conflict:
    """Claims about one event whose dates disagree (or may disagree)."""

    rule: str
    event: str
    reason: str
    confidence: float
    claims: tuple[Claim, ...]
    outliers: tuple[Claim, ...] = ()  # the claims that disagree with the most-stated date


# --------------------------------------------------------------------------- findings & report


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quote from a document that supports a finding."""

    quote: str
    location: Location


@dataclass(frozen=True, slots=True)
class Finding:
    """A discrepancy for the editor: rule, severity, where, what, why, what to do."""

    rule: str
    severity: str
    location: Location
    message: str
    evidence: tuple[Evidence, ...] = ()
    suggestion: str | None = None
    fingerprint: str = ""


@dataclass(frozen=True, slots=True)
class DocumentAnalysis:
    """What the per-document stages found in one document (the unit the cache stores).

    Every tuple field whose name is also a :class:`Report` field is concatenated into
    the report, so a stage adds its results by adding a field in both places.
    """

    document: str
    extraction: Extraction | None = None
    references: tuple[Reference, ...] = ()
    url_checks: tuple[UrlCheck, ...] = ()
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    findings: tuple[Finding, ...] = ()
    ref_checks: tuple[RefCheck, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """Everything ``citecheck check`` found, ready to render."""

    documents: tuple[Document, ...]
    findings: tuple[Finding, ...]
    extractions: tuple[Extraction, ...] = ()
    url_checks: tuple[UrlCheck, ...] = ()
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    references: tuple[Reference, ...] = ()
    stages: tuple[str, ...] = field(default=())
    ref_checks: tuple[RefCheck, ...] = ()
