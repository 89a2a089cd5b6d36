"""HTML bytes → PageInfo (title, og:title, first heading, text) and the tests run on it.

Pure functions used by ``verify/urls.py``: is this a "not found" page, a bot wall,
the same page as a host's answer to a random path, the work the citation names?
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, Tag
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

# Only the head of a page is parsed: titles and headings come early, and a hostile or
# huge page must not cost more than this.
PARSE_BYTES = 200_000

# Titles and first headings of "not found" pages in the languages the papers use.
_NOT_FOUND = re.compile(
    r"\b(?:page|file|document|article|resource|content)s?\s+(?:was\s+|could\s+not\s+be\s+|cannot\s+be\s+)?"
    r"not\s+(?:be\s+)?found\b|\bnot\s+found\b|\b404\b|\bpage\s+(?:does\s+not|doesn't)\s+exist\b"
    r"|\b(?:no\s+longer|not)\s+available\b|\bcould\s*n[o']t\s+(?:be\s+)?f(?:i|ou)nd\b|\bpage\s+missing\b"
    r"|str[aá]nka\s+(?:nebyla\s+)?nenalezena|nenalezen[aoý]?\b|neexistuje\b|nebyla\s+nalezena"
    r"|seite\s+nicht\s+gefunden|nicht\s+gefunden|page\s+introuvable|introuvable"
    r"|p[aá]gina\s+no\s+encontrada|no\s+encontrad[ao]|pagina\s+non\s+trovata"
    r"|nie\s+znaleziono|strona\s+nie\s+istnieje|str[aá]nka\s+neexistuje|не\s+найден",
    re.IGNORECASE,
)
# Interstitials of bot-protection services: the page exists but we may not see it.
_BOT_WALL = re.compile(
    r"just a moment|attention required|verify (?:you are|that you are) (?:a )?human|are you a robot"
    r"|captcha|ddos-guard|access denied|checking your browser|bot verification|request unsuccessful",
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(r"\s+[|\-–—·•:»]+\s+|\s*::\s*")
_WORD = re.compile(r"\w+")
_URLISH = re.compile(r"\S+://\S+|\bwww\.\S+|\S+@\S+")
_HIDDEN = frozenset({"script", "style", "noscript", "template"})  # their text is not the page's
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What a page says about itself."""

    title: str = ""
    og_title: str = ""
    heading: str = ""
    text: str = ""

    def names(self) -> tuple[str, ...]:
        """The page's own names for itself, best first, without repeats or blanks."""
        seen: dict[str, None] = {}
        for name in (self.title, self.og_title, self.heading):
            if name and name.casefold() not in {s.casefold() for s in seen}:
                seen[name] = None
        return tuple(seen)


def read_page(body: bytes, content_type: str | None = None) -> PageInfo:
    """Parse the first ``PARSE_BYTES`` of an HTML body.

    >>> read_page(b"<title>A &amp; B</title><h1> Hi </h1><p>x</p>").title
    'A & B'
    """
    charset = _charset(content_type)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(body[:PARSE_BYTES], "html.parser", from_encoding=charset)
    # One walk over the tags finds what ``soup.title``, ``soup.find(...)`` and ``soup.body``
    # would, in document order, without a search (and a SoupStrainer) per question.
    title_tag = og_property = og_name = heading_tag = None
    bodies, hidden = [], []
    for tag in soup.descendants:
        if not isinstance(tag, Tag):
            continue
        name = tag.name
        if name == "title":
            title_tag = title_tag or tag
        elif name == "meta":
            if og_property is None and tag.get("property") == "og:title":
                og_property = tag
            if og_name is None and tag.get("name") == "og:title":
                og_name = tag
        elif name in ("h1", "h2"):
            heading_tag = heading_tag or tag
        elif name == "body":
            bodies.append(tag)
        elif name in _HIDDEN:
            hidden.append(tag)
    title = _clean(title_tag.get_text()) if title_tag else ""
    meta = og_property or og_name
    og_title = _clean(str(meta.get("content", ""))) if meta else ""
    heading = _clean(heading_tag.get_text(" ")) if heading_tag else ""
    for tag in hidden:
        tag.decompose()
    # The first <body> left once scripts and the like are gone (one inside <noscript> went with it).
    body_tag = next((tag for tag in bodies if not tag.decomposed), None) or soup
    text = _clean(body_tag.get_text(" "))[:5000]
    return PageInfo(title[:300], og_title[:300], heading[:300], text)


def is_html(content_type: str | None) -> bool:
    """True when a Content-Type names an HTML (or XHTML) document."""
    return bool(content_type) and any(t in content_type.lower() for t in ("text/html", "xhtml"))


def says_not_found(page: PageInfo) -> str | None:
    """Return the title or heading that reads as a "not found" page, if any.

    >>> says_not_found(PageInfo(title="Stránka nenalezena | ČT24"))
    'Stránka nenalezena | ČT24'
    >>> says_not_found(PageInfo(title="Foundations of the welfare state")) is None
    True
    """
    return next((name for name in (page.title, page.heading) if name and _NOT_FOUND.search(name)), None)


def is_bot_wall(page: PageInfo) -> str | None:
    """Return the title or heading of a bot-protection interstitial, if the page is one."""
    return next((name for name in (page.title, page.heading) if name and _BOT_WALL.search(name)), None)


def same_page(a: PageInfo, b: PageInfo) -> bool:
    """True when two answers are the same page (a site's catch-all for unknown paths).

    Titles must agree and the texts be nearly the same once digits (ids, dates,
    counters) are ignored; a shared site-wide title alone is not enough.
    """
    if _norm(a.title) != _norm(b.title):
        return False
    ta, tb = re.sub(r"\d+", "", a.text), re.sub(r"\d+", "", b.text)
    if not ta and not tb:
        return bool(a.title)
    return fuzz.ratio(ta[:2000], tb[:2000]) >= 85


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """How well the best of a page's names matches the text of a citation."""

    matched: bool
    score: float
    page_title: str


def match_title(citation: str, page: PageInfo) -> TitleMatch | None:
    """Compare the page's names with the citation text; None when there is nothing to compare.

    A name matches when most of its words appear, in order, in the citation (token
    LCS ≥ 60 %) or when rapidfuzz finds it nearly verbatim (partial ratio ≥ 90), so a
    page title with a site name appended, a subtitle or OCR damage still matches.

    >>> match_title("Novak, J. Rivers of Memory. Journal, 2010.", PageInfo(title="Rivers of Memory | JSTOR")).matched
    True
    >>> match_title("Novak, J. Rivers of Memory. Journal, 2010.", PageInfo(title="Tariff Census Railway")).matched
    False
    """
    cited = _norm(_URLISH.sub(" ", citation))
    cited_tokens = cited.split()
    if len([t for t in cited_tokens if not t.isdigit()]) < 3 or not page.names():
        return None
    best: TitleMatch | None = None
    for name in page.names():
        for candidate in _candidates(name):
            tokens = candidate.split()
            coverage = 100.0 * LCSseq.similarity(tokens, cited_tokens) / len(tokens)
            ratio = fuzz.partial_ratio(candidate, cited) if len(candidate) >= 8 else 0.0
            matched = coverage >= 60 or ratio >= 90
            score = round(max(coverage, ratio), 1)
            if best is None or (matched, score) > (best.matched, best.score):
                best = TitleMatch(matched, score, name)
    return best


def _candidates(name: str) -> list[str]:
    """The whole name and its parts split at separators (``Title | Site``), normalised."""
    whole = _norm(name)
    parts = [_norm(p) for p in _SEGMENT_SPLIT.split(name)]
    return [c for c in dict.fromkeys([whole, *parts]) if c and (c == whole or len(c.split()) >= 2)]


def _norm(text: str) -> str:
    """Casefold, strip accents and punctuation, collapse spaces."""
    plain = text.casefold()
    if not plain.isascii():  # ASCII has nothing to decompose: skip the walk over every character
        plain = _NON_ASCII.sub(_drop_combining, unicodedata.normalize("NFKD", plain))
    return " ".join(_WORD.findall(plain))


def _drop_combining(run: re.Match) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c))


def _clean(text: str) -> str:
    return " ".join(text.split())


def _charset(content_type: str | None) -> str | None:
    match = re.search(r"charset=([\w.:-]+)", content_type or "", re.IGNORECASE)
    return match.group(1) if match else None
