"""The suite-wide guard: tests reach loopback only, never another address."""

from __future__ import annotations

import socket

import pytest


def test_a_connection_past_loopback_is_refused_before_it_leaves(_loopback_only):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(ConnectionRefusedError, match="only connect to loopback"):
            sock.connect(("192.0.2.1", 80))  # TEST-NET-1: would never answer anyway
    finally:
        sock.close()
    assert _loopback_only == [("192.0.2.1", 80)]
    _loopback_only.clear()  # the attempt was this test's point, not a failure


def test_loopback_is_allowed(httpserver):
    httpserver.expect_request("/").respond_with_data("ok")
    with socket.create_connection((httpserver.host, httpserver.port), timeout=2):
        pass
