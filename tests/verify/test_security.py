"""Red-team tests of the guarded fetcher: every attack a hostile citation or page can mount.

Each test plays one attack against servers on 127.0.0.1 started here, or against the pure
functions, and checks that it is refused or bounded and yields a clear status. Sockets
are watched (``connects``) so "never a fetch to loopback" is checked, not assumed.
"""

from __future__ import annotations

import re
import socket
import threading
import time
import tracemalloc
import zlib
from dataclasses import replace

import pytest
from werkzeug.wrappers import Response

from checker.model import FetchRequest
from checker.verify import UrlOptions, verify_urls
from checker.verify import fetch as fetch_module
from checker.verify.cassettes import cassette, cassette_path
from checker.verify.fetch import Fetcher, clean_url
from checker.verify.pages import read_page
from checker.verify.urls import check_urls

from .conftest import FAST, RawServer, can_bind, drip, html, ref

# What a resolver would answer for the names the attacks use (nothing here asks real DNS).
_NAMES = {
    "localhost": "127.0.0.1",
    "metadata.google.internal": "169.254.169.254",
    "public-looking.example": "10.0.0.5",
    "mapped.example": "::ffff:127.0.0.1",
    "cgnat.example": "100.64.0.9",
    "example.com": "93.184.216.34",
    "xn--bcher-kva.example": "93.184.216.34",
}


def _resolver(table: dict[str, str], asked: list[str] | None = None):
    """A getaddrinfo stand-in: names are case-insensitive and may end in a dot, as in DNS."""

    def resolve(host, port, family=0, type=0):
        name = host.lower().rstrip(".")
        if asked is not None:
            asked.append(host)
        if name not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        ip = table[name]
        return [(socket.AF_INET6 if ":" in ip else socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    return resolve


@pytest.fixture
def connects(monkeypatch):
    """Every address a client socket in this process connects to (servers only accept).

    Also a safety net: a connection to anything but loopback is refused here, so even a
    regression cannot send a test's request off this machine.
    """
    seen: list = []
    real = socket.socket.connect

    def watched(sock, address):
        seen.append(address)
        if not (str(address[0]).startswith("127.") or address[0] == "::1"):
            raise ConnectionRefusedError(f"test refused a connection to {address[0]}")
        return real(sock, address)

    monkeypatch.setattr(socket.socket, "connect", watched)
    return seen


@pytest.fixture
def strict(make_fetcher):
    """A fetcher without ``--allow-private`` whose resolver knows the names above."""
    return make_fetcher(policy={"allow_private": False}, resolve=_resolver(_NAMES))


def _serve(host: str = "127.0.0.1") -> RawServer:
    server = RawServer(host)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


def _stop(server: RawServer) -> None:
    server.stop.set()
    server.shutdown()
    server.server_close()


def _answer(text: str):
    """A behaviour for RawServer that sends ``text`` (an HTTP answer head, maybe a body)."""
    return lambda sock, srv: sock.sendall(text.encode("latin-1"))


# --------------------------------------------------------------------------- address forms

BLOCKED = [
    pytest.param("http://127.1/", id="short_loopback"),
    pytest.param("http://0177.0.0.1/", id="octal_loopback"),
    pytest.param("http://0x7f.1/", id="hex_loopback"),
    pytest.param("http://2130706433/", id="decimal_loopback"),
    pytest.param("http://127.000.000.001/", id="zero_padded_loopback"),
    pytest.param("http://0.0.0.0/", id="unspecified_v4"),
    pytest.param("http://[::]/", id="unspecified_v6"),
    pytest.param("http://[::1]/", id="loopback_v6"),
    pytest.param("http://[::ffff:127.0.0.1]/", id="mapped_loopback"),
    pytest.param("http://[::ffff:7f00:1]/", id="mapped_loopback_hex"),
    pytest.param("http://[::127.0.0.1]/", id="compatible_loopback"),
    pytest.param("http://[fe80::1%25eth0]/", id="link_local_with_zone"),
    pytest.param("http://[fec0::1]/", id="site_local_v6"),
    pytest.param("http://[fc00::1]/", id="unique_local_v6"),
    pytest.param("http://[fd00:ec2::254]/", id="aws_metadata_v6"),
    pytest.param("http://169.254.169.254/latest/meta-data/", id="aws_metadata"),
    pytest.param("http://100.100.100.200/", id="alibaba_metadata"),
    pytest.param("http://metadata.google.internal/computeMetadata/v1/", id="gcp_metadata_name"),
    pytest.param("http://localhost./", id="localhost_trailing_dot"),
    pytest.param("http://LOCALHOST/", id="localhost_upper_case"),
    pytest.param("http://admin.localhost/", id="localhost_subdomain"),
    pytest.param("http://[64:ff9b::a9fe:a9fe]/", id="nat64_metadata"),
    pytest.param("http://[64:ff9b::7f00:1]/", id="nat64_loopback"),
    pytest.param("http://[2002:a9fe:a9fe::1]/", id="6to4_metadata"),
    pytest.param("http://[2002:c0a8:101::1]/", id="6to4_private"),
    pytest.param("http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", id="teredo_loopback"),
    pytest.param("http://100.64.0.1/", id="carrier_grade_nat"),
    pytest.param("http://100.127.255.254/", id="carrier_grade_nat_top"),
    pytest.param("http://198.18.0.1/", id="benchmarking"),
    pytest.param("http://198.19.255.255/", id="benchmarking_top"),
    pytest.param("http://192.0.0.8/", id="ietf_protocol_assignments"),
    pytest.param("http://192.0.0.170/", id="nat64_discovery"),
    pytest.param("http://255.255.255.255/", id="broadcast"),
    pytest.param("http://10.0.0.1/", id="private_10"),
    pytest.param("http://172.16.0.1/", id="private_172"),
    pytest.param("http://192.168.1.1/", id="private_192"),
    pytest.param("http://224.0.0.1/", id="multicast_v4"),
    pytest.param("http://[ff02::1]/", id="multicast_v6"),
    pytest.param("http://240.0.0.1/", id="reserved_v4"),
    pytest.param("http://public-looking.example/", id="name_resolving_private"),
    pytest.param("http://mapped.example/", id="name_resolving_mapped_loopback"),
    pytest.param("http://cgnat.example/", id="name_resolving_cgnat"),
]


@pytest.mark.parametrize("url", BLOCKED)
def test_non_public_address_forms_are_refused_before_any_connection(url, strict, connects):
    result = strict(FetchRequest(url))
    assert result.error == "blocked-address", result
    assert result.status is None
    assert connects == []


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("http://169.254.169.254/latest/meta-data/", id="aws_metadata"),
        pytest.param("http://[::ffff:169.254.169.254]/", id="mapped_metadata"),
        pytest.param("http://[64:ff9b::a9fe:a9fe]/", id="nat64_metadata"),
        pytest.param("http://[fd00:ec2::254]/", id="aws_metadata_v6"),
        pytest.param("http://100.100.100.200/", id="alibaba_metadata"),
        pytest.param("http://metadata.google.internal/", id="gcp_metadata_name"),
        pytest.param("http://[::]/", id="unspecified"),
        pytest.param("http://239.255.255.250:1900/", id="multicast"),
    ],
)
def test_metadata_multicast_and_unspecified_stay_refused_with_allow_private(url, make_fetcher, connects):
    fetcher = make_fetcher(policy={"allow_private": True}, resolve=_resolver(_NAMES))
    assert fetcher(FetchRequest(url)).error == "blocked-address"
    assert connects == []


def test_metadata_host_name_is_refused_without_asking_the_resolver(make_fetcher):
    asked: list[str] = []
    fetcher = make_fetcher(policy={"allow_private": True}, resolve=_resolver({}, asked))
    assert fetcher(FetchRequest("http://metadata.google.internal/")).error == "blocked-address"
    assert asked == []


def test_dns_rebinding_connects_only_to_the_vetted_address(monkeypatch, make_fetcher, connects):
    """First answer public, every later one the metadata service: sockets go to the first."""
    if not can_bind("127.0.0.2"):
        pytest.skip("127.0.0.2 not bindable here")
    real = fetch_module.refusal  # 127.0.0.2 plays a public address
    monkeypatch.setattr(fetch_module, "refusal",
                        lambda ip, allow=False: None if str(ip) == "127.0.0.2" else real(ip, allow))
    answers = iter(["127.0.0.2"])
    asked: list[str] = []

    def rebinding(host, port, family=0, type=0):
        asked.append(host)
        return _resolver({host: next(answers, "169.254.169.254")})(host, port)

    server = _serve("127.0.0.2")
    port = server.server_address[1]
    server.behaviours["/a"] = _answer(f"HTTP/1.1 302 Found\r\nLocation: http://rebind.test:{port}/b\r\n"
                                      "Content-Length: 0\r\n\r\n")
    server.behaviours["/b"] = _answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
    try:
        fetcher = make_fetcher(policy={"allow_private": False}, resolve=rebinding)
        first = fetcher(FetchRequest(f"http://rebind.test:{port}/a"))
        second = fetcher(FetchRequest(f"http://rebind.test:{port}/b"))
    finally:
        _stop(server)
    assert (first.status, second.status) == (200, 200)
    assert {address[0] for address in connects} == {"127.0.0.2"}
    assert asked == ["rebind.test"]


# --------------------------------------------------------------------------- redirects


@pytest.mark.parametrize(
    "location",
    [
        pytest.param("file:///etc/passwd", id="file"),
        pytest.param("gopher://127.0.0.1:70/_SET%20key", id="gopher"),
        pytest.param("ftp://127.0.0.1/pub", id="ftp"),
        pytest.param("data:text/html,<title>x</title>", id="data"),
        pytest.param("javascript:alert(1)", id="javascript"),
        pytest.param("dict://127.0.0.1:11211/stat", id="dict"),
        pytest.param("http://[::1", id="unclosed_bracket"),
    ],
)
def test_redirect_to_a_non_http_scheme_is_refused(location, raw_server, fetcher):
    raw_server.behaviours["/go"] = _answer(f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n")
    result = fetcher(FetchRequest(raw_server.url("/go")))
    assert result.error == "bad-redirect", result
    assert result.body == b""
    assert len(raw_server.seen) == 1


@pytest.mark.parametrize(
    "target",
    [
        pytest.param("http://127.0.0.1:{port}/secret", id="loopback"),
        pytest.param("http://0x7f000001:{port}/secret", id="hex_loopback"),
        pytest.param("http://[::ffff:7f00:1]:{port}/secret", id="mapped_loopback"),
        pytest.param("http://169.254.169.254/latest/meta-data/", id="metadata"),
        pytest.param("http://public-looking.example:{port}/secret", id="name_resolving_private"),
    ],
)
def test_redirect_from_a_public_site_to_a_private_address_is_refused(target, monkeypatch, make_fetcher):
    if not can_bind("127.0.0.2"):
        pytest.skip("127.0.0.2 not bindable here")
    real = fetch_module.refusal
    monkeypatch.setattr(fetch_module, "refusal",
                        lambda ip, allow=False: None if str(ip) == "127.0.0.2" else real(ip, allow))
    server = _serve("127.0.0.2")
    location = target.format(port=server.server_address[1])
    server.behaviours["/start"] = _answer(f"HTTP/1.1 301 Moved\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n")
    try:
        result = make_fetcher(policy={"allow_private": False}, resolve=_resolver(_NAMES))(
            FetchRequest(server.url("/start")))
    finally:
        _stop(server)
    assert result.error == "blocked-address", result
    assert len(server.seen) == 1


def test_redirect_to_metadata_is_refused_even_with_allow_private(raw_server, fetcher):
    raw_server.behaviours["/go"] = _answer(
        "HTTP/1.1 307 Temporary\r\nLocation: http://169.254.169.254/latest/meta-data/\r\nContent-Length: 0\r\n\r\n")
    result = fetcher(FetchRequest(raw_server.url("/go")))
    assert result.error == "blocked-address"
    assert [hop.url for hop in result.redirects] == ["http://169.254.169.254/latest/meta-data/"]


@pytest.mark.parametrize(
    "location, path",
    [
        pytest.param("/b", "/b", id="absolute_path"),
        pytest.param("b", "/dir/b", id="relative_path"),
        pytest.param("../b", "/b", id="parent_path"),
        pytest.param("?page=2", "/dir/a?page=2", id="query_only"),
        pytest.param("//127.0.0.1:{port}/b", "/b", id="scheme_relative"),
        pytest.param("  /b  ", "/b", id="padded"),
    ],
)
def test_relative_redirects_resolve_against_the_current_hop(location, path, raw_server, fetcher):
    port = raw_server.server_address[1]
    raw_server.behaviours["/dir/a"] = lambda sock, srv: sock.sendall(
        (f"HTTP/1.1 302 Found\r\nLocation: {location.format(port=port)}\r\nContent-Length: 0\r\n\r\n"
         if len(srv.seen) == 1 else "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok").encode())
    raw_server.behaviours["/b"] = raw_server.behaviours["/dir/b"] = _answer(
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
    result = fetcher(FetchRequest(raw_server.url("/dir/a")))
    assert (result.status, result.final_url) == (200, raw_server.url(path))


@pytest.mark.parametrize(
    "location",
    [
        pytest.param("/next%0d%0aX-Injected:%20yes", id="encoded_crlf"),
        pytest.param("/next\rX-Injected: yes", id="bare_cr"),
        pytest.param("/next\r\nX-Injected: yes", id="crlf_splits_the_header"),
        pytest.param("/next\tX-Injected: yes", id="tab"),
    ],
)
def test_crlf_in_location_cannot_inject_request_headers(location, raw_server, fetcher):
    raw_server.behaviours["/crlf"] = _answer(f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n")
    result = fetcher(FetchRequest(raw_server.url("/crlf")))
    assert result.error in (None, "bad-redirect"), result
    for request in raw_server.seen:
        head_lines = request.split(b"\r\n")
        assert not any(line.lower().startswith(b"x-injected") for line in head_lines), request
        assert b"\r" not in request.replace(b"\r\n", b"")


def test_redirect_loop_is_a_clear_status(httpserver, fetcher):
    httpserver.expect_request("/p").respond_with_response(Response(status=302, headers={"Location": "/q"}))
    httpserver.expect_request("/q").respond_with_response(Response(status=301, headers={"Location": "/p#again"}))
    result = fetcher(FetchRequest(httpserver.url_for("/p")))
    assert result.error == "redirect-loop"
    assert len(httpserver.log) == 2


def test_fifty_hop_chain_stops_at_the_cap(httpserver, fetcher):
    httpserver.expect_request(re.compile(r"/hop/\d+")).respond_with_handler(
        lambda request: Response(status=302, headers={"Location": f"/hop/{int(request.path.rsplit('/', 1)[1]) + 1}"}))
    start = time.monotonic()
    result = fetcher(FetchRequest(httpserver.url_for("/hop/0")))
    assert result.error == "too-many-redirects"
    assert len(httpserver.log) == FAST.max_redirects + 1 < 50
    assert time.monotonic() - start < 2


def test_redirect_to_a_url_with_credentials_sends_none(raw_server, fetcher):
    port = raw_server.server_address[1]
    raw_server.behaviours["/login"] = _answer(
        f"HTTP/1.1 302 Found\r\nLocation: http://admin:hunter2@127.0.0.1:{port}/inside\r\nContent-Length: 0\r\n\r\n")
    raw_server.behaviours["/inside"] = _answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
    result = fetcher(FetchRequest(raw_server.url("/login")))
    assert result.status == 200
    assert result.final_url == raw_server.url("/inside")
    assert all("hunter2" not in hop.url for hop in result.redirects)
    assert not any(b"authorization" in r.lower() or b"hunter2" in r for r in raw_server.seen)


# --------------------------------------------------------------------------- credentials, cookies, proxies


def test_credentials_in_the_url_are_neither_sent_nor_recorded(raw_server, tmp_path):
    raw_server.behaviours["/page"] = _answer("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                             "Set-Cookie: sid=SESSIONSECRET\r\nContent-Length: 2\r\n\r\nok")
    url = raw_server.url("/page").replace("http://", "http://user:pass@")
    with Fetcher(FAST) as fetcher, cassette(tmp_path, "creds", "record"):
        result = fetcher(FetchRequest(url))
    assert result.status == 200
    request = raw_server.seen[0].lower()
    assert b"authorization" not in request and b"pass" not in request
    text = cassette_path(tmp_path, "creds").read_text(encoding="utf-8")
    for secret in ("user:pass", "Authorization", "SESSIONSECRET", "Set-Cookie"):
        assert secret not in text


def test_cookies_set_by_a_server_are_never_sent_back(raw_server, fetcher):
    raw_server.behaviours["/set"] = _answer("HTTP/1.1 200 OK\r\nSet-Cookie: sid=abc; Path=/\r\n"
                                            "Set-Cookie: other=1; Domain=127.0.0.1\r\nContent-Length: 0\r\n\r\n")
    raw_server.behaviours["/again"] = _answer("HTTP/1.1 302 Found\r\nSet-Cookie: hop=1\r\nLocation: /set\r\n"
                                              "Content-Length: 0\r\n\r\n")
    fetcher(FetchRequest(raw_server.url("/set")))
    fetcher(FetchRequest(raw_server.url("/again")))
    assert len(raw_server.seen) == 3
    assert not any(b"cookie" in request.lower() for request in raw_server.seen)


def test_proxy_and_netrc_from_the_environment_are_ignored(raw_server, monkeypatch, tmp_path):
    proxy = _serve()
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login alice password NETRCSECRET\n", encoding="utf-8")
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, proxy.url(""))
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.setenv("NETRC", str(netrc))
    raw_server.behaviours["/direct"] = _answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
    try:
        with Fetcher(FAST) as fetcher:
            result = fetcher(FetchRequest(raw_server.url("/direct")))
    finally:
        _stop(proxy)
    assert result.status == 200
    assert proxy.seen == []
    assert b"NETRCSECRET" not in raw_server.seen[0] and b"authorization" not in raw_server.seen[0].lower()


# --------------------------------------------------------------------------- hostile bodies


def _bomb_parts(wbits: int) -> tuple[bytes, bytes]:
    """(stream head, segment): each segment inflates to 1 MiB of zeros from about 1 KiB.

    A full flush resets the compressor, so every later MiB compresses to the same bytes
    and the server can stream a 10 GB expansion without compressing 10 GB.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    zeros = bytes(1 << 20)
    head = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    segment = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH) == segment
    return head, segment


def _bomb(encoding: str, wbits: int, segments: int = 10_000):
    """A server behaviour sending ~10 MB that inflates to ~10 GB; counts the bytes it got out."""
    head, segment = _bomb_parts(wbits)

    def send(sock, server):
        server.sent = 0
        sock.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: {encoding}\r\n"
                     f"Content-Length: {len(head) + segments * len(segment)}\r\n\r\n".encode() + head)
        for _ in range(segments):
            if server.stop.is_set():
                return
            sock.sendall(segment)
            server.sent += len(segment)

    return send, len(head) + segments * len(segment)


@pytest.mark.parametrize(
    "encoding, wbits",
    [
        pytest.param("gzip", 31, id="gzip"),
        pytest.param("deflate", 15, id="deflate_zlib"),
        pytest.param("deflate", -15, id="deflate_raw"),
    ],
)
def test_compression_bomb_is_capped_on_decoded_bytes_and_stops_early(encoding, wbits, raw_server, make_fetcher):
    behaviour, size = _bomb(encoding, wbits)
    raw_server.behaviours["/bomb"] = behaviour
    fetcher = make_fetcher(policy={"deadline": 5.0, "read_timeout": 2.0})
    tracemalloc.start()
    try:
        start = time.monotonic()
        result = fetcher(FetchRequest(raw_server.url("/bomb"), max_bytes=50_000))
        elapsed = time.monotonic() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (result.status, len(result.body)) == (200, 50_000)
    assert result.body == bytes(50_000)
    assert elapsed < 2
    assert peak < 20_000_000, f"peak {peak} bytes"
    assert raw_server.sent < size // 2, "the client read the whole bomb"


@pytest.mark.parametrize(
    "encodings",
    [
        pytest.param("br", id="brotli_unrequested"),
        pytest.param("gzip, gzip, gzip, gzip, gzip, gzip, gzip, gzip", id="stacked_encodings"),
        pytest.param("zstd", id="zstd_unrequested"),
        pytest.param("x-unknown", id="unknown_encoding"),
    ],
)
def test_odd_content_encodings_stay_bounded(encodings, raw_server, fetcher):
    head, segment = _bomb_parts(31)
    raw_server.behaviours["/enc"] = lambda sock, srv: drip(
        sock, srv, f"HTTP/1.1 200 OK\r\nContent-Encoding: {encodings}\r\n\r\n".encode() + head, segment, every=0)
    start = time.monotonic()
    result = fetcher(FetchRequest(raw_server.url("/enc"), max_bytes=10_000))
    assert time.monotonic() - start < 3
    assert result.error in (None, "malformed"), result
    assert len(result.body) <= 10_000


def test_never_ending_chunked_body_is_capped(raw_server, fetcher):
    chunk = b"4000\r\n" + b"c" * 0x4000 + b"\r\n"
    raw_server.behaviours["/chunks"] = lambda sock, srv: drip(
        sock, srv, b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n", chunk, every=0)
    start = time.monotonic()
    result = fetcher(FetchRequest(raw_server.url("/chunks"), max_bytes=70_000))
    assert (result.status, len(result.body)) == (200, 70_000)
    assert time.monotonic() - start < 1


@pytest.mark.parametrize(
    "head, unit",
    [
        pytest.param(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n", b"<", id="body"),
        pytest.param(b"HTTP/1.1 200 OK\r\n", b"X", id="headers"),
        pytest.param(b"", b"H", id="status_line"),
    ],
)
def test_one_byte_a_second_drip_ends_at_the_total_deadline(head, unit, raw_server, make_fetcher):
    raw_server.behaviours["/drip"] = lambda sock, srv: drip(sock, srv, head, unit, every=1.0)
    # Each byte arrives within the read timeout: only the wall-clock deadline can end this.
    fetcher = make_fetcher(policy={"read_timeout": 3.0, "deadline": 1.5, "max_timeout_retries": 0})
    start = time.monotonic()
    result = fetcher(FetchRequest(raw_server.url("/drip")))
    assert result.error == "timeout", result
    assert time.monotonic() - start < 2.2


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(b"HTTP/1.1 200 OK\r\nX-Huge: " + b"h" * 2_000_000 + b"\r\n\r\n", id="enormous_header_line"),
        pytest.param(b"HTTP/1.1 200 OK\r\n" + b"X-Many: v\r\n" * 10_000 + b"\r\n", id="ten_thousand_headers"),
        pytest.param(b"HTTP/1.1 OK\r\n\r\n", id="status_without_code"),
        pytest.param(b"HTTP/1.1 2000 Too Big\r\nContent-Length: 0\r\n\r\n", id="status_code_out_of_range"),
        pytest.param(b"SSH-2.0-OpenSSH_9.6\r\n", id="not_http"),
        pytest.param(b"<html><title>HTTP/0.9</title>hello</html>", id="http_0_9"),
        pytest.param(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\nx", id="huge_chunk_size"),
    ],
)
def test_malformed_answers_give_a_clear_status(answer, raw_server, fetcher):
    raw_server.behaviours["/bad"] = lambda sock, srv: sock.sendall(answer)
    tracemalloc.start()
    try:
        result = fetcher(FetchRequest(raw_server.url("/bad")))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.error == "malformed", result
    assert result.detail.startswith("malformed response")
    assert peak < 10_000_000


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(b"HTTP/1.1 200 OK\r\nContent-Length: banana\r\n\r\nok", id="bad_content_length"),
        pytest.param(b"HTTP/1.1 200 OK\r\nno colon here\r\nContent-Length: 2\r\n\r\nok", id="header_without_colon"),
        pytest.param(b"HTTP/1.1 200 OK\r\nX-Bin: \x00\xff\xfe\r\nContent-Length: 2\r\n\r\nok", id="binary_header"),
        pytest.param(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 9\r\n\r\nok", id="two_lengths"),
        pytest.param(b"HTTP/1.1 301 Moved\r\nContent-Length: 0\r\n\r\n", id="redirect_without_location"),
        pytest.param(b"HTTP/1.1 302 Found\r\nLocation: \r\nContent-Length: 0\r\n\r\n", id="empty_location"),
    ],
)
def test_odd_but_readable_answers_never_raise(answer, raw_server, fetcher):
    raw_server.behaviours["/odd"] = lambda sock, srv: sock.sendall(answer)
    result = fetcher(FetchRequest(raw_server.url("/odd")))
    assert result.status is not None or result.error in ("malformed", "reset", "redirect-loop", "bad-redirect")


@pytest.mark.parametrize(
    "content_type, body, title",
    [
        pytest.param("text/html; charset=windows-1250", "<title>Příliš žluťoučký kůň</title>".encode("cp1250"),
                     "Příliš žluťoučký kůň", id="declared_cp1250"),
        pytest.param("text/html; charset=x-no-such-charset", "<title>Café</title>".encode("utf-8"),
                     "Café", id="unknown_charset"),
        pytest.param("text/html; charset=utf-8", b"<title>caf\xe9 \xff\xfe</title>", None, id="invalid_utf8"),
        pytest.param("text/html; charset=utf-16", b"<title>not utf-16</title>", None, id="wrong_declared_charset"),
        pytest.param("text/html", b"\x00\x01\x02<title>\x80\x81</title>" * 3, None, id="binary_noise"),
        pytest.param("text/html; charset=utf-7", b"<title>+ADw-script+AD4-</title>", None, id="utf_7"),
    ],
)
def test_odd_charsets_are_read_without_crashing(content_type, body, title):
    page = read_page(body, content_type)
    assert isinstance(page.title, str)
    if title is not None:
        assert page.title == title


def test_meta_refresh_is_not_followed(raw_server, make_fetcher, connects):
    port = raw_server.server_address[1]
    page = ('<html><head><title>Rivers of Memory</title><meta http-equiv="refresh" '
            'content="0; url=http://169.254.169.254/latest/meta-data/"></head><body><h1>Rivers of Memory</h1>'
            "</body></html>")
    raw_server.behaviours["/refresh"] = _answer(
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(page)}\r\n\r\n{page}")
    fetcher = make_fetcher()
    checks, _ = check_urls([ref(raw_server.url("/refresh"), "Rivers of Memory")], fetcher, archive=False)
    assert checks[0].verdict == "ok"
    assert {address[:2] for address in connects} == {("127.0.0.1", port)}
    assert not any(b"meta-data" in request for request in raw_server.seen)


# --------------------------------------------------------------------------- URL parsing


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("http://example.com/" + "a" * 100_000, id="100_kb_url"),
        pytest.param("http://%31%32%37.0.0.1/", id="percent_encoded_host"),
        pytest.param("http://127.0.0.1\\@example.com/", id="backslash_before_at"),
        pytest.param("http://example.com\\@127.0.0.1/", id="backslash_after_host"),
        pytest.param("http://exa mple.com/", id="space_in_host"),
        pytest.param("http://xn--a.example/", id="invalid_punycode"),
        pytest.param("http://a..b.example/", id="empty_label"),
        pytest.param("http://" + "a" * 64 + ".example/", id="label_too_long"),
        pytest.param("http://ex<ample.com/", id="angle_bracket_in_host"),
        pytest.param("http://[::1]x/", id="junk_after_ipv6"),
        pytest.param("http://[not-an-ip]/", id="bracketed_name"),
        pytest.param("http://\ufffd.example/", id="replacement_character"),
    ],
)
def test_unusable_urls_are_invalid_and_fetch_nothing(url, make_fetcher, connects):
    asked: list[str] = []
    fetcher = make_fetcher(policy={"allow_private": False}, resolve=_resolver(_NAMES, asked))
    start = time.monotonic()
    result = fetcher(FetchRequest(url))
    assert result.error == "invalid", result
    assert (asked, connects) == ([], [])
    assert time.monotonic() - start < 0.5


@pytest.mark.parametrize(
    "url, host",
    [
        pytest.param("http://example.com#@127.0.0.1/", "example.com", id="at_sign_in_fragment"),
        pytest.param("http://example.com?@127.0.0.1/", "example.com", id="at_sign_in_query"),
        pytest.param("http://127.0.0.1:80@example.com/", "example.com", id="loopback_as_userinfo"),
        pytest.param("http://bücher.example/", "xn--bcher-kva.example", id="idna_name"),
        pytest.param("http://BÜCHER.example/", "xn--bcher-kva.example", id="idna_upper_case"),
        pytest.param("http://exa\u200bmple.com/", "example.com", id="zero_width_space_ignored_as_browsers_do"),
    ],
)
def test_confusing_urls_go_to_the_host_a_parser_sees(url, host, make_fetcher, connects):
    asked: list[str] = []
    fetcher = make_fetcher(policy={"allow_private": False, "connect_timeout": 0.05, "max_timeout_retries": 0},
                           resolve=_resolver(_NAMES, asked))
    result = fetcher(FetchRequest(url))  # the connects fixture refuses the (public) address
    assert asked == [host]
    assert all(address[0] == "93.184.216.34" for address in connects), result


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("http://１２７.０.０.１/", id="fullwidth_digits"),
        pytest.param("http://127。0。0。1/", id="ideographic_dots"),
        pytest.param("http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/", id="enclosed_letters"),
    ],
)
def test_unicode_spellings_of_loopback_are_refused(url, strict, connects):
    result = strict(FetchRequest(url))
    assert result.error in ("blocked-address", "invalid"), result
    assert connects == []


def test_unicode_host_is_fetched_by_its_ascii_name(raw_server, make_fetcher):
    raw_server.behaviours["/idn"] = _answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
    port = raw_server.server_address[1]
    fetcher = make_fetcher(resolve=_resolver({"xn--bcher-kva.example": "127.0.0.1"}))
    result = fetcher(FetchRequest(f"http://bücher.example:{port}/idn"))
    assert result.status == 200, result
    assert f"Host: xn--bcher-kva.example:{port}".encode() in raw_server.seen[0]


def test_clean_url_keeps_ordinary_urls_as_cited():
    assert clean_url("https://Example.org:8443/a%20b?q=1#frag") == "https://Example.org:8443/a%20b?q=1"
    assert clean_url("http://my_host.example.org/") == "http://my_host.example.org/"


# --------------------------------------------------------------------------- cassettes


def test_recording_a_huge_body_honours_the_cap(raw_server, tmp_path):
    total = 64 * 1024 * 1024  # finite, so a regression fails the test instead of eating the machine

    def huge(sock, server):
        sock.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {total}\r\n\r\n".encode())
        block = b"<p>" + b"z" * 65533
        for _ in range(total // len(block)):
            if server.stop.is_set():
                return
            sock.sendall(block)

    raw_server.behaviours["/huge"] = huge
    policy = replace(FAST, deadline=5.0, read_timeout=2.0)
    tracemalloc.start()
    try:
        start = time.monotonic()
        with Fetcher(policy) as fetcher, cassette(tmp_path, "huge", "record"):
            result = fetcher(FetchRequest(raw_server.url("/huge"), max_bytes=50_000))
        elapsed = time.monotonic() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (result.status, len(result.body)) == (200, 50_000)
    assert elapsed < 2
    assert peak < 20_000_000, f"peak {peak} bytes"
    assert cassette_path(tmp_path, "huge").stat().st_size < 2_000_000
    with Fetcher(replace(FAST, offline=True)) as fetcher, cassette(tmp_path, "huge", "offline"):
        replayed = fetcher(FetchRequest(raw_server.url("/huge"), max_bytes=50_000))
    assert (replayed.status, replayed.body) == (200, result.body)


def test_recording_a_compression_bomb_stores_bounded_decoded_bytes(raw_server, tmp_path):
    behaviour, _ = _bomb("gzip", 31, segments=100)  # ~100 KB on the wire, 100 MiB decoded
    raw_server.behaviours["/bomb"] = behaviour
    tracemalloc.start()
    try:
        with Fetcher(replace(FAST, deadline=5.0, read_timeout=2.0)) as fetcher, \
                cassette(tmp_path, "bomb", "record"):
            result = fetcher(FetchRequest(raw_server.url("/bomb"), max_bytes=50_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (result.status, len(result.body)) == (200, 50_000)
    assert peak < 20_000_000, f"peak {peak} bytes"
    text = cassette_path(tmp_path, "bomb").read_text(encoding="utf-8")
    assert len(text) < 2_000_000
    with Fetcher(replace(FAST, offline=True)) as fetcher, cassette(tmp_path, "bomb", "offline"):
        replayed = fetcher(FetchRequest(raw_server.url("/bomb"), max_bytes=50_000))
    assert (replayed.status, replayed.body) == (200, bytes(50_000))


def test_offline_replay_never_opens_a_socket(httpserver, tmp_path, monkeypatch):
    httpserver.expect_request("/ok").respond_with_data(html("Rivers of Memory"), content_type="text/html")
    httpserver.expect_request("/gone").respond_with_data("gone", status=404)
    recorded = ref(httpserver.url_for("/ok"), "Rivers of Memory. Accessed 2014-07-22.")
    gone = ref(httpserver.url_for("/gone"), "Lost page. Accessed 2014-07-22.", line=2)
    missing = ref(httpserver.url_for("/never-recorded"), line=3)
    with Fetcher(FAST) as fetcher, cassette(tmp_path, "doc", "record"):
        check_urls([recorded, gone], fetcher, archive=False, concurrency=1)
    attempts: list = []

    def refuse(sock, address):
        attempts.append(address)
        raise AssertionError(f"offline replay opened a socket to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    options = UrlOptions(offline=True, allow_private=True, cassette_dir=str(tmp_path), archive=True,
                         archive_base=httpserver.url_for(""), concurrency=4)
    checks, _ = verify_urls([_extraction([recorded, gone, missing])], options)
    assert [c.verdict for c in checks] == ["ok", "dead", "unverified"]
    assert attempts == []


def _extraction(urlrefs):
    from checker.model import Document, Extraction

    document = Document(id="doc", path="doc.txt", lines=(), encoding="utf-8", sha256="")
    return Extraction(document=document, pages=(), line_roles=(), notes=(), markers=(), citations=(),
                      bibliography=(), urls=tuple(urlrefs))


def test_recording_a_gzip_page_replays_the_same_page(raw_server, tmp_path):
    page = html("Rivers of Memory").encode()
    body = zlib.compress(page, 9, wbits=31)
    raw_server.behaviours["/gz"] = _answer(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
        f"Content-Length: {len(body)}\r\n\r\n" + body.decode("latin-1"))
    with Fetcher(FAST) as fetcher, cassette(tmp_path, "gz", "record"):
        live = fetcher(FetchRequest(raw_server.url("/gz")))
    assert (live.status, live.body) == (200, page)
    assert "Rivers of Memory" in cassette_path(tmp_path, "gz").read_text(encoding="utf-8")
    with Fetcher(replace(FAST, offline=True)) as fetcher, cassette(tmp_path, "gz", "offline"):
        replayed = fetcher(FetchRequest(raw_server.url("/gz")))
    assert (replayed.status, replayed.body) == (200, page)


@pytest.mark.parametrize(
    "url, hint",
    [
        pytest.param("http://169.254.169.254/latest/meta-data/", False, id="metadata_never_allowed"),
        pytest.param("http://127.0.0.1:9/", True, id="loopback_allowed_with_opt_in"),
    ],
)
def test_refused_url_is_unverified_and_names_the_opt_in_only_when_it_helps(url, hint, strict):
    checks, findings = check_urls([ref(url)], strict, archive=False)
    assert checks[0].verdict == "unverified"
    assert "refused by the safety policy" in checks[0].evidence
    assert ("--allow-private" in checks[0].evidence) is hint
    assert [f.rule for f in findings] == ["url.unverified"]
