"""Claim → facets: which event (type, entity) each keyword of a claim is about.

An event keyword is about its *theme*: the thing created, joined, signed, dissolved,
or the person who holds an office. The theme is found from the words around the
keyword, in this order: "creation **of X**"; an object right after the keyword
("joined **X**", "admitted to **X**", but not "opens in **Moscow**"); a passive
subject ("**X** was founded"); else the nearest entity before the keyword. "… of X"
after any other word ("the adversary organization of NATO and was founded") is never
the theme. A clause that starts with "he" or "the alliance" takes its theme from the
sentence it points back to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import lemminflect

from ...model import Claim
from .events import (BODY_HEADS, ONCE, PERSONAL, WORD, Keyword, Mention, completes, definite_head, elided_subject, find_keywords,
                     office_roles, reported, repeats)
from .parties import MERGES, clause_subject, merger_parties, subjectless
from .taxonomy import THEME_PREPOSITIONS

WINDOW = 8
"""How many words a theme may stand from its keyword."""
DATE_WINDOW = 15
"""How many words an event keyword may stand from the date it is dated by."""
_AFTER = 4
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be", "had", "has", "have"})
_BLOCKING_PREPS = frozenset({"in", "at", "on", "during", "by", "from", "with", "against", "over", "under",
                             "after", "before", "since", "until", "for", "between", "among", "towards", "toward"})
_INSTITUTION_WORDS = frozenset(
    """act agreement alliance bank bloc committee conference council declaration doctrine federation force
    mission nations office organization organisation pact party partnership programme program republic
    states summit treaty union war region ministry government parliament army""".split()
)
_PREPOSITIONS = frozenset({"of", "to", "for", "with", "against", "from", "into", "towards", "toward", "about"})
_WORD = WORD  # the same tokens as mentions and keywords, so word indices agree


@dataclass(frozen=True, slots=True)
class Facet:
    """One claim seen as a statement about one event: (family, theme) and how it is stated."""

    claim: int
    family: str
    key: str
    intent: bool = False
    phase: str = ""
    roles: frozenset[str] = frozenset()
    repeat: bool = False
    kind: str = ""  # the keyword's own type: office-start happens once, office (a tenure) is a state
    label: str = ""  # the theme as written, where no mention names it whole ("church of Sainte-Aurélie")


def claim_facets(index: int, claim: Claim, canon, generic: frozenset[str], persons: frozenset[str],
                 mentions_of) -> list[Facet]:
    """Return the facets of claim ``index``.

    ``canon`` maps a mention to its canonical key; ``mentions_of(text)`` returns the
    mentions of a text with the acronyms the documents define expanded.
    """
    mentions = list(mentions_of(claim.event))
    head = definite_head(claim.event) if claim.context else None
    if head and mentions and mentions[0].key == head:
        # "The Convention entered into force": the full name it stands for.
        named = mentions_of(claim.context)
        if named and named[-1].key.endswith(head):
            first = mentions[0]
            mentions[0] = Mention(named[-1].surface, named[-1].key, first.start, first.word, first.size)
    subject = _antecedent(claim, mentions_of, persons)
    facets = _facets_of(index, claim.event, mentions, subject, canon, generic, persons, False, _date_word(claim))
    if claim.context and completes(claim.event):
        # "This process concluded in May 2002": the event the sentence points back to happened then.
        context = list(mentions_of(claim.context))
        facets += _facets_of(index, claim.context, context, None, canon, generic, persons, True, None)
    # One facet per event: an office taken beats an office merely named.
    unique: dict[tuple[str, str], Facet] = {}
    for facet in facets:
        known = unique.get((facet.family, facet.key))
        if known is None or (known.kind == "office" and facet.kind != "office"):
            unique[(facet.family, facet.key)] = facet
    return list(unique.values())


def _antecedent(claim: Claim, mentions_of, persons: frozenset[str] = frozenset()) -> Mention | None:
    """The entity an anaphoric clause points back to.

    The subject for "he"/"she"/"it" and for a clause without its own subject ("and
    entered into force"), else the latest entity named; for a sentence opening on a
    participle ("Born in 1887, X …"), the subject of its main clause.
    """
    fronted = _FRONTED.match(claim.quote) if claim.quote.startswith(claim.event[:40]) else None
    if fronted:
        # "Born on 12 June 1887, Elena Marsh trained …": the main clause's subject.
        mentions = mentions_of(claim.quote[fronted.end():])
        if mentions:
            return Mention(mentions[0].surface, mentions[0].key, -1, -1, mentions[0].size)
    if not claim.context:
        return None
    owned = _OWNED.match(claim.event)
    if owned and not find_keywords(owned.group(1)) and not _ADOPTED.search(claim.event):
        # (but "Its constitution, adopted in 1905": what a body adopts is its own, so the adoption is the body's)
        return None  # "Its library was established", "His wife died": the subject is what is owned
    mentions = mentions_of(claim.context)
    if not mentions:
        return None
    subject = PERSONAL.match(claim.event) or elided_subject(claim.event) or _IT.match(claim.event) \
        or subjectless(claim.event)
    chosen = mentions[0] if subject else mentions[-1]
    if PERSONAL.match(claim.event):
        # "She died …" after "A member of the … Society": the first person named, not the first name.
        chosen = next((m for m in mentions if (m.key in persons or m.key.split()[-1] in persons)
                       and not set(m.key.split()) & BODY_HEADS), chosen)
    return Mention(chosen.surface, chosen.key, -1, -1, chosen.size)


_ADOPTED = re.compile(r"\b(?:adopted|approved|enacted|proposed)\b")
# "It opened in 1854" points back to the subject before, not the last name it named.
_IT = re.compile(r"^\W*(?:\d{1,3}\.?\s+)?(?:it|its|they|their)\b", re.I)
_OWNED = re.compile(r"^\W*(?:\d{1,3}\.?\s+)?(?:its|their|his|her)\s+(?:(?:first|new|own|last)\s+)?([a-z][\w-]*)", re.I)
# A sentence opening on a participle and its date: "Signed in March 1856, the Treaty …".
_FRONTED = re.compile(
    r"^\W*(?:Born|Built|Set\s+up|[A-Z][a-z]{2,}(?:ed|en))\s+(?:in|on|at|by|during|from|between|after|before|"
    r"around|about|circa|c\.)\s[^,;]{0,80},\s*")


def _date_word(claim: Claim) -> int | None:
    """Word index of the claim's date in its event text (its first year digits)."""
    m = re.search(re.escape(claim.start[:3]) + r"\d", claim.event)
    return len(_WORD.findall(claim.event[:m.start()])) if m else None


def _facets_of(index: int, text: str, mentions: list[Mention], subject: Mention | None, canon,
               generic: frozenset[str], persons: frozenset[str], inherited: bool,
               date_word: int | None) -> list[Facet]:
    words = [w.lower() for w in _WORD.findall(text)]
    # Themes are chosen among all entities; a generic one then yields no facet rather than
    # letting a bystander entity stand in for it.
    usable = mentions
    out = []
    for kw in find_keywords(text):
        if reported(text, kw.start, kw.start + len(kw.word)):
            continue
        if date_word is not None and abs(kw.index - date_word) > DATE_WINDOW:
            continue  # a keyword far from the date is about another part of a long sentence
        family = "office" if kw.type.startswith("office") else kw.type
        labels: dict[str, str] = {}
        if family == "office":
            keys = [canon(m) for m in _holder(kw, usable, subject, canon, persons, words, text)]
        elif family == "joining":
            keys = _membership(kw, usable, subject, words, canon, generic)
        elif family == "merger" and (parties := merger_parties(kw, usable, words, canon)):
            labels = dict(parties)
            keys = list(labels)
        else:
            themes = _theme(kw, usable, subject, words, text)
            keys = [canon(m) for m in themes]
            labels = {canon(m): m.surface for m in themes if m.start == _DESCRIBED}
        for key in keys:
            if key in generic or MERGES in key and set(key.split(MERGES)) & generic:
                continue
            out.append(Facet(index, family, key, False if inherited else kw.intent, kw.phase,
                             office_roles(kw.word) if family == "office" else frozenset(),
                             _repeated(kw, words), kw.type, labels.get(key, "")))
    return out


JOINS = "|"
"""Separates who joined from what it joined in a membership key ("ostria|league of nations")."""


def _membership(kw: Keyword, mentions: list[Mention], subject: Mention | None, words: list[str], canon,
                generic: frozenset[str]) -> list[str]:
    """"Ostria joined the League": many join one body, so the event is the pair (member, body).

    Without a named member (the subject before the keyword, or what "it" points back to)
    nothing says whose joining is dated, and the claim gives no facet.
    """
    end = _keyword_end(kw)
    joined = [m for m in mentions if 0 < m.word - end <= _AFTER and not _blocked(end, m.word, words)
              and not _possessive(m, words)]
    if not joined:
        return []
    body = min(joined, key=lambda m: m.word)
    members = [m for m in mentions if _span(m)[1] < kw.index and kw.index - _span(m)[1] <= WINDOW
               and not _demoted(m, kw, words) and canon(m) != canon(body)]
    member = max(members, key=lambda m: m.word) if members else subject
    if member is None or canon(member) in generic or canon(member) == canon(body):
        return []
    return [f"{canon(member)}{JOINS}{canon(body)}"]


def _repeated(kw: Keyword, words: list[str]) -> bool:
    """A repetition marker next to the keyword ("once again elected", "a new Strategic Concept")."""
    near = words[max(0, kw.index - 4):_keyword_end(kw) + 4]
    return repeats(" ".join(near))


def _span(m: Mention) -> tuple[int, int]:
    return m.word, m.word + max(1, m.size) - 1


def _keyword_end(kw: Keyword) -> int:
    return kw.index + max(1, len(_WORD.findall(kw.word))) - 1


def _demoted(m: Mention, kw: Keyword, words: list[str]) -> bool:
    """"… of X", "mission to X": X belongs to the word before the preposition, unless that is the keyword."""
    back = m.word - 1
    if back >= 0 and words[back] in ("the", "a", "an"):
        back -= 1
    return back >= 1 and words[back] in _PREPOSITIONS and back - 1 != _keyword_end(kw)


def _possessive(m: Mention, words: list[str]) -> bool:
    """"NATO's Partnership": the owner, not the thing joined."""
    last = _span(m)[1]
    return last < len(words) and words[last].endswith(("'s", "’s"))


def _theme(kw: Keyword, mentions: list[Mention], subject: Mention | None, words: list[str], text: str) -> list[Mention]:
    end = _keyword_end(kw)
    # "made her maiden voyage to Lisbon": a destination is not what the event is about.
    after = [m for m in mentions if 0 < m.word - end <= _AFTER and not _blocked(end, m.word, words, _DESTINATION)
             and not _possessive(m, words)]
    if after:
        return [min(after, key=lambda m: m.word)]
    if kw.type == "discovery" and (coined := _coined_object(kw, words, text)) is not None:
        return [coined]
    site = _through_preposition(kw, mentions, words)
    if site is not None:
        return [site]
    if kw.type in _PERSONAL_EVENTS and (person := clause_subject(kw, mentions, subject, words, text)) is not None:
        return [person]  # "X, who had won the title four times, died", "…: he died in late 1918"
    appositive = _appositive(kw, mentions, text)
    if appositive is not None:
        return [appositive]
    if kw.type in ONCE and (_RELATIVE_INSERT.search(text, 0, kw.start) or _PASSIVE_AFTER_INSERT.search(text, 0, kw.start)) and \
            (named := clause_subject(kw, mentions, None, words, text)) is not None:
        return [named]  # "Morrow & Pike, which had made bottles for two generations, was wound up"
    if end + 3 < len(words) and words[end + 1:end + 3] == ["of", "the"]:
        if subject is not None and words[end + 3] in subject.key.split():
            return [subject]  # "the consecration of the organ": the "organ of St. Wendel's" named before
        named = _nominal_described(end, mentions, words)
        if named is not None:
            return [named]  # "the consecration of the bell of St. Oda's": the bell, named by its owner
    if _unnamed_object(kw, text):
        # "the creation of a new permanent body (NATO-Russia Council)": the name in brackets.
        named = [m for m in mentions if 0 < m.word - end <= WINDOW and not _blocked(end, m.word, words)
                 and text[:m.start].rstrip().endswith("(")]
        return named[:1]
    relative = _relative_object(kw, mentions, words)
    if relative is not None:
        return [relative]
    head = _definite_subject(kw, mentions, words)
    if head and subject is not None and head in subject.key.split():
        return [subject]  # "…, the accord was signed": the "… Accord" the paper named
    before = [m for m in mentions if _span(m)[1] < kw.index and kw.index - _span(m)[1] <= WINDOW
              and not _demoted(m, kw, words) and not _coordinated(m, kw, words)]
    passive = [m for m in before if kw.index - _span(m)[1] <= _AFTER
               and _PASSIVE & set(words[_span(m)[1] + 1:kw.index])]
    if passive:
        return [max(passive, key=lambda m: m.word)]
    if before:
        return [max(before, key=lambda m: m.word)]
    described = _described(kw, mentions, words)
    if described is not None:
        return [described]
    return [subject] if subject is not None else []


def _definite_subject(kw: Keyword, mentions: list[Mention], words: list[str]) -> str | None:
    """The noun of "the accord was signed": a definite description right before a passive keyword."""
    j = kw.index - 1
    while j >= 0 and (words[j].endswith("ly") or words[j] in ("been", "had", "has")):
        j -= 1
    if j < 2 or words[j] not in ("was", "were") or words[j - 2] not in ("the", "this", "that"):
        return None
    noun = j - 1
    return None if any(m.word <= noun <= _span(m)[1] for m in mentions if m.word >= 0) else words[noun]


def _through_preposition(kw: Keyword, mentions: list[Mention], words: list[str]) -> Mention | None:
    """"Excavation at the hillfort of Caer Dunnock": for a class whose theme follows a
    preposition of its own (``THEME_PREPOSITIONS``), the first name after it, past a common noun or two."""
    allowed = THEME_PREPOSITIONS.get(kw.type)
    if not allowed:
        return None
    end = _keyword_end(kw)
    for m in sorted(mentions, key=lambda m: m.word):
        between = words[end + 1:m.word]
        if m.word <= end or m.word - end > WINDOW or not between or between[0] not in allowed:
            continue
        nouns = [w for w in between if w not in allowed and w not in ("the", "a", "an")]
        if len(nouns) <= 2 and not set(nouns) & (_BLOCKING_PREPS | _PASSIVE) and not _possessive(m, words):
            return m
        return None
    return None


def _appositive(kw: Keyword, mentions: list[Mention], text: str) -> Mention | None:
    """"the flagship project of the Brindle Development Agency, established in 1992": a
    participle after a comma describes the name right before it, whatever owns that name."""
    if not kw.word.endswith("ed") or not text[:kw.start].rstrip().endswith(","):
        return None
    before = [m for m in mentions if m.word >= 0 and _span(m)[1] == kw.index - 1]
    if not before:
        return None
    tokens = list(_WORD.finditer(text, 0, kw.start))
    last = _span(before[0])[1]
    gap = text[tokens[last].end():kw.start] if last < len(tokens) else ""
    return before[0] if re.fullmatch(r"\s*,\s*", gap) else None


_DESCRIBED = -2
"""``Mention.start`` of a theme made from a noun and a name ("church of Sainte-Aurélie")."""
_NOT_A_HEAD = frozenset("""one some most many all part each none any both either several rest number majority
    half third quarter kind sort type lack""".split())


def _described(kw: Keyword, mentions: list[Mention], words: list[str]) -> Mention | None:
    """"The abbey church of Sainte-Aurélie was consecrated": what was consecrated is the
    church, named by its noun and the name after "of" (not Sainte-Aurélie itself, which may
    have been founded on another day). Only as the subject of a passive verb: in "the
    adversary organization of NATO and was founded" the phrase is another verb's object."""
    found = None
    for m in mentions:
        back = m.word - 1
        if back >= 0 and words[back] == "the":
            back -= 1
        if not (1 <= back and words[back] == "of" and 0 < kw.index - _span(m)[1] <= _AFTER):
            continue
        if _coordinated(m, kw, words) or not _PASSIVE & set(words[_span(m)[1] + 1:kw.index]):
            continue  # the subject of a passive ("… was consecrated"), not an object ("… of NATO and was founded")
        noun = words[back - 1]
        if noun.isalpha() and noun.islower() and len(noun) >= 4 and noun not in _NOT_A_HEAD and not find_keywords(noun):
            found = Mention(f"{noun} of {m.surface}", f"{noun} of {m.key}", _DESCRIBED, m.word, m.size)
    return found


def _nominal_described(end: int, mentions: list[Mention], words: list[str]) -> Mention | None:
    """"consecration | of the bell of St. Oda's": the noun after the event noun and the name after its own "of"."""
    noun = words[end + 3]
    if not (noun.isalpha() and noun.islower() and len(noun) >= 4) or noun in _NOT_A_HEAD or find_keywords(noun):
        return None
    for m in mentions:
        back = m.word - 1
        if back >= 0 and words[back] == "the":
            back -= 1
        if back == end + 4 and words[back] == "of":
            return Mention(f"{noun} of {m.surface}", f"{noun} of {m.key}", _DESCRIBED, m.word, m.size)
    return None


def _unnamed_object(kw: Keyword, text: str) -> bool:
    """"opened a school of music", "built nine airships", "the collapse of the old empire":
    the keyword has an object of its own that names nothing, so no entity before it is the
    theme. "The War of 1862-1866" and "founded the following year" have none."""
    return bool(_UNNAMED.match(text, kw.start + len(kw.word)))


_DETERMINERS = (r"a|an|the|its|their|his|her|our|this|that|these|those|some|several|many|numerous|new|two|three|"
                r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|hundreds")
_UNNAMED = re.compile(
    # "opened its doors" is the opening of its subject, not of the doors
    rf"\s+(?:[a-z]+ly\s+)?(?!(?:its|their|his|her)\s+(?:\w+\s+)?(?:doors|gates)\b)"
    rf"(?:of\s+(?:(?:{_DETERMINERS})\s+)?|(?:{_DETERMINERS})\s+"
    r"(?!(?:following|same|next|previous|year|month|day|week)\b))[a-z]")


def _relative_object(kw: Keyword, mentions: list[Mention], words: list[str]) -> Mention | None:
    """"Norvik, which Ada Lindqvist founded": the thing before "which", not the founder."""
    agent = [m for m in mentions if _span(m)[1] == kw.index - 1 and m.word >= 1 and words[m.word - 1] in ("which", "that", "whom")]
    if not agent:
        return None
    owners = [m for m in mentions if 0 <= _span(m)[1] < agent[0].word - 1 and agent[0].word - 1 - _span(m)[1] <= 2]
    return max(owners, key=lambda m: m.word) if owners else None


def _coordinated(m: Mention, kw: Keyword, words: list[str]) -> bool:
    """"The alliance opposed X and was founded": X is the object of another verb."""
    return bool({"and", "but", "or"} & set(words[_span(m)[1] + 1:kw.index])) and m.word > 0


def _blocked(end: int, start: int, words: list[str], also: frozenset[str] = frozenset()) -> bool:
    """An object after the keyword, unless a preposition of place or time comes first."""
    between = words[end + 1:start]
    return any(w in _BLOCKING_PREPS or w in also for w in between)


_DESTINATION = frozenset({"to", "into"})
# A relative clause inserted after the subject, closed by a comma ("X, which had …, was wound up").
_RELATIVE_INSERT = re.compile(r"^\W*[A-Z][^,;]{0,80},\s+(?:which|who)\s[^;]{3,160},\s*(?:[a-z]+\s+){0,3}$")
# "Ostrium, the pale metal that he separated …, was discovered": a passive verb after an inserted phrase.
_PASSIVE_AFTER_INSERT = re.compile(r"^\W*[A-Z][^,;]{0,60},\s+[^;]{3,160},\s*(?:was|were)\s+(?:first\s+)?$")
_PERSONAL_EVENTS = frozenset({"birth", "death"})


def _coined_object(kw: Keyword, words: list[str], text: str) -> Mention | None:
    """"Vall discovered ostrium": a discovery's object may be a coined name in lower case, a word
    no dictionary holds (a new element, mineral or species)."""
    end = _keyword_end(kw)
    if end + 1 >= len(words):
        return None
    word = words[end + 1]
    tokens = list(_WORD.finditer(text))
    token = tokens[end + 1] if end + 1 < len(tokens) else None
    if token is None or not token.group(0).islower() or len(word) < 4 or not word.isalpha() or _known_word(word):
        return None
    return Mention(token.group(0), word, token.start(), end + 1, 1)


@lru_cache(maxsize=4096)
def _known_word(word: str) -> bool:
    return bool(lemminflect.getAllLemmas(word))
"""Events of a person, who is the subject of the clause however far it stands from the verb."""


def _distance(m: Mention, kw: Keyword) -> int:
    """Words between a name and a keyword, from the name's nearer end."""
    return kw.index - _span(m)[1] if m.word < kw.index else m.word - kw.index


def _holder(kw: Keyword, mentions: list[Mention], subject: Mention | None, canon,
            persons: frozenset[str], words: list[str], text: str) -> list[Mention]:
    """The person nearest an office word ("Putin became acting president"), else the subject
    of its clause ("Agathe Lorring, a pharmacologist …, became acting director")."""
    people = [m for m in mentions if canon(m) in persons and abs(m.word - kw.index) <= WINDOW]
    if not people:
        person = clause_subject(kw, mentions, subject, words, text)
        if person is not None and (person.word >= 0 or canon(person) in persons):
            return [person]
        # No known surname: a two- or three-word name standing next to the office ("Karl Mayer became").
        people = [m for m in mentions if 2 <= len(m.key.split()) <= 3 and _distance(m, kw) <= 4
                  and not set(m.key.split()) & _INSTITUTION_WORDS and m.word >= 0]
    if people:
        best = min(_distance(m, kw) for m in people)
        return [m for m in people if _distance(m, kw) == best]
    return [subject] if subject is not None and canon(subject) in persons else []
