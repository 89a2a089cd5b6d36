"""Verify stages: URLs, cited works and dated claims against each other and the world.

:func:`verify_urls` is the URL stage's entry point (Extractions → UrlChecks, Findings):
it builds the one guarded :class:`~checker.verify.fetch.Fetcher`, wraps each document
in its cassette when recording or replaying, and runs :func:`~checker.verify.urls.check_urls`.
Heavy imports (requests, vcrpy, bs4) happen inside it, so the other verify stages can
import this package cheaply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

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
    from .fetch import Fetcher, FetchPolicy
    from .urls import check_urls

    options = options or UrlOptions()
    policy = FetchPolicy(
        allow_private=options.allow_private, offline=options.offline,
        connect_timeout=min(5.0, options.timeout), read_timeout=options.timeout, deadline=options.timeout * 1.5,
        concurrency=options.concurrency, per_host=options.per_host,
    )
    mode = "offline" if options.offline else "record" if options.record else None
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
            with cassette(options.cassette_dir, document_id, mode):
                got, found = check_urls(refs, fetcher, concurrency=workers, archive=options.archive,
                                        archive_base=options.archive_base, progress=progress)
            checks += got
            findings += found
    return tuple(checks), tuple(findings)
