"""Notes → Findings: ``cite.short-form-unresolved``, a short-form note with no earlier full citation.

Four kinds of short form point back at a work cited in full in an earlier note:

- ``Ibid.``, ``Id.`` and their translations (``Tamtéž``, ``Tamże``, ``Ivi``, ``Ebd.``, ``Ibíd.``, ``Там же``): the
  work of the note before, so only a first note that opens so is unresolved;
- ``Surname, Short title, pages.`` (``Wolfe, “The Warsaw Pact in Evolution”, 191-192.``,
  ``K. Kozłowska, Partycypacja…, s. 19.``): an earlier note names the surname and the
  title's first significant words;
- ``op. cit.``, ``art. cit.``, ``loc. cit.`` and a bare ``supra`` after a name, perhaps with a
  short title (``É. Lefèvre, op. cit., p. 140``, ``M. Bonnet, « Les castelets… », art. cit.``):
  the same, anywhere in the note; so the Russian ``Лаптев И.Г. Указ. соч. С. 30.`` (GOST);
- Bluebook's ``Oduya, supra note 41, at 12``: note 41 comes earlier and names Oduya.

An ``Id.,`` or ``Idem,`` opening a note that cites a new work stands for the author of the
note before (French usage: ``Id., Les Théâtres de quartier…``, Spanish ``Íd., Los pósitos…``), so that work counts as
that author's when a later short form names it.
"""

from __future__ import annotations

import re

from ..findings import make_finding
from ..model import Evidence, Finding, Note
from .citations import STOP_WORDS, fold
from .layout import MONTHS, UPPER

_AUTHOR = rf"(?P<author>(?:[{UPPER}]\.\s?){{0,3}}[{UPPER}][\w'’\-]+(?:\s[{UPPER}][\w'’\-]+){{0,2}})"
# ``Wolfe, “The Warsaw Pact in Evolution”, 191-192.`` / ``Tsygankov, Russia's Foreign Policy, 56.``
# / ``KLÍMA, Spolkový život, s. 88.`` (Czech, Slovak and Polish ``s.``, German ``S.``, ``str.``)
# / ``K. Kozłowska, Partycypacja w rewitalizacji..., s. 19.`` (initials before the surname)
_SHORT_FORM = re.compile(
    rf"^{_AUTHOR},\s+"
    # A comma or a space parts the title from the pages, so ``Nález ÚS, IV. ÚS 1378/16.`` (a case
    # number) and ``Rozsudek NSS, 8 As 55/2012-62.`` are not a title and a page.
    r"(?P<title>[“\"‘'].{2,200}?[”\"’']|[^,()]{2,200}?)(?:,\s*|\s+)(?:(?:pp?|s|S|str)\.\s*)?\d[\d\s\-\u2013,]*\.?$"
)
# ``É. Lefèvre, op. cit.``, ``M. Bonnet, « Les castelets… », art. cit.``, ``Oduya, supra note 41``,
# ``Smith, supra,``: a name, perhaps a short title, and the Latin pointer back.
_POINTER = re.compile(
    rf"{_AUTHOR},\s+(?:(?P<title>[^,;()]{{2,200}}?),\s+)?"
    r"(?:(?:[Oo]p|[Aa]rt|[Ll]oc)\.\s?cit\b|supra(?:\s+note\s+(?P<note>\d{1,3})\b|(?=[,.;])))"
)
# GOST (Russian): ``Лаптев И.Г. Указ. соч. С. 30.``, ``Ср.: Турчин С.А., Мельникова О.В. Указ. соч.``:
# a surname with its initials (perhaps several authors), then ``Указ. соч.`` (op. cit.).
_GOST_AUTHOR = rf"[{UPPER}][\w'’\-]+\s(?:[{UPPER}]\.\s?){{1,2}}"
_GOST_POINTER = re.compile(
    rf"(?P<author>[{UPPER}][\w'’\-]+)\s(?:[{UPPER}]\.\s?){{1,2}}(?:,\s+{_GOST_AUTHOR})*\s*(?:(?P<title>[^,;()]{{2,200}}?)\s+)?"
    r"(?:[Уу]каз|[Цц]ит)\.\s?соч\."
)
_POINTER_HINT = re.compile(r"\b(?:[Oo]p|[Aa]rt|[Ll]oc)\.\s?cit\b|\bsupra\b|(?:[Уу]каз|[Цц]ит)\.\s?соч\.")  # most notes have none
# Spanish accents them: ``Ibíd.``, ``Íd.``, ``Ídem``.
_IBID = re.compile(r"^(?:(?:ib[ií]d|ib[ií]dem|tamtéž|tamtiež|tamże|ivi|ebd|там\s+же)\b|[ií]d\.(?=[\s,]|$))", re.IGNORECASE)
# ``Id., Title…`` / ``Idem, Title…`` / ``Íd., Los pósitos…``: the previous note's author, a new work.
_IDEM = re.compile(r"^(?:[ií]d\.|[ií]dem\b),?\s+(?!at\b|\d)", re.IGNORECASE)
# The author a full citation opens with: a few capitalised words before the first comma.
_LEAD = re.compile(rf"^(?:[{UPPER}][\w.'’\-]*\s){{0,3}}[{UPPER}][\w'’\-]+(?=,)")
_FULL_SIGNS = re.compile(r"\((?:[^()]*:)?[^()]*\b(?:1[5-9]|20)\d\d\b[^()]*\)|\[online\]|https?://|\bDostupn", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def check_short_forms(notes: tuple[Note, ...], document: str) -> tuple[Finding, ...]:
    """``cite.short-form-unresolved``: a short-form or ibid note with no earlier full citation."""
    findings = []
    earlier: list[str] = []
    by_number: dict[int, str] = {}
    author = ""  # the author of the last note that opened with one, for ``Id., Title``
    for note in notes:
        text = note.text.strip()
        unresolved = _unresolved(text, earlier, by_number)
        if unresolved is not None:
            form = f": {unresolved}" if unresolved else ""
            number = f" {note.number}" if note.number is not None else ""
            findings.append(make_finding(
                "cite.short-form-unresolved", note.location,
                f"Short-form note{number} has no earlier full citation{form}",
                evidence=(Evidence(text[:200], note.location),),
                suggestion="Give the full citation at the work's first mention",
                key=text,
            ))
        lead = _LEAD.match(text)
        if lead:
            author = lead.group()
        record = fold(f"{author}, {text}" if author and _IDEM.match(text) else text)
        earlier.append(record)
        if note.number is not None:
            by_number.setdefault(note.number, record)
    return tuple(findings)


def _unresolved(text: str, earlier: list[str], by_number: dict[int, str]) -> str | None:
    """``None`` when ``text`` resolves (or is no short form); else the form that does not ('' for a whole note)."""
    if _IBID.match(text):
        return None if earlier else ""
    if _POINTER_HINT.search(text):
        pointers = list(_POINTER.finditer(text)) or list(_GOST_POINTER.finditer(text))
        if pointers:
            return next((m.group(0) for m in pointers if not _pointer_resolves(m, earlier, by_number)), None)
    short = _SHORT_FORM.match(text)
    if not short or _FULL_SIGNS.search(text) or _is_date(short.group("title")):
        return None
    if any(_same_work(short.group("author"), short.group("title"), full) for full in earlier):
        return None
    return ""


def _pointer_resolves(match: re.Match[str], earlier: list[str], by_number: dict[int, str]) -> bool:
    """Does an earlier note (note N itself, for ``supra note N``) cite the pointer's author and title?

    When no earlier note has number N (an excerpt that starts later, or a number lost in
    extraction), any earlier note citing the author will do.
    """
    author, title = match.group("author"), match.group("title") or ""
    if match.groupdict().get("note"):
        cited = by_number.get(int(match.group("note")))
        if cited is not None:
            return _same_work(author, title, cited)
    return any(_same_work(author, title, full) for full in earlier)


def _is_date(title: str) -> bool:
    """``14 October 1876``, ``October 14``: a newspaper's date where a short form has its title.

    (The short-form pattern may leave the year to the pages: ``Halifax Courier, 14 October 1876, 5.``.)
    """
    words = title.replace(",", " ").replace(".", " ").split()
    months = sum(w.casefold() in MONTHS for w in words)
    return 2 <= len(words) <= 3 and months == 1 and all(w.isdigit() or w.casefold() in MONTHS for w in words)


def _same_work(author: str, title: str, earlier: str) -> bool:
    """An earlier note names the author's surname and shares the title's first significant words.

    The surname alone is compared, so ``É. Lefèvre`` finds ``Étienne LEFÈVRE`` and
    ``K. Kozłowska`` finds ``Katarzyna Kozłowska``.
    """
    surname = author.replace(".", ". ").split()[-1]
    if fold(surname) not in earlier:
        return False
    words = [w for w in _WORD.findall(fold(title)) if w not in STOP_WORDS][:3]
    return all(w in earlier for w in words)
