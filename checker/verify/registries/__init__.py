"""Reference → RegistryAnswer: one small adapter per public registry behind one interface.

Each adapter is a module in this package exposing ``ADAPTER``, a class built as
``ADAPTER(base_url=..., mailto=...)`` with a ``name``, a ``label``, a ``base_url``,
``accepts(reference)`` and ``lookup(reference, fetch) -> RegistryAnswer``. Adding a
registry (OpenAlex, Semantic Scholar) is adding one module: :func:`available` finds it.
The ``fetch`` is passed in (any callable ``FetchRequest -> FetchResult``), so adapters
never open a socket themselves; politeness (pacing, 429 back-off) lives in
:mod:`.polite`, wrapped around that fetch.
"""

from __future__ import annotations

import functools
import json
import pkgutil
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Protocol
from urllib.parse import urlsplit

from ...errors import ConfigError
from ...model import FetchRequest, FetchResult, Reference, RegistryAnswer

Fetch = Callable[[FetchRequest], FetchResult]

USER_AGENT = "citecheck/0.1 (+https://github.com/citecheck/citecheck)"
# The Wayback Machine holds copies of pages, not records of works, so it is no adapter
# here (the URL stage asks it, ``verify/archive.py``); its base URL is set the same way
# as a registry's: ``wayback = URL`` in the config, ``--registry-url wayback=URL``.
ARCHIVE = "wayback"


class Registry(Protocol):
    """The interface every registry adapter module's ``ADAPTER`` class implements."""

    name: str  # stable id used in configuration and --registry-url
    label: str  # how an editor knows it: "Crossref", "doi.org"
    base_url: str
    priority: int  # lower is asked first
    default: bool  # asked unless the configuration names the registries to use

    def accepts(self, reference: Reference) -> bool:
        """Say whether this registry can look ``reference`` up at all."""

    def lookup(self, reference: Reference, fetch: Fetch) -> RegistryAnswer:
        """Ask the registry about ``reference``; failures are an answer, never an exception."""


@functools.cache
def available() -> dict[str, type]:
    """Return every adapter class in this package, by registry name."""
    found: dict[str, type] = {}
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        adapter = getattr(import_module(f"{__name__}.{module.name}"), "ADAPTER", None)
        if adapter is not None:
            found[adapter.name] = adapter
    return found


def registry_label(name: str | None) -> str:
    """How an editor knows registry ``name`` ("crossref" → "Crossref")."""
    adapter = available().get(name or "")
    return adapter.label if adapter is not None else str(name)


def build_registries(
    urls: Mapping[str, str] | None = None,
    mailto: str = "",
    enabled: tuple[str, ...] | None = None,
) -> tuple[Registry, ...]:
    """Instantiate the registries to ask, in asking order.

    ``urls`` overrides base URLs by registry name (mirrors, tests); ``enabled`` names the
    registries to use (default: every adapter marked ``default``).

    >>> [r.name for r in build_registries()]
    ['crossref', 'doiorg', 'openlibrary']
    """
    adapters = available()
    unknown = sorted(set(urls or {}) - set(adapters) - {ARCHIVE}) + sorted(set(enabled or ()) - set(adapters))
    if unknown:
        raise ConfigError(
            f"unknown registry {unknown[0]!r}; known registries: {', '.join(sorted(adapters))}"
            f" (and {ARCHIVE} for archived copies of web pages)"
        )
    names = enabled if enabled is not None else tuple(n for n, a in adapters.items() if a.default)
    built = []
    for name in names:
        cls = adapters[name]
        base = (urls or {}).get(name, cls.default_url)
        built.append(cls(base_url=base.rstrip("/"), mailto=mailto))
    return tuple(sorted(built, key=lambda r: (r.priority, r.name)))


def is_base_url(url: str) -> bool:
    """Whether ``url`` is a usable http(s) base URL with a host (``http://[::1`` is not).

    >>> is_base_url("http://127.0.0.1:8080"), is_base_url("http://[::1"), is_base_url("https://")
    (True, False, False)
    """
    try:
        parts = urlsplit(url)
        parts.port  # raises ValueError for a port that is not a number or out of range
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def parse_registry_urls(pairs: list[str] | None) -> dict[str, str]:
    """Turn ``--registry-url NAME=URL`` arguments into a mapping, rejecting bad ones."""
    urls: dict[str, str] = {}
    for pair in pairs or ():
        name, sep, url = pair.partition("=")
        if not sep or not name.strip() or not is_base_url(url.strip()):
            raise ConfigError(
                f"--registry-url {pair!r}: expected NAME=URL with an http(s) URL, "
                "e.g. crossref=http://127.0.0.1:8080"
            )
        urls[name.strip()] = url.strip()
    return urls


def request_headers(mailto: str, accept: str = "application/json") -> tuple[tuple[str, str], ...]:
    """Headers every adapter sends: what it accepts and who is asking (the polite pools)."""
    agent = f"{USER_AGENT} mailto:{mailto}" if mailto else USER_AGENT
    return (("Accept", accept), ("User-Agent", agent))


def answer_error(result: FetchResult) -> tuple[str, str] | None:
    """Classify a fetch that gave no usable answer as (error, detail), or None if it did.

    404 is an answer (“no such record”), so it is not an error here.
    """
    if result.error == "offline-unrecorded":
        return "offline", "offline and no recording of this request"
    if result.error:
        return "down", f"{result.error}: {result.detail}".rstrip(": ")
    skipped = f"; {result.detail}" if result.detail.startswith("not asked") else ""
    if result.status == 429:
        return "rate-limited", "HTTP 429 Too Many Requests after backing off" + skipped
    if result.status is not None and result.status >= 400 and result.status != 404:
        return "down", f"HTTP {result.status}{skipped}"
    return None


def read_json(result: FetchResult) -> object | None:
    """Decode a JSON body, or None when it is not JSON (a registry's HTML error page)."""
    try:
        return json.loads(result.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
