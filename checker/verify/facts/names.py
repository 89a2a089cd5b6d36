"""Claims → who and what they name: entity keys made canonical across the documents.

Mentions are read with the acronyms some document defines expanded; a key stands for all
its spellings: surnames of known people ("Vladimir Putin" = "Putin"), spelling and dash
variants found by rapidfuzz ("NATO – Russian Council"), one name inside a longer one made
of topic words ("Kosovo Force mission"), a state with or without its form ("Republic of
Ostria" = "Ostria"). Names that most claims of a paper mention (its topic) are "topic
keys" and identify no event.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz import fuzz, process

from ...model import Claim
from .events import PERSONAL, ROLE_WORDS, Mention, entity_key, find_mentions
from .offices import role_words, takes_office

__all__ = ["canonical_keys", "claim_mentions", "defined_acronyms", "mention_reader", "people", "topic_keys"]

_INSTITUTION = frozenset(
    """act acts agreement alliance area bloc block committee concept conference council council declaration
    doctrine federation force forces mission nations office organization organisation pact party partnership
    program programme republic republics states summit treaty union war wall""".split()
)
_HEADS = frozenset({"programme", "program", "process", "initiative", "plan", "treaty", "agreement"})
_TITLED = re.compile(rf"(?:{ROLE_WORDS.pattern})\s+$", re.I)
_VITAL = re.compile(r"\b(?:born|died)\b", re.I)


def defined_acronyms(claims: tuple[Claim, ...]) -> dict[str, str]:
    """Acronym → long form, from the ``Long Form (ACR)`` entities the documents defined."""
    found: dict[str, str] = {}
    for claim in claims:
        for entity in claim.entities:
            m = re.fullmatch(r"(.+) \(([A-Z][A-Za-z&]*[A-Z])\)", entity)
            if m:
                found.setdefault(m.group(2), m.group(1))
    return found


def claim_mentions(claim: Claim, mentions_of) -> tuple[Mention, ...]:
    """Mentions of the event text, then those of its context (at word -1: before the event)."""
    found = list(mentions_of(claim.event))
    if claim.context:
        found += [Mention(m.surface, m.key, -1, -1, m.size) for m in mentions_of(claim.context)]
    return tuple(found)


def mention_reader(acronyms: dict[str, str]):
    """``text → mentions`` with defined acronyms expanded and split long forms rejoined, cached.

    Mentions end at "and", so "European Coal and Steel Community" comes out in two
    pieces; where the joined pieces are a long form some text defines, they are one.
    """
    long_forms = frozenset(acronyms.values())
    cache: dict[str, tuple[Mention, ...]] = {}

    def read(text: str) -> tuple[Mention, ...]:
        found = cache.get(text)
        if found is None:
            found = cache[text] = tuple(_expand(m, acronyms) for m in _rejoin(text, find_mentions(text), long_forms))
        return found

    return read


def _rejoin(text: str, mentions: tuple[Mention, ...], long_forms: frozenset[str]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and long_forms:
            prev = out[-1]
            joined = text[prev.start:m.start + len(m.surface)]
            if joined in long_forms:
                out[-1] = Mention(joined, entity_key(joined), prev.start, prev.word, m.word + m.size - prev.word)
                continue
        out.append(m)
    return out


def _expand(mention: Mention, acronyms: dict[str, str]) -> Mention:
    long = acronyms.get(mention.surface)
    return Mention(long, entity_key(long), mention.start, mention.word, mention.size) if long else mention


def people(claims: tuple[Claim, ...], mentions: list[tuple[Mention, ...]]) -> frozenset[str]:
    """Surnames of the names that are people.

    A name is a person's when written with initials ("V. Putin"), after an office
    ("Premier Nikita Khrushchev"), as the one born or who died ("Maria Okonkwo was
    born"), or as what a later "he"/"she" points back to.
    """
    found = set()
    for claim, ms in zip(claims, mentions):
        vital = _VITAL.search(claim.event)
        pointed = PERSONAL.match(claim.event) and next((m for m in ms if m.start < 0), None)
        roles = [(r.start(), r.end()) for r in role_words(claim.event)]  # one pass, not one per name
        for m in ms:
            words = m.key.split()
            lo = max(0, m.start - 40)
            titled = m.start >= 0 and any(a < m.start and b > lo for a, b in roles) and \
                _TITLED.search(claim.event, lo, m.start)
            initials = len(words) >= 2 and all(len(w) == 1 for w in words[:-1])
            named = (vital and m.start >= 0 or m is pointed) and 2 <= len(words) <= 3
            # "Lorring was confirmed as director", "Harold Vane, who became Chief Inspector".
            holder = m.start >= 0 and len(words) <= 3 and claim.event.startswith(m.surface, m.start) \
                and takes_office(claim.event, m.start + len(m.surface))
            if (titled or initials or named or holder) and len(words) <= 4 and not set(words) & _INSTITUTION:
                found.add(words[-1])
    return frozenset(found)


def topic_keys(claims: tuple[Claim, ...], mentions: list[tuple[Mention, ...]]) -> frozenset[str]:
    """Keys so common in the documents that name them that they are a topic, not an event.

    Measured per document, not over the whole corpus: "NATO" in a paper about NATO is
    generic however many unrelated papers are checked with it.
    """
    per_doc: dict[str, Counter] = defaultdict(Counter)
    sizes: Counter = Counter()
    for claim, ms in zip(claims, mentions):
        sizes[claim.location.document] += 1
        per_doc[claim.location.document].update({m.key for m in ms})
    named: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for document, counts in per_doc.items():
        for key, count in counts.items():
            named[key][0] += count
            named[key][1] += sizes[document]
    return frozenset(key for key, (count, size) in named.items() if count > max(8, size // 10))


def canonical_keys(mentions: list[tuple[Mention, ...]], df: Counter, generic: frozenset[str], known_people: frozenset[str]):
    """Map every key to a representative: surnames, spelling and dash variants merged."""
    keys = sorted(df)
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    tokens_generic = {t for k in generic for t in k.split()}
    surnames, full_names = _person_names(keys, known_people)
    for key, surname in full_names.items():
        if surname in surnames:
            parent.setdefault(surname, surname)
            union(key, surname)
    for a, b in _variant_pairs(keys, tokens_generic):
        union(a, b)
    for a, b in (*_state_forms(keys), *_name_forms(keys, generic)):
        union(a, b)
    person_keys = set(surnames) | set(full_names) | known_people
    for a, b in _modifier_forms(mentions, set(parent), person_keys):
        union(a, b)
    canon = {k: find(k) for k in parent}
    persons = frozenset(canon[k] for k in (*surnames, *full_names, *(known_people & set(parent))))
    return canon, _display_names(mentions, canon), persons


def _modifier_forms(mentions: list[tuple[Mention, ...]], keys: set[str], person_keys: set[str]):
    """"the Hollins Weir station" and "the station at Hollins Weir": a name used as the
    modifier of one noun names that thing too, unless the name is a person's ("the Brenner
    refractor" is not Josef Brenner) or it modifies several nouns ("the Tembara river", "the
    Tembara accord")."""
    heads: dict[str, set[str]] = defaultdict(set)
    for ms in mentions:
        for m in ms:
            last = m.surface.rsplit(None, 1)
            if len(last) == 2 and last[1].islower():
                heads[entity_key(last[0])].add(m.key)
    for name, forms in heads.items():
        if len(forms) == 1 and name in keys and name not in person_keys:
            yield next(iter(forms)), name


def _person_names(keys: list[str], known_people: frozenset[str]) -> tuple[set[str], dict[str, str]]:
    """Surnames that stand for one person, and every full name → its surname.

    "Vladimir Putin", "V. Putin" and "Putin" are one person; "Agnes Rowell" and "Edmund
    Rowell" are two, so neither takes the bare "Rowell" (given and family name must both
    agree where both are written; an initial agrees with a name it begins).
    """
    full_names = {key: surname for key in keys if (surname := _surname(key, known_people))}
    given: dict[str, set[str]] = defaultdict(set)
    titles = _titles()
    for key, surname in full_names.items():
        given[surname].add(" ".join(w for w in key.split()[:-1] if w not in titles))
    single = {surname for surname, names in given.items() if _one_given_name(names)}
    return single, full_names


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Titles before a name ("Canon", "Captain", "Bishop"), from nameparser's own list."""
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.titles)


def _one_given_name(names: set[str]) -> bool:
    """"vladimir", "v", "canon vladimir" and "" (no given name written) agree; "agnes" and
    "edmund" do not. Names are compared from the surname back, so a title before them is ignored."""
    def agree(a: str, b: str) -> bool:
        pairs = zip(reversed(a.split()), reversed(b.split()))
        return all(x == y or (len(x) == 1 or len(y) == 1) and x[0] == y[0] for x, y in pairs)

    return all(agree(a, b) for a in names for b in names)


def _display_names(mentions: list[tuple[Mention, ...]], canon: dict[str, str]) -> dict[str, str]:
    """Each canonical key's most written form (ties: the longest), for messages."""
    surfaces: dict[str, Counter] = defaultdict(Counter)
    for ms in mentions:
        for m in ms:
            surfaces[canon[m.key]][m.surface] += 1
    return {root: max(c.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0] for root, c in surfaces.items()}


def _surname(key: str, people: frozenset[str]) -> str | None:
    """"vladimir putin" → "putin" when "putin" is a known surname; "v putin" likewise."""
    words = key.split()
    if not 2 <= len(words) <= 4 or any(w in _INSTITUTION for w in words):
        return None
    return words[-1] if words[-1] in people else None


def _variant_pairs(keys: list[str], generic_tokens: set[str]):
    """Pairs of keys that name one thing: spelling variants, or one name inside a longer one.

    Only keys that share the start of a word ("pokita", "pokitan") are compared, every
    spelling variant worth merging shares one; rapidfuzz scores a whole block at once.
    """
    by_token: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        for token in {t[:4] for t in key.split() if len(t) >= 3}:
            by_token[token].append(key)
    for bucket in by_token.values():
        if not 2 <= len(bucket) <= 200:
            continue
        close = (process.cdist(bucket, bucket, scorer=fuzz.ratio, score_cutoff=90) > 0) | \
                (process.cdist(bucket, bucket, scorer=fuzz.token_sort_ratio, score_cutoff=92) > 0)
        for i, j in zip(*close.nonzero()):
            if i < j and _words_close(bucket[i], bucket[j]):
                yield bucket[i], bucket[j]
    # "Kosovo Force" inside "Kosovo Force mission": every word of the shorter name, the
    # rest generic words or heads ("treaty", "programme").
    postings: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        for token in key.split():
            postings[token].add(key)
    allowed = generic_tokens | _HEADS
    for short in keys:
        words = set(short.split())
        if len(words) < 2 or not words - generic_tokens:
            continue
        for long in set.intersection(*(postings[w] for w in words)):
            if long != short and set(long.split()) - words <= allowed:
                yield short, long


def _words_close(a: str, b: str) -> bool:
    """A spelling variant changes letters in words, not a whole word: "counsil" for "council",
    "Sámi" for "Sami", but not "Military Training Mission" for "Military Liaison Mission"."""
    wa, wb = _fold(a).split(), _fold(b).split()
    if len(wa) != len(wb):
        return True
    pairs = zip(wa, wb) if fuzz.ratio(" ".join(wa), " ".join(wb)) >= 90 else zip(sorted(wa), sorted(wb))
    return all(x == y or fuzz.ratio(x, y) >= 75 for x, y in pairs)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii") or text


_STATE_FORM = re.compile(
    r"(?:(?:grand\s+|free\s+|federal\s+|people\s+|democratic\s+|socialist\s+|united\s+)*"
    r"(?:republic|kingdom|duchy|principality|state|empire|commonwealth|federation|sultanate|emirate|electorate|"
    r"margraviate|tsardom|khanate)\s+of\s+)(?P<name>.+)")


def _state_forms(keys: list[str]):
    """"Republic of Ostria" and "Ostria", "Duchy of Morava" and "Morava": one state."""
    known = set(keys)
    for key in keys:
        m = _STATE_FORM.fullmatch(key)
        if m and m.group("name") in known:
            yield key, m.group("name")


def _name_forms(keys: list[str], generic: frozenset[str]):
    """One body written in two forms of one name: word order ("Treaty of Morvenna" = "Morvenna
    Treaty") and a short form that drops the "of …" part ("Kestrel Institute" = "Kestrel
    Institute of Tropical Medicine"), the latter only where a single long form has that start."""
    known = set(keys)
    longer: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        head, of, tail = key.partition(" of ")
        if not of or not head or not tail:
            continue
        if f"{tail} {head}" in known:
            yield key, f"{tail} {head}"
        longer[head].append(key)
    for head, forms in longer.items():
        if len(forms) == 1 and head in known and len(head.split()) >= 2 and head not in generic:
            yield head, forms[0]
    yield from _shortened(keys, generic)


def _shortened(keys: list[str], generic: frozenset[str]):
    """"Tembara accord" for "Tembara Boundary Accord": a short form keeps the first and the
    last word and drops words between; only where a single longer name fits."""
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) >= 2 and " of " not in key:
            by_ends[(words[0], words[-1])].append(key)
    for forms in by_ends.values():
        for short in forms:
            words = short.split()
            fits = [long for long in forms if len(long.split()) > len(words) and _in_order(words, long.split())]
            if len(fits) == 1 and short not in generic:
                yield short, fits[0]


def _in_order(words: list[str], longer: list[str]) -> bool:
    it = iter(longer)
    return all(w in it for w in words)
