"""Document + options → cached DocumentAnalysis: unchanged documents are not re-analysed.

The key is the SHA-256 of the document's bytes and identity, the citecheck version, a
digest of citecheck's own source (so editing a stage never serves stale results), the
check options and the project config, and the cassettes replayed.

Only ``--offline`` runs use the cache. An offline analysis is a pure function of the
key (the documents, the code, the options and the cassettes it replays), so serving
it again is exact. A live run's URL and registry verdicts describe the web at that
moment: caching them would serve a dead link as alive for ever, so live (and
``--record``) runs neither read nor write entries and always ask the network again.

Entries are JSON files under the cache folder (default ``.citecheck-cache/``), written
atomically. Values are rebuilt only as ``checker.model`` dataclasses, never by
unpickling, so a tampered cache cannot run code. Any unreadable or foreign entry is a
miss, and an unwritable folder only disables caching: the cache never fails a check.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import tempfile
import types
import typing
from functools import cache
from pathlib import Path

from . import __version__, model
from .model import Document, DocumentAnalysis

FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent


def reusable(options: object) -> bool:
    """Whether an analysis made with ``options`` may be stored and served again: offline runs only."""
    return bool(getattr(options, "offline", False))


class Cache:
    """A folder of offline analysis results keyed by content (see module docstring)."""

    def __init__(self, root: str | os.PathLike[str] = ".citecheck-cache") -> None:
        self.root = Path(root)
        self.hits = 0
        self.misses = 0

    def key(self, document: Document, options: object) -> str:
        """Return the cache key of analysing ``document`` with ``options``."""
        parts = {
            "format": FORMAT,
            "version": __version__,
            "code": source_digest(),
            "document": [document.id, document.path, document.sha256, document.encoding],
            "options": _plain(options),
        }
        if reusable(options):
            parts["cassettes"] = _folder_digest(Path(getattr(options, "cassette_dir", "cassettes")))
        text = json.dumps(parts, sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / f"v{FORMAT}" / key[:2] / f"{key}.json"

    def get(self, document: Document, options: object) -> DocumentAnalysis | None:
        """Return the stored analysis, or None on a miss (absent, unreadable, foreign, or a live run)."""
        if not reusable(options):
            self.misses += 1
            return None
        try:
            data = json.loads(self._path(self.key(document, options)).read_text(encoding="utf-8"))
            value = decode(data)
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            value = None
        if not isinstance(value, DocumentAnalysis) or value.document != document.id:
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, document: Document, options: object, analysis: DocumentAnalysis) -> None:
        """Store ``analysis`` of an offline run; silently skip live runs and what cannot be cached."""
        if not reusable(options):
            return
        try:
            text = json.dumps(encode(analysis), ensure_ascii=False, sort_keys=True)
        except TypeError:
            return
        try:
            self._write(self._path(self.key(document, options)), text)
        except OSError:
            return

    def _write(self, path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tag = self.root / "CACHEDIR.TAG"
        if not tag.exists():
            # Backup tools skip folders tagged so (bford.net/cachedir); git ignores it too.
            tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n# citecheck cache\n")
            (self.root / ".gitignore").write_text("*\n")
        fd, tmp = tempfile.mkstemp(prefix=".entry.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


def encode(value: object) -> object:
    """Turn model dataclasses, tuples, dicts and bytes into JSON-ready data with type tags."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        tagged = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$t": type(value).__name__, **tagged}
    if isinstance(value, (tuple, list)):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {"$d": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, bytes):
        return {"$b": base64.b64encode(value).decode("ascii")}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def decode(data: object) -> object:
    """Inverse of :func:`encode`; only ``checker.model`` dataclasses are rebuilt."""
    if isinstance(data, list):
        return tuple(decode(item) for item in data)
    if not isinstance(data, dict):
        return data
    if "$b" in data:
        return base64.b64decode(data["$b"])
    if "$d" in data:
        return {decode(k): decode(v) for k, v in data["$d"]}
    cls = getattr(model, str(data.get("$t")), None)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise TypeError(f"not a model type: {data.get('$t')!r}")
    values = {k: decode(v) for k, v in data.items() if k != "$t"}
    hints = _hints(cls)
    for name, value in values.items():
        if name not in hints or not _fits(value, hints[name]):
            # A damaged or hand-edited entry must be a miss, not a crash in a later stage.
            raise TypeError(f"{cls.__name__}.{name}: unexpected value in cache entry")
    return cls(**values)


@cache
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls, vars(model))


def _fits(value: object, hint: object) -> bool:
    """Whether a decoded value has the type a model field declares (the shapes model.py uses)."""
    return _checker(hint)(value)


def _always(value: object) -> bool:
    return True


@cache
def _checker(hint: object) -> typing.Callable[[object], bool]:
    """Compile a field's type hint into a check, once per hint: decoding checks every value."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is object or hint is typing.Any:
        return _always
    if origin in (typing.Union, types.UnionType):
        options = tuple(_checker(arg) for arg in args)
        return lambda value: any(check(value) for check in options)
    if origin is typing.Literal:
        return lambda value: value in args
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _checker(args[0])
        return lambda value: isinstance(value, tuple) and all(item(v) for v in value)
    if origin is tuple:
        items = tuple(_checker(arg) for arg in args)
        return lambda value: (isinstance(value, tuple) and len(value) == len(items)
                              and all(check(v) for check, v in zip(items, value)))
    if origin is dict:
        key, item = _checker(args[0]), _checker(args[1])
        return lambda value: isinstance(value, dict) and all(key(k) and item(v) for k, v in value.items())
    if hint is float:
        return lambda value: isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if hint is type(None):
        return lambda value: value is None
    return (lambda value: isinstance(value, hint)) if isinstance(hint, type) else _always


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


@cache
def source_digest() -> str:
    """SHA-256 over citecheck's own source and asset files (computed once per process)."""
    return _folder_digest(_PACKAGE, suffixes=(".py", ".json", ".css", ".js", ".toml", ".yaml"))


def _folder_digest(folder: Path, suffixes: tuple[str, ...] = ()) -> str:
    digest = hashlib.sha256()
    if not folder.is_dir():
        return "absent"
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        if suffixes and path.suffix not in suffixes:
            continue
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
