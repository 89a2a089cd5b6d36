"""The name list at the head of a citation → ``Name`` values and the span they fill.

Finding where the author list ends is done here with a small grammar of name shapes
(inverted ``Family, Given``, natural ``J. Smith``, Vancouver ``Smith JA``, ISO 690
``SMITH, John``); splitting one name into family and given parts is nameparser's job.
nameparser costs about 150 µs a name, so a name whose parts are already unambiguous
(no particle, suffix or title, in a word list nameparser itself provides) is split
directly, and only the rest go through ``HumanName``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName
from nameparser.config import CONSTANTS

from ..model import Name, Span
from .abbreviations import is_title_word_abbreviation, is_whole_title_word

_UPPER = "A-Z" + "".join(
    ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper()
) + "Α-ΩА-ЯЁ"
_LOWER = "a-zß-öø-ÿ" + "".join(ch for ch in map(chr, range(0x100, 0x250)) if ch.islower()) + "α-ωа-яё"
_PARTICLE = r"(?:van|von|der|den|de|del|della|dalla|degli|di|da|du|des|la|le|ter|ten|dos|das|do|y|bin|ibn|al|el|St\.)"

# Repeats are bounded: unbounded ones backtrack cubically on a run of initials ("A. A. A. …").
_INIT = rf"(?:[{_UPPER}][{_LOWER}]?\.(?:\s?-?[{_UPPER}][{_LOWER}]?\.){{0,5}})"
_WORD = rf"(?:[{_UPPER}](?:[{_LOWER}{_UPPER}'’]|-(?=[{_UPPER}{_LOWER}]))+)"
_MC = rf"(?:(?:Mc|Mac|O'|O’|D'|D’)\s?[{_UPPER}][{_LOWER}]+)"
_FAMWORD = rf"(?:{_MC}|{_WORD})"
_FAMILY = rf"(?:(?:{_PARTICLE}\s)*{_FAMWORD}(?:[\s-]{_FAMWORD})?)"
_BARE = rf"(?:[{_UPPER}]|[{_UPPER}]{{2,3}}\.?(?=[\s,.;:(]))(?=[\s,.;:(])"
_GIVEN = (
    rf"(?:(?:{_WORD}(?:[\s-]{_WORD}){{0,2}}(?:\s?(?:{_INIT}|{_BARE})){{0,4}}(?:\s{_WORD}(?=\.))?)"
    rf"|(?:{_INIT}|{_BARE})(?:\s?(?:{_INIT}|{_BARE})){{0,4}}(?:\s{_WORD}(?=\.))?)"
)
_SUFFIX = r"(?:,?\s(?:Jr\.?|Sr\.?|JR\.?|SR\.?|II|III|IV))"

_NEXT_INVERTED = rf"(?<=\.)\s(?={_FAMWORD},\s?[{_UPPER}]{{1,3}}\.)"
_END = rf"(?=\s*(?:[.,;:/]|\(|\[|$|\s(?:and|&|et|a\s|eds?\.|\d)|\s[\"“‘'«]|\s+[–—-])|{_NEXT_INVERTED})"
_INVERTED = re.compile(
    rf"(?:({_FAMILY}),\s?({_GIVEN}(?:\s{_PARTICLE})*?){_SUFFIX}?"
    rf"|({_FAMILY})\s\(({_GIVEN})\)){_END}"
)
_NATURAL = re.compile(rf"((?:{_INIT}\s?|{_WORD}\s|[{_UPPER}]\s){{1,3}})({_FAMILY}){_SUFFIX}?{_END}")
_VANCOUVER = re.compile(rf"({_FAMILY})\s((?:[{_UPPER}]\.-?){{1,3}}(?!\w)|(?:[{_UPPER}]\.\s?){{1,3}}|[{_UPPER}]{{1,3}}(?!\w|\.\w)){_END}")
_CORPORATE_NAME = re.compile(rf"(?:{_WORD}|of|for|and|the|&|on)(?:\s(?:{_WORD}|of|for|and|the|&|on|\([A-Z]+\)))*")
_SEPARATOR = re.compile(rf"{_NEXT_INVERTED}|\s*(?:\.?,,?\s*(?:and\s|und\s|&\s?|with\s|(?:\.\.\.|…)\s*)?|;\s*(?:&\s*|and\s+)?|\s(?:and|&|und|et|e|y|a)\s|\s[–—-]\s|\s?/\s?|\.\s(?=[A-Z]{{2,}},))")
_ETAL = re.compile(r",?\s*(?:et\s?al\.?|\.\.\.|…|and others|u\.\s?a\.|a\s+kol(?:\.|ektiv\b)|i\s+in\.)")
_LOWER_AFTER_AND = re.compile(r"\s(?:a|and|und|et|e|y|i)\s+(?!(?:the|of)\s+[A-Z])[a-zà-ž]")
_ROLE = re.compile(
    r"\s*,?\s*(?:\((?P<p>ed|eds|edd|éd|éds|hrsg|Hrsg|Hg|a cura di|a c\. di|dir|coord|ed\. by|red|reds)\.?\)"
    r"|(?P<b>eds?|edd|éds?|hrsg|Hg|red)\.(?=[\s,:])|(?P<c>editors?|eds)(?=[\s,.)]))",
    re.I,
)
# Every word is capitalised: the look-ahead rejects the other positions with one test.
_CORPORATE_WORDS = re.compile(
    r"(?=[A-ZÀ-Þ])\b(?:Agency|Organi[sz]ation|Institute|Institution|University|Universit|Committee|Association|"
    r"Ministry|Department|Council|Bank|Commission|Office|Cent(?:re|er)|Society|Foundation|Press|"
    r"Union|Service|Bureau|News|Radio|Group|Company|Corporation|Inc|Ltd|Agency|Federation|"
    r"Government|Parliament|Senate|Congress|Nations|Board|Authority|Programme|Program|Network|"
    r"Editors|Staff|Forum|League|Academy|Museum|Library|Times|Post|Guardian|Economist|"
    r"Ministerstvo|Ministerstwo|Ministerium|Úřad|Úrad|Urząd|Bundesamt|Institut|Instytut|Ústav|Akademie|Akademia|"
    r"Komise|Komisja|Agentura|Agencja|Kancelář|Kancelaria|Reuters|Britannica|Encyclop\w+|Health|Bureau|Trust|Fund|WHO|NATO|OECD|"
    r"Prize|Outreach|Project|Initiative|Observatory|Laboratory|Consortium|Alliance|Coalition|Archives?|Collaboration)\b"
)
_NAME_TOKENS = frozenset(CONSTANTS.prefixes) | frozenset(CONSTANTS.suffix_acronyms) | frozenset(
    CONSTANTS.suffix_not_acronyms
) | frozenset(CONSTANTS.titles) | frozenset(CONSTANTS.conjunctions)


@dataclass(frozen=True, slots=True)
class NameList:
    """An author or editor list found at ``span``; ``end`` is where the text after it starts."""

    names: tuple[Name, ...]
    span: Span
    role: str = "author"
    et_al: bool = False


def scan_names(text: str, start: int = 0) -> NameList | None:
    """Read the name list at ``text[start:]``; None when it does not start with names.

    >>> [n.display() for n in scan_names("Berman, P., & McLaughlin, M. W. (1976). Title").names]
    ['Berman, P.', 'McLaughlin, M. W.']
    """
    editors_of = _EDITORS_OF.match(text, start) if "The" in text else None
    if editors_of:
        literal = editors_of.group(1)
        return NameList((Name(literal=literal),), Span(start, start + len(literal)))
    first, form = _match_name(text, start, None)
    if first is None:
        return _corporate(text, start) or _family_only(text, start)
    found = [first]
    pos = first.end()
    while True:
        sep = _SEPARATOR.match(text, pos)
        if not sep or sep.end() >= len(text):
            break
        if sep.group(0).strip() == "," and _is_body(found[-1], form):
            break  # ``Government Accountability Office, NATO Burden Sharing, …``: a body is followed by its title
        nxt, _ = _match_name(text, sep.end(), form, continuing=True, first_given=_natural_given(first, form))
        if nxt is None or not _ends_name(text, nxt.end()):
            break
        found.append(nxt)
        pos = nxt.end()
    etal = _ETAL.match(text, pos)
    if not _ends_name(text, pos) or (not etal and _LOWER_AFTER_AND.match(text, pos)):
        # ``KOPECKÝ, Města a jejich paměť, s. 54.``: an "and" followed by small letters
        # joins title words, not names; the "given name" was the title's first word.
        return _corporate(text, start) or _family_only(text, start)
    end = etal.end() if etal else pos
    role = "author"
    role_match = _ROLE.match(text, end)
    if role_match:
        role, end = "editor", role_match.end()
    names = tuple([_to_name(m, form) for m in found])
    return NameList(names, Span(start, end), role, bool(etal))


def _initials_only(given: str, partly: bool = False) -> bool:
    """Whether a natural-order given part is initials (``A. R.``) rather than words."""
    tokens = given.split()
    test = any if partly else all
    return bool(tokens) and test(_INITIAL_TOKEN.fullmatch(t) is not None for t in tokens)


_INITIAL_TOKEN = re.compile(r"(?:[^\W\d_]{1,2}\.-?)+|[^\W\d_]")
"""One initial or a run of them (``A.``, ``Ch.``, ``J.-P.``) or a bare letter."""
_ONE_INITIAL = re.compile(r"[^\W\d_]\.\s?")
_INITIAL = re.compile(r"\b[^\W\d_]\.")
_STATE_CODE = re.compile(r"[A-Z]{1,3}")
_SMALL_LETTER = re.compile(r"[^\W\d_][a-zß-ÿ\u0100-\u024f]")


def _match_name(text: str, pos: int, form: str | None, continuing: bool = False, first_given: str = ""):
    """Match one name at ``pos``, trying the list's established form first.

    Of a Vancouver and a natural reading, the longer wins (``Richard M. Cyert`` is not
    ``Richard M``); an inverted reading that is really two natural-order names
    (``Serge Belongie, Jitendra Malik``) or a Vancouver name (``Radomski MV, …``) is skipped.
    """
    order = ("inverted", "vancouver", "natural")
    if form == "inverted" and continuing:  # ISO 690 ``NOVÁK, Jan a Petr KOS``: not Vancouver ``Petr K.O.S.``
        order = ("inverted", "natural", "vancouver")
    elif form == "natural":
        order = ("natural", "inverted")
    elif form == "vancouver":
        order = ("vancouver", "natural") if continuing else ("vancouver",)
    found = []
    for k in order:  # at most two readings are compared, and none after an inverted one
        if (m := _valid(text, pos, k, form, continuing, first_given)) is not None:
            found.append((m, k))
            if k == "inverted" or len(found) == 2:
                break
    if not found:
        return None, form
    match, kind = found[0]
    if kind != "inverted" and len(found) > 1 and found[1][1] != "inverted" and found[1][0].end() > match.end():
        match, kind = found[1]
    return match, kind if form is None else form


def _valid(text: str, pos: int, kind: str, form: str | None, continuing: bool, first_given: str):
    """The ``kind`` reading of the name at ``pos``, or None when it does not fit there."""
    match = _PATTERNS[kind].match(text, pos)  # each pattern ends in the look-ahead of ``_ends_name``
    if match is None:
        return None
    if kind == "inverted" and (continuing and (form != "inverted" or not _has_initial(match)) or _given_is_title(match)
                               or _natural_pair(match, continuing) or _SHORT_TITLE_END.match(text, match.end())
                               or _corporate_family(match.group(1) or match.group(3) or "")):
        return None  # ``CDF Collaboration, Phys. Rev.``: a body is not inverted; its comma ends it
    if kind == "natural" and (_looks_like_title(match.group(0)) or _journal_start(text, match)):
        return None
    if kind != "inverted" and not continuing and _caps_body(match.group(0)):
        return None  # ``STATISTICKÝ ÚŘAD SR.``: capitals without a comma are a body (ISO 690 inverts with one)
    if _POSSESSIVE.search(match.group(0)) or (text.startswith(":", match.end()) and not _colon_ok(match, kind)):
        return None
    if kind == "natural" and continuing and _initials_only(first_given) and not _initials_only(match.group(1), True):
        return None
    if kind == "natural" and continuing and form == "vancouver" and not _initials_only(match.group(1)):
        return None  # ``Amati D., Fubini S., Il Nuovo Cimento``: after ``Family I.`` names, words are a title
    return match


def _journal_start(text: str, match: re.Match) -> bool:
    """``M. Sato, J. Chem. Soc. …``, ``A. Brandt, Z. Phys. C12``: an initial and an ISO 4
    abbreviation followed by more of the journal's name or its volume begin the journal."""
    if not text.startswith(".", match.end()):
        return False
    family = match.group(2)
    if " " in family or not _ONE_INITIAL.fullmatch(match.group(1)):
        return False
    word = family + "."
    return is_title_word_abbreviation(word) and not is_whole_title_word(word) \
        and _JOURNAL_GOES_ON.match(text, match.end()) is not None


_JOURNAL_GOES_ON = re.compile(r"\.\s*(?:[A-Z][a-z]{0,9}\.|[A-Z]?\d)")


def _corporate_family(family: str) -> bool:
    """``CDF Collaboration, Phys. Rev.``: two words naming a body are not a family name (``Press, W. H.`` is one)."""
    return len(family.split()) >= 2 and _CORPORATE_WORDS.search(family) is not None


def _caps_body(name: str) -> bool:
    """Two or more words in capitals and no initials' stops: a corporate body, not a person."""
    words = name.split()
    return sum(len(w) > 2 for w in words) >= 2 and min(map(len, words)) > 1 and name.isupper() and "." not in name


def _colon_ok(match: re.Match, kind: str) -> bool:
    """A colon after a name usually ends a place (``New York: Holt``), not after initials
    (``Beautrais AL: National …``, ``Leoni, E., and Chiaramonti, N.: Volatile …``) nor after
    an inverted name with a given name in words (German ``Schneider, Monika: Die Stadt …``;
    an inverted place, ``Cambridge, MA:``, has a state code there)."""
    if kind == "vancouver" or match.group(0).rstrip().endswith("."):
        return True
    if kind != "inverted":
        return False
    family, given = match.group(1) or match.group(3) or "", match.group(2) or match.group(4) or ""
    # One family word, or ``Timothy Snyder, Bloodlands:`` (a name, then a title) would pass.
    one_family = len([w for w in family.split() if w.casefold() not in _PARTICLES]) == 1
    return one_family and _SMALL_LETTER.search(given) is not None


def _natural_pair(match: re.Match, continuing: bool) -> bool:
    """``Serge Belongie, Jitendra Malik`` / ``Radomski MV, Weightman MM`` / a note's ``Jan Horák,
    Bohemia, 1848–1918 (…)`` (a name, then a one-word title): not ``Family, Given``."""
    family, given = match.group(1) or match.group(3) or "", match.group(2) or match.group(4) or ""
    words = family.split()
    if len(words) < 2 or any(w.casefold() in _PARTICLES for w in words):
        return False
    if _STATE_CODE.fullmatch(words[-1]) and not words[0].isupper():
        return True
    if _INITIAL.search(given):
        return False
    return len(given.split()) > 1 or continuing or match.string.startswith(",", match.end())


_PARTICLES = frozenset(_PARTICLE[3:-1].replace("\\", "").split("|"))


def _natural_given(match: re.Match, form: str | None) -> str:
    return match.group(1) if form == "natural" else ""


def _given_is_title(match: re.Match) -> bool:
    """``Tsygankov, Russia's Foreign Policy`` is a family name and a title, not one name."""
    given = match.group(2) or match.group(4) or ""
    return len(given.split()) > 2 and not _INITIAL.search(given)


def _family_only(text: str, start: int) -> NameList | None:
    """Short forms and notes give the family name alone: ``Wolfe, “The Warsaw Pact”, 191.``"""
    match = _FAMILY_ONLY.match(text, start)
    if match is None or _POSSESSIVE.search(match.group(1)):
        return None
    return NameList((Name(family=_fix_case(match.group(1))),), Span(start, match.end(1)))


def _has_initial(match: re.Match) -> bool:
    given = match.group(2) or match.group(4) or ""
    return bool(_INITIAL.search(given)) or len(given.split()) == 1


def _looks_like_title(name: str) -> bool:
    """A natural-order "name" of full words that are not initials is often a title."""
    tokens = name.split()
    if len(tokens) <= 3 and _STOP.isdisjoint(name.casefold().split()):
        return False  # the common name: short, no small word (no need to tell initials apart)
    words = [w for w in tokens if not _INITIAL_TOKEN.fullmatch(w)]
    return len(words) > 3 or any(w.casefold() in _STOP for w in words)


_CAPS_BODY = re.compile(rf"([{_UPPER}]{{2,}}(?:[ -][{_UPPER}]{{2,}}){{0,4}})(?=\.\s|,\s\d{{4}})")
_POSSESSIVE = re.compile(r"\w['’]s\b")
_EDITORS_OF = re.compile(r"([^,.“\"]{2,40},\s+The\s+(?:Editors|Staff|Board|Staff Writers)\s+of\s+[^,.“\"(]+?)(?=\s*[,.(])")
_PIN = r"(?:pp?\.\s*|[sS]\.\s*|str\.\s*)?"
"""The label of cited pages: ``p.``, ``pp.``, Czech/Slovak/Polish ``s.``, German ``S.``, Polish ``str.``."""
_FAMILY_ONLY = re.compile(
    rf"({_FAMILY}),\s+(?=[“\"‘«„]|[{_UPPER}][^,]{{3,}},\s*{_PIN}\d|(?:op\.\s*cit|dz\.\s*cyt|a\.\s*a\.\s*O)\b"
    rf"|[{_UPPER}][^,“\"«]{{3,}},\s*(?:«|[{_UPPER}][^\W\d_]+(?:[\s-][^\W\d_]+)*\s(?:1[5-9]|20)\d\d\b))"
)
"""``Wolfe, “The Warsaw Pact”, 191.``; humanities lists ``Botti, Catalogo delle Gallerie, Venezia 1891.``,
``Alpha, Il culto di Matteo, «Le Venezie Francescane», XIV, 1947.``: a family name, a title, then
the place and year or the journal in guillemets."""
_SHORT_TITLE_END = re.compile(rf",\s*{_PIN}\d+(?:\s*[-–]\s*\d+)?\.?\s*$")
"""``Snyder, Bloodlands, 160.``: a "given name" followed only by pages is a short title."""
_STOP = frozenset("the a an of in on for and to with from at by".split())
_PATTERNS = {"inverted": _INVERTED, "natural": _NATURAL, "vancouver": _VANCOUVER}
_ENDS = re.compile(_END[3:-1])


def _ends_name(text: str, pos: int) -> bool:
    """A name must be followed by punctuation, a bracket, a quote or a year."""
    return _ENDS.match(text, pos) is not None


def _corporate(text: str, start: int) -> NameList | None:
    """A corporate author (``Central Intelligence Agency.``) ends at the first full stop."""
    caps = _CAPS_BODY.match(text, start)
    if caps:
        return NameList((Name(literal=caps.group(1)),), Span(start, caps.end(1)))
    match = _CORPORATE_NAME.match(text, start)
    if not match or not _CORPORATE_WORDS.search(match.group(0)):
        return _sentence_case_body(text, start)
    end = match.end()
    if not re.match(r"\s*(?:[.,]\s|\(\d|,?\s\d{4})", text[end:end + 8] or "."):
        return None
    literal = match.group(0).strip()
    return NameList((Name(literal=literal),), Span(start, start + len(literal)))


_SENTENCE_CASE_BODY = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:\s[{_UPPER}{_LOWER}][{_LOWER}]+){{1,6}}(?=\.\s)")
_BODY_WORD = re.compile(
    r"(?:úřad|úrad|urząd|ministerstvo|ministerstwo|ministerium|bundesamt|institut|instytut|ústav|akademie|"
    r"akademia|komise|komisja|agentura|agencja|kancelář|kancelaria|inspekce|inspekcja|rada)\b",
    re.I,
)


def _sentence_case_body(text: str, start: int) -> NameList | None:
    """Central European bodies are written in sentence case (``Štatistický úrad Slovenskej
    republiky.``, ``Český statistický úřad.``): one whose first three words name an office."""
    match = _SENTENCE_CASE_BODY.match(text, start)
    if match is None or not _BODY_WORD.search(" ".join(match.group(0).split()[:3])):
        return None
    return NameList((Name(literal=match.group(0)),), Span(start, match.end()))


def _is_body(match: re.Match, form: str) -> bool:
    return _CORPORATE_WORDS.search(match.group(0)) is not None and bool(_to_name(match, form).literal)


_THE_AFTER_COMMA = re.compile(r".*,\s*The\s")
_ONE_COMMA_THE = re.compile(r"^[^,]+,\s*The\s")


def _to_name(match: re.Match, form: str) -> Name:
    """Turn one matched name into a Name, keeping corporate bodies whole."""
    whole = match.group(0).strip()
    if _CORPORATE_WORDS.search(whole) or ("The" in whole and _THE_AFTER_COMMA.match(whole)):
        if _ONE_COMMA_THE.match(whole):
            return Name(literal=whole)
        if form != "vancouver" and len(whole.split()) > 1:
            return Name(literal=whole)
    if match.re is _INVERTED:
        family, given = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        return split_name(f"{family}, {given}")
    if match.re is _VANCOUVER:
        return Name(family=_fix_case(match.group(1)), given=" ".join(match.group(2).replace(".", "").replace(" ", "").replace("-", "")))
    return split_name(whole)


def _fix_case(family: str) -> str:
    """ISO 690 writes family names in capitals; ``SMITH`` → ``Smith``, ``McDONALD`` kept."""
    return family.title() if family.isupper() and len(family) > 2 else family


def _plain_token(word: str) -> bool:
    """A word nameparser would read as given or family: not a particle, suffix, title or
    conjunction; an initial (``E.``, ``V.``) is one even where the bare letter is a
    conjunction (Italian ``e``) or a numeral (``V``)."""
    return word.casefold().strip(".") not in _NAME_TOKENS or (len(word) == 2 and word[1] == "." and word[0].isupper())


@lru_cache(maxsize=8192)
def split_name(text: str) -> Name:
    """Split one person's name into family and given parts.

    >>> split_name("Tsygankov, Andrei P.")
    Name(family='Tsygankov', given='Andrei P.', literal='')
    >>> split_name("Ludwig van Beethoven").family
    'van Beethoven'
    """
    text = text.strip(" ,;")
    for word in text.replace(",", " ").split():
        if not _plain_token(word):
            break
    else:
        if "," in text:
            family, given = text.split(",", 1)
            return Name(family=_fix_case(family.strip()), given=given.strip())
        words = text.split()  # no comma here
        if len(words) > 1:
            return Name(family=_fix_case(words[-1]), given=" ".join(words[:-1]))
    parsed = HumanName(text)
    family = " ".join(p for p in (parsed.last,) if p) or text
    given = " ".join(p for p in (parsed.first, parsed.middle) if p)
    if parsed.suffix:
        given = f"{given}, {parsed.suffix}" if given else parsed.suffix
    return Name(family=_fix_case(family), given=given)


def parse_name_list(text: str) -> tuple[Name, ...]:
    """Split a list of names found inside a citation (``ed. Michael Renov and Ann Smith``).

    >>> [n.family for n in parse_name_list("Sieghart Döhring and Wolfgang Osthoff")]
    ['Döhring', 'Osthoff']
    """
    found = scan_names(text.strip())
    if found is not None:
        return found.names
    parts = [p for p in re.split(r",\s*|\s+(?:and|&)\s+", text.strip(" .,")) if p]
    return tuple(split_name(p) for p in parts)
