"""Extraction → passages: sentences of body and note text that hold a date, and timeline entries.

PDF text breaks sentences across lines, pages and footnote zones, so lines of the roles
that carry claims (body, note, timeline) are joined into one stream per run of the same
role and cut into sentences; every passage remembers which line each character came
from, so a claim still points at the line of its date. Text that holds years but no
event (URLs, access dates, author-year citations, titles of cited works) is blanked in
``masked`` with spaces, keeping offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ...model import Extraction
from .dates import might_hold_date
from .months import is_month_name
from .taxonomy import classify

CLAIM_ROLES = frozenset({"body", "note", "timeline"})
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# A timeline entry starts with its year, or with an ISO day ("1926-03-15  transmitter opened").
_TIMELINE_LINE = re.compile(
    rf"^\s*(?P<y>{_YEAR})(?:-[01]\d-[0-3]\d(?=\s))?(?![\d'’]|s\b|\s*[-–—]\s*\d|-\d)\s*(?:[-–—:.]\s*)?\S")
_ABBREVIATIONS = frozenset(
    "p pp mr mrs ms dr st vol vols no ed eds cf e.g i.e jr sr inc co vs c ca gen col lt prof rev fig al op cit ibid".split()
)
_BOUNDARY = re.compile(r"(?:[.!?][\"”’)\]]*(?:\d{1,3}(?=\s))?|(?<=\d)\))\s+(?=[\"“(]?[A-Z])")
_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
_HEADING_END = re.compile(r"[.,;:!?\"”’)\-–]\s*$")

# --- masks: spans with years that are not event dates -----------------------------------
_MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_MASKS = (
    re.compile(r"(?:https?://|www\.)[^\s<>\"”]+|<[^<>\s]{4,}>?", re.I),
    re.compile(r"\[\s*(?:cit|accessed|viewed|retrieved|quoted)\.?[^\]]*\]?", re.I),
    re.compile(r"\b(?:accessed|retrieved|viewed|cit\.)\s*(?:on\s+)?[^.;\]]{0,30}", re.I),
    re.compile(rf"\b{_YEAR}-\d\d-\d\d\s*\]"),
    # Place: Publisher, 2009 (Chicago notes, ISO 690 entries)
    re.compile(rf"\b[A-Z][\w.&' -]{{1,40}}:\s*[^.:;()\n]{{1,90}},\s*(?:\d{{1,2}}\s+[A-Z][a-z]+\s+)?{_YEAR}[a-z]?"),
    # Name (2003), Name and Name (2003), "Title"(1997): the year of a cited work (only the
    # parenthesis is blanked, so the name still counts as a mention)
    re.compile(rf"(?:\b(?!{_MONTHS}\b)[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)?|[\"”’])"
               rf"(?P<cut>\s*\({_YEAR}[a-z]?(?:[,:]\s*(?:pp?\.\s*)?[\d–-]+)?\))"),
    # Journal 12 (1999): 4-9
    re.compile(rf"\({_YEAR}\)\s*[:,]?\s*\d"),
    # A numbered paper and its year: "(Cmd. 5318, 1937)", "(HC 112, 1910)" — not "(Sept. 12, 1949)".
    re.compile(rf"\(\s*(?!{_MONTH_ABBR})(?:[A-Z][a-z]{{0,4}}\.|[A-Z]{{1,4}})\s*(?:[Nn]o\.\s*)?\d{{1,5}}[A-Za-z]?\s*,\s*"
               rf"{_YEAR}[a-z]?\s*\)"),
)
_MASK_NEEDS = (("://", "www.", "<"), ("[",), ("accessed", "retrieved", "viewed", "cit."), ("]",), (":",), ("(",), ("(",),
               ("(",))
"""What each of ``_MASKS`` cannot match without: one of these strings in the lower-cased text."""
# A month or season, not a name that starts like one ("Marsh", "Mayer", "Junge").
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter|Early|Late|Mid)"
# What follows a cited work's year: a volume, page, folio, plate or number ("II: 88", "f. 31", "pl. 12",
# "vol. II, p. 88", "no. 1779", "212-19").
_LOCATOR_PART = (r"(?:(?:pp?|ff?|fols?|pls?|vols?|nos?|nr|cols?|s|ch|sect?|art|bd|fasc|box|item)\.?\s*)?"
                 r"(?:[IVXLC]+\b|\d[\d–\-]*[a-z]?\b)")
_PAREN = re.compile(r"\([^()]{1,300}\)")
_CITATION_PART = re.compile(
    rf"^\s*(?:(?:see|cf\.)\s+)?(?:[A-Z][^;]*?[^\W\d_.]\.{{0,3}}\s*,|"
    rf"(?:(?!(?:{_MONTHS}|{_MONTH_WORD}|Sept)\.?\s)[A-Z][\w'’.-]+\s+(?:(?:and|&)\s+)?){{1,4}}(?:et al\.?\s*)?)\s*"
    rf"(?:\d{{1,2}}\s+[A-Z][a-z]+\s+)?{_YEAR}[a-z]?(?:\s*[,:]\s*{_LOCATOR_PART}(?:\s*[,:]?\s*{_LOCATOR_PART})*)?\s*$"
)
_POINTS_BACK = re.compile(r"^\W*(?:\d{1,3}\.?\s+)?(?:He|She|It|They|His|Her|Its|Their)\b")
_QUOTED = re.compile(r"[“\"]([^”\"]{3,250})[”\"]")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence or timeline entry: its text, the same text with non-claims blanked, lines.

    ``starts[i]`` is the offset in ``text`` where source line ``lines[i]`` begins.
    ``year`` is a timeline entry's year; ``previous`` the sentence before it in the
    same run (to resolve "he" or "this process"), and the ones before that while each
    starts by pointing back; ``opening`` the first sentence of its paragraph, when that is
    another one (a gazetteer's "Tembara Boundary Accord." before "Signed at … in 1893").
    """

    text: str
    masked: str
    starts: tuple[int, ...]
    lines: tuple[int, ...]
    kind: str = "sentence"
    year: int | None = None
    previous: str = ""
    opening: str = ""

    def line_at(self, offset: int) -> int:
        """Return the source line holding character ``offset`` of ``text``."""
        return self.lines[max(0, bisect_right(self.starts, offset) - 1)]


def find_passages(extraction: Extraction) -> tuple[Passage, ...]:
    """Cut the claim-bearing lines of ``extraction`` into sentences and timeline entries."""
    lines = extraction.document.lines
    roles = _roles(extraction)
    timeline = _timeline_lines(lines, roles)
    table = _table_rows(lines)
    passages: list[Passage] = [row for row in table.values() if row.text]
    run: list[int] = []
    for index, line in enumerate(lines):
        number = index + 1
        if number in timeline or number in table:
            passages.extend(_sentences(lines, run))
            run = []
            continue
        role = roles[index]
        if not line.strip() or role == "blank":
            continue
        if role not in CLAIM_ROLES or _heading_like(lines, index):
            passages.extend(_sentences(lines, run))
            run = [number] if role in CLAIM_ROLES else []
            if run:
                passages.extend(_sentences(lines, run))
                run = []
            continue
        if run and roles[run[-1] - 1] != role:
            passages.extend(_sentences(lines, run))
            run = []
        run.append(number)
    passages.extend(_sentences(lines, run))
    passages.extend(_timeline_entries(lines, timeline))
    return tuple(sorted(passages, key=lambda p: p.lines[0]))


def _roles(extraction: Extraction) -> tuple[str, ...]:
    lines = extraction.document.lines
    roles = extraction.line_roles
    if len(roles) != len(lines):
        return tuple("body" for _ in lines)
    # "… came into force on" / "1 January 1875. It …": a date wrapped onto the next line
    # looks like a footnote numbered 1; after a body line that stops mid-sentence it is body.
    fixed = list(roles)
    for i in range(1, len(lines)):
        if fixed[i] == "note" and fixed[i - 1] == "body" and lines[i].strip() and (
                _WRAPPED_DATE.match(lines[i]) and not _SENTENCE_END.search(lines[i - 1])
                or fixed[i - 1] != roles[i - 1] and not _NOTE_START.match(lines[i])):
            fixed[i] = "body"  # the wrapped line, then the lines of the same paragraph after it
    return tuple(fixed)


_NOTE_START = re.compile(r"^\s*\d{1,3}\.?\s")


_WRAPPED_DATE = re.compile(rf"^\s*\d{{1,2}}\s+{_MONTHS}\b")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")


def _heading_like(lines: tuple[str, ...], index: int) -> bool:
    """A short unpunctuated line between sentences: a heading the extractor did not mark."""
    text = lines[index].strip()
    if len(text) > 200 or not text or text.rsplit(None, 1)[-1][:1].islower():
        return False  # the common cases, decided before any regular expression runs
    if len(text) > 70:
        # A title with a subtitle ("Ship-Owners, Surgeons and Parasites: …, 1895-1914") may be
        # long, but it stands alone between blank lines, its words capitalised.
        alone = (index == 0 or not lines[index - 1].strip()) and (index + 1 == len(lines) or not lines[index + 1].strip())
        if not alone or not _title_case(text):
            return False
    text = _SECTION_NUMBER.sub("", text)
    if _HEADING_END.search(text) or not text[:1].isupper() or re.search(r"\b[a-z][\w'’-]*$", text):
        return False  # a heading ends on a name, not mid-sentence on "on" or "the"
    prev = next((lines[i].strip() for i in range(index - 1, -1, -1) if lines[i].strip()), ".")
    nxt = next((lines[i].strip() for i in range(index + 1, len(lines)) if lines[i].strip()), "")
    prev_ends = re.search(r"[.!?\"”:]\d{0,3}\s*$", prev) or (len(prev) < 70 and not _HEADING_END.search(prev))
    return bool(prev_ends) and nxt[:1].isupper()


def _timeline_lines(lines: tuple[str, ...], roles: tuple[str, ...]) -> dict[int, int]:
    """Map line number → entry start line for every line inside a timeline.

    A timeline is three or more lines that start with a year, in non-decreasing order,
    at most two continuation lines apart (or lines the extractor marked ``timeline``).
    """
    starts = [i for i, line in enumerate(lines) if _TIMELINE_LINE.match(line) and roles[i] in CLAIM_ROLES]
    runs: list[list[int]] = []
    for i in starts:
        year = int(_TIMELINE_LINE.match(lines[i]).group("y"))
        if runs and i - runs[-1][-1] <= 3 and year >= int(_TIMELINE_LINE.match(lines[runs[-1][-1]]).group("y")):
            runs[-1].append(i)
        else:
            runs.append([i])
    heads = [i for run in runs if len(run) >= 3 for i in run]
    heads += [i for i in starts if roles[i] == "timeline" and i not in heads]
    owner: dict[int, int] = {}
    for head in sorted(heads):
        owner[head + 1] = head + 1
        for j in range(head + 1, min(head + 3, len(lines))):
            if not lines[j].strip() or j in heads or _TIMELINE_LINE.match(lines[j]) or roles[j] not in CLAIM_ROLES:
                break
            owner[j + 1] = head + 1
    return owner


_CELLS = re.compile(r"\s{2,}|\t+")
_YEAR_CELL = re.compile(rf"{_YEAR}")


def _table_rows(lines: tuple[str, ...]) -> dict[int, Passage]:
    """Rows of a table whose column is headed by an event word ("Opened", "Founded"): each
    row's year in that column dates what its first cell names ("Kelso Street Baths opened 1906").

    A table is a header of three or more cells set apart by runs of spaces, then rows with
    as many cells; a row's other numbers (costs, counts) are no claims.
    """
    rows: dict[int, Passage] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.count("  ") < 2 and "\t" not in line:  # a table's header has three cells or more
            index += 1
            continue
        header = _CELLS.split(line.strip())
        events = {k: classify(cell.split()[-1]) for k, cell in enumerate(header) if k and cell[:1].isalpha()}
        events = {k: name for k, name in events.items() if name}
        if len(header) < 3 or not events or not all(cell[:1].isalpha() for cell in header):
            index += 1
            continue
        j = index + 1
        while j < len(lines) and len(cells := _CELLS.split(lines[j].strip())) == len(header) and cells[0][:1].isalpha():
            for k in events:
                if _YEAR_CELL.fullmatch(cells[k]):
                    text = f"{cells[0]} {header[k].lower()} {cells[k]}"
                    rows.setdefault(j + 1, Passage(text, text, (0,), (j + 1,), "timeline"))
            rows.setdefault(j + 1, Passage("", "", (0,), (j + 1,), "table"))  # the row is no sentence
            j += 1
        index = j
    return rows


def _timeline_entries(lines: tuple[str, ...], owner: dict[int, int]) -> list[Passage]:
    entries: dict[int, list[int]] = {}
    for number, head in owner.items():
        entries.setdefault(head, []).append(number)
    out = []
    for head, numbers in sorted(entries.items()):
        text, starts = _join(lines, sorted(numbers))
        year = int(_TIMELINE_LINE.match(lines[head - 1]).group("y"))
        out.append(Passage(text, _masked(text), starts, tuple(sorted(numbers)), "timeline", year))
    return out


def _join(lines: tuple[str, ...], numbers: list[int]) -> tuple[str, tuple[int, ...]]:
    """Join lines into one string, repairing end-of-line hyphenation; return it and line starts."""
    text = ""
    starts: list[int] = []
    for number in numbers:
        piece = lines[number - 1].strip()
        if text.endswith("-") and re.search(r"[a-z]-$", text) and piece[:1].islower():
            text = text[:-1]
        elif text and not text.endswith(("-", "–")):
            text += " "
        starts.append(len(text))
        text += piece
    return text, tuple(starts)


def _sentences(lines: tuple[str, ...], numbers: list[int]) -> list[Passage]:
    if not numbers:
        return []
    text, starts = _join(lines, numbers)
    if not might_hold_date(text):
        return []  # no sentence of the run can be a claim
    cuts = [0] + [m.end() for m in _BOUNDARY.finditer(text) if not _abbreviation(text, m.start())] + [len(text)]
    out: list[Passage] = []
    previous = opening = ""
    # A run goes on across blank lines; a line after a gap starts a paragraph.
    paragraphs = [starts[k] for k in range(len(numbers)) if k == 0 or numbers[k] != numbers[k - 1] + 1]
    paragraph = -1
    for lo, hi in zip(cuts, cuts[1:]):
        piece = text[lo:hi].rstrip()
        if not piece.strip():
            continue
        if bisect_right(paragraphs, lo) - 1 != paragraph:
            paragraph, opening = bisect_right(paragraphs, lo) - 1, piece
        if might_hold_date(piece):  # a sentence without a date is only the next one's context
            # The lines the sentence spans: the one holding ``lo`` up to the last starting before ``hi``.
            keep = range(max(0, bisect_right(starts, lo) - 1), bisect_left(starts, hi))
            sub_starts = tuple(max(0, starts[k] - lo) for k in keep)
            out.append(Passage(piece, _masked(piece), sub_starts, tuple(numbers[k] for k in keep), previous=previous,
                               opening="" if opening is piece else opening))
        # "Elena Marsh was born … She became … She died …": a sentence that points back
        # keeps what it points to, so the next one can find it too.
        previous = f"{previous} {piece}" if _POINTS_BACK.match(piece) and len(previous) < 600 else piece
    return out


_LAST_TOKEN = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")


def _abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    word = _LAST_TOKEN.search(text, max(0, dot - 40), dot)
    if not word:
        return False
    token = word.group(1)
    if _INITIALS.fullmatch(token):
        return True
    if token.isdigit() and len(token) <= 2:
        # "am 12. März 1921", "5. května 1945": a day written with a full stop, as in German or Czech.
        after = re.match(r"\s+([^\W\d_]+)", text[dot + 1:dot + 30])
        return bool(after) and is_month_name(after.group(1))
    return token.lower().rstrip(".") in _ABBREVIATIONS


def _masked(text: str) -> str:
    # Most sentences hold no year at all: nothing in them can be a date, nothing to blank.
    return mask(text) if _HAS_YEAR.search(text) else text


_HAS_YEAR = re.compile(_YEAR)


def mask(text: str) -> str:
    """Blank (with spaces) every span of ``text`` whose years are not event dates.

    >>> mask("as he said (Kozyrev, 1993, p. 5) in 1993").split()
    ['as', 'he', 'said', 'in', '1993']
    >>> "2014" in mask("[cit. 2014-07-22]. Dostupné z: <http://x.org/2014/a>")
    False
    """
    chars = list(text)

    def blank(start: int, end: int) -> None:
        chars[start:end] = " " * (end - start)

    lower = text.lower()
    for pattern, needs in zip(_MASKS, _MASK_NEEDS):
        if not any(n in lower for n in needs):
            continue  # a cheap test first: most sentences hold no bracket, colon or URL
        for m in pattern.finditer(text):
            cut = "cut" if "cut" in pattern.groupindex else 0
            blank(m.start(cut), m.end(cut))
    for m in _PAREN.finditer(text) if "(" in text else ():
        inner = m.group(0)[1:-1]
        if _HAS_YEAR.search(inner) and all(_CITATION_PART.match(part) for part in inner.split(";")):
            blank(m.start(), m.end())
    for m in _QUOTED.finditer(text) if '"' in text or "“" in text else ():
        if _HAS_YEAR.search(m.group(1)) and _title_like(m.group(1)):
            blank(m.start(), m.end())
    return "".join(chars)


def _title_case(line: str) -> bool:
    """A title's words are capitalised (nearly all: a line of prose names a few things in
    capitals too), and it holds no sentence end nor a note number."""
    if ". " in line or _NOTE_START.match(line):
        return False
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]  # split: this runs on most lines
    capitals = sum(w[0].isupper() for w in words)
    return bool(words) and capitals >= 0.85 * len(words)


def _title_like(quoted: str) -> bool:
    """A quoted span in title case is the title of a cited work, not a quotation.

    One that starts in lower case continues the sentence ("am 12. März 1921 im Musiksaal"),
    so it is quoted speech or record, even in a language that capitalises nouns.
    """
    words = [w for w in _WORD.findall(quoted) if len(w) > 3]
    if not words or quoted.lstrip()[:1].islower():
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6
