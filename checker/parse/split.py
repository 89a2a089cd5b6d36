"""One note's text → the citations it holds, each as the text that cites one work.

A note may cite several works: ``Smith, Title (…), 4; Jones, Title (…), 7.``,
``…, s. 204. Srov. NOVÁK, Jan. Title. …``, ``Ibid., 12; for the model see Bohr, “…,”
Nature …``, ``…, 4, and Jones, “Title,” Journal 3 (2002): 5.`` The note is cut where
one citation is complete and the next begins, read from the citation structure:

* at a ``;`` outside brackets and quotes, when what follows begins a citation of its own
  (past a lead-in such as ``see also`` or ``for the model see``);
* at a sentence end, when what follows begins by form: a signal (``See``, ``Cf.``,
  ``Srov.``, ``Viz``, ``Compare`` …) or an ISO 690 author start ``SURNAME, Given``, either
  possibly after a short lead-in of prose (``Srovnání nabízí HORÁK, Pavel. …``);
* at a comma after an address in angle brackets (``Dostupné z: <http://…>, LANA, Sara.
  …``; ISO 690 ends a citation with its address), when what follows begins by form as
  after a sentence end;
* at ``, and`` after a cited page or the closing bracket of the publication facts, when
  what follows has its own names, title and year or pages (Chicago).

Text after a cut that begins no citation (``; the digitised fines are at <url>``) stays
with the citation before it; prose before a signalled citation is dropped.
"""

from __future__ import annotations

import re

_OPENERS = {"(": ")", "[": "]", "{": "}"}
_QUOTES = {"“": "”", "„": "“", "«": "»", '"': '"'}
_SIGNAL = re.compile(
    r"(?:see|cf\.?|compare|srov(?:\.|nej)|viz|vgl\.|siehe|porov(?:\.|naj)|pozri|voir|vedi)"
    r"(?:\s+(?:also|též|tiež|také|aj|auch|aussi|anche|e\.\s?g\.|esp\.|especially|zejm\.|zejména|např\.|napr\.))*"
    r"[.,:]?\s+",
    re.I,
)
_LEAD_WORDS = r"(?:[^\W\d_][\w’'-]*,?\s+){%d,%d}?"
_SIGNAL_LEAD = re.compile(rf"(?P<lead>{_LEAD_WORDS % (0, 8)}){_SIGNAL.pattern}", re.I)
_ISO_LEAD = re.compile(rf"(?P<lead>{_LEAD_WORDS % (0, 12)})(?=(?P<family>[^\W\d_]{{2,}}(?:-[^\W\d_]{{2,}})*),\s+[^\W\d_])")
_AND = re.compile(r",\s+and\s+(?=[^\W\d_“\"])")
_LOCATOR_END = re.compile(r"(?:\d[a-z]?|\))\s*$")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[a-zà-ž]{1,3}|[A-ZÀ-Ž])\.$")
"""``s.``, ``ed.``, ``č.``, ``J.``: a stop that ends an abbreviation or initial, not a sentence."""


def split_citations(text: str) -> list[str]:
    """The citations of one note, in order; a note citing one work gives one text.

    >>> split_citations("Tamtéž, s. 52; srov. též NOVÁK, Petr. Obce. Brno: Host, 1990, s. 8.")
    ['Tamtéž, s. 52', 'NOVÁK, Petr. Obce. Brno: Host, 1990, s. 8.']
    >>> split_citations("Ersland, Title (Bergen: X, 2011), 88; the scans are at https://x.org/a.")
    ['Ersland, Title (Bergen: X, 2011), 88; the scans are at https://x.org/a.']
    """
    from . import is_citation  # the package reads notes; this module only cuts them

    text = " ".join(text.split())
    pieces: list[str] = []
    start = _lead_end(text, 0, is_citation)
    for end, cut, kind in _cuts(text):
        begin = _begins(text, cut, kind, is_citation)
        if begin is None:
            continue
        current = text[start:end].strip(" ;,")
        if is_citation(current):
            if kind == "and" and not _LOCATOR_END.search(current):
                continue
            pieces.append(current)
        elif not _SIGNAL_LEAD.match(text, _skip_space(text, cut)) or pieces:
            continue  # an unfinished citation runs on (``NOVÁK, Jan; DVOŘÁK, Petr. Title …``)
        start = begin
    pieces.append(text[start:].strip(" ;,"))
    return [p for p in pieces if p]


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " ;,":
        pos += 1
    if text.startswith("and ", pos):
        pos += 4
    return pos


def _cuts(text: str) -> list[tuple[int, int, str]]:
    """Where, outside brackets and quotes, a note may pass from one citation to the next:
    the end of the one, the start of the next and the kind of joint (``;``, ``.``, ``and``)."""
    cuts: list[tuple[int, int, str]] = []
    closers: list[str] = []
    for pos, ch in enumerate(text):
        if closers and ch == closers[-1]:
            closers.pop()
        elif ch in _OPENERS or ch in _QUOTES:
            closers.append(_OPENERS.get(ch) or _QUOTES[ch])
        elif ch in ")]}" or closers:
            continue
        elif ch == ";":
            cuts.append((pos, pos + 1, ";"))
        elif ch in ".?!" and text[pos + 1:pos + 2] == " " and not _ABBREVIATION.search(text[max(0, pos - 5):pos + 1]):
            cuts.append((pos + 1, pos + 1, "."))
        elif ch == "," and (found := _AND.match(text, pos)):
            cuts.append((pos, found.end(), "and"))
        elif ch == ">" and text.startswith(", ", pos + 1):
            cuts.append((pos + 1, pos + 2, "."))  # ``<http://…>, LANA, Sara. …``: nothing follows an address
    return cuts


def _begins(text: str, cut: int, kind: str, is_citation) -> int | None:
    """Where a citation begins at ``cut`` (past its lead-in), or None when none does."""
    pos = _skip_space(text, cut)
    end = _next_semicolon(text, pos)
    if kind == ".":
        strong = _SIGNAL_LEAD.match(text, pos, end) or _iso_start(text, pos, end)
        if strong is None:
            return None
    begin = _lead_end(text, pos, is_citation, end)
    rest = text[begin:end]
    if not rest[:1] or not (rest[0].isupper() or rest[0] in "“\"«„‘"):
        return None  # prose (``the digitised fines are at <url>``), not a citation
    if not is_citation(rest) or (kind == "and" and not _has_names_and_title(rest)):
        return None
    return begin


def _lead_end(text: str, pos: int, is_citation, end: int | None = None) -> int:
    """Past a lead-in (``See also``, ``for the model see``, ``K tomu viz``, prose before an
    ISO 690 author) when the text after it still cites a work; else ``pos``."""
    end = len(text) if end is None else end
    found = _SIGNAL_LEAD.match(text, pos, end) or _iso_start(text, pos, end)
    if found is None or found.end() == pos:
        return pos
    return found.end() if is_citation(text[found.end():end]) else pos


def _iso_start(text: str, pos: int, end: int) -> re.Match | None:
    """An ISO 690 author (``HORÁK, Pavel``) at ``pos`` or after a few words of prose."""
    found = _ISO_LEAD.match(text, pos, end)
    if found is None or not found.group("family").isupper():
        return None
    lead = found.group("lead").split()
    return found if not lead or len(lead) >= 2 else None  # ``In: NOVÁK, Jan`` is a container


def _next_semicolon(text: str, pos: int) -> int:
    found = text.find(";", pos)
    return len(text) if found < 0 else found


def _has_names_and_title(text: str) -> bool:
    from .styles import parse_fields

    fields, _ = parse_fields(text)
    names = {f.name for f in fields}
    return bool(names & {"author", "editor"}) and "title" in names and bool(names & {"year", "pages"})


__all__ = ["split_citations"]
