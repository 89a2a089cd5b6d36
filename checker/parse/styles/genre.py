"""Labels that say what kind of work a citation is → type cues, and the chunks they cover.

Read right after the identifiers, before the names, because these labels would
otherwise be read as names, titles or containers: a report number (``CRS Report No.
R45652``, ``Tech. Rep.``, ``Third Report of Session 2014–15``), a congressional session
(``105th Cong., 1st sess.``), a "last modified" date, an encyclopedia's ``s.v.``
(``Encyclopaedia Britannica Online, s.v. “Warsaw Pact,”``) and the bare link lines of
web bibliographies (``NATO-Russia Council (NRC): http://…``), whose whole text before
the address is the title.
"""

from __future__ import annotations

import re

from ..dates import DATE_TEXT, normalise_date
from ..fields import BLANK, Draft, clean, contains_any

_SERIES = r"(?:(?:Research|Technical|Tech\.|Working|Discussion|Policy|Occasional|Staff|Briefing|Background)\s+)?"
_REPORT_NUMBER = re.compile(
    rf"\(?\b(?:[A-Z]{{2,6}}\s+)?{_SERIES}(?:Report|Rep\.|Paper|Brief|Note)\s+"
    r"(?:(?:No\.?|Nr\.|Number)\s*(?P<number>[A-Z]*[\d][\w./-]*?)|(?P<code>[A-Z]{1,6}(?:[-/][A-Z0-9]+)*[-/][A-Z]*\d[\w./-]*?))"
    r"\)?(?=[\s.,;)]|$)"
    r"|\b(?:Tech(?:nical)?\.?\s?[Rr]ep(?:ort)?\.?|Working\s+Paper|Discussion\s+Paper)(?:\s+(?:No\.?\s*)?[\w.-]*\d[\w.-]*)?"
    r"|\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th))\s+Report\s+of\s+"
    r"Session\s+\d{4}\s*[–-]\s*\d{2,4}(?:,\s*HC\s+\d+)?"
)
"""``CRS Report No. R45652``, ``Research Report RR-4521-DHS``, ``Tech. Rep. NREL/TP-5400-81234``,
``(IMF Working Paper No. 19/245)``, ``Third Report of Session 2014–15, HC 358``."""
_LONE_CODE = re.compile(r"(?<=[.,]\s)[A-Z]{2,6}-(?:\d{1,4}-[\dA-Z]{1,6}|[A-Z]{1,4}-\d{1,6})(?=[.,]\s|\s\(|\s*$)")
"""A report's code standing alone (Chicago ``Title. MR-1744-AF. Santa Monica: RAND``,
``GAO-21-123``): the document is a report; the code is not taken as its number, since
it is not labelled as one."""
_CHEAP_WORDS = ("rep", "paper", "brief", "note", "cong", "modified", "updated", "published")
_CODE_CHEAP = re.compile(r"[A-Z]-\d")
_SESSION = re.compile(r"\b\d{1,3}(?:st|nd|rd|th|d)\s+Cong(?:\.|\b)(?:,?\s*\d(?:st|nd|rd|th|d)\s+[Ss]ess\.?)?")
_MODIFIED = re.compile(rf"\b(?:last\s+(?:modified|updated|revised)|updated|published(?:\s+online)?)\s*:?\s*(?P<date>{DATE_TEXT})", re.I)
# Possessive ``*+``/``++``: plain ones backtrack quadratically over a long blanked (URL) run.
_SUB_VERBO = re.compile(r"^\s*+(?P<container>[^,“\"‘(]{3,90}?),?\s++s\.\s?v\.\s*")
_NOT_A_LABEL = re.compile(r"\.\s+\S|\b(?:1[5-9]|20)\d\d\b|[“”\"«»]|\b[A-Z]\.|.{200}")
"""A sentence stop, a year, quotes, initials or great length: a citation, not a link label
(a question mark is the title's own: ``Inside or Outside? Russia’s Policies Towards NATO: http://…``)."""


def take_genre(draft: Draft) -> None:
    """Blank report numbers and session designations, noting ``report`` / ``hearing``; a
    report's number is kept as its ``issue`` (BibTeX ``number``)."""
    lower = draft.raw.lower()
    if not contains_any(lower, _CHEAP_WORDS) and not _CODE_CHEAP.search(draft.raw):
        return  # most citations have none of these; skip the slow patterns
    for match in _REPORT_NUMBER.finditer(draft.work):
        draft.cues.add("report")
        number = "number" if match.group("number") else "code"
        if match.group(number):
            draft.put("issue", match.group(number), match.start(number), match.end(number))
        draft.blank(match.start(), match.end())
    for match in _LONE_CODE.finditer(draft.work):
        draft.cues.add("report")
        draft.blank(match.start(), match.end())
    for match in _SESSION.finditer(draft.work):
        draft.cues.add("hearing")
        draft.blank(match.start(), match.end())
    modified = _MODIFIED.search(draft.work)
    if modified:
        iso = normalise_date(modified.group("date"))
        if iso:
            draft.put("date", iso, modified.start("date"), modified.end("date"), blank=False)
            draft.put("year", iso[:4], modified.start("date"), modified.end("date"), blank=False)
        draft.blank(modified.start(), modified.end())


_NESTED = r"(?:[^():]|\([^():]*\))"
_DOCUMENT_NUMBER = re.compile(rf"[\s.,{BLANK}]*\((?P<number>[A-Z]{{2,}}{_NESTED}*?\d{_NESTED}*?)\)")
"""``Proposal … (COM(2021) 564 final).``, ``Review (MF/2020/17 final).``: an official document's
number in brackets after its title (not ``(OECD Publishing, 2019)`` or ``(IUPAC Recommendations 2011)``,
which end in a year)."""


def take_document_number(draft: Draft) -> None:
    """A bracketed document number right after the title → ``issue`` (BibTeX ``number``), a report."""
    title = draft.found.get("title")
    if title is None or title.span is None or "issue" in draft.found:
        return
    match = _DOCUMENT_NUMBER.match(draft.work, title.span.end)
    if match is None or re.search(r"\b\d{4}[a-z]?$", match.group("number")):
        return
    draft.put("issue", match.group("number").strip(), match.start("number"), match.end("number"))
    draft.blank(match.start(), match.end())
    draft.cues.add("report")


def take_sub_verbo(draft: Draft) -> None:
    """``Encyclopedia, s.v. “Entry”``: the work before ``s.v.`` is the container."""
    match = _SUB_VERBO.match(draft.work) if "v." in draft.work else None
    if match is None:
        return
    start, end = match.span("container")
    draft.put("container_title", clean(draft.raw[start:end]), start, end)
    draft.blank(match.start(), match.end())
    draft.cues.add("encyclopedia")


def take_link_label(draft: Draft) -> None:
    """``Label: http://…`` with nothing after the address: the label is the page's title.

    Only for a label that has no sentence stop, no year and no quotes, so that
    ``Smith, J. Title. 2010. http://…`` is left to the ordinary steps.
    """
    url = draft.found.get("url")
    if url is None or url.span is None or draft.work[url.span.end:].strip(" .;" + BLANK):
        return
    head = draft.work[:url.span.start]
    label = head.strip(" :,-–" + BLANK)
    if len(label) < 3 or BLANK in label or _NOT_A_LABEL.search(label):
        return
    start = head.find(label)
    draft.put("title", clean(label), start, start + len(label))
    draft.cues.add("title-first")
