"""The text after the title → container with its editors, place and publisher.

``In: Centre for … [online]`` (ISO 690), ``In The Best Short Stories …, ed. M. Renov``
(Chicago), ``In J. Smith (Ed.), Handbook (pp. 3-9)`` (APA), ``in M. Carlisle (edd.),
Nine Essays`` (humanities); ``New York: Holt, 1995`` (place: publisher),
``Issy-les-Moulineaux : ELSEVIER MASSON, 2007`` (ISO 690), ``New York 1966`` (place and
year, no publisher). Chunks that are not bibliographic data (edition, translator,
``702 p.``, series) are read and dropped so they are not mistaken for a container.
"""

from __future__ import annotations

import re

from ..dates import IN_TITLE_PERIOD, MONTHS, YEAR
from ..fields import BLANK, Draft, clean, contains_any, trimmed
from ..names import parse_name_list, scan_names
from .notes import CONTAINER_WORDS
from .thesis import take_thesis

_IN = re.compile(r"[\s.,\x1f]*(?:In|in|Dans|dans|In\s?:|in\s?:|W\s?:)\s*:?\s+(?=\S)")
"""``In:``, ``in``, French ``dans``, Polish ``W:``."""
_NOT_AFTER = "".join(
    rf"(?<!\b{w})" for w in "Proc Int Intl Conf Trans Symp Soc Natl Nat Acad Assoc Ann Annu Rev Res Sci Eng "
    "Comput Syst Inf Lett Phys Chem Biol Med Am Eur Appl Math Stud Hist Polit Econ Univ Dept Ed Eds".split()
) + r"(?<!\b[A-Z]\.[A-Z])"
"""A full stop after these abbreviations (``Proc. IEEE Int. Conf.``) or a dotted one (``In 8th U.S.
National Conference``) does not end a chunk; nor does a
comma, unless what follows is an editor, the pages, a number, a date, ``City, ST``, ``Place,
Publisher, Year`` or humanities' ``Place Year`` (``in D. Greetham (ed.), Scholarly Editing, New York 1995``)."""
_CHUNK_END = re.compile(  # the first look-ahead (how the alternatives start) skips letters in one test
    rf"(?=[.?!,\s(\x1f\[]|$)(?:{_NOT_AFTER}[.?!]\s+(?=[A-Z]|{YEAR},)|,\s+(?=(?:ed\.|eds\.|edited|pod\s+red|hrsg|hg\.|herausgegeben|éd\.|sous\s+la|a\s+cura|pp?\.|pages?\s*\d|vol\.|(?:n|no|nr|n°|nº)\.?\s?\d|(?!{IN_TITLE_PERIOD})\d|{MONTHS}\.?\s+\d|"
    rf"[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s[A-Z]{{2}}\b|"
    rf"(?:[A-Z][\w'’.]+(?:\s?[-–/]\s?|\s(?:und|and|e|et)\s|\s)){{1,4}}{YEAR}[a-z]?(?=\s*(?:[.,;(]|$))|"
    rf"[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){{0,2}},\s[A-Z][^,\x1f]{{1,50}}?,\s*{YEAR}\b))|\s+(?=\d{{1,4}}[A-Z]?\s*\({YEAR}\))|\s*\((?![A-Z][A-Z\d /-]+\))|\x1f|\s*\[|$)"
)
_ABBREV_DOT = "|".join(rf"(?<={w})\." for w in (r"\b[A-Z]", "Univ", "Inc", "Co", "Ltd", "Bros", "Corp", "Pub", "Publ"))
_PUB_TO_YEAR = rf"(?:[^:;\x1f(\[.]|{_ABBREV_DOT}){{2,70}}?(?=[\s,.;]*(?:\x1f|$))"
"""A publisher running up to the (already read) year or the end: ``Farrar, Straus & Giroux, 1986``."""
_LOWER_PUBLISHER = r"[a-zà-ž][^:;.\x1f\d]{2,40}?,?\s*\x1f"
"""``Žamberk: vlastním nákladem, 1921``: a publisher in small letters, straight before the (read) year."""
_CAPS = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
"""Capital letters of the Latin alphabets (``Šumperk``, ``Łódź``, ``ČSÚ``), for places and publishers."""
_PLACE_PUB = re.compile(
    rf"(?P<loc>[{_CAPS}][\w'’.-]*(?:[ -](?:[{_CAPS}][\w'’.-]*|de|del|am|an|der|upon|on|sur|nad|pod|na|u|im|bei))*"
    r"(?:,\s?[A-Z][\w.]{1,14}\.?){0,2})\s?:\s?"
    rf"(?P<pub>{_PUB_TO_YEAR}|(?:[A-Z]\.\s?)*[^:;\x1f.,(]+(?:[.,]\s*(?:Inc|Ltd|Co|LLC|S\.A|Publishers|Pub)\.?)*)"
)
# A sentence end inside a "place" (``S. H. Steinberg. London``): the match began too early,
# in a translator's or editor's name; initials and ``St.`` are short and pass.
_SENTENCE_IN_PLACE = re.compile(r"\w{4,}\.\s")
_LOC_START = re.compile(rf"(?:^|[.?!]\s+|[,(\x1f]\s*|\s(?=[{_CAPS}][^\s]*\s?:))(?=[{_CAPS}])")
_TOWN = r"[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+|-(?:on|upon|sur|am|an|en|le|la|de|di)-[A-Z][a-zà-ÿ]+)?"
_PLACE_YEAR = re.compile(
    rf"(?<![\w.])(?P<loc>{_TOWN}(?:(?:\s?[-–/]\s?|\s(?:and|und|e|et|&)\s){_TOWN})*)[\s\x1f]+(?=\x1f)"
)
"""``Milano 1999``, ``New York - London - Paris 1994``, ``München und Leipzig 2000``,
``Annandale-on-Hudson 1992`` (the year already read)."""
_PUBLISHER_WORDS = re.compile(
    r"\b(?:Press|Publish\w*|Publications?|Verlag|Books|Editions?|Éditions|Editore|Edizioni|Routledge|Wiley|Springer|"
    r"Elsevier|Macmillan|Penguin|Blackwell|Sage|Harper\w*|Random House|Norton|Brill|Gallimard|Mouton|"
    r"McGraw-Hill|Prentice[- ]Hall|Addison[- ]Wesley|Pearson|Palgrave|Kluwer|Pergamon|"
    r"Academic|University|Universit\w+|Inc|Ltd|Company|Co\.|UP)\b"
)
PUBLISHER_WORDS = _PUBLISHER_WORDS
"""Words that mark a chunk as a publisher's name (``Press``, ``Verlag``, ``Routledge``)."""
_DROP = re.compile(  # the look-ahead: how the alternatives start, tested once per character
    r"(?=[\dTt(])(?:\b\d+(?:st|nd|rd|th|a|ª|o|º|e|er|re|ème)?\.?\s+(?:ed|edn|edition|edizione|Aufl|éd)\b\.?|(?:(?<=[.,]\s)|^)[Tt]rans(?:lated)?\.?(?:\s+by)?\s+[^.]+\.|"
    r"\b\d+\s+(?:p|pp|S|s)\.(?=\s|$)|\(\s*(?:Mimeo|[A-Z][\w\s]+\s\d+)\.?\s*\))"
)


def take_container(draft: Draft) -> None:
    """``In …`` → the book or website the work is part of, with its editors."""
    title = draft.found.get("title")
    if title is None:
        return
    match = _IN.match(draft.work, title.span.end)
    if match is None:
        return
    draft.cues.add("in")
    pos = match.end()
    eds = scan_names(draft.work, pos)
    if eds is not None and eds.role == "editor":
        draft.put("editor", eds.names, eds.span.start, eds.span.end)
        pos = eds.span.end
        while pos < len(draft.work) and draft.work[pos] in " ,:":
            pos += 1
    end = _CHUNK_END.search(draft.work, pos)
    stop = end.start() if end else len(draft.work)
    start, stop = trimmed(draft, pos, stop)
    draft.blank(match.start(), match.end())
    if stop > start:
        draft.put("container_title", clean(draft.raw[start:stop]), start, stop)


_EDITED_BY = re.compile(  # the look-ahead: how the alternatives start, tested once per character
    r"(?=[EeHhaéspT])(?:[Ee]dited\s+by|[Ee]ds?\.|[Hh]rsg\.\s*v(?:on|\.)|[Hh]g\.\s*v(?:on|\.)|[Hh]erausgegeben\s+von|a\s+cura\s+di|"
    r"éd\.\s*par|sous\s+la\s+dir(?:ection|\.)\s+de|pod\s+red(?:akcją|\.)|[Tt]ranslated\s+and\s+edited\s+by)\s+(?=[A-Z])"
)


def take_editors(draft: Draft) -> None:
    """``ed. Michael Renov``, ``Edited by Jacques Prepet and Georges Blin``, ``Eds. D. H. Reiman``
    wherever they follow the title (before or after the container)."""
    title = draft.found.get("title")
    if "editor" in draft.found or title is None:
        return
    for marker in _EDITED_BY.finditer(draft.work, title.span.end):
        if marker.start() > 0 and draft.work[marker.start() - 1] not in " ,.;(\x1f":
            continue
        if re.search(r"\d\.?(?:st|nd|rd|th|e)?\s*$", draft.work[:marker.start()]):
            continue  # ``3rd ed. New York``: an edition, not an editor
        found = scan_names(draft.work, marker.end())
        if found is not None and not all(n.literal for n in found.names):
            names, end = _without_publishers(draft.raw, found)
            draft.put("editor", names, found.span.start, end)
            draft.blank(marker.start(), marker.end())
            return
    _bracketed_editors(draft, title.span.end)


_EDITORS_AFTER = re.compile(r"\((?P<names>[^()]{3,200}?),?\s+(?:eds?|Eds?|edd|Hrsg|Hg)\.\s*\)")
"""``In Festschrift for A. Cam (D. Pollard and G. L. Yang, eds.) 55-87``: editors in brackets after the book."""


def _bracketed_editors(draft: Draft, start: int) -> None:
    """Editors named in brackets after the book, with a postposed ``eds.``."""
    if "eds." not in draft.work and "ed.)" not in draft.work and "Hrsg.)" not in draft.work and "Hg.)" not in draft.work:
        return
    match = _EDITORS_AFTER.search(draft.work, start)
    found = scan_names(draft.work, match.start("names")) if match else None
    if found is not None and found.span.end >= match.end("names") - 1 and not all(n.literal for n in found.names):
        draft.put("editor", found.names, found.span.start, found.span.end)
        draft.blank(match.start(), match.end())


def _without_publishers(raw: str, found) -> tuple[tuple, int]:
    """``edited by Karl Weiss, Oxford UP``: the list ran on into the publisher; cut it there."""
    names, end = found.names, found.span.end
    while len(names) > 1 and _PUBLISHER_WORDS.search(names[-1].display()):
        last = names[-1]
        words = [w.split()[0] for w in (last.literal, last.family, last.given) if w]
        cut = min((at for w in words if (at := raw.rfind(w, found.span.start, end)) >= 0), default=-1)
        if cut < 0:
            break
        names, end = names[:-1], len(raw[:cut].rstrip(" ,;&"))
    return names, end


def take_publisher(draft: Draft) -> None:
    """``Place: Publisher``; else a chunk with a publisher's word; else ``Place Year``."""
    title = draft.found.get("title")
    start = title.span.end if title else 0
    for drop in _DROP.finditer(draft.work, start):
        draft.blank(drop.start(), drop.end())
    take_thesis(draft, start)
    if "publisher" not in draft.found:
        match = _place_publisher(draft.work, start)
        if match is not None:
            _put_place_publisher(draft, match)
            return
    if "publisher" not in draft.found and "location" not in draft.found:
        _publisher_by_word(draft, start)


_EDITION_NOTE = re.compile(r"\(\s*(?:\d+\S{0,3}\s+)?(?:ed|éd|trad|transl|rist|repr|[Rr]pt|Nachdr)\.\s[^()]{2,200}\)")
"""``(ed. or. Paris 1983)``, ``(2a ed. con schede di aggiornamenti)``, ``(trad. it. …)``: a note on
another edition, whose place and year are not this one's."""


_EDITION_WORDS = ("ed.", "éd.", "trad.", "transl.", "rist.", "repr.", "pt.", "Nachdr.")
"""The labels one of which ``_EDITION_NOTE`` needs (Italian ``rist.``, English ``Rpt.``: a reprint)."""


def take_edition_note(draft: Draft) -> None:
    """Blank bracketed notes on other editions and translations before dates and places are read."""
    if contains_any(draft.work, _EDITION_WORDS):
        spans = [m.span() for m in _EDITION_NOTE.finditer(draft.work)]
        draft.blank_all(spans)


def take_place_before_year(draft: Draft) -> None:
    """Humanities books give only ``Place Year`` (``New York 1966``, ``Milano 1997``)."""
    year = draft.found.get("year")
    taken = {"location", "publisher", "volume"} | (set() if "in" in draft.cues else {"container_title"})
    if year is None or taken & draft.found.keys():
        return  # after ``in Book,`` the place is the book's; after a journal, a town would be part of its name
    match = _PLACE_YEAR.search(draft.work, max(0, year.span.start - 40), year.span.start + 1)
    if match and match.end() >= year.span.start - 1 and not CONTAINER_WORDS.search(match.group("loc")):
        draft.put("location", match.group("loc"), match.start("loc"), match.end("loc"))


_COLON = re.compile(rf"\s?:\s?(?=[{_CAPS}]|\d{{4}}|{_LOWER_PUBLISHER})")
_DIGIT = re.compile(r"\d")


def _place_publisher(work: str, start: int) -> re.Match | None:
    """``Place: Publisher`` where Place begins a sentence or clause (``… Meyer. Stuttgart: Reclam``)."""
    if ":" not in work[start:]:
        return None
    for colon in _COLON.finditer(work[start:]):
        at = start + colon.start()
        for begin in _LOC_START.finditer(work, max(start, at - 45), at):
            match = _PLACE_PUB.match(work, begin.end())
            if match and match.end("loc") == at and len(match.group("loc").split()) <= 4 \
                    and not _DIGIT.search(match.group("loc")) and len(match.group("pub").strip()) > 1 \
                    and not _SENTENCE_IN_PLACE.search(match.group("loc")):
                return match
    return None


def _put_place_publisher(draft: Draft, match: re.Match) -> None:
    s, e = trimmed(draft, match.start("loc"), match.end("loc"))
    ps, pe = trimmed(draft, match.start("pub"), match.end("pub"))
    publisher = clean(draft.raw[ps:pe])
    if CONTAINER_WORDS.search(publisher) and not _PUBLISHER_WORDS.search(publisher) and "container_title" not in draft.found:
        draft.put("location", clean(draft.raw[s:e]), s, e)
        draft.put("container_title", publisher, ps, pe)
        return
    draft.put("location", clean(draft.raw[s:e]), s, e)
    draft.put("publisher", publisher, ps, pe)


_ACRONYM_PUBLISHER = re.compile(
    r"\b(?:IEEE|ACM|SIAM|AAAI|USENIX|CSLI|SPIE|AIP|IOP|ASME|ASCE)(?:\s(?:Press|Computer Society|Publications))?\b"
)
"""A learned society publishing under its acronym, as a chunk of its own (``…, pages 955–962. IEEE, 2013``;
``IEEE Transactions on …`` is a journal, not this)."""
_PIECE = re.compile(r"[^.,;\x1f()]+(?:,\s*(?:Inc|Ltd)\.?)?")
_CAPITAL_FIRST = re.compile(r"\s*[A-Z]")


def _publisher_by_word(draft: Draft, start: int) -> None:
    rest = draft.work[start:]
    if _PUBLISHER_WORDS.search(rest) is None and _ACRONYM_PUBLISHER.search(rest) is None:
        return  # one search for the word a chunk needs, not one per chunk
    for piece in _PIECE.finditer(rest):
        text = piece.group(0)
        named = _PUBLISHER_WORDS.search(text) or _ACRONYM_PUBLISHER.fullmatch(text.strip())
        if named and not CONTAINER_WORDS.search(text) and _CAPITAL_FIRST.match(text) and "Series" not in text:
            s, e = trimmed(draft, start + piece.start(), start + piece.end())
            draft.put("publisher", clean(draft.raw[s:e]), s, e)
            return


def leftover(draft: Draft) -> str:
    """The text nothing has read yet (for choosing a container or type)."""
    return clean(re.sub(f"{BLANK}+", " ", draft.work))
