"""The guarded fetcher against a local server: redirects, retries, caps, deadlines, addresses."""

from __future__ import annotations

import socket
import time

import pytest
from werkzeug.wrappers import Response

from checker.model import FetchRequest
from checker.verify import fetch as fetch_module
from checker.verify.fetch import Fetcher, FetchPolicy, clean_url

from .conftest import FAST, can_bind, drip, html


def test_get_reads_status_headers_and_body(httpserver, fetcher):
    httpserver.expect_request("/page").respond_with_data(html("A page"), content_type="text/html")
    result = fetcher(FetchRequest(httpserver.url_for("/page")))
    assert (result.status, result.error) == (200, None)
    assert b"<title>A page</title>" in result.body
    assert result.header("content-type").startswith("text/html")


def test_redirects_are_followed_hop_by_hop_and_recorded(httpserver, fetcher):
    httpserver.expect_request("/a").respond_with_response(Response(status=301, headers={"Location": "/b"}))
    httpserver.expect_request("/b").respond_with_response(Response(status=302, headers={"Location": "/c"}))
    httpserver.expect_request("/c").respond_with_data("done")
    result = fetcher(FetchRequest(httpserver.url_for("/a")))
    assert result.status == 200
    assert [(hop.status, hop.url) for hop in result.redirects] == [
        (301, httpserver.url_for("/b")), (302, httpserver.url_for("/c"))]
    assert result.final_url == httpserver.url_for("/c")


def test_redirect_loop_is_detected(httpserver, fetcher):
    httpserver.expect_request("/x").respond_with_response(Response(status=302, headers={"Location": "/y"}))
    httpserver.expect_request("/y").respond_with_response(Response(status=302, headers={"Location": "/x"}))
    result = fetcher(FetchRequest(httpserver.url_for("/x")))
    assert result.error == "redirect-loop"
    assert len(result.redirects) == 2


def test_endless_redirects_stop_at_the_cap(httpserver, fetcher):
    def handler(request):
        n = int(request.path.rsplit("/", 1)[1])
        return Response(status=302, headers={"Location": f"/r/{n + 1}"})

    httpserver.expect_request("/r/0").respond_with_handler(handler)
    for n in range(1, 20):
        httpserver.expect_request(f"/r/{n}").respond_with_handler(handler)
    result = fetcher(FetchRequest(httpserver.url_for("/r/0")))
    assert result.error == "too-many-redirects"
    assert len(result.redirects) == FAST.max_redirects + 1


def test_429_is_retried_honouring_retry_after(httpserver, make_fetcher):
    waits: list[float] = []
    answers = iter([Response("slow down", status=429, headers={"Retry-After": "1"}), Response("fine")])
    httpserver.expect_request("/rl").respond_with_handler(lambda request: next(answers))
    fetcher = make_fetcher(sleep=waits.append)
    result = fetcher(FetchRequest(httpserver.url_for("/rl")))
    assert result.status == 200
    assert waits == [1.0]


def test_persistent_503_backs_off_on_a_fixed_exponential_schedule(httpserver, make_fetcher):
    waits: list[float] = []
    httpserver.expect_request("/down").respond_with_data("down", status=503)
    fetcher = make_fetcher(sleep=waits.append, policy={"backoff": 0.5, "max_retries": 3})
    result = fetcher(FetchRequest(httpserver.url_for("/down")))
    assert result.status == 503
    assert waits == [0.5, 1.0, 2.0]
    assert "after 4 attempts" in result.detail


def test_retry_after_beyond_the_cap_is_not_waited_for(httpserver, make_fetcher):
    waits: list[float] = []
    httpserver.expect_request("/rl").respond_with_data("no", status=429, headers={"Retry-After": "3600"})
    result = make_fetcher(sleep=waits.append)(FetchRequest(httpserver.url_for("/rl")))
    assert result.status == 429
    assert waits == []


def test_retries_stop_when_the_wait_budget_is_spent(httpserver, make_fetcher):
    """Each Retry-After is honoured, but one hop never waits more than retry_budget in all."""
    waits: list[float] = []
    httpserver.expect_request("/rl").respond_with_data("no", status=429, headers={"Retry-After": "3"})
    policy = {"max_retry_after": 5.0, "retry_budget": 4.0, "max_retries": 3}
    result = make_fetcher(sleep=waits.append, policy=policy)(FetchRequest(httpserver.url_for("/rl")))
    assert result.status == 429
    assert waits == [3.0]


@pytest.mark.parametrize(
    "path, status, content_type, read",
    [
        pytest.param("/page", 200, "text/html; charset=utf-8", True, id="html_2xx_read"),
        pytest.param("/file", 200, "application/pdf", False, id="pdf_not_read"),
        pytest.param("/error", 404, "text/html", False, id="error_page_not_read"),
    ],
)
def test_read_body_if_reads_only_wanted_bodies(path, status, content_type, read, httpserver, fetcher):
    body = html("A page")
    httpserver.expect_request(path).respond_with_data(body, status=status, content_type=content_type)
    result = fetcher(FetchRequest(httpserver.url_for(path), read_body_if=("text/html",)))
    assert (result.status, result.body) == (status, body.encode() if read else b"")
    assert result.header("Content-Type") == content_type


def test_host_queue_does_not_hold_global_slots(raw_server, make_fetcher):
    """With one global slot, a request to a free host is not stuck behind a busy host's queue."""
    from concurrent.futures import ThreadPoolExecutor

    raw_server.behaviours["/slow"] = lambda sock, srv: (time.sleep(0.3), sock.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"))
    fetcher = make_fetcher(policy={"per_host": 1, "concurrency": 2, "read_timeout": 2.0, "deadline": 3.0})
    slow = raw_server.url("/slow")
    other = slow.replace("127.0.0.1", "127.0.0.2") if can_bind("127.0.0.2") else None
    if other is None:
        pytest.skip("no second loopback address")
    with ThreadPoolExecutor(4) as pool:
        queued = [pool.submit(fetcher, FetchRequest(slow)) for _ in range(3)]
        time.sleep(0.05)
        start = time.monotonic()
        fast = fetcher(FetchRequest(other))
        elapsed = time.monotonic() - start
        assert all(f.result().status == 200 for f in queued)
    assert fast.error == "refused" or fast.status is not None
    assert elapsed < 0.25, "the free host waited for the busy host's queue"


def test_no_cookies_and_no_credentials_are_sent(httpserver, fetcher):
    httpserver.expect_request("/set").respond_with_response(
        Response("set", headers={"Set-Cookie": "session=abc; Path=/"}))
    seen = {}

    def echo(request):
        seen.update(request.headers)
        return Response("ok")

    httpserver.expect_request("/check").respond_with_handler(echo)
    fetcher(FetchRequest(httpserver.url_for("/set")))
    url = httpserver.url_for("/check").replace("http://", "http://alice:s3cret@")
    result = fetcher(FetchRequest(url))
    assert result.status == 200
    assert "Cookie" not in seen and "Authorization" not in seen


@pytest.mark.parametrize(
    "url, error",
    [
        pytest.param("ftp://example.org/file", "invalid", id="ftp_scheme"),
        pytest.param("javascript:alert(1)", "invalid", id="javascript_scheme"),
        pytest.param("http:///nohost", "invalid", id="no_host"),
        pytest.param("http://example.org:99999/", "invalid", id="port_out_of_range"),
    ],
)
def test_unusable_urls_are_invalid(url, error, fetcher):
    assert fetcher(FetchRequest(url)).error == error


def test_clean_url_strips_credentials_and_fragment():
    assert clean_url("HTTP://u:p@host.org/a?b=1#frag") == "http://host.org/a?b=1"


# --------------------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("http://127.0.0.1:9/", id="loopback"),
        pytest.param("http://2130706433:9/", id="decimal_loopback"),
        pytest.param("http://0x7f.1:9/", id="hex_loopback"),
        pytest.param("http://0177.0.0.1:9/", id="octal_loopback"),
        pytest.param("http://[::1]:9/", id="ipv6_loopback"),
        pytest.param("http://[::ffff:127.0.0.1]:9/", id="ipv4_mapped_loopback"),
        pytest.param("http://10.1.2.3/", id="private"),
        pytest.param("http://169.254.169.254/latest/meta-data/", id="aws_metadata"),
        pytest.param("http://[fd00:ec2::254]/", id="aws_metadata_ipv6"),
        pytest.param("http://100.100.100.200/", id="alibaba_metadata"),
        pytest.param("http://224.0.0.1/", id="multicast"),
        pytest.param("http://0.0.0.0:9/", id="unspecified"),
    ],
)
def test_non_public_addresses_are_refused_without_opt_in(url, make_fetcher):
    result = make_fetcher(policy={"allow_private": False})(FetchRequest(url))
    assert result.error == "blocked-address", result
    assert result.status is None


def test_metadata_address_is_refused_even_with_opt_in(fetcher):
    assert fetcher(FetchRequest("http://169.254.169.254/")).error == "blocked-address"


def _public_127_0_0_2(monkeypatch):
    """Treat 127.0.0.2 as a public address so a local server can play the public site."""
    real = fetch_module.refusal
    monkeypatch.setattr(fetch_module, "refusal",
                        lambda ip, allow=False: None if str(ip) == "127.0.0.2" else real(ip, allow))


@pytest.mark.parametrize(
    "target",
    [
        pytest.param("http://169.254.169.254/latest/meta-data/", id="to_metadata"),
        pytest.param("http://127.0.0.1:{port}/secret", id="to_loopback"),
        pytest.param("http://2130706433:{port}/secret", id="to_decimal_loopback"),
        pytest.param("http://[::1]:{port}/secret", id="to_ipv6_loopback"),
        pytest.param("http://internal.test:{port}/secret", id="to_name_resolving_private"),
    ],
)
def test_redirect_to_a_private_address_is_refused_at_the_hop(target, monkeypatch, make_fetcher):
    if not can_bind("127.0.0.2"):
        pytest.skip("127.0.0.2 not bindable here")
    from .conftest import RawServer
    import threading

    server = RawServer("127.0.0.2")
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        location = target.format(port=server.server_address[1])
        server.behaviours["/start"] = lambda sock, srv: sock.sendall(
            f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n".encode())
        _public_127_0_0_2(monkeypatch)
        resolve = _resolver({"internal.test": "10.0.0.7"})
        result = make_fetcher(policy={"allow_private": False}, resolve=resolve)(FetchRequest(server.url("/start")))
    finally:
        server.shutdown()
        server.server_close()
    assert result.error == "blocked-address", result
    assert [hop.status for hop in result.redirects] == [302]
    assert len(server.seen) == 1  # nothing but the first request reached any server


def _resolver(table: dict[str, str], calls: list | None = None):
    def resolve(host, port, family=0, type=0):
        if calls is not None:
            calls.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        ip = table[host]
        fam = socket.AF_INET6 if ":" in ip else socket.AF_INET
        return [(fam, socket.SOCK_STREAM, 6, "", (ip, port))]

    return resolve


def test_connection_goes_to_the_vetted_address_with_the_name_in_host(httpserver, make_fetcher):
    """DNS rebinding: the name is resolved once, vetted, and the socket goes to that address."""
    seen = {}

    def echo(request):
        seen["host"] = request.headers.get("Host")
        return Response("ok")

    httpserver.expect_request("/pin").respond_with_handler(echo)
    calls: list[str] = []
    answers = iter(["127.0.0.1", "10.9.9.9", "10.9.9.9"])
    table = {}

    def rebinding(host, port, family=0, type=0):
        table["rebind.test"] = next(answers)
        return _resolver(table, calls)(host, port)

    fetcher = make_fetcher(resolve=rebinding)
    url = f"http://rebind.test:{httpserver.port}/pin"
    first, second = fetcher(FetchRequest(url)), fetcher(FetchRequest(url))
    assert (first.status, second.status) == (200, 200)
    assert calls == ["rebind.test"]
    assert seen["host"] == f"rebind.test:{httpserver.port}"


def test_name_that_does_not_exist_is_a_dns_error(make_fetcher):
    result = make_fetcher(resolve=_resolver({}))(FetchRequest("http://no-such-host.test/"))
    assert result.error == "dns"


def test_temporary_resolver_failure_is_not_a_dns_error(make_fetcher):
    def broken(host, port, family=0, type=0):
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    assert make_fetcher(resolve=broken)(FetchRequest("http://example.org/")).error == "resolver"


def test_name_resolving_to_any_private_address_is_refused(make_fetcher):
    def mixed(host, port, family=0, type=0):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    result = make_fetcher(policy={"allow_private": False}, resolve=mixed)(FetchRequest("http://mixed.test/"))
    assert result.error == "blocked-address"


# --------------------------------------------------------------------------- hostile servers


def test_slow_drip_body_is_cut_at_the_deadline(raw_server, fetcher):
    raw_server.behaviours["/drip"] = lambda sock, srv: drip(
        sock, srv, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n", b"<")
    start = time.monotonic()
    result = fetcher(FetchRequest(raw_server.url("/drip")))
    assert result.error == "timeout"
    assert time.monotonic() - start < 3 * (FAST.deadline + FAST.backoff) + 1


def test_slow_drip_headers_are_cut_at_the_deadline(raw_server, fetcher):
    raw_server.behaviours["/hdrs"] = lambda sock, srv: drip(sock, srv, b"HTTP/1.1 200 OK\r\n", b"X-A: b\r\n")
    start = time.monotonic()
    result = fetcher(FetchRequest(raw_server.url("/hdrs")))
    assert result.error in ("timeout", "malformed")
    assert time.monotonic() - start < 3 * (FAST.deadline + FAST.backoff) + 1


def test_server_that_never_answers_times_out(raw_server, fetcher):
    raw_server.behaviours["/hang"] = lambda sock, srv: srv.stop.wait(5)
    result = fetcher(FetchRequest(raw_server.url("/hang")))
    assert result.error == "timeout"


def test_never_ending_body_is_capped(raw_server, fetcher):
    raw_server.behaviours["/endless"] = lambda sock, srv: drip(
        sock, srv, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", b"x" * 65536, every=0)
    result = fetcher(FetchRequest(raw_server.url("/endless")))
    assert result.status == 200
    assert len(result.body) == FAST.max_bytes


def test_huge_declared_body_is_capped(raw_server, fetcher):
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5000000000\r\n\r\n"
    raw_server.behaviours["/huge"] = lambda sock, srv: drip(sock, srv, head, b"y" * 65536, every=0)
    result = fetcher(FetchRequest(raw_server.url("/huge"), max_bytes=1000))
    assert (result.status, len(result.body)) == (200, 1000)


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(b"HTTQ/9 abc\r\n\r\n", id="bad_status_line"),
        pytest.param(b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 70000 + b"\r\n\r\n", id="header_too_long"),
        pytest.param(b"HTTP/1.1 200 OK\r\n" + b"X-H: v\r\n" * 150 + b"\r\n", id="too_many_headers"),
        pytest.param(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n", id="bad_chunk"),
    ],
)
def test_malformed_answers_are_reported_not_raised(answer, raw_server, fetcher):
    raw_server.behaviours["/bad"] = lambda sock, srv: sock.sendall(answer)
    result = fetcher(FetchRequest(raw_server.url("/bad")))
    assert result.error == "malformed", result


def test_connection_closed_without_answer_is_reset(raw_server, fetcher):
    raw_server.behaviours["/reset"] = lambda sock, srv: None
    assert fetcher(FetchRequest(raw_server.url("/reset"))).error == "reset"


def test_refused_connection(make_fetcher):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again before the request: nothing listens
    assert make_fetcher()(FetchRequest(f"http://127.0.0.1:{port}/")).error == "refused"


def test_per_host_limit_caps_requests_in_flight(raw_server, make_fetcher):
    import threading
    from concurrent.futures import ThreadPoolExecutor

    state = {"now": 0, "peak": 0}
    lock = threading.Lock()

    def slow(sock, srv):
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")

    raw_server.behaviours["/p"] = slow
    fetcher = make_fetcher(policy={"per_host": 2})
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: fetcher(FetchRequest(raw_server.url("/p"))), range(12)))
    assert all(r.status == 200 for r in results)
    assert state["peak"] == 2


def test_fetcher_policy_defaults_are_careful():
    policy = FetchPolicy()
    assert not policy.allow_private
    assert 1 <= policy.per_host <= 8 and policy.max_redirects <= 20 and policy.max_bytes <= 5_000_000


def test_ipv6_loopback_is_reachable_with_opt_in(make_fetcher):
    if not can_bind("::1"):
        pytest.skip("no IPv6 loopback here")
    import http.server
    import threading

    class V6(http.server.HTTPServer):
        address_family = socket.AF_INET6

    class Ok(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = V6(("::1", 0), Ok)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        result = make_fetcher()(FetchRequest(f"http://[::1]:{server.server_address[1]}/"))
    finally:
        server.shutdown()
        server.server_close()
    assert (result.status, result.body) == (200, b"ok")


def test_fetcher_survives_many_sequential_requests_on_one_connection(httpserver, fetcher):
    httpserver.expect_request("/k").respond_with_data("k")
    assert all(fetcher(FetchRequest(httpserver.url_for("/k"))).status == 200 for _ in range(20))


def test_session_is_pooled_and_ignores_the_environment(monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    with Fetcher(FAST) as fetcher:
        assert fetcher._session.trust_env is False
