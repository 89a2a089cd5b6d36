"""Works → stable, readable citation keys: ``tsygankov2010russia``, then ``…a``, ``…b`` on clashes."""

from __future__ import annotations

import re
import unicodedata

from ..model import Reference

_SKIP = frozenset(
    "a an the of on in and or to for from with at by de la le les der die das el il lo un une".split()
)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("æ", "ae").replace("ø", "o").replace("ß", "ss"))
    return re.sub(r"[^a-z0-9]", "", "".join(ch for ch in folded if not unicodedata.combining(ch)).lower())


def base_key(ref: Reference) -> str:
    """``family`` + ``year`` + first significant title word, ASCII lower case.

    Without an author the first title word stands in (two words when there is no year
    either); a work known only by its address is keyed by the address's host.

    >>> from checker.model import Field, Location, Name
    >>> ref = Reference("x", "full", "", Location("d", 1), (
    ...     Field("author", (Name("Tsygankov", "Andrei P."),)), Field("year", "2010"),
    ...     Field("title", "Russia's Foreign Policy")))
    >>> base_key(ref)
    'tsygankov2010russia'
    """
    names = ref.get("author") or ref.get("editor") or ()
    who = ""
    if names:
        first = names[0]  # type: ignore[index]
        who = _ascii(first.family) if first.family else _ascii((first.literal.split() or [""])[0])
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", str(ref.get("title") or ""))
    significant = [_ascii(re.sub(r"['’]s$", "", w)) for w in words if w.casefold() not in _SKIP]
    significant = [w for w in significant if w]
    year = str(ref.get("year") or "")
    if not who and significant:
        who = significant.pop(0)
        if not year:  # neither author nor year: a second title word tells such works apart
            who += significant.pop(0) if significant else ""
    if not who and ref.get("url"):
        who = _host(str(ref.get("url")))
    word = significant[0] if significant else ""
    key = f"{who}{year}{word}" or "ref"
    return key if key[0].isalpha() else f"ref{key}"


def _host(url: str) -> str:
    """``http://www.nextnewdeal.net/…`` → ``nextnewdeal``: a key for a work known only by its address."""
    host = re.sub(r"^(?:[a-z]+://)?(?:www\d?\.)?", "", url.casefold()).split("/")[0]
    return _ascii(host.split(".")[0])


def assign_keys(refs: tuple[Reference, ...]) -> tuple[str, ...]:
    """Keys for ``refs`` in order; clashing keys all get a letter (``…a``, ``…b``) in order."""
    bases = [base_key(ref) for ref in refs]
    seen: dict[str, int] = {}
    keys = []
    for base in bases:
        if bases.count(base) == 1:
            keys.append(base)
            continue
        seen[base] = seen.get(base, 0) + 1
        keys.append(f"{base}{_letters(seen[base])}")
    return tuple(keys)


def _letters(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(97 + rem) + out
    return out
