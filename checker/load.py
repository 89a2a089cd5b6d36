"""Paths → Documents: find text files, detect their encoding, split lines.  [reads files]

Lines are split on ``\\n`` only (after CRLF/CR are normalised), so line numbers match
what an editor's text editor shows; a form feed stays inside its line for the page
stage to see.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import InputError
from .model import Document

TEXT_SUFFIXES = (".txt", ".text", ".md")
MAX_BYTES = 32 * 1024 * 1024
# Legacy encodings tried when a file is not UTF-8, in order of preference for the
# Central European texts citecheck meets; cp1250 first because it covers Czech and
# Slovak letters that latin-1 turns into symbols.
_LEGACY = ("cp1250", "iso8859_2", "cp1252", "latin_1")


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
    """Pick the legacy code page whose decoding reads most like natural language.

    charset-normalizer measures "chaos" (odd symbol mixes) and language coherence per
    candidate; its own ordering favours the first plausible candidate, which on short
    Western texts is cp1250, so rank explicitly. Short texts often tie; the tie goes to
    the code page whose decoding has more of its languages' signature letters (Czech
    ``ř ť ď`` in cp1250 become ``ø \x9d ï`` in cp1252, French ``à`` becomes ``ŕ`` in cp1250).
    """
    matches = list(from_bytes(data, cp_isolation=list(_LEGACY)))
    if not matches:
        return "cp1250"

    def rank(match) -> tuple:
        order = _LEGACY.index(match.encoding) if match.encoding in _LEGACY else 9
        return (round(match.chaos, 3), -round(match.coherence, 3), -_signature_score(data, match.encoding), order)

    return min(matches, key=rank).encoding


_SIGNATURES = {
    "cp1250": frozenset("čřěůťďňľČŘĚŮŤĎŇĽ"),
    "iso8859_2": frozenset("čřěůťďňľČŘĚŮŤĎŇĽ"),
    "cp1252": frozenset("àèìòùâêîôûçñÀÈÌÒÙÂÊÎÔÛÇÑ"),
    "latin_1": frozenset("àèìòùâêîôûçñÀÈÌÒÙÂÊÎÔÛÇÑ"),
}


def _signature_score(data: bytes, encoding: str) -> int:
    letters = _SIGNATURES.get(encoding, frozenset())
    text = data.decode(encoding, errors="replace")
    return sum(1 for ch in text if ch in letters)


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
