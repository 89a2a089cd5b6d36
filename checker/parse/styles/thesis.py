"""A thesis label → the ``thesis`` cue, the school (as publisher) and the school's town.

``Title [Doctoral dissertation, Karolinska Institutet].`` (APA), ``Title [dissertation].
Harare: …`` (Vancouver), ``“Title,” Ph.D. dissertation, Dept. Elect. Eng., Univ. of Cape
Town, Cape Town, South Africa, 2021.`` (IEEE), ``Title. Praha, 2018. Diplomová práce.
Univerzita Karlova, Fakulta sociálních věd.`` (ISO 690), ``Title, thèse de doctorat,
Université Lumière Lyon 2, 2016.``, ``Title. Diss., Universität Wien, 2009.``. Chicago's
``(PhD diss., University of Vienna, 2017)`` is read with the bracketed facts
(:mod:`.notes`).

A label standing as its own chunk (after ``, `` or ``. ``, or in brackets) is read before
the title, so that a comma-separated title stops there; a label anywhere else after the
title is read with the publication facts.
"""

from __future__ import annotations

import re

from ..fields import BLANK, Draft, clean, contains_any, trimmed

THESIS_LABEL = (
    r"(?:unpublished\s+)?(?:(?:Ph\.?\s?D\.?|doctoral|master'?s?|MA|M\.A\.|MSc|M\.Sc\.|diploma|bachelor'?s?|honou?rs)\s+)?"
    r"(?:thesis|dissertation|diss\.)"
    r"|Dissertation|Diplomarbeit|Masterarbeit|Magisterarbeit|Bachelorarbeit|Habilitationsschrift"
    r"|(?:diplomová|bakalářská|disertační|dizertační|rigorózní|habilitační)\s+práce"
    r"|(?:diplomová|bakalárska|dizertačná|rigorózna)\s+práca"
    r"|praca\s+(?:magisterska|doktorska|licencjacka|dyplomowa|inżynierska)"
    r"|thèse(?:\s+(?:de\s+doctorat|d['’]État))?|mémoire\s+de\s+(?:master|maîtrise|DEA)"
    r"|tesi\s+di\s+(?:laurea|dottorato)|tesis\s+doctoral"
)
"""Thesis labels in English, German, Czech, Slovak, Polish, French, Italian and Spanish."""

_LABEL = re.compile(rf"\b(?:{THESIS_LABEL})", re.I)
_OWN_CHUNK = re.compile(
    rf"(?:(?<=[,.;]\s)|(?<=,)|(?<=[,.][”\"]\s))(?P<label>{THESIS_LABEL})(?=\s*[,.;]|\s*$|\s+(?:1[5-9]|20)\d\d\b)", re.I
)
"""A label as a chunk of its own: ``…, Diplomarbeit, 2006``, ``Universite Libre de Bruxelles,Diss.,2001``,
``A. Dehnel. Thèse, Université d'Orléans``, ``Thèse 1979, Université de Stanford``."""
_BRACKET = re.compile(rf"\[\s*(?:{THESIS_LABEL})\s*(?:,\s*(?P<school>[^\[\]]{{3,120}}?))?\s*\]", re.I)
_SCHOOL = re.compile(
    r"Univ|Universit|Uniwersytet|Univerzit|Institut|College|Hochschule|Akadem|Academy|Politechni|École|Ecole|"
    r"Scuola|School|Polytechn|Vysoká škola|Vysoké učení",
    re.I,
)
_UNIT = re.compile(r"(?:Dept\.?|Department|Faculty|Fakult\w*|Faculté|Wydział|Katedra|Ústav)\b", re.I)
_CHUNK = re.compile(rf"[^,;()\[\]{BLANK}]+?(?=\.\s+\d|[,;()\[\]{BLANK}]|$)")
"""A comma-separated chunk; a full stop before a number ends one (``Orléans, France. 1983.``)."""


def _may_have_label(text: str) -> bool:
    """Cheap test first: the label patterns are slow to try at every character."""
    lower = text.lower()
    return contains_any(lower, _LABEL_WORDS)


_LABEL_WORDS = ("thes", "diss", "arbeit", "schrift", "práce", "práca", "praca", "thèse", "mémoire", "tesi")


def take_thesis_label(draft: Draft) -> None:
    """A thesis label in brackets or as its own chunk: blank it and read the school after it."""
    if not _may_have_label(draft.work):
        return
    bracket = _BRACKET.search(draft.work)
    if bracket is not None:
        draft.cues.add("thesis")
        if bracket.group("school"):
            start, end = trimmed(draft, *bracket.span("school"))
            draft.put("publisher", clean(draft.raw[start:end]), start, end, blank=False)
        draft.blank(*bracket.span())
        return
    label = _OWN_CHUNK.search(draft.work)
    if label is not None:
        _read(draft, label.start(), label.end())


def take_thesis(draft: Draft, start: int) -> None:
    """A thesis label anywhere after ``start`` (``Title. Unpublished PhD thesis, …``)."""
    if not _may_have_label(draft.work):
        return
    label = _LABEL.search(draft.work, start)
    if label is not None and label.group(0).strip():
        _read(draft, label.start(), label.end())


def _read(draft: Draft, start: int, end: int) -> None:
    draft.cues.add("thesis")
    draft.blank(start, end)
    _school_before(draft, start)
    _school_and_town(draft, end)


def _school_before(draft: Draft, label: int) -> None:
    """German order, the school before the label: ``Title, Technische Universität Wien, Diplomarbeit, 2006``."""
    before = re.search(rf"(?<=,)\s*(?P<school>[^,;()\[\]{BLANK}]{{3,80}}?)\s*,\s*$", draft.work[:label])
    if before is None or not _SCHOOL.search(before.group("school")) or "publisher" in draft.found:
        return
    start, end = trimmed(draft, *before.span("school"))
    draft.put("publisher", clean(draft.raw[start:end]), start, end)


def _school_and_town(draft: Draft, pos: int) -> None:
    """``, Dept. Elect. Eng., Univ. of Cape Town, Cape Town, South Africa, 2021``: skip the
    department, take the school (with a faculty after it) as publisher and what is left
    before the year as its town."""
    chunks = _chunks(draft, pos)
    if not chunks or "publisher" in draft.found:
        return
    school = next((i for i, (_, _, text) in enumerate(chunks) if _SCHOOL.search(text)), 0)
    last = school
    while last + 1 < len(chunks) and _UNIT.match(chunks[last + 1][2]):
        last += 1  # ``Univerzita Karlova, Fakulta sociálních věd``
    draft.put("publisher", draft.raw[chunks[school][0]:chunks[last][1]], chunks[school][0], chunks[last][1])
    town = chunks[last + 1:last + 4]
    if town and "location" not in draft.found:
        draft.put("location", draft.raw[town[0][0]:town[-1][1]], town[0][0], town[-1][1])


def _chunks(draft: Draft, pos: int) -> list[tuple[int, int, str]]:
    """The comma-separated chunks after a label, up to a year, a bracket or read text."""
    out: list[tuple[int, int, str]] = []
    for match in _CHUNK.finditer(draft.work, pos, min(len(draft.work), pos + 240)):
        start, end = trimmed(draft, *match.span())
        text = clean(draft.raw[start:end])
        if not out and re.fullmatch(r"(?:1[5-9]|20)\d\d", text):
            continue  # ``Thèse 1979, Université de Stanford``: the year before the school
        if re.search(r"\d", text) or end < len(draft.work) and draft.work[end:end + 1] in "([":
            break
        if text and text[0].isupper():
            out.append((start, start + len(text) if draft.raw.startswith(text, start) else end, text))
        elif text:
            break
        if len(out) == 5 or _SENTENCE_END.match(draft.work, match.end()):
            break
    return out


_SENTENCE_END = re.compile(r"\.\s+[A-Z][a-z]+\s")
"""A full stop before a new sentence ends the school's chunks."""


__all__ = ["THESIS_LABEL", "take_thesis", "take_thesis_label"]
