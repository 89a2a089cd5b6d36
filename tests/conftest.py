"""Shared fixtures: the seed papers and small helpers for writing inline texts."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

pytest.register_assert_rewrite("tests.unseen_support")  # its shared asserts show their diffs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def write_text(tmp_path):
    """Write ``text`` to a file under tmp_path and return its path."""

    def _write(text: str, name: str = "doc.txt", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return _write


def _is_loopback(address: object) -> bool:
    host = str(address[0] if isinstance(address, tuple) else address).split("%", 1)[0]
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch):
    """No test may reach past this machine: a connection to any non-loopback address is
    refused before it leaves, and the test that tried fails (even if its code under test
    swallowed the refusal as "connection refused")."""
    attempts: list[object] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def _guard(sock: socket.socket, address: object) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            attempts.append(address)
            raise ConnectionRefusedError(f"tests may only connect to loopback, not {address!r}")

    def connect(sock, address):
        _guard(sock, address)
        return real_connect(sock, address)

    def connect_ex(sock, address):
        _guard(sock, address)
        return real_connect_ex(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield attempts
    assert not attempts, f"the test tried to connect past loopback: {attempts}"
