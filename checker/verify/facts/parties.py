"""Keyword and the names around it → whose event it is, which two bodies merged, what a subject stands for.

A birth, a death or taking an office is about the clause's subject, which may stand far
from the verb: behind a pronoun ("…: he died in late 1918", the person the sentence opened
with) or before an inserted clause ("Teodor Alsing, who had won the title four times …,
died"). A merger has two parties and no direction: "A merged with B", "B was amalgamated
with A" and "the merger of A and B" are one event, keyed on both names in sorted order.
"""

from __future__ import annotations

import re

from .events import WORD, Keyword, Mention
from .taxonomy import classify

MERGES = " + "
"""Joins the two parties of a merger in its key ("northern counties bank + tolland & reeve")."""

_VERB_GROUP = frozenset(
    """was were had has have been being is are not did also later then soon eventually appointed became become
    elected named confirmed as sworn in installed promoted to made the a an""".split())
_LINKS = frozenset({"with", "of", "between", "into", "and", "the", "a", "an", "&"})
_WINDOW = 8


def span(m: Mention) -> tuple[int, int]:
    """First and last word index of a mention."""
    return m.word, m.word + max(1, m.size) - 1


def keyword_end(kw: Keyword) -> int:
    """Word index of a keyword's last word."""
    return kw.index + max(1, len(WORD.findall(kw.word))) - 1


def clause_subject(kw: Keyword, mentions: list[Mention], subject: Mention | None, words: list[str],
                   text: str) -> Mention | None:
    """The subject of the clause a person's event keyword ends, where no name stands next to it.

    "he died", "she was appointed": the name the sentence opens with, else the person an
    earlier sentence named (``subject``); "X, who …, died", "X, a pharmacologist …, became
    director": the name before the inserted clause.
    """
    i = kw.index - 1
    while i >= 0 and words[i] in _VERB_GROUP:
        i -= 1
    opening = next((m for m in mentions if 0 <= m.word <= 2 and span(m)[1] < i), None)
    if i >= 0 and words[i] in ("he", "she"):
        return opening or subject
    tokens = WORD.findall(text)  # the verb group starts after word ``i``
    at = _offset_of_word(text, i + 1) if i + 1 < len(tokens) else kw.start
    # The clause inserted after the name is closed by a comma before the verb; not "A married B, born …".
    if opening is not None and text[:at].rstrip().endswith(",") and \
            text[opening.start + len(opening.surface):].lstrip().startswith(","):
        return opening
    return None


def _offset_of_word(text: str, index: int) -> int:
    for n, m in enumerate(WORD.finditer(text)):
        if n == index:
            return m.start()
    return len(text)


def merger_parties(kw: Keyword, mentions: list[Mention], words: list[str], canon) -> list[tuple[str, str]]:
    """The key of a merger and its name as written: its two parties in sorted order, or
    nothing when only one is named."""
    end = keyword_end(kw)
    after = [m for m in mentions if 0 < m.word - end <= _WINDOW and set(words[end + 1:m.word]) <= _LINKS]
    parties = after[:1]
    if after:
        # "the merger of A and B": the second party right after the first.
        last = span(after[0])[1]
        parties += [m for m in after[1:2] if set(words[last + 1:m.word]) <= {"and", "with", "the", "&"}]
    if len(parties) < 2:
        before = [m for m in mentions if 0 <= span(m)[1] < kw.index and kw.index - span(m)[1] <= _WINDOW]
        # "A and B merged", "A was amalgamated with B", "In 1896 A merged with B".
        parties = before[-2:] if not parties and len(before) >= 2 and "and" in words[span(before[-2])[1]:before[-1].word] \
            else before[-1:] + parties
    named = {canon(m): m.surface for m in parties}
    if len(named) != 2:
        return []
    keys = sorted(named)
    return [(MERGES.join(keys), " and ".join(named[k] for k in keys))]


def passive_head(text: str) -> str | None:
    """The noun of a definite description that is the subject of a passive event verb
    anywhere in ``text``: "Negotiated over two seasons, the accord was signed" → ``accord``."""
    for m in _DEFINITE_PASSIVE.finditer(text):
        if classify(m.group(2)) is not None:
            return m.group(1)
    return None


_DEFINITE_PASSIVE = re.compile(r"(?<![\w'’-])(?:the|this|that)\s+([a-z]{4,})\s+(?:was|were|had\s+been|has\s+been)\s+"
                               r"(?:[a-z]+ly\s+)?([a-z]+)\b")


def subjectless(text: str) -> bool:
    """True when ``text`` is a clause of a participle with no subject of its own, as in a
    gazetteer entry ("Signed at Kuala Serin on 14 March 1893"): its subject is what the entry names."""
    return bool(_SUBJECTLESS.match(text)) and "," not in text


_SUBJECTLESS = re.compile(r"^\W*(?:Born|Built|Set\s+up|[A-Z][a-z]{2,}(?:ed|en))\s+(?:in|on|at|by|during|from|between|"
                          r"after|before|around|about|circa|c\.)\s")
