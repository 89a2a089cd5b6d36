"""Chicago notes → publication facts in brackets after the title, then the cited pages.

``Identity (New York: Rowman and Littlefield, 2010) 55-56.``,
``“Images …” (Cambridge: Journal of cold war studies, 2009) 112.``,
``"A Short History Of NATO" (National Public Radio, 14 July 2018).``,
``Executive Sessions of the Senate Foreign Relations Committee (1959) 56-65.``
A name in the publisher slot that is plainly a journal, encyclopedia or website is
the container, not the publisher.
"""

from __future__ import annotations

import re

from ..dates import DATE_TEXT, normalise_date
from ..fields import Draft, clean, trimmed
from ..names import scan_names

_FACTS = re.compile(r"\(\s*(?P<inside>[^()\x1f]{2,160}?)\s*\)")
_DATE_END = re.compile(rf"(?:^|,?\s+|,)(?P<date>{DATE_TEXT}|n\.\s?d\.)\s*$")
_PLACE_PUB = re.compile(r"^(?P<loc>[^:,]{2,40}?(?:,\s?[A-Z][\w.]{1,14})?)\s?:\s?(?P<pub>.+)$")
_PAGES_AFTER = re.compile(r"\s*[:,]?\s*(?:pp?\.\s*)?(?P<pages>[ivxlc\d]+(?:\s*[-–—]\s*[ivxlc\d]+)?)(?=\s*[.,;]?\s*$|\s*[.;])")
_CONTRIBUTORS = re.compile(
    r"[\s,.\x1f]*(?P<role>trans\.|translated\s+by|ed\.|eds\.|edited\s+by)\s+(?P<names>[^()\x1f\d]{3,120}?)[\s,]*"
)
_THESIS_HEAD = re.compile(r"\s*(?:Ph\.?\s?D\.?|doctoral|master'?s|MA|M\.A\.)?\s*(?:diss\.|dissertation|thesis)\s*,\s*", re.I)
CONTAINER_WORDS = re.compile(
    r"\b(?:Journal|Review|Quarterly|Studies|Bulletin|Annals|Proceedings|Magazine|Zeitschrift|Revue|"
    r"Rivista|Encyclop\w+|Britannica|Dictionary|Lexikon|History|Affairs|Security|Times|Post|News|"
    r"Gazette|Herald|Tribune|Monitor|Economist|Guardian|Explorations)\b",
    re.I,
)


def take_facts(draft: Draft) -> None:
    """Read ``(Place: Publisher, Date)`` right after the title, and the pages after it."""
    title = draft.found.get("title")
    if title is None:
        return
    match = _FACTS.search(draft.work, title.span.end)
    if match is None:
        return
    between = draft.work[title.span.end:match.start()]
    if between.strip(" .,:\x1f") and not _CONTRIBUTORS.fullmatch(between):
        return
    inside, base = match.group("inside"), match.start("inside")
    if not re.search(r"\d{4}|:|n\.\s?d\.", inside) and "quoted-title" not in draft.cues:
        return
    draft.cues.add("notes-facts")
    _take_contributors(draft, title.span.end, match.start())
    date = _DATE_END.search(inside)
    rest_end = len(inside)
    if date:
        iso = normalise_date(date.group("date"))
        if iso:
            draft.put("date", iso, base + date.start("date"), base + date.end("date"), blank=False)
            draft.put("year", iso[:4], base + date.start("date"), base + date.end("date"), blank=False)
        rest_end = date.start()
    _place_and_publisher(draft, base, inside[:rest_end])
    draft.blank(match.start(), match.end())
    pages = _PAGES_AFTER.match(draft.work, match.end())
    if pages:
        draft.put("pages", _dash(pages.group("pages")), pages.start("pages"), pages.end("pages"))


def _take_contributors(draft: Draft, start: int, end: int) -> None:
    """``Title, ed. Robert Hale (Oxford: …)`` / ``trans. Michael Heim (New York: …)``."""
    match = _CONTRIBUTORS.fullmatch(draft.work, start, end)
    if match is None:
        return
    if match.group("role").lower().startswith("ed"):
        names = scan_names(draft.work, match.start("names"))
        if names is not None:
            draft.put("editor", names.names, names.span.start, names.span.end)
    draft.blank(start, end)


def _place_and_publisher(draft: Draft, base: int, text: str) -> None:
    """``Place: Name`` or ``Name``; Name is the container when it names a periodical."""
    thesis = _THESIS_HEAD.match(text)
    if thesis:  # ``(PhD diss., University of Vienna, 2017)``: the school is the publisher
        draft.cues.add("thesis")
        base, text = base + thesis.end(), text[thesis.end():]
    if not text.strip(" ,"):
        return
    offset = base
    place_pub = _PLACE_PUB.match(text)
    if place_pub and not re.search(r"\d", place_pub.group("loc")):
        start, end = trimmed(draft, base + place_pub.start("loc"), base + place_pub.end("loc"))
        draft.put("location", clean(draft.raw[start:end]), start, end, blank=False)
        offset = base + place_pub.start("pub")
        text = place_pub.group("pub")
    start, end = trimmed(draft, offset, offset + len(text))
    name = clean(draft.raw[start:end])
    if CONTAINER_WORDS.search(name) and "container_title" not in draft.found:
        draft.put("container_title", name, start, end, blank=False)
    else:
        draft.put("publisher", name, start, end, blank=False)


def _dash(pages: str) -> str:
    return re.sub(r"\s*[-–—]+\s*", "-", pages)
