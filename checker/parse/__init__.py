"""Citation text (notes, reference-list entries) → ``Reference`` values with spanned fields.

``parse_reference`` reads one string; ``parse_references`` reads every citing note and
reference-list entry of an :class:`~checker.model.Extraction`, decides which notes are
citations and which are discursive, and links short forms and ibids to the full
citation they repeat (see :mod:`.resolve`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from ..model import Extraction, Field, Location, Name, Reference, Span
from .fields import list_number_end
from .names import scan_names
from .resolve import resolve_references
from .split import split_citations
from .styles import parse_fields

# An abbreviation's stop is part of it: ``\b`` after ``Ebd.`` would need a letter next.
_IBID = re.compile(
    r"\s*(?:(?:ibid|ibidem|idem|tamtéž|tamtiež|tamže|tamże|ebenda|eadem)\b\.?|(?:id|ebd|ebda)\.|op\.\s*cit\b\.?)", re.I
)
_IDEM_WORK = re.compile(r"\s*(?:idem|eadem|iidem)\s*[.,]\s*(?=[^\W\d_]{3})(?!pp?\.|s\.)", re.I)
_OP_CIT = re.compile(r",\s*(?:op\.\s*cit|dz\.\s*cyt|a\.\s*a\.\s*O)\.?", re.I)
"""``Lefèvre, op. cit., p. 112.`` (Polish ``dz. cyt.``, German ``a. a. O.``): the author's work cited before."""
_PINPOINT = re.compile(r"(?:pp?\.\s*)?(\d+(?:\s*[-–]\s*\d+)?)\s*\.?\s*$")
_PUBLICATION = ("year", "publisher", "location", "container_title", "url", "doi", "volume", "isbn")
_CITING = re.compile(
    r"\b(?:1[5-9]\d\d|20\d\d)\b|\b(?:pp?\.|vol\.|ed\.|eds\.|In:|Dostupné|Available|https?://|www\.|doi)|"
    r"[“\"«‘][^”\"»’]{3,}[”\"»’]|^\s*(?:ibid|idem|op\.\s*cit)",
    re.I,
)


_SOURCE = re.compile(r"https?://|www\.|\bdoi\b|\bpp?\.\s*\d|\([^()]{2,60}:\s[^()]{2,60}\d{4}\)|\bIn:", re.I)
# ``Letter of 3 May 1948, quoted in Jakobson, Finland in the New Europe, 44.``: the work
# cited is the one after the phrase; what comes before is a document inside it.
_SECONDARY = re.compile(r"[,;]\s+(?:as\s+)?(?:quoted|cited|printed|reprinted|published)\s+in\s+(?=[A-ZÀ-Þ])", re.I)
_PAGE_END = re.compile(r"^[A-Z][^.]{1,60}[.,]\s.{3,}[,.]?\s(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?\.?$")


def parse_reference(raw: str, location: Location | None = None, *, id: str | None = None,
                    note: int | None = None) -> Reference:
    """Parse one citation into a :class:`Reference` of kind ``full``, ``short`` or ``ibid``.

    >>> ref = parse_reference("Tsygankov, Russia's Foreign Policy: Change and Continuity, 56.")
    >>> ref.kind, ref.get("title"), ref.get("pages")
    ('short', "Russia's Foreign Policy: Change and Continuity", '56')
    """
    # NFC: PDF text often spells accents as combining marks (``Sua\u0301rez``), which no
    # name pattern reads as one letter.
    text = " ".join(unicodedata.normalize("NFC", raw).split())
    text = text.replace("``", "“").replace("''", "”")  # TeX quotes (``Title,'')
    head = list_number_end(text)  # ``6. Ibid., 81.``: a note's number printed before it
    ibid = _IBID.match(text, head)
    if ibid and _IDEM_WORK.match(text, head):
        ibid = None  # ``Idem, Another Title (…)``: the same author's next work, a full citation
    op_cit = None if ibid else _op_cit(text, head)
    if ibid:
        fields, kind = _pinpoint(text, ibid.end()), "ibid"
    elif op_cit is not None:
        fields, kind = op_cit, "short"
    else:
        fields, _ = parse_fields(text)
        kind = _kind(fields)
        if kind == "short":  # the work's kind is the full citation's; a short form does not say
            fields = tuple(f for f in fields if f.name != "type")
    location = location or Location(document="-", line=1)
    ref_id = id or "r" + hashlib.sha1(text.encode()).hexdigest()[:10]
    return Reference(id=ref_id, kind=kind, raw=text, location=location, fields=fields, note=note)


def _pinpoint(text: str, start: int) -> tuple[Field, ...]:
    """The cited pages at the end of ``text[start:]`` (``, 81–82.``, ``, S. 220.``), if any."""
    pages = _PINPOINT.search(text, start)
    if pages is None:
        return ()
    return (Field("pages", re.sub(r"\s*[-–]\s*", "-", pages.group(1)), Span(pages.start(1), pages.end(1))),)


def _op_cit(text: str, start: int) -> tuple[Field, ...] | None:
    """``Lefèvre, op. cit., p. 112.``: the author and the pages, or None when this is not that form."""
    if not _OP_CIT.search(text, start):
        return None
    names = scan_names(text, start)
    if names is None or not (marker := _OP_CIT.match(text, names.span.end)):
        return None
    return (Field("author", names.names, names.span), *_pinpoint(text, marker.end()))


def _kind(fields: tuple[Field, ...]) -> str:
    """Short form: names and a title but no publication facts (``Wolfe, “The Warsaw Pact”, 191.``)."""
    names = {f.name for f in fields}
    return "full" if names & set(_PUBLICATION) or "title" not in names else "short"


def is_citation(text: str) -> bool:
    """Whether a note cites a work (rather than only discussing something).

    >>> is_citation("The supporters of Atlanticism were then Prime Minister J. Gaidar, the first Deputy")
    False
    >>> is_citation('Wolfe, “The Warsaw Pact in Evolution”, 191-192.')
    True
    >>> is_citation("Central Intelligence Agency. Khrushchev’s We Will Bury You, 1.")
    True
    """
    text = " ".join(text.split())
    if _IBID.match(text, list_number_end(text)):
        return True
    words = len(text.split())
    if words > 35:  # a citation is short; a long note is prose unless it shows a source
        return bool(_SOURCE.search(text))
    return bool(_CITING.search(text[:200]) or _PAGE_END.search(text))


def cited_work(text: str) -> str:
    """The part of a note that cites a work: after ``quoted in`` / ``printed in`` when it cites one.

    >>> cited_work("Kontor ordinance register, printed in Nedkvitne, German Hansa and Bergen, 412.")
    'Nedkvitne, German Hansa and Bergen, 412.'
    >>> cited_work("Smith, Title (London: Penguin, 2001), 4.")
    'Smith, Title (London: Penguin, 2001), 4.'
    """
    found = None
    for found in _SECONDARY.finditer(text):
        pass
    if found is None:
        return text
    tail = text[found.end():]
    return tail if is_citation(tail) else text


def parse_references(extraction: Extraction) -> tuple[tuple[Reference, ...], tuple]:
    """Parse the citing notes and the reference list of one document; resolve short forms.

    A note citing several works gives one reference per work (:func:`.split.split_citations`),
    in the note's order, all with the note's number: the first has id ``doc#n6``, the
    next ``doc#n6.2``, ``doc#n6.3``. Returns the references (notes first, in note order,
    then reference-list entries) and the findings of resolution (unresolved short forms,
    inconsistent repeats).
    """
    doc = extraction.document.id
    refs: list[Reference] = []
    used: set[str] = set()
    for index, note in enumerate(extraction.notes):
        if not (note.text.strip() and is_citation(note.text)):
            continue
        base = f"{doc}#n{note.number if note.number is not None else f'x{index}'}"
        base = base if base not in used else f"{doc}#n{note.number}x{index}"  # a note number printed twice
        used.add(base)
        for nth, text in enumerate(split_citations(note.text), start=1):
            ref_id = base if nth == 1 else f"{base}.{nth}"
            refs.append(parse_reference(cited_work(text), note.location, id=ref_id, note=note.number))
    for index, entry in enumerate(extraction.bibliography, start=1):
        if entry.text.strip():
            refs.append(parse_reference(entry.text, entry.location, id=f"{doc}#b{index}"))
    return resolve_references(tuple(refs))


def fields_json(ref: Reference) -> dict[str, object]:
    """The ``fields`` object of the JSON contract: names as ``{family, given}`` or ``{literal}``."""
    out: dict[str, object] = {}
    for f in ref.fields:
        if f.name in ("author", "editor"):
            out[f.name] = [_name_json(n) for n in f.value]  # type: ignore[union-attr]
        else:
            out[f.name] = f.value
    return out


def _name_json(name: Name) -> dict[str, str]:
    if name.literal:
        return {"literal": name.literal}
    return {"family": name.family, "given": name.given} if name.given else {"family": name.family}


def references_json(references: tuple[Reference, ...]) -> list[dict[str, object]]:
    """The ``references`` array that ``citecheck extract --json`` adds to each document."""
    return [
        {"id": r.id, "kind": r.kind, "note": r.note, "raw": r.raw, "fields": fields_json(r), "same_as": r.same_as}
        for r in references
    ]


def references_section(extraction: Extraction) -> list[dict[str, object]]:
    """The ``references`` key of one document in ``citecheck extract --json``.

    Made to be passed to ``checker.extract.serialize.extraction_to_dict`` as
    ``sections={"references": references_section}``.
    """
    return references_json(parse_references(extraction)[0])


__all__ = [
    "fields_json", "is_citation", "parse_reference", "parse_references", "references_json",
    "references_section",
]
