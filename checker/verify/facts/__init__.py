"""Extractions → dated claims → conflicts between claims about the same event → findings.

:func:`extract_claims` finds every dated claim of one document (sentences of body and
notes, timeline entries); :func:`find_conflicts` compares the claims of all documents
and returns, ranked by confidence, one :class:`~checker.model.Conflict` per event whose
dates disagree (``fact.date-conflict``) or may disagree (``fact.date-ambiguous``);
:func:`conflict_findings` turns them into findings with every quote as evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...findings import make_finding
from ...model import Claim, Conflict, Evidence, Extraction, Finding, Location
from .dates import DateExpr, find_dates
from .events import (PERSONAL, definite_head, elided_subject, entity_key, event_object, find_acronyms, find_mentions,
                     is_anaphoric)
from .lives import find_lives
from .match import find_conflicts
from .parties import passive_head, subjectless
from .passages import Passage, find_passages
from .wording import finding_message, readable_date

__all__ = ["extract_claims", "find_conflicts", "conflict_findings"]

# Where two dates share a sentence, the clause boundary between them, strongest first.
_SEPARATORS = (
    re.compile(r";"),
    re.compile(r",\s+(?:which|when|where|while|whereas|and|but|then|after|before|who|although|as)\b"),
    re.compile(r"\s(?:and|but|then|while)\s"),
    re.compile(r","),
)

_WORDS3 = re.compile(r"[A-Za-z]{3,}")
_LEAD_WORDS = re.compile(r"(?:(?:the|from|between|a|an)\s+)*", re.I)
_EDGES = re.compile(r"^[\s,;:–—-]+|[\s,;:–—-]+$")
_LEAD_CONJUNCTION = re.compile(r"^(?:and|but|then|which|when|while)\s+")

_MAX_SHARED = 12
"""How many dates back a date in a list may look for its clause; unbounded, a long run of
bare dates ("1999, 1999, …") costs quadratic time."""


def extract_claims(extraction: Extraction) -> tuple[Claim, ...]:
    """Return the dated claims of one document, in line order.

    >>> from checker.model import Document
    >>> from checker.extract import extract
    >>> doc = Document("d", "d.txt", ("NATO was founded on April 4, 1949 (Smith, 2001, p. 3).",), "utf-8", "")
    >>> [(c.date, c.precision, c.event) for c in extract_claims(extract(doc))]
    [('1949-04-04', 'day', 'NATO was founded on April 4, 1949')]
    """
    acronyms = find_acronyms(extraction.document.text)
    long_keys = {entity_key(long): acronym for acronym, long in acronyms.items()}
    names = _NameIndex(extraction.document.lines)
    claims: list[Claim] = []
    for passage in find_passages(extraction):
        lives = find_lives(passage.masked)
        for life in lives:
            claims.append(_claim(extraction, passage, life.date, life.event, "", acronyms, long_keys))
        dates = tuple(d for d in _dates(passage) if not any(d.start <= life.date.start < d.end for life in lives))
        for index, expr in enumerate(dates):
            lo, hi = _region(passage, dates, index)
            floor = max(0, index - _MAX_SHARED)
            while index > floor and len(_WORDS3.findall(passage.masked[lo:hi].replace(expr.text, ""))) < 3:
                # "(January 2007 and in early 2010)": a date in a list shares the clause before it.
                index -= 1
                lo = _region(passage, dates, index)[0]
            event = _clean(passage.masked[lo:hi], passage.text[lo:hi])
            if not _WORDS3.search(event.replace(expr.text, "")):
                continue
            context = _context(names, passage, lo, event)
            claims.append(_claim(extraction, passage, expr, event, context, acronyms, long_keys))
    return tuple(sorted(claims, key=lambda c: c.location.line))


def _context(names: _NameIndex, passage: Passage, lo: int, event: str) -> str:
    """What a clause that points back refers to: a named thing, or the text before it."""
    passive = passive_head(event)
    head = definite_head(event) or passive
    if head:
        # "The society was founded in 1923" (a note): the last "… Society" named up to here.
        named = names.before(passage.lines[0], head)
        if not named and head in _FIRM_NOUNS:
            named = names.firm_before(passage.lines[0])  # "the firm was wound up": the last firm named
        if named:
            return named
    for described in dict.fromkeys(h for h in (passive, event_object(event) if " of the " in event else None) if h):
        # "the organ was consecrated", "the consecration of the organ": "the … organ of St. Wendel's" named before
        named = names.described_before(passage.lines[0], described, passage.text)
        if named:
            return named
    if lo == 0 and passage.opening and subjectless(event):
        return _squash(passage.opening)
    if is_anaphoric(event):
        if lo > 0:
            return _squash(passage.text[:lo])
        if passage.opening and PERSONAL.match(event) and passage.opening not in passage.previous:
            # "CARLOW, Edith (1849–1911). Photographer. … She died …": the paragraph's headword too.
            return f"{passage.previous} {_INVERTED_HEAD.sub(_uninvert, passage.opening)}"
        return passage.previous
    if lo > 0 and elided_subject(event):
        # "…, and entered into force in 1993": the subject of the clause before, or, when
        # that is "she", what she points back to.
        before = _squash(passage.text[:lo].rsplit(";", 1)[-1])
        return f"{passage.previous} {before}" if passage.previous and PERSONAL.match(before) else before
    return ""


class _NameIndex:
    """Finds, from a line backwards, where a document names a thing ending in a noun ("… Society")."""

    LOOKBACK = 300
    """How many lines back a definite description ("the society") may find its name."""

    def __init__(self, lines: tuple[str, ...]) -> None:
        self._text = "\n".join(lines)
        self._line_starts = [0]
        for line in lines:
            self._line_starts.append(self._line_starts[-1] + len(line) + 1)

    def before(self, line: int, head: str) -> str:
        """The last name ending in ``head`` on line ``line`` or the lines just before it."""
        noun = head.capitalize()
        lo = self._line_starts[max(0, line - self.LOOKBACK)]
        pos = self._line_starts[min(line, len(self._line_starts) - 1)]
        # A plain backwards scan for the capitalised noun, then the name's words before it.
        while (at := self._text.rfind(noun, lo, pos)) >= 0:
            pos = at
            if at > 0 and self._text[at - 1].isalnum():
                continue
            tail = _NAME_TAIL.match(self._text, at + len(noun))
            words = _NAME_WORDS.search(self._text, max(0, at - 80), at)
            # "The Convention" itself is no name: look further back for "… Convention".
            if tail and words and words.group(0).split()[-1] not in ("The", "This", "That"):
                return words.group(0) + noun + tail.group(0)
        return ""

    def described_before(self, line: int, head: str, sentence: str) -> str:
        """"the organ" → "Organ of St. Wendel's": the last "the … organ of <Name>" written on line
        ``line`` or before it, outside the sentence itself, as a name."""
        if len(head) < 4 or head in _FIRM_NOUNS:
            return ""
        lo = self._line_starts[max(0, line - self.LOOKBACK)]
        pos = self._line_starts[min(line, len(self._line_starts) - 1)]
        if self._text.find(f"{head} of ", lo, pos) < 0:
            return ""  # the common case, decided by one scan
        found = ""
        flat = " ".join(sentence.split())
        for m in _described(head).finditer(self._text, lo, pos):
            if " ".join(m.group(0).split()) not in flat:
                found = f"{head.capitalize()} of {m.group('name')}"
        return found

    def firm_before(self, line: int) -> str:
        """The last firm ("Morrow & Pike", "… Bottle Company") named on line ``line`` or the lines before it."""
        lo = self._line_starts[max(0, line - self.LOOKBACK)]
        pos = self._line_starts[min(line, len(self._line_starts) - 1)]
        found = ""
        if "&" in self._text[lo:pos] or "Co" in self._text[lo:pos]:
            for m in _FIRM_NAME.finditer(self._text, lo, pos):
                found = m.group(0).strip()
        return found


_INVERTED_HEAD = re.compile(r"^\W*([A-Z][A-Z'’-]+),\s+([A-Z][a-z][\w'’-]*)")


def _uninvert(m: re.Match[str]) -> str:
    """A register's "CARLOW, Edith" → "Edith Carlow"."""
    return f"{m.group(2)} {m.group(1).title()}"


@lru_cache(maxsize=1024)
def _described(head: str) -> re.Pattern[str]:
    """"the great organ of St. Wendel's": a definite noun and the name it belongs to."""
    return re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}{re.escape(head)}\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’.-]*"
                      rf"(?:[ \t]+[A-Z][\w'’.-]*){{0,3}})")


_FIRM_NOUNS = frozenset({"firm", "company", "partnership", "business"})
# A firm's name: partners joined by "&", or a name ending in a company's word.
_FIRM_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:&[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}|"
                        r"(?:Company|Co\.|Ltd\.?|Limited|Brothers|Bros\.)(?!\w))")


# After the noun: a plural, and the rest of a name ("… Museum of Natural History").
_NAME_TAIL = re.compile(r"s?\b(?:[ \t]+(?:of|for|on|de)[ \t]+(?:the[ \t]+)?[A-Z][\w'’–-]*"
                        r"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’–-]*){0,4})?")
_NAME_WORDS = re.compile(r"(?:[A-Z][\w'’–-]*[ \t]+(?:(?:of|for|and|on|de|the)[ \t]+)?){1,5}$")


def _claim(extraction: Extraction, passage: Passage, expr: DateExpr, event: str, context: str,
           acronyms: dict[str, str], long_keys: dict[str, str]) -> Claim:
    # The line of the date itself, not of a leading "the" or "from" left on the line before.
    lead = _LEAD_WORDS.match(expr.text)
    line = passage.line_at(expr.start + lead.end())
    return Claim(
        event=event,
        date=expr.normalised,
        precision=expr.precision,
        quote=_squash(passage.text),
        location=Location(extraction.document.id, line, extraction.page_of(line)),
        start=expr.first.isoformat(),
        end=expr.last.isoformat(),
        entities=_entities(event, acronyms, long_keys),
        qualifier=expr.qualifier,
        context=context,
        kind=passage.kind,
    )


def _dates(passage: Passage) -> tuple[DateExpr, ...]:
    dates = find_dates(passage.masked, passage.year)
    if passage.kind != "timeline" or len(dates) < 2:
        return dates
    # "1997 May 27, Paris, …": the entry's year and the day that follows are one date.
    head, nxt = dates[0], dates[1]
    if nxt.precision == "day" and nxt.first.year == head.first.year and nxt.start - head.end <= 3:
        return dates[1:]
    return dates


def _region(passage: Passage, dates: tuple[DateExpr, ...], index: int) -> tuple[int, int]:
    """The clause of ``passage`` that date ``index`` belongs to."""
    if passage.kind == "timeline":
        lo = 0 if index == 0 else dates[index].start
        hi = dates[index + 1].start if index + 1 < len(dates) else len(passage.text)
        return lo, hi
    lo = 0 if index == 0 else _boundary(passage.masked, dates[index - 1].end, dates[index].start)
    hi = len(passage.text) if index + 1 == len(dates) else _boundary(passage.masked, dates[index].end, dates[index + 1].start)
    # A semicolon ends a clause even where no other date competes for it.
    lo = max(lo, passage.masked.rfind(";", lo, dates[index].start) + 1)
    semicolon = passage.masked.find(";", dates[index].end, hi)
    return lo, (semicolon if semicolon >= 0 else hi)


def _boundary(text: str, start: int, end: int) -> int:
    gap = text[start:end]
    for pattern in _SEPARATORS:
        # "the envoys of Tarrow and Ostmark": an "and" between two names joins them, not clauses.
        found = [m for m in pattern.finditer(gap) if not _joins_names(gap, m)]
        if found:
            return start + found[-1].start() + (1 if pattern.pattern == ";" else 0)
    return (start + end) // 2


def _joins_names(gap: str, m: re.Match[str]) -> bool:
    if not m.group(0).strip().isalpha():
        return False
    before = re.search(r"(\w+)\W*$", gap[:m.start()])
    after = re.match(r"\W*(\w+)", gap[m.end():])
    return bool(before and after and before.group(1)[0].isupper() and after.group(1)[0].isupper())


def _clean(masked: str, raw: str) -> str:
    """The event text: the raw clause without masked ends (a trailing citation), trimmed."""
    kept = masked.strip(" .,;:")
    if not kept:
        return ""
    first = len(masked) - len(masked.lstrip(" .,;:"))
    raw = raw[first:first + len(kept)]
    text = _squash(raw)
    text = _EDGES.sub("", text)
    text = _LEAD_CONJUNCTION.sub("", text)
    return text.rstrip(" .(")


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


_SPACES = re.compile(r"\s+")


def _entities(event: str, acronyms: dict[str, str], long_keys: dict[str, str]) -> tuple[str, ...]:
    """Entities named in ``event``, with an acronym the document defines shown with its long form.

    ``long_keys`` maps the key of each long form to its acronym.
    """
    out: list[str] = []
    for mention in find_mentions(event):
        if mention.surface in acronyms:
            name = f"{acronyms[mention.surface]} ({mention.surface})"
        elif mention.key in long_keys:
            name = f"{mention.surface} ({long_keys[mention.key]})"
        else:
            name = mention.surface
        if name not in out:
            out.append(name)
    return tuple(out)


def conflict_findings(conflicts: tuple[Conflict, ...], paths: dict[str, str] | None = None) -> tuple[Finding, ...]:
    """One finding per conflict, at the claim that disagrees with the rest, every quote as evidence.

    ``paths`` maps document ids to the paths the message names (the ids where missing).
    """
    findings = []
    for conflict in conflicts:
        evidence = tuple(
            Evidence(f"[{readable_date(c.date)}] {c.quote}", c.location) for c in conflict.claims
        )
        where = (conflict.outliers or conflict.claims)[0].location
        dates = ", ".join(sorted({c.date for c in conflict.claims}))
        findings.append(make_finding(
            conflict.rule,
            where,
            finding_message(conflict, paths),
            evidence,
            suggestion="Check the dates against a primary source and make the papers agree."
            if conflict.rule == "fact.date-conflict" else "Check whether these claims speak of the same event.",
            key=f"{conflict.event}|{dates}",
        ))
    return tuple(findings)
