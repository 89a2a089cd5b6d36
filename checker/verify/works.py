"""References → RefChecks + Findings, live, recorded or replayed: the registry stage's entry point.

Builds the registries from the configuration (``[tool.citecheck.registries]``) and the
command line, the one guarded fetcher, and — when recording or replaying — the same
per-document cassettes the URL stage uses (``cassettes/<document>.yaml``). Offline with
no cassette for a document, nothing is asked and the document gets one
``ref.unverifiable`` summary. The judging itself is :mod:`.refs`, which is pure.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..errors import ConfigError
from ..model import Finding, Reference, RefCheck
from .reffindings import reference_findings
from .refs import verify_references
from .registries import ARCHIVE, available, build_registries, is_base_url, parse_registry_urls


@dataclass(frozen=True, slots=True)
class RegistryOptions:
    """How ``citecheck refs`` and ``citecheck check`` ask the registries."""

    offline: bool = False
    record: bool = False
    allow_private: bool = False
    cassette_dir: str = "cassettes"
    urls: tuple[tuple[str, str], ...] = ()
    mailto: str = ""
    enabled: tuple[str, ...] | None = None
    timeout: float = 10.0


def registry_settings(table: Mapping[str, object], source: str = "[tool.citecheck.registries]") -> dict:
    """Validate the ``registries`` config table into RegistryOptions keyword arguments.

    >>> registry_settings({"mailto": "ed@example.org", "crossref": "http://127.0.0.1:8080"})
    {'urls': (('crossref', 'http://127.0.0.1:8080'),), 'mailto': 'ed@example.org'}
    """
    settings: dict = {}
    urls = []
    for key, value in table.items():
        if key == "mailto":
            if not isinstance(value, str):
                raise ConfigError(f"{source}: mailto: expected an e-mail address string")
            settings["mailto"] = value
        elif key == "enabled":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{source}: enabled: expected a list of registry names such as [\"crossref\"]")
            settings["enabled"] = tuple(value)
        elif key in available() or key == ARCHIVE:
            if not isinstance(value, str) or not is_base_url(value):
                raise ConfigError(f"{source}: {key}: expected the registry's base URL (http or https)")
            urls.append((key, value))
        else:
            known = ", ".join(["mailto", "enabled", *sorted(available()), ARCHIVE])
            raise ConfigError(f"{source}: unknown key {key!r} (known: {known})")
    if urls:
        settings["urls"] = tuple(urls)
    return dict(sorted(settings.items(), key=lambda kv: kv[0] != "urls"))


def wayback_base(table: Mapping[str, object], pairs: list[str] | None = None,
                 source: str = "[tool.citecheck.registries]") -> str:
    """The Wayback Machine's base URL: ``--registry-url wayback=URL``, else the config's, else archive.org.

    >>> wayback_base({"wayback": "http://127.0.0.1:8080"})
    'http://127.0.0.1:8080'
    >>> wayback_base({}, ["wayback=http://mirror.example/"])
    'http://mirror.example'
    """
    from .archive import WAYBACK_BASE  # archive.py loads dateparser: only when asked

    urls = dict(registry_settings(table, source).get("urls", ())) | parse_registry_urls(pairs)
    return urls.get(ARCHIVE, WAYBACK_BASE).rstrip("/")


def check_works(
    references: Sequence[Reference],
    options: RegistryOptions | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[tuple[RefCheck, ...], tuple[Finding, ...]]:
    """Check every full reference against the registries; return the checks and findings."""
    from .cassettes import cassette, cassette_path
    from .fetch import Fetcher, FetchPolicy

    options = options or RegistryOptions()
    registries = build_registries(dict(options.urls), options.mailto, options.enabled)
    mode = "offline" if options.offline else "record" if options.record else None
    policy = FetchPolicy(
        allow_private=options.allow_private, offline=options.offline, max_retries=0,
        read_timeout=options.timeout, deadline=options.timeout * 1.5,
    )
    wait = (lambda seconds: None) if options.offline else sleep  # replaying a 429 needs no pause
    checks: list[RefCheck] = []
    failures: dict = {}  # a registry found down stays down for the rest of the run
    with Fetcher(policy) as fetcher:
        for document, group in _by_document(references):
            if mode == "offline" and not cassette_path(options.cassette_dir, document).exists():
                checks += verify_references(group, registries, None, offline=True)
                continue
            with cassette(options.cassette_dir, document, mode) as replay:
                checks += verify_references(group, registries, replay(fetcher), offline=options.offline, sleep=wait,
                                            failures=failures)
    return tuple(checks), reference_findings(checks)


def _by_document(references: Sequence[Reference]) -> list[tuple[str, list[Reference]]]:
    groups: dict[str, list[Reference]] = {}
    for reference in references:
        groups.setdefault(reference.location.document, []).append(reference)
    return list(groups.items())
