"""Wrapped lines → flowing text: join continuation lines, repairing line-break hyphens and URLs.

A note, a reference entry or a URL broken over several lines is put back together here.
Whether a line-end hyphen was a real one (``above-mentioned``, ``de-Stalinization``,
``1953–1964``) or a word break (``inter-national``) is decided from the document's own
vocabulary: the hyphen is dropped only when the joined word occurs elsewhere in the
document and the hyphenated form does not.
"""

from __future__ import annotations

import re
from typing import Container, Iterable, Sequence

from .urls import url_continues

_WORD = re.compile(r"\w+(?:-\w+)*")
_HEAD = re.compile(r"(\w+)-$")
_TAIL = re.compile(r"\w+")
_DASHES = ("-", "\u2013", "\u2014")
_SOFT_HYPHEN = "\u00ad"
_MIN_BREAKS = 3
_SPACES = re.compile(r"[ \t\f\v]+")


def collect_vocabulary(lines: Iterable[str]) -> frozenset[str]:
    """Every word and hyphenated compound of the text, case-folded.

    >>> sorted(collect_vocabulary(["The above-mentioned", "international law"]))
    ['above-mentioned', 'international', 'law', 'the']
    """
    # One casefold and one findall over the whole text: per-word calls dominated the stage.
    return frozenset(_WORD.findall("\n".join(lines).casefold()))


class LazyVocabulary:
    """A document's :func:`collect_vocabulary`, built on the first lookup.

    Only a line-end hyphen before a lower-case word needs the vocabulary, and many
    documents have none in their notes and lists; collecting it was a fifth of the stage.
    It also knows how the document hyphenates (:meth:`breaks_words`).
    """

    __slots__ = ("_lines", "_words", "_breaks", "_parts")

    def __init__(self, lines: tuple[str, ...]) -> None:
        self._lines = lines
        self._words: frozenset[str] | None = None
        self._breaks: bool | None = None
        self._parts: tuple[frozenset[str], frozenset[str]] | None = None

    def __contains__(self, word: object) -> bool:
        return word in self._vocabulary()

    def _vocabulary(self) -> frozenset[str]:
        if self._words is None:
            self._words = collect_vocabulary(self._lines)
        return self._words

    def breaks_words(self) -> bool:
        """Are the document's line-end hyphens, where it shows, mostly word breaks?

        A typesetter's justified columns break words everywhere (``read-`` ⏎ ``ings``).
        Where the joined word occurs elsewhere in the text and the hyphenated one does not,
        the document shows a break; the reverse shows a compound. When breaks outnumber
        compounds three to one (at least three seen), an unknown word (``Co-`` ⏎
        ``penhagen``) is taken for a break too.
        """
        if self._breaks is None:
            breaks = compounds = 0
            lines = self._lines
            for k, line in enumerate(lines[:-1]):
                if "-" not in line or not line.rstrip().endswith("-"):
                    continue
                head, tail = _HEAD.search(line.rstrip()), _TAIL.match(lines[k + 1].strip())
                if not head or not tail or not tail.group()[0].islower() or not head.group(1)[-1].isalpha():
                    continue
                if f"{head.group(1)}-{tail.group()}".casefold() in self:
                    compounds += 1
                elif (head.group(1) + tail.group()).casefold() in self:
                    breaks += 1
            self._breaks = breaks >= _MIN_BREAKS and breaks >= 3 * compounds
        return self._breaks

    def compound_part(self, head: str, tail: str) -> bool:
        """Does ``head`` open, or ``tail`` close, a hyphenated compound of the text (``społeczno-przestrzennej``)?"""
        if self._parts is None:
            compounds = [word.split("-") for word in self._vocabulary() if "-" in word]
            self._parts = (frozenset(c[0] for c in compounds), frozenset(c[-1] for c in compounds))
        return head.casefold() in self._parts[0] or tail.casefold() in self._parts[1]


def repair_hyphenation(left: str, right: str, vocabulary: Container[str]) -> str:
    """Join ``left`` (ending in a hyphen) and ``right``, dropping the hyphen only for a word break.

    A word break is a joined word the document uses elsewhere (and not hyphenated), or,
    in a document that breaks words at line ends (:meth:`LazyVocabulary.breaks_words`),
    a word it uses neither way whose parts open or close no compound of its own.

    >>> vocab = frozenset({"international", "above-mentioned"})
    >>> repair_hyphenation("inter-", "national law", vocab)
    'international law'
    >>> repair_hyphenation("the above-", "mentioned", vocab)
    'the above-mentioned'
    >>> repair_hyphenation("de-", "Stalinization", vocab)
    'de-Stalinization'
    """
    head, tail = _HEAD.search(left), _TAIL.match(right)
    if not head or not tail or not tail.group()[0].islower():
        return left + right
    joined = (head.group(1) + tail.group()).casefold()
    hyphened = f"{head.group(1)}-{tail.group()}".casefold()
    if hyphened in vocabulary:
        return left + right
    if joined in vocabulary or (
        isinstance(vocabulary, LazyVocabulary) and vocabulary.breaks_words()
        and not vocabulary.compound_part(head.group(1), tail.group())
    ):
        return left[:-1] + right
    return left + right


def join_wrapped_lines(lines: Sequence[str], vocabulary: Container[str] = frozenset()) -> str:
    """Join the wrapped ``lines`` of one paragraph, note or entry into a single line of text.

    >>> join_wrapped_lines(["Hatzivassiliou, “Images of the Soviet Union, 1953–", "1964”, 91. "])
    'Hatzivassiliou, “Images of the Soviet Union, 1953–1964”, 91.'
    >>> join_wrapped_lines(["Dostupné z: <http://www.example.org/a/", "b.html>"])
    'Dostupné z: <http://www.example.org/a/b.html>'
    """
    text = ""
    for raw in lines:
        piece = _squash(raw)
        if not piece:
            continue
        text = _join(text, piece, vocabulary) if text else piece
    return text


def _squash(line: str) -> str:
    """``line`` stripped, its runs of spaces, tabs and form feeds made one space.

    A no-break space (U+00A0, French ``retard\u00a0?``, ``«\u00a0théâtre\u00a0»``) inside
    the line is the text's own and is kept; ``str.split`` would have turned it into a space.

    >>> _squash("  a  b\u00a0;\fc ")
    'a b\xa0; c'
    """
    piece = line.strip()
    if "  " in piece or "\t" in piece or "\f" in piece or "\v" in piece:
        piece = _SPACES.sub(" ", piece)
    return piece


def _join(left: str, right: str, vocabulary: Container[str]) -> str:
    if url_continues(left, right):
        return left + right
    if left.endswith("/") and len(left) >= 2 and not left[-2].isspace():
        return left + right  # ``WO 208/`` ⏎ ``4403``, ``doi: 10.1002/`` ⏎ ``ijc.30716``: a slash joins
    if left.endswith(_SOFT_HYPHEN):
        return left[:-1] + right
    if left.endswith(_DASHES) and len(left) >= 2:
        before = left[-2]
        if before.isdigit() and right[0].isdigit():
            return left + right
        if left.endswith("-") and before.isalpha():
            return repair_hyphenation(left, right, vocabulary)
    return f"{left} {right}"
