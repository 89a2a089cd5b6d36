"""A word with a full stop → whether ISO 4 abbreviates journal-title words that way (``Phys.``, ``Lett.``).

The ISSN International Centre's List of Title Word Abbreviations (LTWA), the word list
behind ISO 4, as the ``pyiso4`` package ships it (``LTWA_20210702.csv``: word,
abbreviations, languages). Only the abbreviations column is used: ``physic-`` → ``phys.``,
``journal`` → ``j.``, ``chemic-`` → ``chem.`` give ``phys.``, ``j.``, ``chem.``, while
``Catalysis.`` or ``Evolution.`` (words ISO 4 shortens to ``catal.``, ``evol.``) are not in it:
a title's last word, not part of the journal's name. Read once, on first use.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

_LTWA_FILE = "LTWA_20210702.csv"
_NOT_ABBREVIATED = frozenset({"n.a.", "n. a.", "n.a"})


def _fold(text: str) -> str:
    """Lower case without accents (``Quím.`` and ``quim.`` are one abbreviation)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    """The abbreviations (``phys.``), and the whole words the list names that a stop after
    them does not make an abbreviation of (``sahel``: left whole; ``meteor``: ``meteor.`` is
    another word's abbreviation)."""
    text = resources.files("pyiso4").joinpath(_LTWA_FILE).read_text(encoding="utf-8")
    abbreviations: set[str] = set()
    plain: set[str] = set()
    shortened: set[str] = set()
    for line in text.splitlines()[1:]:
        word, _, rest = line.partition("\t")
        given = rest.partition("\t")[0].strip()
        whole = word[:1] != "-" and word[-1:] != "-"
        if given in _NOT_ABBREVIATED:
            if whole:
                plain.add(_fold(word.split("(")[0].strip()))
            continue
        own = [_fold(a.strip().strip("-")) for a in given.split(",")]
        abbreviations.update(a for a in own if a.endswith(".") and " " not in a)
        if whole:
            folded = _fold(word.split("(")[0].strip())
            (shortened if folded + "." in own else plain).add(folded)
    return frozenset(abbreviations), frozenset(plain - shortened)


def is_title_word_abbreviation(word: str) -> bool:
    """Whether ``word`` (with its full stop) is an ISO 4 title-word abbreviation.

    >>> is_title_word_abbreviation("Phys."), is_title_word_abbreviation("Heterocycl.")
    (True, True)
    >>> is_title_word_abbreviation("Catalysis."), is_title_word_abbreviation("Phys")
    (False, False)
    """
    return word.endswith(".") and _fold(word) in _tables()[0]


def is_whole_title_word(word: str) -> bool:
    """Whether ``word`` (stop removed) is itself a word of the list, so that with a stop it may
    end a sentence rather than abbreviate (``Sahel.``, ``Meteor.``, ``Model.``).

    >>> is_whole_title_word("Sahel."), is_whole_title_word("Phys.")
    (True, False)
    """
    return _fold(word.rstrip(".")) in _tables()[1]


__all__ = ["is_title_word_abbreviation", "is_whole_title_word"]
