"""Layout → Layout: named sections (endnotes, reference and reading lists, timelines), headings, body.

Sections are found by their headings (``References``, ``Použitá literatura``,
``Recommended further reading``, ``Notes``, ``Timeline``…) and, for a reference list with no
heading at the end of a paper, by the shape of its entries. Whatever no pass has claimed
is body text, except short title-like lines between paragraphs, which are headings.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .bibliography import looks_like_reference, split_entries
from .layout import FURNITURE, NUMBER_LINE, Layout, Section, ends_sentence, is_full_width

_NUMBERING = r"^(?:(?:\d{1,2}|[IVX]{1,4})\.?\s+)?"


class _ListHeading:
    """A heading made only of words that name a reference or reading list, in any order.

    ``References``, ``Works Cited``, ``Použitá literatura``, ``Seznam použitých zdrojů``,
    ``Prameny a literatura``, ``Quellen- und Literaturverzeichnis``, ``Wykaz źródeł``,
    ``Recommended further reading``: at least one list word (``_CORE``), the rest
    qualifiers or connectives, six words at most; never ``Literature review``.
    """

    _CORE = frozenset(
        """references reference bibliography bibliographie bibliografie bibliografia bibliografía literature
        literatura literatury literatúra literatúry literatur literaturverzeichnis quellenverzeichnis quellen sources
        source zdroje zdrojů zdrojov prameny pramenů pramene pramenov works źródła źródeł opracowania références
        referencias referências fuentes fonti riferimenti irodalom hivatkozások források литература литературы библиография библиографический источники источников odkazy
        reading readings""".split()
    )
    _QUALIFIERS = frozenset(
        """selected select further recommended suggested used cited consulted primary secondary archival printed
        published unpublished additional general other použitá použité použitých použitej použitá citovaná citované
        archivní archívne tištěné seznam zoznam list wykaz verwendete zitierte felhasznált obras citadas список
        bibliographiques bibliográficas bibliografici""".split()
    )
    _CONNECTIVES = frozenset("and of a und i et y e & the".split())
    _PREFIX = re.compile(_NUMBERING)
    _WORDS = re.compile(r"[\s\-\u2013]+")
    _OPENERS = _CORE | _QUALIFIERS
    _KNOWN = _CORE | _QUALIFIERS | _CONNECTIVES

    def match(self, text: str) -> bool:
        stripped = self._PREFIX.sub("", text.strip(), count=1)
        # The first word decides for almost every line, with one split and one set lookup.
        if self._WORDS.split(stripped, 1)[0].rstrip(":").casefold() not in self._OPENERS:
            return False
        words = [w for w in self._WORDS.split(stripped.rstrip(" :").casefold()) if w]
        return len(words) <= 6 and all(w in self._KNOWN for w in words) and any(w in self._CORE for w in words)


LIST_HEADING = _ListHeading()
NOTES_HEADING = re.compile(
    _NUMBERING + r"(?:notes|endnotes|footnotes|poznámky|poznámky pod čarou|vysvětlivky|anmerkungen"
    r"|notes and references)\s*:?$",
    re.IGNORECASE,
)
TIMELINE_HEADING = re.compile(
    _NUMBERING + r"(?:time ?line|chronology|chronologie|časová osa|key dates|chronológia)\s*:?$", re.IGNORECASE
)
_STOP_HEADING = re.compile(
    _NUMBERING + r"(?:appendix|appendices|annex|příloha|přílohy|about the authors?|o autorovi|abstract"
    r"|summary|resum[eé]|résumé)\b.{0,40}$"
    # The back matter a journal prints after its references (``Acknowledgements``,
    # ``Author contributions``, ``Competing interests``): each a heading of its own.
    r"|" + _NUMBERING + r"(?:acknowledge?ments?|author contributions?|competing interests?|conflicts? of interests?"
    r"|declaration of (?:competing )?interests?|funding|data availability|code availability"
    r"|additional information|supplementary information|ethics (?:statement|declarations))\s*:?$"
    # The author's details and the dates of receipt after the list (``Сведения об авторе``,
    # ``Recebido em: 10 de junho de 2021``, ``Received: 2 May 2019``).
    r"|(?:сведения|информация) об автор(?:е|ах)\b.{0,40}$|об автор(?:е|ах)\s*:?$"
    r"|(?:recebido|aprovado|aceito|received|accepted|revised|submitted)(?: em| on)?\s*:.{0,40}$"
    r"|статья поступила в редакцию\b.{0,40}$",
    re.IGNORECASE,
)
# ``Appendix A. Salt landed at the German wharf, Bergen, 1440–1447 (lasts)``, ``Příloha 1.``,
# ``Príloha B:``: an appendix with its label may carry a long caption and still end a list.
_APPENDIX = re.compile(
    r"^(?:appendix|annex|annexe|anhang|příloha|príloha|aneks|załącznik|melléklet)"
    r"\s+(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.:]?(?:\s.{0,110})?$",
    re.IGNORECASE,
)
_APPENDIX_INITIALS = frozenset("AaPpZzMm")  # the first letters of the words above: a cheap pre-test
_YEAR_START = re.compile(r"^\s*(?:1[5-9]|20)\d\d\b(?!\s*[-\u2013]\s*\d)")
# A sentence's end (perhaps with a glued note marker): a heading never ends so.
_PERIOD_END = re.compile(r"[.,;…]['\"”’»)\]]*(?:\s?\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?$")
# A table's source line under its last row (``Fonte: … com base em INEP (2020).``): body text.
_SOURCE_LINE = re.compile(r"^\s*(?:sources?|fontes?|fuentes?|quelle|zdroj|źródło|источник|note|nota)\s*:", re.IGNORECASE)
_MIN_TRAILING_ENTRIES = 3
_MIN_TIMELINE_ENTRIES = 3
_TAIL_LIMIT = 600


def mark_endnote_sections(layout: Layout) -> Layout:
    """Everything under a ``Notes`` / ``Endnotes`` / ``Poznámky`` heading is notes, up to the next section."""
    updates: dict[int, str] = {}
    for h in _headings(layout, NOTES_HEADING):
        updates[h] = "heading"
        for j in range(h + 1, _section_end(layout, h)):
            if layout.roles[j] is None and layout.lines[j].strip():
                updates[j] = "note"
    return layout.assign(updates)


def mark_reference_lists(layout: Layout) -> Layout:
    """Lines under a reference-list or reading-list heading become ``list`` lines of a named Section."""
    updates: dict[int, str] = {}
    sections = list(layout.sections)
    for h in _headings(layout, LIST_HEADING):
        end = _section_end(layout, h)
        updates[h] = "heading"
        for j in range(h + 1, end):
            if layout.roles[j] is None and layout.lines[j].strip():
                updates[j] = "list"
        name = " ".join(layout.lines[h].split()).rstrip(":").strip()
        sections.append(Section(first=h, last=end - 1, name=name))
    return replace(layout.assign(updates), sections=tuple(sections))


def mark_trailing_list(layout: Layout) -> Layout:
    """A heading-less reference list at the end: at least three trailing entries shaped like references."""
    if layout.sections:
        return layout
    tail: list[int] = []
    for j in range(len(layout.lines) - 1, -1, -1):
        role = layout.roles[j]
        if role in FURNITURE or not layout.lines[j].strip():
            continue
        if role is not None or len(tail) >= _TAIL_LIMIT:
            break
        tail.append(j)
    tail.reverse()
    entries = split_entries([layout.lines[j] for j in tail])
    kept: list[list[int]] = []
    for entry in reversed(entries):
        text = " ".join(layout.lines[tail[k]].strip() for k in entry)
        if not looks_like_reference(text):
            break
        kept.append([tail[k] for k in entry])
    if len(kept) < _MIN_TRAILING_ENTRIES:
        return layout
    indices = sorted(i for entry in kept for i in entry)
    section = Section(first=indices[0], last=indices[-1], name="")
    return replace(layout.assign({i: "list" for i in indices}), sections=(section,))


def mark_timelines(layout: Layout) -> Layout:
    """A ``Timeline`` heading and its year-led entries, or any run of three or more year-led lines."""
    updates: dict[int, str] = {}
    for h in _headings(layout, TIMELINE_HEADING):
        updates[h] = "heading"
        for j in range(h + 1, len(layout.lines)):
            if layout.roles[j] is not None or not layout.lines[j].strip():
                if j > h + 1 and layout.roles[j] == "blank":
                    break
                continue
            updates[j] = "timeline"
    updates.update(_unheaded_timelines(layout, updates))
    return layout.assign(updates)


def _unheaded_timelines(layout: Layout, taken: dict[int, str]) -> dict[int, str]:
    found: dict[int, str] = {}
    run: list[int] = []
    years = 0
    for j, line in enumerate(layout.lines + ("",)):
        free = j < len(layout.lines) and layout.roles[j] is None and j not in taken and line.strip()
        if free and _YEAR_START.match(line):
            run.append(j)
            years += 1
            continue
        if (free and run and j - 1 == run[-1] and _YEAR_START.match(layout.lines[run[-1]])
                and not _SOURCE_LINE.match(line)):
            run.append(j)
            continue
        if years >= _MIN_TIMELINE_ENTRIES:
            found.update({i: "timeline" for i in run})
        run, years = [], 0
    return found


def mark_headings(layout: Layout) -> Layout:
    """Short title-like lines between paragraphs become ``heading`` (two-line titles included)."""
    roles = list(layout.roles)
    for i in range(len(roles)):
        if roles[i] is None and _is_heading(layout, roles, i):
            roles[i] = "heading"
            nxt = layout.text_after(i)
            if nxt is not None and _is_second_title_line(layout, nxt):
                roles[nxt] = "heading"
    return replace(layout, roles=tuple(roles))


def mark_body(layout: Layout) -> Layout:
    """Every line no pass has claimed is body text."""
    return layout.assign({i: "body" for i in layout.undecided()})


def _is_heading(layout: Layout, roles: list[str | None], i: int) -> bool:
    line = layout.lines[i].strip()
    if not 2 <= len(line) <= 90 or len(line.split()) > 14 or _PERIOD_END.search(line) or NUMBER_LINE.match(line):
        return False
    if line.endswith(("-", "\u00ad")):
        return False  # a word broken at the line end: the text runs on
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“„‘"):
        return False
    if is_full_width(line, layout.width) and not line.isupper():
        return False
    prev = layout.text_before(i)
    # Text running on into this line makes it a wrapped line, unless a blank line parts them.
    if prev == i - 1 and roles[prev] is None and not ends_sentence(layout.lines[prev]):
        return False
    nxt = layout.text_after(i)
    if nxt is None:
        return False
    first = layout.lines[nxt].strip()[0]
    return not first.islower() or _is_second_title_line(layout, nxt)


def _is_second_title_line(layout: Layout, j: int) -> bool:
    """The lower-case second line of a two-line title: short, unpunctuated, text after it."""
    line = layout.lines[j].strip()
    if layout.roles[j] is not None or not line or not line[0].islower() or _PERIOD_END.search(line):
        return False
    if is_full_width(line, layout.width) or len(line.split()) > 10:
        return False
    after = layout.text_after(j)
    return after is not None and not layout.lines[after].strip()[0].islower()


def _headings(layout: Layout, pattern: re.Pattern[str]) -> list[int]:
    roles = layout.roles
    return [i for i, text in _short_lines(layout.lines) if roles[i] is None and pattern.match(text)]


@lru_cache(maxsize=4)
def _short_lines(lines: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    """``(index, normalised text)`` of the lines short enough to be a section heading."""
    return tuple((i, " ".join(line.split())) for i, line in enumerate(lines) if len(line.strip()) <= 60)


def _section_end(layout: Layout, h: int) -> int:
    """Index just past the section under heading ``h``: the next section heading, an appendix or the end."""
    end = next((j for j in _appendix_lines(layout.lines) if j > h and layout.roles[j] is None), len(layout.lines))
    for j, text in _short_lines(layout.lines):
        if j >= end:
            break
        if j > h and layout.roles[j] is None and any(
            p.match(text) for p in (LIST_HEADING, NOTES_HEADING, TIMELINE_HEADING, _STOP_HEADING)
        ):
            return j
    return end


@lru_cache(maxsize=4)
def _appendix_lines(lines: tuple[str, ...]) -> tuple[int, ...]:
    """Indices of appendix headings (``Appendix A. …``), found once per document."""
    return tuple(
        i for i, line in enumerate(lines)
        if (line[:1] in _APPENDIX_INITIALS or line[1:2] in _APPENDIX_INITIALS)  # one-space page indent
        and len(line) <= 140 and _APPENDIX.match(line.strip())
    )
