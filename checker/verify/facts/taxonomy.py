"""Event word → event class: a taxonomy of life-cycle events, matched through lemmas, not word lists.

Each class names the verbs and nouns of one kind of event ("merge", "amalgamate",
"merger"); every form that counts is *derived*: LemmInflect's inflections of each verb
("merged", "merges", "merging") and noun ("mergers"), and the nominalisations of each verb
(``amalgamate`` → "amalgamation", ``inaugurate`` → "inauguration", ``establish`` →
"establishment") made by English suffix rules and kept only where LemmInflect's lexicon
knows the noun. So "inaugurated", "inaugurates" and "the inauguration" are one event,
and a class gains every inflection by naming a lemma once.

Classes are *once-only* (a thing is founded, merged, inaugurated, first climbed once)
or *repeatable* (meetings, wars, ratifications by each party, excavation seasons).

>>> [classify(w) for w in ("amalgamated", "inauguration", "mergers", "founded", "found", "Swiss-born")]
['merger', 'inauguration', 'merger', 'creation', None, None]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import lemminflect


@dataclass(frozen=True, slots=True)
class EventClass:
    """One kind of event: its verbs (every inflection and nominalisation counts), its nouns
    (and their plurals), words taken as they are, and multi-word phrases (``{verb}`` stands
    for every inflection of that verb)."""

    name: str
    once: bool
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()


CLASSES: tuple[EventClass, ...] = (
    EventClass("creation", True, ("found", "create", "establish", "form"), ("inception", "foundation"),
               # "(est. 1896)": established, abbreviated before its year
               phrases=("{set} up", "{come} into (?:being|existence)", r"est\.\s*(?=[12]\d\d\d)")),
    EventClass("dissolution", True,
               ("dissolve", "collapse", "disintegrate", "disband", "abolish", "liquidate", "fall", "abrogate", "annul",
                "repeal", "rescind", "revoke"),
               ("dissolution", "demise", "break-up", "breakup", "abolition", "collapse", "fall", "repeal"),
               phrases=("{break} up", "{cease} to exist", "{wind} up", "{cease} (?:trading|operations)",
                        "{go} (?:bankrupt|into (?:liquidation|receivership))")),
    # A named battle or siege is fought once ("the Battle of Hollin Ford", "the siege of Corrick").
    EventClass("battle", True, (), ("battle", "siege", "massacre")),
    # Only the deed, not the adjective ("an independent Russian state").
    EventClass("independence", True, phrases=(
        "(?:{declare}|{proclaim}|proclamation|declaration|{gain}|{win}|{achieve}|{attain}|{obtain}) (?:of )?"
        "(?:its |their |the )?independence", "{become} independent", "independence (?:was|were) (?:declared|proclaimed)")),
    EventClass("construction", True, ("construct", "erect"), phrases=("work on",), words=("built",)),
    EventClass("consecration", True, ("consecrate",)),
    # The first of a thing's runs: a ship's, a play's, a paper's, a mountain's first ascent.
    EventClass("debut", True, ("premiere", "debut"), ("premiere", "debut"), phrases=(
        "maiden (?:flight|voyage)",
        "first (?:{fly}|flight|{sail}|voyage|{perform}|performance|{stage}|{broadcast}|{air}|{publish}|publication|"
        "{appear}|appearance|{issue}|issue|edition|ascent|{ascend}|{climb}|climb|{screen}|screening|{show}|showing)")),
    EventClass("signing", True, ("sign",), ("signature",)),
    # Each party ratifies on its own day, so ratifications recur; entry into force is once.
    EventClass("ratification", False, ("ratify",)),
    # A body is founded, then (perhaps years later) incorporated or registered under an Act.
    EventClass("incorporation", True, ("incorporate", "charter"), phrases=(
        "{register} (?:as|under|with)", "registration (?:as|under|with)",
        "(?:{receive}|{grant}|{give}) (?:a|its|the) (?:royal )?charter")),
    # A project announced (or unveiled) is one step before it is built or opened.
    EventClass("announcement", True, ("announce", "unveil")),
    EventClass("entry-into-force", True, phrases=(
        "(?:{enter}|{come}|{go}) into (?:force|effect)", "entry into force", "{take} effect")),
    EventClass("joining", True, ("join", "admit", "accede", "enter"), ("admission", "accession")),
    EventClass("discovery", True, ("discover",), ("discovery",),
               phrases=("first (?:observed|identified|isolated|detected|described)",)),
    # A proposal is the plan of an adoption ("the charter, which the club first proposed in 1933").
    EventClass("adoption", True, ("adopt", "approve", "enact", "propose")),
    EventClass("death", True, ("die", "assassinate", "kill"), ("death",), phrases=("{pass} away",)),
    EventClass("birth", True, (), ("birth",), words=("born",)),
    EventClass("annexation", True, ("annex",)),
    # Two bodies become one: the same event whichever party is named first.
    EventClass("merger", True, ("merge", "amalgamate", "fuse"), ("merger", "fusion")),
    EventClass("inauguration", True, ("inaugurate",)),
    # A product or a service is introduced once; its later versions are marked "new", "revised".
    EventClass("introduction", True, ("introduce", "launch", "release"), ("launch", "release", "introduction"),
               phrases=("{roll} out", "{bring} out")),
    EventClass("opening", True, ("open",)),
    EventClass("revision", False, ("revise", "amend", "update")),
    EventClass("suspension", False, ("suspend", "freeze"), ("suspension",),
               phrases=("{break} (?:off )?(?:relations|ties)",)),
    EventClass("resumption", False, ("resume", "restore"), ("resumption",)),
    EventClass("war", False, ("invade", "intervene", "bomb"), ("war", "invasion", "intervention", "airstrike", "offensive"),
               words=("air-strike", "air-strikes"), phrases=("military (?:action|operation|campaign)",)),
    EventClass("meeting", False, ("meet", "visit"), ("meeting", "summit", "visit", "conference")),
    EventClass("deployment", False, ("deploy",)),
    # Seasons of digging, surveying: spans that recur, and may overlap.
    EventClass("excavation", False, ("excavate",), ("dig",)),
    EventClass("closure", False, ("close",), ("closure",), phrases=("{shut} down", "{close} down")),
)
"""Every kind of event the detector dates, in order of precedence (a word of two classes takes the first)."""

ONCE = frozenset(c.name for c in CLASSES if c.once)
THEME_PREPOSITIONS = {"excavation": frozenset({"at", "of", "in"}), "merger": frozenset({"with", "of", "between", "into"})}
"""Prepositions that introduce a class's theme rather than a place or a time ("excavations at X")."""

_DETERMINERS = frozenset("a an the this that these those its their his her our no any each every some many several "
                         "other new various such all both in on of at for with by from into".split())
_PREFIXES = ("re-", "co-")


def classify(word: str, before: str = "", after: str = "") -> str | None:
    """The event class of ``word`` (any case), or ``None``.

    ``before`` and ``after`` are the words around it: a bare verb that is also a noun
    ("sign", "form") counts only where no determiner makes it the noun ("a sign"), and an
    ``-ing`` form that is a noun of its own ("the building") only before "of".
    """
    entry = _forms().get(word.lower())
    if entry is None:
        return None
    name, kind = entry
    if kind == "base-noun" and before.lower() in _DETERMINERS:
        return None
    if kind == "ing-noun" and before.lower() in _DETERMINERS and after.lower() != "of":
        return None
    return name


def bare_noun_form(word: str) -> bool:
    """Whether ``word`` is a bare verb that is also a noun ("charter", "sign", "form")."""
    entry = _forms().get(word.lower())
    return entry is not None and entry[1] == "base-noun"


def surface_pattern() -> str:
    """A regular expression alternation of every single-word form of every class."""
    return _surface_pattern()


def phrase_pattern() -> re.Pattern[str]:
    """Multi-word events, one named group per class (``p3`` is class 3), over lower-cased text."""
    return _phrase_pattern()


@lru_cache(maxsize=1)
def _surface_pattern() -> str:
    return _trie(sorted(_forms()))


def _trie(words: list[str]) -> str:
    """One alternation of ``words`` with shared prefixes factored out ("merge|merged|merger" →
    "merg(?:e(?:d|r)?)"), so the regular expression engine tries a handful of branches, not a thousand."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
        return body

    return render(tree)


@lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern[str]:
    groups = []
    for i, cls in enumerate(CLASSES):
        if cls.phrases:
            body = "|".join(_expand(p) for p in cls.phrases)
            groups.append(f"(?P<p{i}>{body})")
    return re.compile(r"\b(?:" + "|".join(groups) + r")\b")


def _expand(phrase: str) -> str:
    """"{come} into force" → "(?:come|came|comes|coming) into force"; spaces match any run of spaces."""
    text = re.sub(r"\{(\w+)\}", lambda m: "(?:" + "|".join(sorted(_verb_forms(m.group(1)), key=len, reverse=True)) + ")",
                  phrase)
    return text.replace(" ", r"\s+")


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, str]]:
    """Surface form → (class, kind): ``verb`` (inflected), ``base``, ``base-noun`` (a bare verb
    that is also a noun or adjective), ``ing-noun``, ``noun``."""
    forms: dict[str, tuple[str, str]] = {}

    def add(word: str, name: str, kind: str) -> None:
        for prefix in ("", *_PREFIXES):  # "re-established", "co-founded"
            forms.setdefault(prefix + word, (name, kind))

    for cls in CLASSES:  # a noun the class names is a noun even where its verb is spelled alike ("the fall")
        for word in cls.words:
            add(word, cls.name, "noun")
        for noun in cls.nouns:
            for form in sorted(_noun_forms(noun)):
                add(form, cls.name, "noun")
        for verb in cls.verbs:
            for noun in sorted(nominalisations(verb)):
                for form in sorted(_noun_forms(noun)):
                    add(form, cls.name, "noun")
            for form in sorted(_verb_forms(verb)):
                kind = _verb_kind(form, verb)
                if kind:
                    add(form, cls.name, kind)
    return forms


def _verb_kind(form: str, verb: str) -> str | None:
    lemmas = lemminflect.getAllLemmas(form)
    others = set(lemmas.get("VERB", ())) - {verb}
    if form == verb and others:
        return None  # "found" is far more often the past of "find"
    if form.endswith("ing") and lemmas.get("NOUN") == (form,):
        return "ing-noun"  # "the building", "the meeting"
    if "NOUN" in lemmas or form == verb and "ADJ" in lemmas:
        return "base-noun"  # "a sign", "the forms", "the falls", "an open door"
    return "base" if form == verb else "verb"


@lru_cache(maxsize=512)
def _verb_forms(verb: str) -> frozenset[str]:
    forms = {verb}
    for values in lemminflect.getAllInflections(verb, upos="VERB").values():
        forms.update(values)
    return frozenset(forms)


def _noun_forms(noun: str) -> set[str]:
    forms = {noun}
    for values in lemminflect.getAllInflections(noun, upos="NOUN").values():
        forms.update(values)
    return forms


# Nominalising suffixes: (what the verb ends in, what it drops, what it adds).
_SUFFIXES = (
    ("", "", "ion"), ("", "", "ation"), ("", "", "ment"), ("", "", "ance"), ("", "", "ence"), ("", "", "y"),
    ("e", "e", "ion"), ("e", "e", "ation"), ("ve", "e", "al"), ("se", "e", "ure"), ("ze", "e", "ure"),
    ("uce", "e", "tion"), ("y", "y", "ication"),
)


@lru_cache(maxsize=512)
def nominalisations(verb: str) -> frozenset[str]:
    """The nouns English derives from ``verb`` by a regular suffix, as far as LemmInflect knows them.

    >>> sorted(nominalisations("inaugurate")), sorted(nominalisations("establish")), sorted(nominalisations("ratify"))
    (['inauguration'], ['establishment'], ['ratification'])
    """
    found = set()
    for ending, drop, suffix in _SUFFIXES:
        if not verb.endswith(ending):
            continue
        candidate = (verb[:-len(drop)] if drop else verb) + suffix
        if lemminflect.getAllLemmas(candidate).get("NOUN") == (candidate,):
            found.add(candidate)
    return frozenset(found)
