"""The text after the names → the title: quoted (articles, chapters, web pages) or plain.

A quoted title ends at its closing quote. A plain title (books; articles in APA and
ISO 690) ends at the first full stop that ends a sentence, at ``In:``, at an opening
bracket of publication facts (Chicago notes: ``Identity (New York: …, 2010)``) or, in
comma-separated styles (Chicago notes, ParsCit humanities), at a comma followed by
something that is not title text (a number, a place and year, ``in``).
"""

from __future__ import annotations

import re

from ..dates import IN_TITLE_PERIOD, PERIOD
from ..fields import BLANK, Draft, clean
from .notes import CONTAINER_WORDS

_CLOSE = {"“": "”", '"': '"', "”": "”", "‘": "’", "'": "'", "«": "»", "„": "“"}
_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b(?:St|Dr|Mr|Mrs|Ms|vs|Vol|No|Jr|Sr|Co|Inc|Ltd|Bros|Mt|Ft|etc|cf|e\.g|i\.e|al|ed|Ed|"
    r"Eds|eds|trans|Trans|U\.S|U\.K|Rev|Gen|Col|Capt|Prof|Univ|Dept|Assoc|Intl|Natl))$"
)
# ``(?<!\d)`` and the bounded look-ahead keep a run of digits or brackets from costing quadratic time;
# the first look-ahead (the characters the alternatives start with) skips letters in one test.
_STOP = re.compile(
    rf"(?=[.?!,(\d\s])(?:(?P<stop>[.?!](?=[\s\x1f]+\S|$))|(?P<paren>\s*\((?!{PERIOD}\)(?!\s*\d))(?=[^)]{{0,300}}?(?:\d{{4}}|:)))|(?P<in>[.,]?\s+(?:In:?|W:)\s)|"
    rf"(?P<blank>\s*{BLANK})|(?P<ed>,?\s*\(?(?<!\d)\d+(?:st|nd|rd|th|e|\.)?\s+(?:ed|edn|edition|Aufl|éd)\b)|(?P<eds>,\s*(?:ed\.|eds\.|edited\s+by|Edited\s+by|trans\.|translated\s+by)\s)|(?P<placepub>,\s+(?=[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){{0,2}}\s?:\s?[A-Z][^:]{{2,60}}?,\s*[^\W\d]{{0,10}}\.?\s?\d{{4}}))|(?P<pages>,\s*(?:pp?\.\s*|s\.\s*)?\d+(?:\s*[-–]\s*\d+)?\.?\s*$)|(?P<vol>,\s*(?:(?:vol|Vol|Bd|tome)\.\s*|[Vv]olume\s+)[\dIVXL]))"
)
_COMMA_STOP = re.compile(
    rf",\s*(?=(?:in\s+)?«)|,\s+(?=(?!{IN_TITLE_PERIOD})\d|[Ii]n[:\s]|pp?\.|vol\.|[A-Z][\w'’.-]+(?:[\s-][A-Z][\w'’.-]+)?,\s[A-Z][^,]{{1,40}},\s\d{{4}}\b|[A-Z][\w\s.]{{0,25}}?,?\s\d{{4}}\b|[A-Z][\w.'’ ]+(?:\s?[-–/]\s?[A-Z][\w.'’ ]+)+\s\d{{4}}\b|\(|ed\.|eds\.|trans\.|[A-Z][a-z]+ [A-Z][a-z]+ \d)"
)


def _start(draft: Draft) -> int:
    pos = 0
    for name in ("author", "editor", "date"):
        if name in draft.found and draft.found[name].span.start <= 5 + pos:
            pos = max(pos, draft.found[name].span.end)
    return _SEPARATORS.match(draft.work, pos).end()


_SEPARATORS = re.compile(rf"[ .,:;{BLANK}]*")


def take_title(draft: Draft) -> None:
    """Read the title that follows the names (and the date, in author-date styles)."""
    pos = _start(draft)
    if pos >= len(draft.work):
        return
    if draft.work[pos] in _CLOSE:
        end = _closing_quote(draft.work, pos)
        if end is not None:
            title, end = _joined_quote(draft, clean(draft.raw[pos + 1:end]), end)
            draft.cues.add("quoted-title")
            draft.put("title", title, pos, end + 1)
            return
    end = _comma_container(draft, pos, _subtitle(draft, pos, _plain_end(draft, pos)))
    text = clean(draft.raw[pos:end])
    if _TWO_LETTERS.search(text):  # ``Thèse, Université d'Orléans, …. 1983.``: a lone year is the date
        span_end = end + 1 if draft.raw[end:end + 1] in "?!" else end
        draft.put("title", text, pos, span_end)


_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


_AND_QUOTED = re.compile(r"[,.]?\s+(?P<and>and|&)\s+(?=[“\"‘'«„])")


def _joined_quote(draft: Draft, title: str, end: int) -> tuple[str, int]:
    """``“Nocturne” and “Five Tales of Love and Death.”``: two pieces published together, cited
    as one work; the title (``Nocturne and Five Tales of Love and Death``) runs to the second
    closing quote. Returns the title and where its last quote is."""
    joined = _AND_QUOTED.match(draft.work, end + 1)
    second = _closing_quote(draft.work, joined.end()) if joined else None
    if second is None:
        return title, end
    return f"{title} {joined.group('and')} {clean(draft.raw[joined.end() + 1:second])}", second


def _closing_quote(text: str, pos: int) -> int | None:
    """Find the quote closing the one at ``pos``; an apostrophe inside a word is not one."""
    close = _CLOSE[text[pos]]
    search = pos + 1
    while True:
        end = text.find(close, search)
        if close in "\"”":
            other = text.find('"' if close == "”" else "”", search)
            end = other if end < 0 or 0 <= other < end else end
        if end < 0:
            return None
        after = text[end + 1:end + 2]
        if close in "’'" and after.isalpha():
            search = end + 1
            continue
        return end


def _plain_end(draft: Draft, pos: int) -> int:
    """Where a title without quotes ends."""
    work = draft.work
    comma = "comma-style" in draft.cues and "author-date" not in draft.cues
    search = pos
    while True:
        stop = _STOP.search(work, search)
        comma_stop = _COMMA_STOP.search(work, pos) if comma else None
        if comma_stop and (stop is None or comma_stop.start() < stop.start()):
            return comma_stop.start()
        if stop is None:
            return len(work.rstrip(" ." + BLANK))
        if stop.group("stop") and stop.group("stop") == "." and _ABBREV.search(work[max(pos, stop.start() - 6):stop.start()]):
            if stop.start() - pos > 3:
                search = stop.end()
                continue
        if stop.group("stop") == "." and (_ORDINAL_DOT.match(work, stop.start() - 3) or _label_stop(work, pos, stop.start())):
            search = stop.end()
            continue
        if stop.group("stop") in ("?", "!") and _QUESTION_SUBTITLE.match(work, stop.end()):
            search = stop.end()
            continue
        if stop.group("paren") is not None and stop.start() == pos:
            search = stop.end()
            continue
        return stop.start()


_ORDINAL_DOT = re.compile(r".{0,2}(?<![\d.])\d{1,2}\.\s[a-zà-ž]{3,}(?<!\bvyd)\b")
"""``ve 20. století``, ``2. Weltkrieg``-style ordinals: a number's full stop followed by a
lower-case word is not the end of the title."""

_LABEL_HEAD = re.compile(r"(?<![\w.,\u0300-\u036f])(?<!,\s)[a-zà-ž]{1,3}\Z")
_LABEL_TAIL = re.compile(r"\.\s?(?:[a-zà-ž]|\d(?!\d{3}\b))")


def _label_stop(work: str, pos: int, stop: int) -> bool:
    """``Zákon č. 7/1864 z. z., …``, ``Act no. 5 of``: a short label's stop inside the title,
    before a number (not a year) or a small letter, does not end it; ``…, vol. 29`` does."""
    return bool(_LABEL_HEAD.search(work, max(pos, stop - 4), stop) and _LABEL_TAIL.match(work, stop))
_QUESTION_SUBTITLE = re.compile(r"[\s\x1f]+[A-ZÀ-Ž][^.?!\d:;\x1f]{2,150}?\.[\s\x1f]+(?=[^\W\d_])")
"""APA ``Would X prevent Y? Insights from Z. Ecological Economics, 99`` : after a question,
a sentence without figures that is followed by a name (the journal or publisher) is the
subtitle; ``Who pays? Penguin.`` and ISO 690 ``Kdo platí? Časopis. 2001, roč. 3`` end at ``?``."""

_FACTS_NEXT = re.compile(r"[\s,.;:]*(?:vol\b|Vol\b|v\.|no\.|No\.|pp?\.|\d|\(\d|\x1f|$)")
_VENUE = re.compile(
    r"\b(?:Proc\.|Proceedings|Conference|Symposium|Workshop|Congress|Trans\.|Transactions|IEEE|ACM|"
    r"Press|Publish\w*|Verlag|Books|Editions?|Editore|University|Univ\.)|-Hill\b"
)


def _comma_container(draft: Draft, pos: int, end: int) -> int:
    """``Title, Journal, vol. 5`` / ``Title, McGraw-Hill, 1989``: the last comma-separated
    chunk before the facts is the journal or publisher, not the end of the title."""
    text = draft.work[pos:end]
    if _FACTS_NEXT.match(draft.work, end) is None or "," not in text or "container_title" in draft.found:
        return end
    two_words = re.match(r"\s*\S+\s+(?=\S)", text)  # a comma counts after two words; found once, not per comma
    first = two_words.end() + 1 if two_words else len(text) + 1
    commas = [m for m in re.finditer(r",\s+(?=[A-Z])", text) if m.start() >= first]
    for i, comma in enumerate(reversed(commas)):
        rest = text[comma.end():]
        if len(rest.split()) > 12 or "?" in rest:
            break
        if CONTAINER_WORDS.search(rest) or _VENUE.search(rest) or (i == 0 and len(rest.split()) <= 3):
            return pos + comma.start()
    return end


_PLACE_YEAR_NEXT = re.compile(
    r",\s+(?:[A-Z][\w'’.]+(?:\s?[-–/]\s?|\s(?:und|and|e|et)\s|\s)?){1,4}\d{4}[a-z]?(?:[-–]\d{2,4})?(?=\s*(?:[.,;(]|$))"
)
_PLACE_PUBLISHER_YEAR_NEXT = re.compile(
    r",\s+[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?,\s+[A-ZÀ-Þ][^,.;:()\d]{1,50}?,\s*\d{4}[a-z]?(?=\s*(?:[.,;(]|$))"
)
"""French ``, Paris, Gallimard, 2000``: the place, publisher and year after a subtitle (a sentence
without figures or commas: ``Histoire de la souveraineté du peuple en France``)."""
_FIGURE_OR_COMMA = re.compile(r"[\d,]")


def _subtitle(draft: Draft, pos: int, end: int) -> int:
    """``A.R. Burn, The world of Hesiod. A study of …, New York 1966``: in comma styles a
    full stop before the ``, Place Year`` ends a title only, not the whole title."""
    if "comma-style" not in draft.cues or "author-date" in draft.cues or draft.work[end:end + 1] != ".":
        return end
    nxt = _PLACE_YEAR_NEXT.search(draft.work, end)
    if nxt is None:
        nxt = _PLACE_PUBLISHER_YEAR_NEXT.search(draft.work, end)
        if nxt is not None and _FIGURE_OR_COMMA.search(draft.work, end + 1, nxt.start()):
            return end
    if nxt is None or BLANK in draft.work[end:nxt.start()] or _IN_NEXT.match(draft.work, end) \
            or _CONTAINER_NEXT.search(draft.work, end, nxt.start()):
        return end
    return nxt.start()


_IN_NEXT = re.compile(r"\.\s+[Ii]n:?\s")
_CONTAINER_NEXT = re.compile(r"\sIn:?\s|\s[Ii]n:\s|\(")
"""``Title. In Book, Place Year`` / ``(ed.)``: what follows the stop is another work; a small
``in`` inside the sentence is a word of the subtitle (``False Prediction in the Iliad``)."""
