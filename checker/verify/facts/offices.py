"""Event text → offices it names and the step of each: elected to it, taking it, or holding it.

An office is a role word ("president", "governor", "secretary-general") or any title
that follows a verb of taking office: a capitalised one ("was appointed Chief Inspector of
Accidents", "appointed Resident") or an agent noun ("became acting director", "was
confirmed as curator"; LemmInflect tells the noun from an adjective, so "became
independent" names no office). Its step is the nearest verb: elected (``office-elected``),
appointed, became, sworn in, confirmed as (``office-start``), or none (``office``, held).

>>> [(step, word) for step, word, _ in find_offices("Karl Mayer became acting director of the Board in 1941")]
[('office-start', 'acting director')]
>>> sorted(office_roles("acting director")), sorted(office_roles("Chief Inspector")), sorted(office_roles("premiership"))
(['acting director'], ['chief inspector'], ['premier'])
"""

from __future__ import annotations

import re
from functools import lru_cache

import lemminflect

ROLE_WORDS = re.compile(
    r"\b(?:acting\s+)?(?:vice[- ])?(?:president|presidency|presidential|premier|premiership|prime\s+minister|"
    r"chancellor|secretary(?:[- ]general)?|general\s+secretary|treasurer|foreign\s+minister|minister|king|queen|"
    r"chair(?:man|woman|person)?|head\s+of\s+state|leader|mayor|governor|ambassador|chief\s+executive)\b",
    re.I,
)
_ROLE_STEMS = ("presiden", "premier", "prime", "chancellor", "secretar", "treasurer", "minister", "king", "queen",
               "chair", "head", "leader", "mayor", "governor", "ambassador", "chief")
"""What a text must hold, in lower case, for ``ROLE_WORDS`` to find anything: most texts hold none."""


def role_words(text: str) -> list[re.Match[str]]:
    """Every ``ROLE_WORDS`` match in ``text``, with a cheap test first."""
    lower = text.lower()
    return list(ROLE_WORDS.finditer(text)) if any(stem in lower for stem in _ROLE_STEMS) else []


# Taking an office and being elected to it are two steps, often months apart.
_OFFICE_STEPS = (
    ("office-elected", re.compile(r"\b(?:elected|election|won|wins|re-?elected)\b", re.I)),
    ("office-start", re.compile(
        r"\b(?:became|become|becomes|becoming|appointed|appointment|sworn\s+in|took\s+(?:the\s+)?office|"
        r"took\s+power|came\s+to\s+power|inaugurat(?:ed|ion)|thrust\s+into|rose\s+to|named|assumed|"
        r"confirmed\s+(?:as|in))\b", re.I)),
)
# A title after a verb of taking office: "appointed Chief Inspector", "became acting director".
_TITLE = re.compile(
    r"\b(?:became|become|becomes|becoming|appointed|re-?elected|elected|promoted\s+to|confirmed\s+as|"
    r"sworn\s+in\s+as|installed\s+as|named\s+as)\s+(?:as\s+)?(?:(?:the|its|their|a|an)\s+)?"
    r"(?P<title>(?:(?:acting|deputy|assistant|interim|first)\s+)?"
    r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}(?![\w'’])|[a-z]{4,}(?:or|er|ist|ian|ent|ant|ary|ee)\b|"
    # any post held over a body: "appointed matron of the school", "became warden of"
    r"[a-z]{4,}(?=\s+of\s)))(?!['’]s)")
_NOT_OFFICES = frozenset(
    """member partner part owner user customer supporter player home site seat capital centre center hub
    symbol focus basis subject object source model victim target scene cradle property rest""".split())


def find_offices(text: str) -> list[tuple[str, str, int]]:
    """Every office ``text`` names: (step, the office as written in lower case, where it starts)."""
    found = []
    for m in role_words(text):
        if text.startswith(("'s", "’s"), m.end()):
            continue  # "Queen's Bridge", "King's College": a name, not an office
        found.append((_step(text, m.start(), m.end()), m.group(0).lower(), m.start()))
    for m in _TITLE.finditer(text):
        title = m.group("title")
        if ROLE_WORDS.search(title) or not _title(title):
            continue
        found.append((_step(text, m.start("title"), m.end("title")), " ".join(title.lower().split()), m.start("title")))
    return found


def takes_office(text: str, end: int) -> bool:
    """True when the name ending at ``text[end]`` is the subject of taking an office:
    "Lorring was confirmed as director", "Harold Vane, who became Chief Inspector".

    >>> takes_office("Lorring was confirmed as director of the Board", 7), takes_office("Spain became a member", 5)
    (True, False)
    """
    m = _SUBJECT_GAP.match(text, end)
    title = _TITLE.match(text, m.end())
    return bool(title) and (bool(ROLE_WORDS.search(title.group("title"))) or _title(title.group("title")))


_SUBJECT_GAP = re.compile(r"\s*(?:,\s*who\s+)?(?:(?:was|were|had\s+been|has\s+been|is)\s+)?")


def _title(title: str) -> bool:
    """A capitalised title, or an agent noun that is no adjective ("director", not "independent")."""
    head = title.split()[-1]
    if head[0].isupper():
        return True
    lemmas = lemminflect.getAllLemmas(head)
    return "NOUN" in lemmas and "ADJ" not in lemmas and head not in _NOT_OFFICES


def _step(text: str, start: int, end: int) -> str:
    """``office-elected``, ``office-start`` or ``office`` (held): the step nearest the office word."""
    lo = max(0, start - 40)
    window = text[lo:end + 40]
    best, distance = "office", len(window)
    for step, pattern in _OFFICE_STEPS:
        for m in pattern.finditer(window):
            gap = abs(lo + m.start() - start)
            if gap < distance:
                best, distance = step, gap
    return best


@lru_cache(maxsize=4096)
def office_roles(text: str) -> frozenset[str]:
    """The offices named in ``text``, normalised ("acting president", "premier"); a title
    that is no role word is itself ("chief inspector")."""
    roles = set()
    for m in ROLE_WORDS.finditer(text):
        word = re.sub(r"\s+", " ", m.group(0).lower().replace("-", " "))
        word = {"presidency": "president", "presidential": "president", "premiership": "premier",
                "general secretary": "secretary general"}.get(word, word)
        roles.add(word)
    if not roles and text.strip():
        roles.add(" ".join(text.lower().split()))
    return frozenset(roles)
