"""Record from the local server, replay offline: same verdicts, nothing secret on disk."""

from __future__ import annotations

import socket
import threading
from dataclasses import replace

import pytest
from vcr.request import Request
from werkzeug.wrappers import Response

from checker.extract import extract
from checker.load import load
from checker.verify import UrlOptions, verify_urls
from checker.verify.cassettes import cassette, cassette_path, index_lookups
from checker.verify.fetch import Fetcher
from checker.verify.urls import check_urls

from .conftest import FAST, RawServer, can_bind, drip, html, ref, resolver

CITED = "Novák, Jan. Rivers of Memory in Central Europe. 2010. Dostupné z: {url} [cit. 2014-07-22]."


def _serve(httpserver):
    httpserver.expect_request("/ok").respond_with_data(html("Rivers of Memory in Central Europe"),
                                                       content_type="text/html")
    httpserver.expect_request("/missing").respond_with_data("no", status=404)
    httpserver.expect_request("/moved").respond_with_response(Response(status=301, headers={"Location": "/ok"}))
    answers = iter([Response("wait", status=429, headers={"Retry-After": "0"}),
                    Response("wait", status=429, headers={"Retry-After": "0"})])
    httpserver.expect_request("/rl").respond_with_handler(
        lambda r: next(answers, None) or Response(html("Rivers of Memory in Central Europe"),
                                                  content_type="text/html"))
    httpserver.expect_request("/secret").respond_with_response(
        Response(html("Rivers of Memory in Central Europe"), content_type="text/html",
                 headers={"Set-Cookie": "sid=TOPSECRETCOOKIE"}))


def _refs(httpserver):
    paths = ["/ok", "/missing", "/moved", "/rl"]
    refs = [ref(httpserver.url_for(p), CITED.format(url=httpserver.url_for(p)), line=i)
            for i, p in enumerate(paths, 1)]
    secret = httpserver.url_for("/secret").replace("http://", "http://alice:hunter2@") + "?token=TOPSECRETTOKEN"
    return refs + [ref(secret, CITED.format(url=secret), line=9)]


def test_replay_gives_the_recorded_verdicts_without_the_server(httpserver, tmp_path):
    _serve(httpserver)
    refs = _refs(httpserver)
    with Fetcher(FAST) as fetcher, cassette(tmp_path, "paper", "record"):
        recorded, _ = check_urls(refs, fetcher, archive=False, concurrency=1)
    assert [c.verdict for c in recorded] == ["ok", "dead", "moved", "ok", "ok"]
    served = len(httpserver.log)
    httpserver.clear()  # the site is gone: only the cassette can answer now
    with Fetcher(replace(FAST, offline=True)) as fetcher, cassette(tmp_path, "paper", "offline"):
        replayed, _ = check_urls(refs, fetcher, archive=False, concurrency=1)
    assert [(c.verdict, c.http_status, c.final_url) for c in replayed] == \
        [(c.verdict, c.http_status, c.final_url) for c in recorded]
    assert len(httpserver.log) == 0 and served > 0


def test_unrecorded_url_is_unverified_offline_never_a_silent_pass(httpserver, tmp_path):
    _serve(httpserver)
    refs = _refs(httpserver)[:1]
    with Fetcher(FAST) as fetcher, cassette(tmp_path, "paper", "record"):
        check_urls(refs, fetcher, archive=False, concurrency=1)
    extra = ref(httpserver.url_for("/never-recorded"), line=5)
    with Fetcher(replace(FAST, offline=True)) as fetcher, cassette(tmp_path, "paper", "offline"):
        checks, findings = check_urls(refs + [extra], fetcher, archive=False, concurrency=1)
    assert [c.verdict for c in checks] == ["ok", "unverified"]
    assert "no recording" in checks[1].evidence
    assert [f.rule for f in findings] == ["url.unverified"]


def test_offline_without_any_cassette_is_all_unverified(tmp_path):
    with Fetcher(replace(FAST, offline=True)) as fetcher, cassette(tmp_path, "none", "offline"):
        checks, _ = check_urls([ref("http://example.org/a")], fetcher, archive=False, concurrency=1)
    assert checks[0].verdict == "unverified"


def test_credentials_cookies_and_tokens_never_reach_the_cassette(httpserver, tmp_path):
    _serve(httpserver)
    with Fetcher(FAST) as fetcher, cassette(tmp_path, "paper", "record"):
        checks, _ = check_urls(_refs(httpserver)[-1:], fetcher, archive=False, concurrency=1)
    assert checks[0].verdict == "ok"
    text = cassette_path(tmp_path, "paper").read_text(encoding="utf-8")
    for secret in ("hunter2", "alice", "TOPSECRETTOKEN", "TOPSECRETCOOKIE", "Set-Cookie", "Authorization"):
        assert secret not in text, secret
    assert "/secret" in text


def test_verify_urls_writes_one_cassette_per_document(httpserver, tmp_path, write_text):
    _serve(httpserver)
    url = httpserver.url_for("/ok")
    doc = write_text(f"1 {CITED.format(url=url)}\n", name="paper-one.txt")
    extractions = [extract(d) for d in load([str(doc)])]
    extractions = [replace(e, urls=(ref(url, CITED.format(url=url), document=e.document.id),)) for e in extractions]
    options = UrlOptions(record=True, allow_private=True, cassette_dir=str(tmp_path / "cassettes"), archive=False, concurrency=1)
    checks, _ = verify_urls(extractions, options)
    assert [c.verdict for c in checks] == ["ok"]
    assert cassette_path(tmp_path / "cassettes", "paper-one").is_file()
    offline = replace(options, record=False, offline=True)
    assert [c.verdict for c in verify_urls(extractions, offline)[0]] == ["ok"]


def test_offline_fetcher_never_opens_a_connection(httpserver):
    httpserver.expect_request("/ok").respond_with_data("ok")
    with Fetcher(replace(FAST, offline=True)) as fetcher:
        checks, _ = check_urls([ref(httpserver.url_for("/ok").replace("localhost", "127.0.0.1"))], fetcher,
                               archive=False)
    assert checks[0].verdict == "unverified"
    assert len(httpserver.log) == 0


def _record_and_replay(refs, tmp_path, **fetcher_kwargs):
    """Check ``refs`` live while recording, then offline from the cassette; return both checks."""
    with Fetcher(FAST, **fetcher_kwargs) as fetcher, cassette(tmp_path, "paper", "record") as replay:
        recorded, _ = check_urls(refs, replay(fetcher), archive=False, concurrency=1)
    with Fetcher(replace(FAST, offline=True)) as fetcher, cassette(tmp_path, "paper", "offline") as replay:
        replayed, _ = check_urls(refs, replay(fetcher), archive=False, concurrency=1)
    return recorded, replayed


def test_failures_without_an_answer_replay_as_they_were_recorded(httpserver, raw_server, tmp_path):
    """Unknown host, refused connection, time-out, malformed or truncated answer: the same verdict offline."""
    _serve(httpserver)
    raw_server.behaviours["/hang"] = lambda sock, srv: srv.stop.wait(5)
    raw_server.behaviours["/garbage"] = lambda sock, srv: sock.sendall(b"SSH-2.0-OpenSSH_9.6\r\n")
    raw_server.behaviours["/short"] = lambda sock, srv: sock.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<title>cut")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    urls = [f"http://library.test:{httpserver.port}/ok", "http://gone.test/page", f"http://127.0.0.1:{closed}/x",
            raw_server.url("/hang"), raw_server.url("/garbage"), raw_server.url("/short")]
    refs = [ref(url, CITED.format(url=url), line=i) for i, url in enumerate(urls, 1)]
    recorded, replayed = _record_and_replay(refs, tmp_path, resolve=resolver({"library.test": "127.0.0.1"}))
    assert [c.verdict for c in recorded] == ["ok", "dead", "dead", "timeout", "server-error", "server-error"]
    assert [(c.verdict, c.evidence, c.final_url) for c in replayed] == \
        [(c.verdict, c.evidence, c.final_url) for c in recorded]


def test_a_recording_made_without_dns_keeps_no_dns_failures(tmp_path):
    """No name resolved at all: the machine had no DNS, which says nothing about the sites."""
    refs = [ref("http://a.test/x"), ref("http://b.test/y")]
    recorded, replayed = _record_and_replay(refs, tmp_path, resolve=resolver({}))
    assert {c.verdict for c in recorded} == {"unverified"}
    assert not cassette_path(tmp_path, "paper").exists()
    assert all("no recording" in c.evidence for c in replayed)


def test_an_answer_cut_off_by_the_deadline_is_never_recorded_as_an_answer(raw_server, tmp_path):
    """A drip-fed page that a replay would otherwise serve whole, as if it had loaded."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<title>Rivers</title>"
    raw_server.behaviours["/drip"] = lambda sock, srv: drip(sock, srv, head, b" ", every=0.1)
    url = raw_server.url("/drip")
    recorded, replayed = _record_and_replay([ref(url, CITED.format(url=url))], tmp_path)
    assert recorded[0].verdict == replayed[0].verdict == "timeout"
    assert "code: 200" not in cassette_path(tmp_path, "paper").read_text(encoding="utf-8")


def test_secrets_in_a_redirect_location_are_not_recorded(raw_server, tmp_path):
    raw_server.behaviours["/login"] = lambda sock, srv: sock.sendall(
        b"HTTP/1.1 302 Found\r\nLocation: /next?id=7&sessionid=TOPSECRETSESSION\r\nContent-Length: 0\r\n\r\n")
    raw_server.behaviours["/next"] = lambda sock, srv: sock.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 21\r\n\r\n<title>Rivers</title>")
    url = raw_server.url("/login")
    recorded, replayed = _record_and_replay([ref(url)], tmp_path)
    assert "TOPSECRETSESSION" not in cassette_path(tmp_path, "paper").read_text(encoding="utf-8")
    assert recorded[0].verdict == replayed[0].verdict == "redirected"
    assert replayed[0].final_url == raw_server.url("/next?id=7")


def test_an_ipv6_literal_host_is_recorded_and_replayed(tmp_path):
    if not can_bind("::1"):
        pytest.skip("::1 not bindable here")

    class V6(RawServer):
        address_family = socket.AF_INET6

    server = V6("::1")
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    server.behaviours["/p"] = lambda sock, srv: sock.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 21\r\n\r\n<title>Rivers</title>")
    url = f"http://[::1]:{server.server_address[1]}/p"
    try:
        recorded, replayed = _record_and_replay([ref(url)], tmp_path)
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
    assert recorded[0].verdict == replayed[0].verdict == "ok"


def test_indexed_lookups_find_what_vcrpy_matching_finds(tmp_path):
    """The index must agree with vcrpy's own matchers: query order, empty path, port, method."""
    stored = ["http://a.test/x?b=2&a=1", "http://a.test/x?a=1&b=2", "http://a.test", "http://a.test:8080/x?a=1&b=2",
              "https://a.test/x?a=1&b=2", "http://a.test/x"]
    asked = [*stored, "http://a.test/", "http://a.test/x?a=1", "http://b.test/x"]
    answer = {"status": {"code": 200, "message": "OK"}, "headers": {}, "body": {"string": b""}}
    with cassette(tmp_path, "index", "record") as replay:
        recorded = replay._cassette
        for i, uri in enumerate(stored):
            recorded.append(Request("GET", uri, b"", {}), dict(answer, body={"string": str(i).encode()}))
        recorded.append(Request("HEAD", stored[0], b"", {}), answer)
        requests = [Request(method, uri, b"", {}) for uri in asked for method in ("GET", "HEAD")]
        slow = [[i for i, _ in type(recorded)._responses(recorded, r)] for r in requests]
        index_lookups(recorded)
        assert [[i for i, _ in recorded._responses(r)] for r in requests] == slow
    assert slow[0] == [0, 1] and slow[4] == slow[12] == [2] and slow[1] == [6]
