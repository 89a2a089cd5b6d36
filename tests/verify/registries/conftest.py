"""A fake Crossref, doi.org and Open Library on 127.0.0.1, answering in their documented shapes.

The answers are the hand-written fixtures of ``tests/data/registries`` (see its README:
written from the public API documentation, not recordings). Requests go through the
real guarded fetcher, allowed to reach loopback and told not to retry, so the retrying
under test is the registry layer's own.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from checker.model import Field, Location, Name, Reference
from checker.verify.fetch import Fetcher, FetchPolicy
from checker.verify.registries import build_registries

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "registries"
MAILTO = "editor@example.org"
RATE_HEADERS = {"x-rate-limit-limit": "50", "x-rate-limit-interval": "1s"}


def fixture(name: str) -> dict:
    """Load fixture ``name`` without its "written from the documentation" label."""
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    data.pop("_fixture", None)
    return data


def make_reference(raw: str, ref_id: str = "r1", document: str = "paper", line: int = 10, **values) -> Reference:
    """A parsed reference as the parse stage would give it; ``author`` as "Family, Given" strings."""
    fields = []
    for name, value in values.items():
        if name in ("author", "editor"):
            value = tuple(Name(*(part.strip() for part in person.split(",", 1))) for person in value)
        fields.append(Field(name, value))
    return Reference(id=ref_id, kind="full", raw=raw, location=Location(document, line), fields=tuple(fields))


def closed_port_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def fetch():
    """The guarded fetcher, allowed onto loopback, with its own retries off."""
    with Fetcher(FetchPolicy(allow_private=True, max_retries=0, deadline=5.0), sleep=lambda s: None) as fetcher:
        yield fetcher


@pytest.fixture
def registry_urls(httpserver) -> dict[str, str]:
    return {
        "crossref": httpserver.url_for("/crossref"),
        "doiorg": httpserver.url_for("/doi"),
        "openlibrary": httpserver.url_for("/ol"),
    }


@pytest.fixture
def registries(registry_urls):
    return build_registries(registry_urls, mailto=MAILTO)


@pytest.fixture
def sleeps() -> list[float]:
    """Collects the waits asked of an injected sleep (nothing really sleeps)."""
    return []


@pytest.fixture
def sleep(sleeps):
    return sleeps.append


@pytest.fixture
def answer():
    """``answer(name)`` → the fixture's JSON, ready for ``respond_with_json``."""
    return fixture


@pytest.fixture
def ref():
    """``ref(raw, **fields)`` → a full Reference located in document "paper"."""
    return make_reference


@pytest.fixture
def refused_url() -> str:
    return closed_port_url()
