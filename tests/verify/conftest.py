"""Local servers for the URL checker: pytest-httpserver for well-behaved sites, a raw socket
server for hostile ones, and fetchers with short timeouts. Nothing leaves 127.0.0.0/8."""

from __future__ import annotations

import socket
import socketserver
import threading
import time

import pytest

from checker.model import Location, UrlRef
from checker.verify.fetch import Fetcher, FetchPolicy

FAST = FetchPolicy(
    allow_private=True, connect_timeout=1.0, read_timeout=0.5, deadline=0.8, backoff=0.01,
    max_retry_after=1.0, max_redirects=5, max_bytes=100_000, concurrency=8, per_host=4,
)


def html(title: str, heading: str | None = None, text: str = "Some text about the work.") -> str:
    """A small HTML page."""
    return (f"<!doctype html><html><head><title>{title}</title></head>"
            f"<body><h1>{heading if heading is not None else title}</h1><p>{text}</p></body></html>")


def ref(url: str, context: str = "", line: int = 1, document: str = "doc") -> UrlRef:
    """A UrlRef as the extraction stage would make it."""
    return UrlRef(url=url, raw=url, location=Location(document, line), where="note 1", context=context)


@pytest.fixture
def fetcher():
    """A fetcher allowed to reach 127.0.0.1, with short timeouts and near-zero backoff."""
    with Fetcher(FAST) as f:
        yield f


@pytest.fixture
def make_fetcher():
    """Build fetchers with policy overrides; all are closed after the test."""
    made = []

    def _make(**overrides):
        from dataclasses import replace

        f = Fetcher(replace(FAST, **overrides.pop("policy", {})), **overrides)
        made.append(f)
        return f

    yield _make
    for f in made:
        f.close()


class _RawHandler(socketserver.BaseRequestHandler):
    """Reads one request head, then lets the behaviour named by the path write raw bytes."""

    def handle(self) -> None:
        sock = self.request
        sock.settimeout(5)
        data = b""
        try:
            while b"\r\n\r\n" not in data and len(data) < 65536:
                chunk = sock.recv(4096)
                if not chunk:
                    return
                data += chunk
        except OSError:
            return
        path = data.split(b" ", 2)[1].decode("latin-1") if data.count(b" ") >= 2 else "/"
        self.server.seen.append(data)
        behaviour = self.server.behaviours.get(path.split("?")[0], _not_found)
        try:
            behaviour(sock, self.server)
        except OSError:
            pass  # the client hung up, as it should on hostile answers


def _not_found(sock, server) -> None:
    sock.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


class RawServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str = "127.0.0.1") -> None:
        super().__init__((host, 0), _RawHandler)
        self.behaviours: dict = {}
        self.seen: list[bytes] = []
        self.stop = threading.Event()

    def url(self, path: str) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{path}"


@pytest.fixture
def raw_server():
    """A TCP server on 127.0.0.1 whose paths map to functions writing raw (often hostile) bytes."""
    server = RawServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.stop.set()
    server.shutdown()
    server.server_close()


def drip(sock, server, head: bytes, unit: bytes, every: float = 0.05) -> None:
    """Send ``head`` then ``unit`` every ``every`` seconds until the client leaves."""
    sock.sendall(head)
    while not server.stop.is_set():
        sock.sendall(unit)
        time.sleep(every)


def resolver(known: dict[str, str]):
    """A getaddrinfo stand-in that knows only ``known`` (name → IPv4 address)."""

    def resolve(host, port, family=0, type=0):
        if host not in known:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (known[host], port))]

    return resolve


def can_bind(host: str) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family) as s:
            s.bind((host, 0))
        return True
    except OSError:
        return False
