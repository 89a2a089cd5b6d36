"""Layout → Citations: author-year citations in the running text, ``(Kozyrev, 1993, p. 5)``.

Parenthetical citations (``(Baran, Iždinský, 2010, p. 35)``, ``(Koncepcia vnešnej...,
1992, p. 3)``, ``(Smith 2010: 23; Jones 2012)``) and narrative ones (``Tsygankov (2010)``)
are found in the body lines joined as one flow, so a citation broken over two lines
(``(Sergunin, ⏎ 2000, p. 29)``) is still one citation, located at its opening line.
Parentheses holding a date or a remark (``(April 2008)``, ``(OSCE since 1994)``,
``(in January 1994 at the NATO Brussels Summit)``) are not citations.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from typing import Callable

from ..model import BibEntry, Citation, Location
from .bibliography import with_authors_repeated
from .layout import UPPER, Layout
from .zones import is_table_row

_PARENS = re.compile(r"\(([^()]{4,300})\)")
_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\."
# ``2019a, 2019b`` / ``1993, 1995``: one author, several works.
_YEARS = r"(?P<year>(?:" + _YEAR + r")(?:\s*,\s*(?:(?:1[5-9]|20)\d\d[a-z]?))*)"
_PAGES = r"(?:(?:pp?|s|str|S)\.\s*)?(?P<pages>[\dIVXivxlc]+(?:\s*[-\u2013\u2014]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-\u2013]\s*\d+)?)*f{0,2}\.?)"
_PART = re.compile(
    r"^(?:(?:see(?:\s+also)?|cf\.|cfr\.|e\.\s?g\.|i\.\s?e\.|viz\.?|srov\.|zob\.|por\.|vgl\.|also)\s*,?\s+)*"
    r"(?P<author>[^\d;()]{2,120}?)[,\s]\s*" + _YEARS + r"(?:\s*[,:]\s*" + _PAGES + r")?\s*$",
    re.IGNORECASE,
)
_NAME = rf"[{UPPER}][\w'’\-]+"
_GROUP_SEPARATOR = re.compile(r";|\s+apud\s+")
# A bare name in a group, joined by ``;`` to the co-author who carries the year (ABNT
# ``(SOUZA; LIMA, 2015)``): capitalised words, no digits.
_CO_AUTHOR = re.compile(rf"^{_NAME}(?:\s+{_NAME}){{0,2}}$")
# Up to five capitalised words, perhaps joined by ``of``/``and``/``&`` (``Dubé and MacDonald``,
# ``World Health Organization``, ``Ministry of Defence``), perhaps closed by ``et al.``.
_NARRATIVE = re.compile(
    r"(?P<author>\b(?=[" + UPPER + "])" + _NAME + r"(?:\s+(?:(?:of|for|on|and|the|&|a|e|y|de|van|von|der)\s+)?" + _NAME + r"){0,4}"
    r"(?:\s+et\s+al\.)?)"
    r"\s+\(" + _YEARS + r"(?:\s*[,:]\s*" + _PAGES + r")?\)"
)
# ``et al.`` and its translations (Polish ``i in.``, Czech ``a kol.``, German ``u. a.``) close an author.
_ET_AL = re.compile(r"\s+(?:et\s+al\.?|i\s+in\.|a\s+kol\.|u\.\s?a\.)$")
# ``World Health Organization [WHO]``: the abbreviation later citations use.
_ABBREVIATION = re.compile(r"\s*\[(?P<abbr>[A-Z][A-Za-z&]{1,12})\]\s*$")
# Where a narrative citation can end: `` (2010)`` / `` (2010, p. 5)``. The author
# pattern is tried only in a window before each such hit, not at every capital letter.
_YEAR_PAREN = re.compile(r"\s\((?:1[5-9]|20)\d\d")
_NARRATIVE_WINDOW = 120
_NOT_AUTHORS = frozenset(
    """january february march april may june july august september october november december
    spring summer autumn fall winter early late mid in on at since from until after before during
    by the of and or to for with between around about circa ca c""".split()
)
# Capitalised only because they open a sentence: dropped from the front of a narrative author.
_SENTENCE_OPENERS = frozenset(
    """as while in the a an according when although though since but and however thus also both
    this that these those see like unlike following after before by for from with if then here
    there so because whereas similarly likewise finally first second third indeed moreover
    furthermore yet our we it its their his her one some many most other recently later of on
    już także również według zdaniem ale lecz natomiast jednak podobnie wreszcie dlatego zatem więc też
    choć chociaż gdy kiedy jeszcze nawet tylko przy po we ze od dla za przez czy oraz
    již už také rovněž podle však proto tedy pro při ve jak
    wie laut nach bereits schon auch aber doch bei mit für im die das ein eine seit
    già come secondo anche ma per nel con il gli un una
    selon déjà aussi mais pour dans avec les une chez según ya también pero para los las
    segundo conforme consoante como porém contudo entretanto assim portanto ainda mas já os um uma em ao
    pelo pela nos nas""".split()
)
# (Words that also begin surnames, ``Da Silva``, ``Le Goff``, ``Von Ranke``, ``Den Boer``, ``Do``,
# ``Na``, are left out of the list above.)
_BODY_ROLES = frozenset({"body"})
# MLA author–page: ``Morrison 36``, ``Du Bois 7-8``, ``Gates and McKay 12``, ``Morrison, Beloved 88``,
# ``"Site of Memory" 110`` (a title standing for the author).
_AUTHOR_PAGE = re.compile(
    r"^(?P<author>[“\"][^”\"]{2,80}[”\"]|" + _NAME + r"(?:\s+(?:and|&)\s+" + _NAME + r"|\s+" + _NAME + r"){0,2}"
    r"(?:\s+et\s+al\.)?)(?:,\s*[^\d,;]{2,60}?)?\s+"
    r"(?P<pages>\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?)*)$"
)
# Words that head a parenthesised reference to a part of the text, not an author.
_NOT_MLA_AUTHORS = frozenset(
    """Table Tables Figure Figures Fig Chart Graph Article Art Chapter Chap Section Sec Appendix Annex Page Pages
    Vol Volume No Part Book Act Line Lines Verse Map Plate Box Model Phase Step See Cf Note Notes Item Question
    Tabulka Obrázek Graf Kapitola Příloha Tabelle Abbildung Kapitel Anhang""".split()
)
_LEAD = re.compile(r"[^\W\d_]{2,}")
_DATED = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_MIN_CITING_NOTES = 3
_NOTES_PER_CITATION = 3
_WORD = re.compile(r"\w+")
# The combining-mark blocks NFKD leaves after a base letter (faster than a per-character test).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
STOP_WORDS = frozenset("the a an of and in on for to de la le der die das und a v na o".split())


def extract_citations(
    layout: Layout, document: str, page_of: Callable[[int], int | None], entries: tuple[BibEntry, ...] = ()
) -> tuple[Citation, ...]:
    """Every author-year citation in the body of ``layout``, in reading order.

    Author–page citations without a year (MLA: ``(Morrison 36)``, ``("Site of Memory" 110)``)
    count only in a document whose reference list (``entries``) opens entries with at
    least two of their authors; elsewhere ``(Table 1)`` or ``(Article 5)`` would pass too.
    """
    flow, locate = body_flow(layout, document, page_of)
    found: list[tuple[int, Citation]] = []
    author_page: list[tuple[int, int, re.Match[str], str]] = []
    for match in _PARENS.finditer(flow):
        co_author: tuple[str, int] | None = None  # ``SOUZA`` of ``(SOUZA; LIMA, 2015)``, and where
        for k, (start, raw_part, separator) in enumerate(_group_parts(match.group(1))):
            part = " ".join(raw_part.split())
            # Each citation of a group points at its own line: ``(Kyle 2011;⏎Smith 2016)``.
            at = match.start() if k == 0 else match.start(1) + start + len(raw_part) - len(raw_part.lstrip())
            parsed = _PART.match(part)
            if parsed and _is_author(parsed.group("author")):
                author = parsed.group("author")
                if co_author is not None and separator == ";":
                    author, at = f"{co_author[0]}; {' '.join(author.split())}", co_author[1]
                co_author = None
                found += [(match.start(), c) for c in _citations(parsed, author, match.group(0), locate(at))]
                continue
            co_author = (part, at) if _CO_AUTHOR.match(part) and _is_author(part) else None
            mla = _AUTHOR_PAGE.match(part) if entries else None
            if mla and mla.group("author").split()[0].strip("“\"") not in _NOT_MLA_AUTHORS:
                author_page.append((match.start(), at, mla, match.group(0)))
    if found and _cites_in_notes(layout, len(found)) and not _listed_only(found, entries):
        found = []  # none of them is in the list: the text does not cite in parentheses
    if _cites_its_list({_squash(m.group("author")) for _, _, m, _ in author_page}, entries):
        found += [
            (start, Citation(_squash(m.group("author")), None, m.group("pages").replace(" ", ""), _squash(raw), locate(at)))
            for start, at, m, raw in author_page
        ]
    found += _narrative_citations(flow, locate, entries, layout.lines, strict=not found and "note" in layout.roles)
    found.sort(key=lambda pair: pair[0])
    return tuple(citation for _, citation in found)


def _group_parts(group: str) -> list[tuple[int, str, str]]:
    """The parts of a parenthesised group: ``(start, text, separator before it)``.

    Parts are parted by ``;`` and by ``apud`` (``(FREIRE, 1987 apud MENDONÇA, 2001, p. 45)``:
    the original work, then the one consulted).
    """
    if ";" not in group and "apud" not in group:
        return [(0, group, "")]  # most groups: one part
    parts, start, separator = [], 0, ""
    for sep in _GROUP_SEPARATOR.finditer(group):
        parts.append((start, group[start:sep.start()], separator))
        start, separator = sep.end(), sep.group().strip()
    parts.append((start, group[start:], separator))
    return parts


def _cites_in_notes(layout: Layout, parenthetical: int) -> bool:
    """Does the text cite in its notes, with only a stray parenthesised name and year in the body?

    Note lines that carry a year outnumber the parenthetical citations three to one (and
    there are at least three). If, besides, no parenthetical names an entry of the list,
    ``(Sanlúcar, 1754)`` in such a text is where and when a memorial was printed. An
    author-year paper with a few footnotes has it the other way.
    """
    dated = 0
    for line, role in zip(layout.lines, layout.roles):
        if role == "note" and _DATED.search(line):
            dated += 1
            if dated >= max(_MIN_CITING_NOTES, _NOTES_PER_CITATION * parenthetical):
                return True
    return False


def _listed_only(found: list[tuple[int, Citation]], entries: tuple[BibEntry, ...]) -> list[tuple[int, Citation]]:
    """The citations whose author and year an entry of the list has."""
    folded = [fold(text) for text in with_authors_repeated(entries)]
    return [(at, c) for at, c in found if any(matches_entry(c.author, c.year, text) for text in folded)]


def _narrative_citations(flow: str, locate, entries: tuple[BibEntry, ...], lines: tuple[str, ...], strict: bool) -> list:
    """``Tsygankov (2010)``, or only those naming a work of the list when ``strict`` or in a table.

    A text that cites in footnotes and never in parentheses dates things in parentheses
    (``His Select Committee on Public Libraries (1849)``): there (``strict``) only a name
    and year that a list entry has count. So in a row of a table, whose column heads date
    their figures (``Members (2019)    Members (2017)``).
    """
    found = []
    folded = None
    tables: dict[int, bool] = {}  # once per line: a long line may hold many such citations
    for match in _narratives(flow):
        author = _drop_openers(match.group("author"))
        if not author or not _is_author(author):
            continue
        location = locate(match.start())
        cited = _citations(match, author, match.group(0), location)
        if location.line not in tables:
            tables[location.line] = is_table_row(lines[location.line - 1])
        if strict or tables[location.line]:
            folded = folded if folded is not None else [fold(text) for text in with_authors_repeated(entries)]
            cited = [c for c in cited if any(matches_entry(c.author, c.year, text) for text in folded)]
        found += [(match.start(), c) for c in cited]
    return found


def _squash(text: str) -> str:
    return " ".join(text.split())


def _cites_its_list(authors: set[str], entries: tuple[BibEntry, ...]) -> bool:
    """Do at least two of the authors cited author–page open an entry of the reference list?"""
    leads = {_lead_word(text) for text in with_authors_repeated(entries)}
    return sum(_lead_word(author) in leads for author in authors) >= 2


def _lead_word(text: str) -> str:
    """The first word of an author or entry, case-folded (``Du Bois, W. E. B.`` → ``du``)."""
    words = _LEAD.findall(text.casefold())
    return words[0] if words else ""


def _narratives(flow: str) -> list[re.Match[str]]:
    """Narrative citations (``Tsygankov (2010)``), looked for only near a parenthesised year."""
    found: list[re.Match[str]] = []
    scanned = 0  # windows never overlap, so the scan stays linear in the text
    for hit in _YEAR_PAREN.finditer(flow):
        close = flow.find(")", hit.end(), hit.end() + _NARRATIVE_WINDOW)
        if close < 0:
            continue
        start = max(scanned, hit.start() - _NARRATIVE_WINDOW)
        found += _NARRATIVE.finditer(flow, start, close + 1)
        scanned = close + 1
    return found


def body_flow(
    layout: Layout, document: str, page_of: Callable[[int], int | None]
) -> tuple[str, Callable[[int], Location]]:
    """The body lines joined into one text, and a function from an offset in it to a Location.

    Citations broken over two lines (``(Sergunin,⏎2000)``, ``[11]–⏎[13]``) are whole in the flow.
    """
    indices = [i for i, role in enumerate(layout.roles) if role in _BODY_ROLES]
    starts, pieces, offset = [], [], 0
    for i in indices:
        starts.append(offset)
        piece = layout.lines[i].replace("\f", " ")
        pieces.append(piece)
        offset += len(piece) + 1

    def locate(at: int) -> Location:
        line = indices[bisect_right(starts, at) - 1] + 1
        return Location(document, line, page_of(line))

    return "\n".join(pieces), locate


def _is_author(author: str) -> bool:
    """A citation's author: capitalised, not a month, season or a phrase ending in a preposition."""
    words = _ET_AL.sub("", " ".join(author.split()).strip(" ,")).split()
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return False
    first, last = words[0].strip(".,").casefold(), words[-1].strip(".,").casefold()
    if all(part in _NOT_AUTHORS for part in re.split(r"[-\u2013\u2014/]", first)):
        return False  # a month or a preposition, also ``March–June 2020`` (but not ``Mid-Atlantic``)
    if last in _NOT_AUTHORS and last not in ("and", "&"):
        return False
    return sum(ch.isalpha() for ch in author) >= 2


def _drop_openers(author: str) -> str:
    """``As Smith`` → ``Smith``; ``In the WHO`` → ``WHO``: words capitalised by the sentence."""
    words = author.split()
    while len(words) > 1 and words[0].casefold() in _SENTENCE_OPENERS:
        words = words[1:]
    return "" if words[0].casefold() in _SENTENCE_OPENERS else " ".join(words)


def _citations(match: re.Match[str], author: str, raw: str, location: Location) -> list[Citation]:
    """One Citation per year (``Novák, 2019a, 2019b`` cites two works); pages go with the last."""
    pages = match.group("pages")
    years = [" ".join(y.split()) for y in match.group("year").split(",")]
    author = _ABBREVIATION.sub("", " ".join(author.split()).strip(" ,")) or author
    return [
        Citation(
            author=author,
            year=year,
            pages=pages.rstrip(".").replace(" ", "") if pages and k == len(years) - 1 else None,
            raw=" ".join(raw.split()),
            location=location,
        )
        for k, year in enumerate(years)
    ]


def abbreviations(citations: tuple[Citation, ...]) -> dict[str, str]:
    """Abbreviations the text defines in citations: ``(World Health Organization [WHO], 2018)``.

    >>> from checker.model import Location
    >>> c = Citation("World Health Organization", "2018", None, "(World Health Organization [WHO], 2018)", Location("d", 1))
    >>> abbreviations((c,))
    {'WHO': 'World Health Organization'}
    """
    found = {}
    for citation in citations:
        match = re.search(re.escape(citation.author) + r"\s*\[([A-Z][A-Za-z&]{1,12})\]", citation.raw)
        if match:
            found.setdefault(match.group(1), citation.author)
    return found


def matches_entry(author: str, year: str | None, entry: str) -> bool:
    """Does the folded ``entry`` name the author's first significant word and the year?

    A lettered year (``2019b``) must match exactly, so ``2019a`` and ``2019b`` stay apart.
    An author–page citation (no year) needs the author only.
    """
    words = [w for w in _WORD.findall(fold(author)) if w not in STOP_WORDS and len(w) > 1]
    if not words:
        return False
    return (year is None or _has_year(year, entry)) and words[0] in _WORD.findall(entry[:200])


def _has_year(year: str, entry: str) -> bool:
    if year[-1:].isalpha() and year[:1].isdigit():
        return bool(re.search(r"\b" + re.escape(year.casefold()) + r"\b", entry))
    return year[:4] in entry


def fold(text: str) -> str:
    """Case- and accent-folded text for matching (``Iždinský`` → ``izdinsky``)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))
