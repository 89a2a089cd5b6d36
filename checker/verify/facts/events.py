"""Event text → what it is about: named entities, acronyms the text defines, event keywords.

Entities are runs of capitalised words ("North Atlantic Treaty Organization",
"NATO-Russia Council", "NATO – Russian Council"), reduced to a comparison key (case,
dashes, possessives and "the" removed). Acronyms count only when a text defines them,
as in "NATO-Russia Council (NRC)": the long form's initials must be found, in order, in
the acronym. Event keywords put a claim in a type (creation, joining, office…) and say
whether the text reports the event or only a plan for it ("proposed the creation").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import lemminflect

from .offices import ROLE_WORDS, find_offices, office_roles  # noqa: F401  (re-exported for names and facets)
from .taxonomy import CLASSES, bare_noun_form, classify, phrase_pattern, surface_pattern
from .taxonomy import ONCE as TAXONOMY_ONCE

_CONNECTORS = frozenset({"of", "for", "on", "de", "du", "von", "van", "der", "la", "le"})
_STOP = frozenset(
    """a about according additionally after afterwards again against all also although among an and another
    any as at because before being both but by consequently despite due during each either especially even
    every finally first for from furthermore generally given hence her here his however if in instead it its
    later many meanwhile moreover most much nevertheless nonetheless not nowadays of on once one only or our
    overall partially primarily second since so some specifically still subsequently such than that the their
    them then there therefore these they third this those though through throughout thus to today under
    unfortunately until we what when whether which while who with within without yet ironically essentially
    clearly concomitantly just not-only indeed eventually fourth last next other others several timeline
    concluded conclusion introduction abstract resume key words mr mrs dr he she i you""".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# An unspaced dash joins the parts of one name ("Baltic–Nordic", "NATO-Russia").
WORD = re.compile(r"[A-Za-zÀ-ž][\w'’.&–—-]*[\wÀ-ž]|[A-Za-zÀ-ž]")
_TOKEN = WORD
_SPACE_DASH = re.compile(r"\s+[-–—]\s+")
ONCE = TAXONOMY_ONCE | {"office-start", "office-elected"}
"""Event types that happen once to a given thing (the taxonomy's once-only classes, and taking an office)."""
# "The discovery was announced on 20 March": the date is the report's, not the event's.
_REPORTED_AFTER = re.compile(
    r"\W*(?:(?:of|the|a|an|[A-Z][\w'’–-]*)\W+){0,4}?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:announced|reported|published|celebrated|commemorated|confirmed|made\s+public|publici[sz]ed)\b",
    re.I,
)
_REPORTED_BEFORE = re.compile(
    r"\b(?:announc\w*|report\w*|celebrat\w*|commemorat\w*|anniversary\s+of|confirm\w*(?!\s+(?:as|in)\b))\s+"
    r"(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+)?$",
    re.I,
)
_INTENT = re.compile(
    r"\b(?:proposed|proposal|planned|plans?|intended|suggested|wanted|aimed|hoped|expected|called\s+for|"
    r"would|to\s+be|decided\s+to|agreed\s+to|negotiat(?:ed|ions?))\b(?:\W+\w+){0,3}\W*$",
    re.I,
)
_REPEAT = re.compile(
    r"\b(?:again|re-?elected|re-?established|second\s+(?:time|term)|once\s+more|anew|revised|renewed|new|"
    r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:battle|siege|congress|conference|summit|session|war))\b", re.I)
_PHASE = (
    ("start", re.compile(r"\b(?:began|begin(?:s|ning)?|start(?:ed|s|ing)?|onset|outbreak)\b", re.I)),
    ("end", re.compile(r"\b(?:ended|end\s+of|came\s+to\s+an\s+end|lasted\s+until|downfall)\b", re.I)),
)
# Not "completed its survey": a completion with an object of its own is another event.
_COMPLETION = re.compile(r"\b(?:concluded|completed|finali[sz]ed|formali[sz]ed|culminated)\b"
                         r"(?!\s+(?:its|their|his|her|the|a|an|this|that|these|those)\b)", re.I)
# A note's number ("1 The society was founded …") may come first.
_LEAD = r"^\W*(?:\d{1,3}\.?\s+)?"
PERSONAL = re.compile(
    _LEAD + r"(?:(?:[A-Za-z]+(?:\s+[A-Za-z]+){0,2},\s*)?(?:and\s+|but\s+|then\s+)?|[A-Z]?[a-z]+\s+(?:[a-z]+\s+){0,3}?)"
    r"(?:he|she|his|her)\b",
    re.I,
)
"""A clause whose subject is a person named before ("He was …", "After a long campaign she …")."""
# "the society was founded", and a capitalised short name standing for a longer one
# ("The Convention entered into force": the "… Convention" named before).
_DEFINITE = re.compile(_LEAD + r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:([a-z]{4,})\b|([A-Z][a-z]{3,})\s+(?=[a-z]))")
_NOT_A_VERB = frozenset(
    """the a an this that these those its his her their our it he she they we in on at by for from of to with
    as after before during since until while when where which who whom whose and but or nor so yet also both
    each every some many most all one two three first later then there here not only""".split()
)
_ANAPHOR = re.compile(
    _LEAD + r"(?:[A-Za-z]+(?:\s+[A-Za-z]+){0,2},\s*)?(?:and\s+|but\s+|then\s+|so\s+)?(?:(?:he|she|it|they|his|her|its|their)\b|"
    r"(?:this|these|that|those|the\s+same|such)\s+[a-z]+|the\s+(?:alliance|organi[sz]ation|treaty|pact|act|"
    r"council|agreement|process|document|body|union|country|nation|state|doctrine|concept|premier|president)\b)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity as written, its comparison key and where it is (character, word).

    ``size`` is how many words it takes in the text (an expanded acronym keeps the
    size of the acronym as written).
    """

    surface: str
    key: str
    start: int
    word: int
    size: int = 1


@dataclass(frozen=True, slots=True)
class Keyword:
    """An event keyword: its type, the word, where it is, whether only planned, its phase."""

    type: str
    word: str
    start: int
    index: int
    intent: bool = False
    phase: str = ""


@lru_cache(maxsize=65536)
def entity_key(surface: str) -> str:
    """Return the comparison key of an entity as written: lower case, without "the",
    possessives, dashes and accents.

    >>> entity_key("NATO – Russian Council"), entity_key("the NATO-Russia Council’s"), entity_key("Sainte-Aurélie")
    ('nato russian council', 'nato russia council', 'sainte aurelie')
    """
    text = _POSSESSIVE_S.sub("", surface)
    text = _KEY_DASH.sub(" ", text).lower()
    if not text.isascii():
        text = fold_accents(text)
    words = [w for w in _KEY_WORD.findall(text) if w != "the"]
    return " ".join(words)


def fold_accents(text: str) -> str:
    """"Sainte-Aurélie" → "Sainte-Aurelie": accents dropped, other letters ("ł", "ß") kept."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


_POSSESSIVE_S = re.compile(r"['’]s\b")
_KEY_DASH = re.compile(r"[-–—/]")
_KEY_WORD = re.compile(r"[\wÀ-ž&]+")


def find_acronyms(text: str) -> dict[str, str]:
    """Return acronym → long form for every definition ``Long Form (ACR)`` in ``text``.

    >>> find_acronyms("the North Atlantic Treaty Organization (NATO) and the NATO-Russia Council (NRC)")
    {'NATO': 'North Atlantic Treaty Organization', 'NRC': 'NATO-Russia Council'}
    """
    found: dict[str, str] = {}
    for m in re.finditer(r"\(\s*([A-Z][A-Za-z&]{1,9}[A-Z])\s*\)", text):
        acronym = m.group(1)
        words = _TOKEN.findall(text[max(0, m.start() - 120):m.start()])
        long_form = _long_form(acronym, words)
        if long_form:
            found.setdefault(acronym, long_form)
    return found


def _long_form(acronym: str, words: list[str]) -> str | None:
    """The run of capitalised words ending before the parenthesis that spells ``acronym``.

    One initial per letter wins ("European Economic Community (EEC)"), else the
    shortest run whose initials the acronym contains in order.
    """
    letters = acronym.upper()
    parts: list[str] = []
    loose = spelled = None
    joins = _CONNECTORS | {"and", "&"}  # "European Coal and Steel Community (ECSC)"
    for word in reversed(words):
        if not (word[0].isupper() or word.lower() in joins):
            break
        parts.insert(0, word)
        if word.lower() in joins:
            continue
        initials = "".join(p[0].upper() for piece in parts for p in re.split(r"[-–]", piece) if p and p.lower() not in joins)
        if _spells(letters, initials) and parts[0][0].upper() == letters[0]:
            if initials == letters:
                return " ".join(parts)
            spelled = spelled or " ".join(parts)
        # "Soviet Union (USSR)": the author pairs them even though the letters are reordered.
        if len(initials) >= 2 and set(initials) <= set(letters) and len(parts) >= len(set(letters)) - 1:
            loose = " ".join(parts)
        if len(parts) > len(letters) + 2:
            break
    return spelled or loose


def _spells(acronym: str, initials: str) -> bool:
    """Every initial appears in the acronym in order (the acronym may add letters)."""
    pos = 0
    for ch in initials:
        pos = acronym.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return len(initials) >= min(2, len(acronym))


@lru_cache(maxsize=65536)
def find_mentions(text: str) -> tuple[Mention, ...]:
    """Return the named entities in ``text``: runs of capitalised words.

    >>> [m.surface for m in find_mentions("When NATO was created, the Partnership for Peace and V. Putin")]
    ['NATO', 'Partnership for Peace', 'V. Putin']
    """
    text = _SPACE_DASH.sub(lambda m: "-" + " " * (len(m.group(0)) - 1), text)
    tokens = list(_TOKEN.finditer(text))
    mentions: list[Mention] = []
    run: list[tuple[int, re.Match[str]]] = []
    for index, tok in enumerate(tokens + [None]):
        word = tok.group(0) if tok else ""
        if not run and not word[:1].isupper():
            continue  # most words: no name open, and only a capital starts one
        if run and tok and _breaks(text[run[-1][1].end():tok.start()], [t.group(0) for _, t in run], word):
            mentions.append(_mention(text, run))
            run = []
        if tok and _capitalised(word, tok.start(), text) and not _starts_no_name(word, tokens, index):
            run.append((index, tok))
            continue
        if tok and run and word.lower() in _CONNECTORS and index + 1 < len(tokens) and \
                _capitalised(tokens[index + 1].group(0), tokens[index + 1].start(), text):
            run.append((index, tok))
            continue
        if tok and run and index + 1 < len(tokens) and _joins_body(tokens, run, index, text):
            # "the Academy of the Taviri Language": one name, whose head noun is a body's
            run.append((index, tok))
            continue
        if run:
            # "the Brenner refractor", "the Tembara accord": the noun after the name is part of what is named.
            mentions.append(_mention(text, run + [(index, tok)] if tok and _attributive(tokens, run, index) else run))
            run = []
    return tuple(m for m in mentions if m.key)


def _attributive(tokens: list[re.Match[str]], run: list[tuple[int, re.Match[str]]], index: int) -> bool:
    """A name used as a modifier: after "the", before a singular common noun that is no event
    word ("the Brenner refractor" is not Brenner the man, "the Callow reservoir" not the valley)."""
    first, last = run[0][0], run[-1][1]
    if first == 0 or tokens[first - 1].group(0).lower() not in ("the", "this", "that"):
        return False
    word = tokens[index].group(0)
    if not (word.isalpha() and word.islower() and len(word) >= 3) or last.group(0).endswith(("'s", "’s", "s'")):
        return False
    if word in _STOP or _event_word(word) or not tokens[index].string[last.end():tokens[index].start()].isspace():
        return False
    return _common_noun(word)


BODY_HEADS = frozenset(
    """academy society institute institution museum university college school hospital infirmary church abbey
    bank council committee commission board league union company association federation order court library
    gallery garden guild chamber corporation cathedral ministry department observatory conservatory""".split())


def _joins_body(tokens: list[re.Match[str]], run: list[tuple[int, re.Match[str]]], index: int, text: str) -> bool:
    """"of the" inside a body's name: "Academy | of | the | Taviri Language" (not "Smith of the Foreign Office")."""
    word = tokens[index].group(0)
    nxt = tokens[index + 1]
    if word == "of":
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        return (nxt.group(0) == "the" and after is not None and _capitalised(after.group(0), after.start(), text)
                and run[-1][1].group(0).lower() in BODY_HEADS and text[tokens[index].end():after.start()] == " the ")
    return (word == "the" and run[-1][1].group(0) == "of" and len(run) >= 2
            and run[-2][1].group(0).lower() in BODY_HEADS and _capitalised(nxt.group(0), nxt.start(), text))


@lru_cache(maxsize=16384)
def _common_noun(word: str) -> bool:
    """A singular noun in LemmInflect's lexicon (or a word it does not know: "refractor"),
    not a verb form, adjective or adverb ("the TSB was", "the Glass Harbour premiered")."""
    lemmas = lemminflect.getAllLemmas(word)
    if not lemmas:
        return not word.endswith(("ed", "ing", "ly", "s"))
    if lemmas.get("NOUN") != (word,) or set(lemmas) & {"ADV", "ADJ", "AUX"} or word.endswith(("ed", "ing")):
        return False
    return set(lemmas.get("VERB", (word,))) == {word}  # "accord", "station"; not "comes" (of "come")


def _breaks(gap: str, run: list[str], word: str) -> bool:
    """Punctuation between two capitalised words, or a possessive, ends an entity.

    Not an initial ("V. Putin"), a shortened title ("St. Brigid"), or a possessive that is
    part of the name ("St. Agnes' Chapel", "Queen's Bridge", "Guy's Hospital").
    """
    previous = run[-1]
    if gap[:1] == "." and _DOT_GAP.fullmatch(gap) and (previous in _NAME_ABBREVIATIONS or _INITIALS.fullmatch(previous)):
        return False  # "V. Putin", "G.W. Bush": an initial and its name; "St. Brigid"
    if gap.strip() == "&":
        return False  # "Tolland & Reeve", "Halden & Sons": one firm
    if previous.endswith(("'s", "’s")) or (previous.endswith("s") and gap.strip() in ("'", "’")):
        return not _named_possessive(run, word)
    return bool(gap.strip(" -"))


_DOT_GAP = re.compile(r"\.\s*")
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")
_DASH_SPACE = re.compile(r"-\s+")
_FINAL_POSSESSIVE = re.compile(r"['’]s$")
_NAME_ABBREVIATIONS = frozenset({"St", "Ste", "Sts", "Mt", "Ft"})
_SAINTS = frozenset({"st", "ste", "sts", "saint", "sainte", "san", "santa", "santo", "sankt"})
# Possessors and heads that make a possessive part of a name, not an owner ("NATO's Partnership").
_POSSESSOR_NOUNS = frozenset(
    "king queen prince princess duke duchess bishop children women men people workers farmers veterans "
    "soldiers sailors citizens teachers miners".split())
_POSSESSED_HEADS = frozenset(
    "hospital college bridge church chapel cathedral abbey priory school bay island park square inn hall cross "
    "wharf dock gate infirmary".split())


def _named_possessive(run: list[str], word: str) -> bool:
    """A possessive inside a name: a saint's, a plural's ("Merchants' Exchange", "Brewers'
    Association": a body named after its members), a named owner of a building."""
    owner = re.sub(r"['’]s?$", "", run[-1]).lower()
    plural = not run[-1].endswith(("'s", "’s")) and owner.endswith("s") and not run[-1].isupper()
    return (run[0].lower() in _SAINTS or owner in _POSSESSOR_NOUNS or plural
            or (len(run) == 1 and word.lower() in _POSSESSED_HEADS))


def _mention(text: str, run: list[tuple[int, re.Match[str]]]) -> Mention:
    while len(run) > 1 and run[-1][1].group(0).lower() in _CONNECTORS:
        run = run[:-1]
    first_index, first = run[0]
    surface = _DASH_SPACE.sub("-", text[first.start():run[-1][1].end()]).replace("  ", " ")
    surface = _FINAL_POSSESSIVE.sub("", surface)
    return Mention(surface, entity_key(surface), first.start(), first_index, run[-1][0] - first_index + 1)


def _starts_no_name(word: str, tokens: list[re.Match[str]], index: int) -> bool:
    """A capitalised event word ("Creation", "President") is no name, but a participle
    before another capitalised word is one's first word ("Amalgamated Society", "United Nations")."""
    if not _event_word(word):
        return False
    following = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
    return not (word.endswith("ed") and following[:1].isupper())


@lru_cache(maxsize=65536)
def _event_word(word: str) -> bool:
    """A capitalised event word ("Creation", "President") starts no name; words repeat, so cached."""
    return classify(word) is not None or bool(ROLE_WORDS.fullmatch(word))


def _capitalised(word: str, start: int, text: str) -> bool:
    if len(word) == 1 and word.isupper() and text[start + 1:start + 2] == ".":
        return True  # an initial
    # A capitalised stop word ("However", "The") is an ordinary word wherever it stands.
    lower = word.lower()
    if "." in word and _GLUED_NUMBER.search(word):
        return False  # "IX.1763" in "12.IX.1763": a month in a date
    if lower in _MONTH_ABBREVIATIONS and _DATE_AFTER.match(text, start + len(word)):
        return False  # "Feb. 4, 1824", "Sept 1901": a month, not a name ("Jan Smuts")
    return word[0].isupper() and lower.rstrip(".") not in _STOP and lower not in _MONTHS


_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DATE_AFTER = re.compile(r"\.?\s*\d")
_GLUED_NUMBER = re.compile(r"^[IVX]+\.\d{4}")


@lru_cache(maxsize=1)
def _single_words() -> re.Pattern[str]:
    # Token edges as in WORD: "Swiss-born" is no birth, "re-established" is one word.
    return re.compile(r"(?<![\w'’-])(?:" + surface_pattern() + r")(?![\w-])")


_BEFORE = re.compile(r"([a-z]+)\W*$")
# A capitalised singular word right before ("Halden charter"), not a sentence's first word.
_NAME_BEFORE = re.compile(r"(?<=[\w,;] )[A-Z][\w'’-]*[^s\W] $")
_AFTER_WORD = re.compile(r"\W*([a-z]+)")


@lru_cache(maxsize=65536)
def find_keywords(text: str) -> tuple[Keyword, ...]:
    """Return the event keywords of ``text`` with their type, intent and phase.

    >>> [(k.type, k.intent) for k in find_keywords("NATO proposed the creation of a council")]
    [('creation', True)]
    """
    found: list[Keyword] = []
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer would shift offsets
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    phrases = [m for m in phrase_pattern().finditer(lower)]
    for m in phrases:
        found.append(_keyword(CLASSES[int(m.lastgroup[1:])].name, m.group(0), m.start(), text))
    for m in _single_words().finditer(lower):
        if any(p.start() <= m.start() < p.end() for p in phrases):
            continue  # "entered into force" is no joining
        before = _BEFORE.search(lower, max(0, m.start() - 24), m.start())
        after = _AFTER_WORD.match(lower, m.end())
        name = classify(m.group(0), before.group(1) if before else "", after.group(1) if after else "")
        if name is not None and bare_noun_form(m.group(0)) and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the Radio Halden charter": a name before a bare noun-verb makes it the noun
        if name is not None:
            found.append(_keyword(name, m.group(0), m.start(), text))
    for step, word, start in find_offices(text):
        found.append(_keyword(step, word, start, text))
    if any(k.word.startswith("propos") for k in found):
        # "proposed the creation of a council": the plan is the creation's, not an adoption of its own.
        found = [k for k in found if not k.word.startswith("propos")
                 or not any(0 < o.start - k.start - len(k.word) <= 24 for o in found if o is not k)]
    return tuple(sorted(found, key=lambda k: (k.start, k.type)))


def reported(text: str, start: int, end: int) -> bool:
    """True when the event word at ``text[start:end]`` is only reported, announced or celebrated then."""
    return bool(_REPORTED_AFTER.match(text, end) or _REPORTED_BEFORE.search(text[max(0, start - 40):start]))


def _keyword(name: str, word: str, start: int, text: str) -> Keyword:
    before = text[max(0, start - 40):start]
    phase = next((p for p, rx in _PHASE if rx.search(text[max(0, start - 30):start + 45])), "")
    index = len(_TOKEN.findall(text[:start]))
    intent = bool(_INTENT.search(before)) or word.lower().startswith("propos")  # "proposed in 1933": a plan
    return Keyword(name, word.lower(), start, index, intent, phase)


def is_anaphoric(text: str) -> bool:
    """True when ``text`` starts by pointing back ("he", "this process", "the alliance")."""
    return bool(_ANAPHOR.match(text))


def definite_head(text: str) -> str | None:
    """The noun of a leading definite description: "the society was founded" → ``society``."""
    m = _DEFINITE.match(text)
    return (m.group(1) or m.group(2)).lower() if m else None


def event_object(text: str) -> str | None:
    """The noun of a definite object after an event noun: "the consecration of the organ" → ``organ``."""
    for m in _EVENT_OF_THE.finditer(text):
        if classify(m.group(1)) is not None:
            return m.group(2)
    return None


_EVENT_OF_THE = re.compile(r"\b([a-z]{4,})\s+of\s+the\s+([a-z]{4,})\b(?!\s+of\b)")


def elided_subject(text: str) -> bool:
    """True when a clause starts with its verb ("and entered into force in 1993"): the subject came before."""
    m = re.match(r"\W*([A-Za-z]+)", text)
    return bool(m) and m.group(1).islower() and m.group(1) not in _NOT_A_VERB


def completes(text: str) -> bool:
    """True when ``text`` reports that a process was completed (it happened then)."""
    return bool(_COMPLETION.search(text))


def repeats(text: str) -> bool:
    """True when ``text`` marks its event as a repetition ("again", "re-elected", "revised")."""
    return bool(_REPEAT.search(text))
