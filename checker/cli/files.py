"""Atomic output: write to a temporary file beside the target, then rename over it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import OutputError


def write_atomic(path: str | os.PathLike[str], text: str | bytes, *, force: bool = True) -> Path:
    """Write ``text`` (str as UTF-8, or raw bytes) to ``path`` atomically; refuse to replace it unless ``force``.

    A reader never sees a half-written file, and a crash leaves the old file intact.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    target = Path(path)
    if target.exists() and not force:
        raise OutputError(f"{target}: already exists; pass --force to overwrite it")
    if target.exists() and target.is_dir():
        raise OutputError(f"{target}: is a folder, not a file")
    blocking = next((p for p in target.parents if p.exists() or p.is_symlink()), None)
    if blocking is not None and not blocking.is_dir():
        raise OutputError(f"{target}: cannot write: {blocking} is not a folder")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, _mode_for(target))
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    return target


def _mode_for(target: Path) -> int:
    """Keep an existing file's mode; give a new one the umask's default (mkstemp's is 0600)."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
