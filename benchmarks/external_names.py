"""Split a printed name span into ``"Family, Given"`` strings, for the external gold sets.

Used by ``benchmarks/external_refs.py`` only. It follows the dev set's conventions
(``/work/shared/refparse/README.md``): ``Family, Given`` lists, natural order (family = the
last word with its particles), inverted initials (``Adriani O.``), Vancouver (``Keller S C``),
``;``-separated lists, and the separators ``and & et und e y –``; *et al.* and role markers
(``eds.``, ``Hrsg.``) are removed. It deliberately does not import the parser's own name code:
the gold must not depend on the code it measures.
"""

from __future__ import annotations

import re

PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "des", "le", "la",
             "dos", "das", "ten", "ter", "vander", "st.", "mc", "degli", "dei", "'t", "’t"}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "ofm", "s.j.", "sj"}
_ET_AL = re.compile(r"[,;\s]*(?:\bet\s*al\b\s*\.?|\band\s+others\b|\bu\.\s*a\.|\bet\s+coll?\.?)\s*\.?\s*$", re.I)
_ROLE = re.compile(r"\(\s*(?:eds?|hrsg|hg|ed|edd|éd|éds|a\s*c(?:ura)?\.?\s*di)\s*\.?\s*\)?|\b(?:eds?\.|editors?"
                   r"|hrsg\.?|edited\s+by|a\s+cura\s+di)(?=\W|$)", re.I)


def collapse(text: str) -> str:
    return " ".join(text.split())


def _is_initials(token: str) -> bool:
    """``S. J.``, ``S.-M.``, ``Th.``, ``J A``: given-name initials, not a family name."""
    compact = re.sub(r"\s+", "", token)
    if re.fullmatch(r"(?:[A-ZÀ-ÞŠŽČ][a-z]?\.-?)+[A-ZÀ-ÞŠŽČ]?", compact):  # "S.-M", "F.P.A"
        return True
    letters = [p for p in re.split(r"[\s-]+", token) if p]
    return bool(letters) and all(len(p) == 1 and p.isupper() for p in letters)


def _family_of(words: list[str]) -> str:
    """Family name of one person written as words: inverted (``Adriani O.``) or natural order."""
    words = [w for w in words if w.lower().strip(",") not in SUFFIXES]
    if not words:
        return ""
    initial_flags = [_is_initials(w) for w in words]
    if len(words) > 1 and re.fullmatch(r"[A-Z]{2,3}", words[-1]) and re.search(r"[a-z]", words[0]):
        initial_flags[-1] = True  # Vancouver "Jacobson HR"
    if not any(initial_flags):  # natural order, no initials: last word plus particles
        family = [words[-1]]
        for word in reversed(words[:-1]):
            if word.lower() not in PARTICLES:
                break
            family.insert(0, word)
        return " ".join(family)
    if not initial_flags[0] and initial_flags[-1]:  # "Adriani O.", "Schnatz PF"
        return " ".join(w for w, f in zip(words, initial_flags) if not f)
    names = [w for w, f in zip(words, initial_flags) if not f]
    return _family_of(names) if names else ""


def split_names(span: str) -> tuple[list[str], bool]:
    """A name span → ``["Family, Given", ...]`` and whether it ended in *et al.*"""
    text = collapse(span)
    text = re.sub(r"\s+\.", ".", text)
    text = re.sub(r"\s*,\s*", ", ", text)
    text = re.sub(r"^(?:see\s+(?:e\.\s*g\.|also)|cf\.|in\s*:|in)\s+", "", text, flags=re.I)
    et_al = bool(_ET_AL.search(text))
    text = _ET_AL.sub("", text)
    text = _ROLE.sub("", text).strip(" ,.;:()")
    if not text:
        return [], et_al
    if ";" in text:
        chunks = [c.strip(" ,") for c in text.split(";")]
        return [_inverted(c) for c in chunks if c], et_al
    text = re.sub(r"\s*(?:,\s*)?(?:\band\b|&|\bet\b|\bund\b|\be\b|\by\b|–|—)\s*", ", ", text)
    tokens = [t.strip() for t in text.split(",") if t.strip(" .")]
    names: list[list[str]] = []
    for token in tokens:
        if token.lower() in SUFFIXES and names:
            continue
        if _is_initials(token) and names and len(names[-1]) == 1:
            names[-1].append(token)  # "Camargo", "S. J." → one inverted name
        else:
            names.append([token])
    out = []
    for parts in names:
        if len(parts) == 2:
            out.append(f"{parts[0].strip(' .,')}, {parts[1]}")
        else:
            words = re.sub(r"(?<=\.)(?=[A-ZÀ-Þ][a-zà-ÿ])", " ", parts[0]).split()
            family = (_family_of(words) or parts[0]).strip(" .,")
            if _is_initials(family):
                continue  # "See e.g. C.J.": initials with no family name left
            given = " ".join(w for w in words if w not in family.split())
            out.append(f"{family}, {given}".strip(", "))
    return [n for n in out if n], et_al


def _inverted(chunk: str) -> str:
    family, _, given = chunk.partition(",")
    return f"{family.strip()}, {given.strip()}".strip(", ")
