"""Paths → Documents: find text files, detect their encoding, split lines.  [reads files]

Lines are split on ``\\n`` only (after CRLF/CR are normalised), so line numbers match
what an editor's text editor shows; a form feed stays inside its line for the page
stage to see. Ligature glyphs are spelled out and soft hyphens inside a line dropped
(:func:`clean_typography`), which changes no line's number.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import InputError
from .model import Document

TEXT_SUFFIXES = (".txt", ".text", ".md")
MAX_BYTES = 32 * 1024 * 1024
# Legacy encodings tried when a file is not UTF-8, in order of preference for the
# Central European texts citecheck meets (a tie goes to the earlier one); cp1250 first
# because it covers Czech and Slovak letters that latin-1 turns into symbols, cp1251 for
# the Russian sources such papers cite.
_LEGACY = ("cp1250", "iso8859_2", "cp1252", "latin_1", "cp1251")


def load(paths: list[str] | tuple[str, ...]) -> tuple[Document, ...]:
    """Load every text file named by ``paths`` (files or folders), in a stable order."""
    files: list[Path] = []
    for raw in paths:
        files.extend(_expand(Path(raw)))
    documents: list[Document] = []
    seen: dict[str, int] = {}
    for path in files:
        doc = load_file(path)
        count = seen.get(doc.id, 0)
        seen[doc.id] = count + 1
        if count:
            doc = Document(f"{doc.id}~{count + 1}", doc.path, doc.lines, doc.encoding, doc.sha256)
        documents.append(doc)
    return tuple(documents)


def _expand(path: Path) -> list[Path]:
    if not path.exists():
        if path.is_symlink():
            raise InputError(f"{path}: symbolic link to nothing (its target is missing or it loops)")
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        if not os.access(path, os.R_OK | os.X_OK):
            raise InputError(f"{path}: cannot read folder (permission denied)")
        found = sorted(
            p for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not _hidden(p, path)
        )
        if not found:
            raise InputError(f"{path}: folder holds no text files ({', '.join(TEXT_SUFFIXES)})")
        return found
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    return [path]


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def load_file(path: Path) -> Document:
    """Read and decode one file; raise InputError with a one-line reason when unusable."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path}: file is {size / 2**20:.0f} MiB, over the {MAX_BYTES // 2**20} MiB limit; "
                "split it or pass a smaller export"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text, encoding = decode(data, str(path))
    lines = tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    if any(ch in text for ch in _TYPOGRAPHY):
        lines = clean_typography(lines)
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not any(line.strip() for line in lines):
        raise InputError(f"{path}: file is empty (no text to check)")
    return Document(
        id=_printable(path.stem),
        path=_printable(_display_path(path)),
        lines=lines,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def clean_typography(lines: tuple[str, ...]) -> tuple[str, ...]:
    """Spell out typographic ligatures and drop soft hyphens inside lines; the lines stay as many.

    PDF text keeps the ``ﬁ`` and ``ﬂ`` glyphs (``ﬁrst``, ``proﬁts``), which no word list,
    name or URL spells so, and soft hyphens (U+00AD) where a word may break. A soft hyphen
    at a line's end is kept: it tells the extract stage the word goes on below.

    >>> clean_typography(("the ﬁrst ofﬁce", "book\u00adkeep\u00ad"))
    ('the first office', 'bookkeep\u00ad')
    """
    cleaned = []
    for line in lines:
        if "\u00ad" in line:
            body = line.rstrip()
            line = body.replace("\u00ad", "") + ("\u00ad" if body.endswith("\u00ad") else "")
        cleaned.append(line.translate(_LIGATURES))
    return tuple(cleaned)


# Latin ligatures of Unicode's Alphabetic Presentation Forms block, spelled out.
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
_TYPOGRAPHY = "\u00ad" + "".join(map(chr, _LIGATURES))


def _printable(name: str) -> str:
    r"""``name`` with the undecodable bytes of a non-UTF-8 file name shown as U+FFFD.

    Python keeps such bytes as lone surrogates, which no UTF-8 report or terminal can
    take; the name is only shown, never used to open the file again.

    >>> _printable("caf\udce9.txt") == "caf\ufffd.txt"
    True
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _display_path(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data``: UTF-8 (with or without BOM) first, else the likeliest legacy code page.

    >>> decode("Dostupné z".encode("cp1250"))
    ('Dostupné z', 'cp1250')
    """
    if not data.strip():
        raise InputError(f"{name}: file is empty (no text to check)")
    utf16 = _utf16_codec(data)
    nul = data.find(b"\x00")
    if nul >= 0 and not utf16:
        raise InputError(
            f"{name}: not a text file (NUL byte at offset {nul}); pass a .txt export of the PDF"
        )
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if utf16:
        text = data.decode(utf16, errors="replace")
        if not text.strip():
            raise InputError(f"{name}: file is empty (no text to check)")
        return text.lstrip("\ufeff"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise InputError(f"{name}: not a text file (binary content); pass a .txt export of the PDF")
    encoding = _canonical(_likeliest_legacy(data))
    return data.decode(encoding, errors="replace"), encoding


def _likeliest_legacy(data: bytes) -> str:
    """Pick the legacy code page whose decoding reads most like words of real languages.

    Each candidate's decoding is scored by :func:`_plausibility`. Of readings that score
    the same, the one whose main language the code page was made for wins (``Segrè`` in
    a German text is cp1252, ``Segrč`` would be cp1250); only then do charset-normalizer's
    chaos and coherence measures decide. Those alone are not enough: they rate the cp1252
    reading of the Slovak ``Kuča, Ľubomír`` (``Kuèa, ¼ubomír``) as clean as the right one.
    """
    # Only the words with a byte above 127 read differently; a 32 MiB file is not scored in full.
    tokens = [token for token in data[:_SAMPLE_BYTES].split() if not token.isascii()]
    decoded = {encoding: [token.decode(encoding, errors="replace") for token in tokens] for encoding in _LEGACY}
    readings = {encoding: _plausibility(words) for encoding, words in decoded.items()}
    best = max(score for score, _ in readings.values())
    tied = [encoding for encoding in _LEGACY if readings[encoding][0] == best]
    if all(decoded[encoding] == decoded[tied[0]] for encoding in tied):
        return tied[0]  # the same text every way (``Dostupné``): the preferred code page
    native = [encoding for encoding in tied if encoding in _NATIVE.get(readings[encoding][1], ())]
    tied = native or tied
    if len(tied) == 1:
        return tied[0]
    matches = list(from_bytes(data, cp_isolation=tied))
    if not matches:
        return tied[0]

    def rank(match) -> tuple:
        order = tied.index(match.encoding) if match.encoding in tied else 9
        return (round(match.chaos, 3), -round(match.coherence, 3), order)

    return min(matches, key=rank).encoding


# The non-ASCII lower-case letters of the languages these code pages serve, common and
# rare. A word reads as real when one language has all its non-ASCII letters: ``Přílią``
# (ISO 8859-2 ``š`` read as cp1250) mixes Czech and Polish, ``Pøíliš`` (cp1250 read as
# cp1252) Danish and Czech; ``Kovaèeviæ`` (cp1250 ``Kovačević`` read as cp1252) is French
# only with the rare ``æ``.
_ALPHABETS = {
    "cs": ("áčďéěíňóřšťúůýž", ""), "sk": ("áäčďéíľňóôšťúýž", "ĺŕ"), "pl": ("ąćęłóśźż", "ń"),
    "hu": ("áéíóöőúüű", ""), "sl": ("čćđšž", ""), "ro": ("ăâîșțşţ", ""), "de": ("äöüß", "éë"),
    "fr": ("àâçéèêîôùû", "æœëïüÿ"), "it": ("àèéù", "ìòíîó"), "es": ("áéíñóú", "ü"),
    "pt": ("áâãàçéêíóôõú", ""), "nordic": ("åæøäöéáíóúýðþ", ""), "nl": ("éëïóöü", ""),
    "ru": ("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "іїєґўјљњћђџ"),
}
_CENTRAL, _WESTERN = ("cp1250", "iso8859_2"), ("cp1252", "latin_1")
_NATIVE = {  # the code pages made for each language
    **dict.fromkeys(("cs", "sk", "pl", "hu", "sl", "ro"), _CENTRAL),
    **dict.fromkeys(("de", "fr", "it", "es", "pt", "nordic", "nl"), _WESTERN),
    "ru": ("cp1251",),
}
_CYRILLIC = frozenset("".join(_ALPHABETS["ru"]))
_EDGE_PUNCTUATION = "\"'“”„‘’«»‹›()[]{}.,;:!?¿¡…–—-/*"
_SAMPLE_BYTES = 256 * 1024
_RARE_WEIGHT, _UNREAD_COST, _SECOND_LANGUAGE_COST = 0.3, 2.0, 1.0


def _plausibility(tokens: list[str]) -> tuple[float, str | None]:
    """How much the ``tokens`` with non-ASCII letters read like real words: covered words score, broken ones cost.

    A word scores when one of the (at most two) languages that read most of the text has
    all its non-ASCII letters (:func:`_coverage`). A symbol glued into a word
    (``¼ubomír``, ``ľlu»oučký``), a control character or U+FFFD costs 3, a word mixing
    Cyrillic and Latin letters 2.

    Returns the score and the main language of the reading (``None`` if it has none).

    >>> _plausibility("Kuča, Ľubomír".split())[0] > _plausibility("Kuèa, ¼ubomír".split())[0]
    True
    """
    words: Counter[frozenset[str]] = Counter()
    penalty = 0.0
    for token in tokens:
        word = token.strip(_EDGE_PUNCTUATION)
        if not word:
            continue
        broken = _broken_characters(word)
        if broken:
            penalty += 3 * broken
            continue
        letters = frozenset(ch for ch in word.casefold() if ord(ch) > 127 and ch.isalpha())
        latin = any(ch.isascii() and ch.isalpha() for ch in word) or bool(letters - _CYRILLIC)
        if letters & _CYRILLIC and latin:
            penalty += 2  # Cyrillic and Latin letters in one word
        elif letters and not (len(word) == 1 and word.isupper()):  # a lone capital: ``Š`` for ``©``
            words[letters] += 1
    score, language = _coverage(words)
    return score - penalty, language


def _broken_characters(word: str) -> int:
    """Controls, U+FFFD, and symbols or quotes inside a word: the marks of a wrong code page."""
    count = 0
    for k, ch in enumerate(word):
        if ch.isascii() or ch.isalpha():
            continue
        category = unicodedata.category(ch)
        if category[0] == "C" or ch == "\ufffd":
            count += 1
        elif category == "Sk":
            count += 1  # a spacing accent (``˝``, ``ˇ``, ``˘``) is never written on its own
        elif category[0] in "SN" and ch not in "°€§×":
            count += any(word[j].isalpha() for j in (k - 1, k + 1) if 0 <= j < len(word))
        elif category[0] == "P" and category != "Pd" and ch not in "’‘'·" and 0 < k < len(word) - 1:
            count += word[k - 1].isalpha() and word[k + 1].isalpha()
    return count


def _coverage(words: Counter[frozenset[str]]) -> tuple[float, str | None]:
    """Score the words the best language (and perhaps a second) reads; return it with the best.

    A word of common letters scores 1, one with a rare letter of its language 0.3, a word
    neither language reads costs 2; a second language costs 1 once (a Czech paper quoting
    German titles is likely, but a reading that needs two languages is the less likely one).
    """
    score, remaining, first = 0.0, words, None
    for cost in (0.0, _SECOND_LANGUAGE_COST):
        if not remaining:
            break
        gains = {lang: _read_by(letters, remaining) for lang, letters in _ALPHABETS.items()}
        # Of languages that read as much, the one with the fewest letters explains it best
        # (``für`` is German before it is Hungarian).
        lang = max(gains, key=lambda k: (gains[k][0], -sum(map(len, _ALPHABETS[k]))))
        gain, read = gains[lang]
        unread_saved = _UNREAD_COST * sum(remaining[w] for w in read)
        if not read or gain + unread_saved - cost <= 0:
            break
        first = first or lang
        score += gain - cost
        remaining = Counter({w: n for w, n in remaining.items() if w not in read})
    return score - _UNREAD_COST * sum(remaining.values()), first


def _read_by(alphabet: tuple[str, str], words: Counter[frozenset[str]]) -> tuple[float, set[frozenset[str]]]:
    common, rare = frozenset(alphabet[0]), frozenset(alphabet[1])
    gain, read = 0.0, set()
    for word, count in words.items():
        if word <= common:
            gain += count
        elif word <= common | rare:
            gain += _RARE_WEIGHT * count
        else:
            continue
        read.add(word)
    return gain, read


def _utf16_codec(data: bytes) -> str | None:
    """``utf-16`` for a BOM, ``utf-16-le``/``-be`` for BOM-less UTF-16 (Windows "Unicode" exports).

    Without a BOM, UTF-16 text in a Latin script has a NUL in (nearly) every other byte
    and almost none in the others; a binary file has NULs scattered at random.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    odd, even = sample[1::2], sample[0::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.02 * len(other):
            return codec
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def _canonical(encoding: str) -> str:
    return {"iso8859_2": "iso8859-2", "latin_1": "latin-1"}.get(encoding, encoding)
