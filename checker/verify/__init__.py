"""Verify stages: URLs, cited works and dated claims against each other and the world.

:func:`verify_urls` is the URL stage's entry point (Extractions → UrlChecks, Findings):
it builds the one guarded :class:`~checker.verify.fetch.Fetcher`, wraps each document
in its cassette when recording or replaying, and runs :func:`~checker.verify.urls.check_urls`.
Heavy imports (requests, vcrpy, bs4) happen inside it, so the other verify stages can
import this package cheaply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from ..errors import ConfigError
from ..model import Extraction, Finding, UrlCheck


@dataclass(frozen=True, slots=True)
class UrlOptions:
    """How ``citecheck urls`` and ``citecheck check`` verify URLs."""

    offline: bool = False
    record: bool = False
    allow_private: bool = False
    cassette_dir: str = "cassettes"
    concurrency: int = 128
    per_host: int = 8
    timeout: float = 10.0
    archive: bool = True
    archive_base: str = "https://archive.org"


# [tool.citecheck.fetch] key → (UrlOptions field, type, check, what a good value is).
_SETTINGS = {
    "concurrency": ("concurrency", int, lambda v: v >= 1, "a whole number of at least 1"),
    "per-host": ("per_host", int, lambda v: v >= 1, "a whole number of at least 1"),
    "timeout": ("timeout", (int, float), lambda v: 0 < v <= 600, "seconds, more than 0 and at most 600"),
    "archive": ("archive", bool, lambda v: True, "true or false"),
}


def url_settings(table: Mapping[str, object], source: str = "[tool.citecheck.fetch]") -> dict:
    """Validate the ``fetch`` config table into UrlOptions keyword arguments.

    >>> url_settings({"per-host": 4, "timeout": 20})
    {'per_host': 4, 'timeout': 20.0}
    """
    settings = {}
    for key, value in table.items():
        if key not in _SETTINGS:
            raise ConfigError(f"{source}: unknown key {key!r} (known: {', '.join(_SETTINGS)})")
        name, kind, good, wanted = _SETTINGS[key]
        if isinstance(value, bool) is not (kind is bool) or not isinstance(value, kind) or not good(value):
            raise ConfigError(f"{source}: {key}: expected {wanted}, not {value!r}")
        settings[name] = float(value) if name == "timeout" else value
    return settings


def verify_urls(
    extractions: Iterable[Extraction],
    options: UrlOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[tuple[UrlCheck, ...], tuple[Finding, ...]]:
    """Check every URL the extractions cite; return the checks (every occurrence) and findings.

    Live runs check all documents together. ``offline`` (replay only) and ``record``
    (record what is missing) use one cassette per document, checked one after another.
    ``progress(done, total)`` counts distinct URLs per document group.
    """
    from .cassettes import cassette
    from .cited import citation_texts
    from .fetch import Fetcher, FetchPolicy
    from .urls import check_urls

    options = options or UrlOptions()
    policy = FetchPolicy(
        allow_private=options.allow_private, offline=options.offline,
        connect_timeout=min(5.0, options.timeout), read_timeout=options.timeout, deadline=options.timeout * 1.5,
        concurrency=options.concurrency, per_host=options.per_host,
    )
    mode = "offline" if options.offline else "record" if options.record else None
    extractions = tuple(extractions)
    texts = {ref: text for e in extractions for ref, text in citation_texts(e).items()}
    groups = [(e.document.id, e.urls) for e in extractions if e.urls]
    if mode is None and groups:
        groups = [("", tuple(ref for _, refs in groups for ref in refs))]
    # vcrpy un-patches urllib3 globally while it opens a real connection, so a second
    # thread could slip past the cassette: record and replay run one URL at a time.
    workers = options.concurrency if mode is None else 1
    checks: list[UrlCheck] = []
    findings: list[Finding] = []
    with Fetcher(policy) as fetcher:
        for document_id, refs in groups:
            with cassette(options.cassette_dir, document_id, mode) as replay:
                got, found = check_urls(refs, replay(fetcher), titles=texts, concurrency=workers,
                                        archive=options.archive, archive_base=options.archive_base,
                                        progress=progress)
            checks += got
            findings += found
    return tuple(checks), tuple(findings)
