"""Layout + notes → UrlRefs and url findings: every URL as cited, repaired where line breaks damaged it.

URLs are taken from body, note, list and timeline lines with their ``<…>`` wrappers and
trailing punctuation stripped. A URL broken across lines is joined again
(:func:`join_broken_urls`). PDF extraction also drops the hyphen at which a URL was
wrapped; when the same URL is cited in several such damaged forms (001 cites one
Washington Post address twice, each copy missing different hyphens) the forms are
merged (:func:`merge_url_variants`) and a ``url.variant`` finding names them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Mapping

from ..findings import make_finding
from ..model import Evidence, Finding, Location, UrlRef

# ``*``, not ``+``: a scheme alone at a line's end (``<https://`` ⏎ ``www.…``) starts a URL too.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”‘’«»]*", re.IGNORECASE)
_SCHEME_ONLY = re.compile(r"https?://", re.IGNORECASE)
_HOST = re.compile(r"^(?:[\w\-]+\.)+[a-z]{2,}(?:[/:?#]|$)", re.IGNORECASE)
_URL_START = re.compile(r"https?://|www\.", re.IGNORECASE)
_HOST_TAIL = re.compile(r"^[a-z]{2,}(?:\.[a-z]{2,})*/")
_TRAILING = ".,;:!?'\"’”»]}"
_OPEN_END = tuple("/-_=?&%#~+")
_URL_CHARS = re.compile(r"^[\w\-./?=&%#~+:;,@!$*'()\[\]>]+$")
_FILE_END = re.compile(r"\.(?:s?html?|pdf|php|aspx?|jsp|txt|xml|doc|docx)\b|/|>$", re.IGNORECASE)
# ``[14]`` / ``14.`` / ``7`` opening the next line starts a numbered entry or note (or is a
# torn note number), never continues a URL; ``002.`` (a leading zero) is no such number.
_ENTRY_NUMBER = re.compile(r"^\[?[1-9]\d{0,2}[\].)]?$")
_URLISH = re.compile(r"[/._\-=?&%#\d]")
# The rest of a URL broken inside a word (``…/document/declara`` ⏎ ``tion-soviet-1956.``): one
# token with letters and URL punctuation, unlike a word (``Ibid.``) or a number (``2014.``).
_WORD_TAIL = re.compile(r"^(?=.*[^\W\d_])(?=.*[/\-_=&?%#~])[\w\-./?=&%#~+]+$")
_COMPLETE = re.compile(r"\.(?:s?html?|pdf|php|aspx?|jsp|txt|xml|docx?)$", re.IGNORECASE)
_URL_ROLES = frozenset({"body", "note", "list", "timeline", "heading"})
_MAX_PARTS = 4


@dataclass(frozen=True, slots=True)
class _Found:
    """A URL found in the text: its pieces (one per line) and where each piece stands."""

    parts: tuple[str, ...]
    index: int
    column: int


def url_continues(left: str, right: str) -> bool:
    """True when ``left`` ends inside a URL that ``right`` continues on the next line.

    >>> url_continues("z: <http://www.example.org/docu/", "review/index.htm>")
    True
    >>> url_continues("see http://www.example.org/", "for the full text")
    False
    """
    if "://" not in left and "www." not in left and "WWW." not in left:
        return False  # cheap pre-test: no URL on the left line
    left, right = left.rstrip(), right.strip()
    if not left or not right or right.startswith("<"):
        return False
    tail = left.rsplit(None, 1)[-1]
    start = _URL_START.search(tail)
    if not start:
        return False
    url = tail[start.start():]
    if ">" in url:
        return False
    head = right.split(None, 1)[0]
    if _SCHEME_ONLY.fullmatch(url):
        return bool(_HOST.match(head))  # ``https://`` ⏎ ``discovery.nationalarchives.gov.uk/…``
    if _URL_START.match(right) or not _URL_CHARS.match(head) or _ENTRY_NUMBER.match(head):
        return False
    if "<" in tail[: start.start() + 1]:
        return True
    single = head == right
    if url.endswith(_OPEN_END):
        return single or bool(_URLISH.search(head))
    if url.endswith("."):
        # A DOI or host name cut after a dot: a lone token of digits or lower case goes on, and
        # so does a host's last label with the path after it (``…iccu.sbn.`` ⏎ ``it/it/ricerca/…``).
        if single:
            return head[0].isdigit() or head[0].islower()
        return "/" not in url.split("//", 1)[-1] and bool(_HOST_TAIL.match(head))
    if url.endswith(":"):
        return single and head[0].isalnum()  # ``?uri=CELEX:`` ⏎ ``32019L1024``
    if single and not _COMPLETE.search(url) and _WORD_TAIL.match(head):
        return True
    return single and bool(_FILE_END.search(head))


_AT_LINE_END = re.compile(r"\s*\Z")


def join_broken_urls(lines: Mapping[int, str], order: list[int]) -> list[_Found]:
    """Find the URLs in ``lines`` (index → text, read in ``order``), joining those broken across lines."""
    found: list[_Found] = []
    skip: dict[int, int] = {}
    for pos, i in enumerate(order):
        line = lines[i]
        if "://" not in line and "ww." not in line.casefold():
            continue  # cheap test first: the URL regex is costly on long URL-free lines
        for match in _URL.finditer(line, skip.get(i, 0)):
            parts = [match.group()]
            if _AT_LINE_END.match(line, match.end()):  # not a slice: many URLs on a long line
                _follow(lines, order, pos, parts, skip)
            found.append(_Found(tuple(parts), i, match.start()))
    return found


def _follow(lines: Mapping[int, str], order: list[int], pos: int, parts: list[str], skip: dict[int, int]) -> None:
    """Extend ``parts`` with the continuations of a URL that runs to the end of its line."""
    first = lines[order[pos]]
    prefix = first[: len(first.rstrip()) - len(parts[0])]
    for nxt in order[pos + 1: pos + _MAX_PARTS]:
        following = lines[nxt]
        if not url_continues(prefix + "".join(parts), following):
            return
        stripped = following.lstrip()
        head = stripped.split(None, 1)[0]
        parts.append(head)
        skip[nxt] = len(following) - len(stripped) + len(head)
        if stripped[len(head):].strip():
            return


def extract_urls(
    roles: tuple[str, ...],
    lines: tuple[str, ...],
    note_of_line: Mapping[int, int | None],
    document: str,
    page_of: Callable[[int], int | None],
) -> tuple[UrlRef, ...]:
    """Every URL in the body, notes, lists and timeline of a document, in reading order."""
    order = [i for i, role in enumerate(roles) if role in _URL_ROLES]
    refs = []
    contexts: dict[int, str] = {}  # once per line: a long line with many URLs was re-split per URL
    for found in join_broken_urls({i: lines[i] for i in order}, order):
        url = clean_url("".join(found.parts))
        if not url:
            continue
        refs.append(UrlRef(
            url=url,
            raw=_trim("\n".join(found.parts)),
            location=Location(document, found.index + 1, page_of(found.index + 1), found.column + 1),
            where=_where(roles[found.index], note_of_line.get(found.index, None)),
            repaired=len(found.parts) > 1,
            context=_context(contexts, lines, found.index),
        ))
    return tuple(refs)


def _context(contexts: dict[int, str], lines: tuple[str, ...], index: int) -> str:
    """The start of line ``index`` with its spaces squashed (computed once per line)."""
    if index not in contexts:
        contexts[index] = " ".join(lines[index].split())[:160]
    return contexts[index]


def clean_url(text: str) -> str:
    """Strip wrappers and trailing punctuation; give a bare ``www.`` address its scheme.

    >>> clean_url("http://www.bbc.com/news/world-europe-28012778).")
    'http://www.bbc.com/news/world-europe-28012778'
    >>> clean_url("http://en.wikipedia.org/wiki/Kosovo_(disambiguation)")
    'http://en.wikipedia.org/wiki/Kosovo_(disambiguation)'
    """
    url = _trim(text)
    if url.casefold().startswith("www."):
        url = "http://" + url
    return url if "." in url.split("//", 1)[-1] else ""


def _trim(text: str) -> str:
    """Cut a URL at its closing ``>`` and drop trailing punctuation (but not a balanced ``)``)."""
    url = text.split(">", 1)[0].lstrip("<")
    opened, closed = url.count("("), url.count(")")
    while url and (url[-1] in _TRAILING or (url[-1] == ")" and opened < closed)):
        closed -= url[-1] == ")"
        url = url[:-1]
    return url


def merge_url_variants(refs: tuple[UrlRef, ...]) -> tuple[tuple[UrlRef, ...], tuple[Finding, ...]]:
    """Merge URLs that differ only in lost hyphens into one repaired form; report each such group."""
    groups: dict[str, list[int]] = {}
    for k, ref in enumerate(refs):
        groups.setdefault(_hyphenless(ref.url), []).append(k)
    merged = list(refs)
    findings = []
    for members in groups.values():
        forms = sorted({refs[k].url for k in members})
        if len(forms) < 2:
            continue
        best = _union_of_hyphens(forms)
        for k in members:
            if merged[k].url != best:
                merged[k] = replace(merged[k], url=best, repaired=True)
        findings.append(_variant_finding([refs[k] for k in members], best))
    return tuple(merged), tuple(findings)


def url_findings(refs: tuple[UrlRef, ...]) -> tuple[Finding, ...]:
    """A ``url.damaged`` finding for every URL the stage had to repair."""
    return tuple(
        make_finding(
            "url.damaged",
            ref.location,
            f"URL repaired from line-break damage: {ref.url}",
            evidence=(Evidence(ref.raw, ref.location),),
            suggestion=f"Check that the repaired address is right and cite it unbroken: {ref.url}",
            key=ref.url,
        )
        for ref in refs if ref.repaired
    )


def _variant_finding(members: list[UrlRef], best: str) -> Finding:
    first = min(members, key=lambda r: r.location.line)
    raws = sorted({r.raw.replace("\n", "") for r in members})
    return make_finding(
        "url.variant",
        first.location,
        f"The same URL is cited in {len(raws)} differently damaged forms",
        evidence=tuple(Evidence(r.raw, r.location) for r in sorted(members, key=lambda r: r.location.line)),
        suggestion=f"Cite one correct form everywhere; the forms merge to {best}",
        key=best,
    )


def _hyphenless(url: str) -> str:
    return url.replace("-", "").replace("\u00ad", "")


def _union_of_hyphens(forms: list[str]) -> str:
    """Put back every hyphen that any damaged form kept.

    >>> _union_of_hyphens(["a-bc-d", "ab-cd"])
    'a-b-c-d'
    """
    base = _hyphenless(forms[0])
    marks = [False] * (len(base) + 1)
    for form in forms:
        k = 0
        for ch in form:
            if ch == "-":
                marks[k] = True
            elif ch != "\u00ad":
                k += 1
    return "".join(("-" if marks[k] else "") + base[k] for k in range(len(base))) + ("-" if marks[-1] else "")


def _where(role: str, note: int | None) -> str:
    if role == "note":
        return f"note {note}" if note is not None else "note"
    return "list" if role == "list" else "body"
