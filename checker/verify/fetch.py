"""FetchRequest → FetchResult: the one guarded HTTP client of citecheck.  [network]

Every request the verify stages make goes through :class:`Fetcher`, which

* accepts only http and https, strips credentials from URLs and never sends cookies;
* resolves the host itself and refuses private, loopback, link-local, multicast,
  reserved and cloud-metadata addresses (unless ``allow_private``), at every redirect
  hop, then connects to exactly the address it vetted (``verify/transport.py``);
* follows redirects by hand, one vetted hop at a time, up to ``max_redirects``;
* bounds each request by connect and read timeouts *and* a wall-clock deadline, and
  reads at most ``max_bytes`` of any body;
* retries timeouts, 429 and 503 on a fixed exponential schedule, honouring
  ``Retry-After`` up to ``max_retry_after`` seconds, and waits at most ``retry_budget``
  seconds in all per hop, so a rate-limited URL cannot dominate the run;
* reads a body only when the request wants it (``FetchRequest.read_body_if``): an
  unwanted body is drained up to 64 KiB to keep the connection alive, else dropped;
* keeps one pooled ``requests.Session`` (one pool per host, as large as the per-host
  limit) and caps requests in flight per host and overall. A request waits for its
  host's slot *before* taking a global one, so requests queued behind a busy host
  never hold global slots that other hosts could use.

Default timeouts: 5 s to connect (a live server on the far side of the world answers a
SYN well within 1 s; more means a dead or filtering host), 10 s between bytes and 15 s
for a whole answer (slow CMS pages take a few seconds; a drip-feeding server is cut off).

Problems come back as data (``FetchResult.error``), never as exceptions.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
import urllib3.exceptions
from vcr.errors import CannotOverwriteExistingCassetteException

from ..model import FetchRequest, FetchResult, Redirect
from .retry import retry_after_seconds
from .addresses import Refused, clean_url, name_refusal, parse_ip, redirect_target, refusal
from .transport import Pins, Watchdog, make_session, send

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
# An unwanted body up to this size is read and thrown away so the connection can be
# reused; a longer one costs less to drop with its connection than to download.
_DRAIN_BYTES = 65_536
_PERMANENT_DNS_ERRORS = frozenset(
    code for code in (getattr(socket, "EAI_NONAME", None), getattr(socket, "EAI_NODATA", None)) if code is not None
)


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How careful and how patient the fetcher is. Defaults suit a polite link check."""

    allow_private: bool = False
    offline: bool = False
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    deadline: float = 15.0
    max_redirects: int = 10
    max_retries: int = 2
    max_timeout_retries: int = 1
    backoff: float = 0.5
    max_retry_after: float = 5.0
    retry_budget: float = 6.0
    concurrency: int = 128
    per_host: int = 8
    max_bytes: int = 1_000_000
    user_agent: str = "citecheck/0.1 (citation checker; +https://github.com/citecheck)"


@dataclass(frozen=True, slots=True)
class _Answer:
    """One attempt's outcome, before redirects are followed."""

    status: int | None
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    error: str | None = None
    detail: str = ""

    def header(self, name: str) -> str | None:
        low = name.lower()
        return next((v for k, v in self.headers if k.lower() == low), None)


def host_key(url: str) -> str:
    """The politeness key of ``url``: its host name, lowercased, port ignored (as lychee)."""
    return (urlsplit(url).hostname or "").lower()


class Fetcher:
    """Callable ``FetchRequest → FetchResult`` with the safety and politeness policy above.

    ``resolve`` (default ``socket.getaddrinfo``), ``sleep`` and ``clock`` are injectable
    so tests can pin names to 127.0.0.1 and skip real waits.
    """

    def __init__(self, policy: FetchPolicy | None = None, *, resolve=socket.getaddrinfo,
                 sleep=time.sleep, clock=time.monotonic) -> None:
        self.policy = policy or FetchPolicy()
        self._resolve_fn, self._sleep, self._clock = resolve, sleep, clock
        self._pins = Pins(offline=self.policy.offline)
        self._watchdog = Watchdog(clock)
        pool = max(self.policy.per_host, 1)
        self._session = make_session(self._pins, self._watchdog, pool, self.policy.user_agent,
                                     body_cap=self.policy.max_bytes)
        self._global = threading.BoundedSemaphore(max(self.policy.concurrency, 1))
        self._hosts: dict[str, threading.BoundedSemaphore] = defaultdict(
            lambda: threading.BoundedSemaphore(max(self.policy.per_host, 1)))
        self._hosts_lock = threading.Lock()
        self._dns: dict[str, tuple[str | None, str | None, str]] = {}
        self._dns_lock = threading.Lock()

    def close(self) -> None:
        """Close the pooled connections."""
        self._session.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __call__(self, request: FetchRequest) -> FetchResult:
        """Fetch ``request.url``, following redirects hop by hop; never raises for I/O."""
        start = self._clock()
        try:
            url = clean_url(request.url)
        except Refused as exc:
            return FetchResult(url=request.url, status=None, error=exc.error, detail=exc.detail)
        result = self._follow(url, request)
        return _with_elapsed(result, self._clock() - start)

    # ------------------------------------------------------------------ redirects

    def _follow(self, url: str, request: FetchRequest) -> FetchResult:
        hops: list[Redirect] = []
        seen = {url}
        method = request.method.upper()
        current = url
        while True:
            try:
                self._vet(current)
            except Refused as exc:
                return FetchResult(request.url, None, current, redirects=tuple(hops), error=exc.error,
                                   detail=exc.detail)
            answer = self._with_retries(current, method, request)
            location = answer.header("Location") if answer.status in REDIRECT_CODES else None
            if location is None:
                return FetchResult(request.url, answer.status, current, answer.headers, answer.body,
                                   tuple(hops), answer.error, answer.detail)
            try:
                target = redirect_target(current, location)
            except Refused as exc:
                return FetchResult(request.url, answer.status, current, answer.headers, b"", tuple(hops),
                                   "bad-redirect", f"redirect to an unusable Location {location!r}: {exc.detail}")
            hops.append(Redirect(answer.status, target))
            if target in seen:
                return FetchResult(request.url, answer.status, target, answer.headers, b"", tuple(hops),
                                   "redirect-loop", f"redirect loop back to {target}")
            if len(hops) > self.policy.max_redirects:
                return FetchResult(request.url, answer.status, target, answer.headers, b"", tuple(hops),
                                   "too-many-redirects", f"more than {self.policy.max_redirects} redirects")
            seen.add(target)
            if answer.status == 303 and method != "HEAD":
                method = "GET"
            current = target

    # ------------------------------------------------------------------ addresses

    def _vet(self, url: str) -> None:
        """Raise ``Refused`` unless ``url``'s host may be connected to; pin its address."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        literal = parse_ip(host)
        if literal is not None:
            why = refusal(literal, self.policy.allow_private)
            if why:
                raise Refused("blocked-address", f"{host} is {_a(why)} address")
            self._pins.set(host, str(literal))
            return
        why = name_refusal(host, self.policy.allow_private)
        if why:
            raise Refused("blocked-address", f"{host} is {_a(why)}" + ("" if why.endswith(" name") else " name"))
        if self.policy.offline:
            return  # replaying: nothing is connected to, so nothing to resolve
        ip, error, detail = self._lookup(host, parts.port or (443 if parts.scheme == "https" else 80))
        if error:
            raise Refused(error, detail)
        self._pins.set(host, ip)

    def _lookup(self, host: str, port: int) -> tuple[str | None, str | None, str]:
        """Resolve and vet ``host`` once per run: (address, error code, detail)."""
        with self._dns_lock:
            if host in self._dns:
                return self._dns[host]
        outcome = self._resolve_and_vet(host, port)
        with self._dns_lock:
            return self._dns.setdefault(host, outcome)

    def _resolve_and_vet(self, host: str, port: int) -> tuple[str | None, str | None, str]:
        try:
            infos = self._resolve_fn(host, port, 0, socket.SOCK_STREAM)
        except socket.gaierror as exc:
            code = "dns" if exc.errno in _PERMANENT_DNS_ERRORS else "resolver"
            return None, code, f"cannot resolve {host}: {exc.strerror or exc}"
        except (OSError, UnicodeError) as exc:
            return None, "resolver", f"cannot resolve {host}: {exc}"
        addresses = sorted({parse_ip(info[4][0]) for info in infos} - {None}, key=lambda a: (a.version, int(a)))
        if not addresses:
            return None, "dns", f"{host} has no address"
        for address in addresses:
            why = refusal(address, self.policy.allow_private)
            if why:
                # One bad address poisons the name: a resolver may rotate to it later.
                return None, "blocked-address", f"{host} resolves to {address} ({why})"
        return str(addresses[0]), None, ""

    # ------------------------------------------------------------------ retries

    def _with_retries(self, url: str, method: str, request: FetchRequest) -> _Answer:
        """Make one hop's request, retrying on timeouts, 429 and 503 on a fixed schedule."""
        timeouts, waited = 0, 0.0
        for attempt in range(self.policy.max_retries + 1):
            answer = self._slotted(url, method, request)
            timeouts += answer.error == "timeout"
            wait = self._retry_wait(answer, attempt, timeouts)
            if wait is None or attempt == self.policy.max_retries or waited + wait > self.policy.retry_budget:
                break
            waited += wait
            if not self.policy.offline:  # replaying a recorded 429 needs no real pause
                self._sleep(wait)
        if attempt:
            answer = _Answer(answer.status, answer.headers, answer.body, answer.error,
                             (answer.detail + "; " if answer.detail else "") + f"after {attempt + 1} attempts")
        return answer

    def _retry_wait(self, answer: _Answer, attempt: int, timeouts: int) -> float | None:
        """Seconds to wait before retrying ``answer``, or None when it is final."""
        schedule = self.policy.backoff * (2 ** attempt)
        if answer.error == "timeout":
            return schedule if timeouts <= self.policy.max_timeout_retries else None
        if answer.error == "reset" and attempt == 0:
            return schedule  # often a keep-alive connection the server had just closed
        if answer.status not in (429, 503):
            return None
        after = retry_after_seconds(answer.header("Retry-After"))
        if after is None:
            return schedule
        return max(after, schedule) if after <= self.policy.max_retry_after else None

    def _slotted(self, url: str, method: str, request: FetchRequest) -> _Answer:
        with self._hosts_lock:
            host_slot = self._hosts[host_key(url)]
        # Host first: a thread queued behind a busy host must not sit on a global slot.
        with host_slot, self._global:
            return self._attempt(url, method, request)

    # ------------------------------------------------------------------ one attempt

    def _attempt(self, url: str, method: str, request: FetchRequest) -> _Answer:
        """Send one request and read at most ``max_bytes`` of its body before the deadline."""
        policy = self.policy
        limit = min(request.max_bytes, policy.max_bytes) if method != "HEAD" else 0
        ticket = self._watchdog.start(policy.deadline)
        response = None
        complete = False
        try:
            response = send(self._session, method, url, dict(request.headers),
                            (policy.connect_timeout, policy.read_timeout))
            wanted = _wants_body(request, response)
            body, complete = _read_capped(response, limit if wanted else min(limit, _DRAIN_BYTES))
            if not wanted:
                body = b""
            if ticket.expired:  # cut off mid-answer: what arrived is not the whole answer
                return _Answer(None, error="timeout", detail=f"no complete answer within {policy.deadline:g} s")
            headers = tuple((k, v) for k, v in response.headers.items())
            return _Answer(response.status, headers, body, None, response.reason or "")
        except CannotOverwriteExistingCassetteException:
            return _Answer(None, error="offline-unrecorded", detail="no recording of this request in the cassette")
        except Exception as exc:  # noqa: BLE001 - hostile servers raise anything; report it as data
            if ticket.expired:
                return _Answer(None, error="timeout", detail=f"no complete answer within {policy.deadline:g} s")
            if policy.offline:  # the transport refuses every real connection when offline
                return _Answer(None, error="offline-unrecorded", detail="offline: no recording of this request")
            code = _classify(exc)
            return _Answer(None, error=code, detail=_describe(exc, code))
        finally:
            self._watchdog.finish(ticket)
            if response is not None:
                if not complete:  # the rest is unread (or broken): the connection is spent
                    response.close()
                response.release_conn()


def _wants_body(request: FetchRequest, response: urllib3.HTTPResponse) -> bool:
    """Whether ``request`` wants this answer's body (see ``FetchRequest.read_body_if``)."""
    if not request.read_body_if:
        return True
    content_type = (response.headers.get("Content-Type") or "").lower()
    return 200 <= response.status < 300 and any(t in content_type for t in request.read_body_if)


def _read_capped(response: urllib3.HTTPResponse, limit: int) -> tuple[bytes, bool]:
    """At most ``limit`` bytes of the body (decoded), and whether the whole body was read.

    A body not read to its end leaves the connection unusable: the caller closes it.
    """
    chunks, size = [], 0
    for chunk in response.stream(16_384, decode_content=True):
        if size >= limit:
            return b"".join(chunks), False
        chunks.append(chunk[: limit - size])
        size += len(chunks[-1])
    return b"".join(chunks), True


def _causes(exc: BaseException):
    """Yield ``exc`` and every exception it wraps (cause, context, args, urllib3 reason)."""
    todo, seen = [exc], set()
    while todo:
        current = todo.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__, getattr(current, "reason", None), *current.args]


def _is_timeout(exc: BaseException) -> bool:
    # urllib3 makes NewConnectionError a ConnectTimeoutError for backwards compatibility.
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        return False
    return isinstance(exc, (requests.Timeout, urllib3.exceptions.TimeoutError, socket.timeout))


_MALFORMED = (http.client.HTTPException, requests.exceptions.InvalidHeader, requests.exceptions.ChunkedEncodingError,
              requests.exceptions.ContentDecodingError, urllib3.exceptions.ProtocolError, urllib3.exceptions.DecodeError,
              urllib3.exceptions.InvalidHeader,
              urllib3.exceptions.LocationParseError, ValueError, UnicodeError)
_KINDS = (
    ("refused", lambda e: isinstance(e, ConnectionRefusedError), "connection refused"),
    ("timeout", _is_timeout, "timed out"),
    ("tls", lambda e: isinstance(e, (requests.exceptions.SSLError, urllib3.exceptions.SSLError)), "TLS failure"),
    ("reset", lambda e: isinstance(e, (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)),
     "connection closed without a response"),
    ("malformed", lambda e: isinstance(e, _MALFORMED), "malformed response"),
)


def _classify(exc: BaseException) -> str:
    """Map an exception from requests/urllib3/http.client to a FetchResult error code."""
    chain = list(_causes(exc))
    return next((code for code, test, _ in _KINDS if any(test(e) for e in chain)), "connection")


def _describe(exc: BaseException, code: str) -> str:
    """A short human reason: the kind of failure and the innermost exception's words."""
    phrase = next((words for c, _, words in _KINDS if c == code), "connection failed")
    inner = list(_causes(exc))[-1]
    text = str(inner).strip() or type(inner).__name__
    if len(text) > 160:
        text = text[:157] + "..."
    return phrase if code in ("refused", "timeout", "reset") else f"{phrase}: {text}"


def _a(words: str) -> str:
    """``words`` with its indefinite article: "a loopback", "an unspecified"."""
    return ("an " if words[:1] in "aeiou" else "a ") + words


def _with_elapsed(result: FetchResult, elapsed: float) -> FetchResult:
    return FetchResult(result.url, result.status, result.final_url, result.headers, result.body,
                       result.redirects, result.error, result.detail, round(elapsed, 3))
