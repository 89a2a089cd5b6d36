"""Vetted addresses → a requests Session that connects only to them, with no cookies.  [network]

The plumbing under ``verify/fetch.py``: the fetcher resolves and vets a host, records
the address in :class:`Pins`, and every connection urllib3 opens goes to that pinned
address while the Host header and TLS SNI keep the name. A DNS answer that changes
between the check and the connection (DNS rebinding) therefore cannot redirect us.
:class:`Watchdog` enforces a wall-clock deadline per request by shutting the socket
down, which bounds slow-drip headers and bodies that per-read timeouts cannot.

The pinning hooks the *pool's* ``_new_conn`` and patches the connection instance, not
the connection class, so vcrpy (which swaps urllib3's connection classes for its own
recording stubs) still sees and records every request.
"""

from __future__ import annotations

import heapq
import http.client
import http.cookiejar
import itertools
import socket
import threading
import zlib
from functools import partial

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3 import HTTPResponse, PoolManager, Timeout
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util import connection as urllib3_connection


class Pins:
    """Thread-safe map host name → the one vetted IP address to connect to."""

    def __init__(self, offline: bool = False) -> None:
        self._lock = threading.Lock()
        self._map: dict[str, str] = {}
        self.offline = offline

    def set(self, host: str, ip: str) -> None:
        with self._lock:
            self._map[host.lower().strip("[]")] = ip

    def get(self, host: str) -> str | None:
        with self._lock:
            return self._map.get(host.lower().strip("[]"))


def _connect_pinned(conn, pins: Pins) -> socket.socket:
    """Replacement for ``HTTPConnection._new_conn``: connect to the pinned address only."""
    ip = pins.get(conn.host)
    if pins.offline:
        raise NewConnectionError(conn, f"offline: refusing to connect to {conn.host}")
    if ip is None:
        # Fail closed: a connection to an address the fetcher did not vet is a bug.
        raise NewConnectionError(conn, f"refusing to connect: no vetted address for {conn.host}")
    try:
        return urllib3_connection.create_connection(
            (ip, conn.port), conn.timeout,
            source_address=conn.source_address, socket_options=conn.socket_options,
        )
    except socket.timeout as exc:
        raise ConnectTimeoutError(conn, f"connection to {conn.host} ({ip}) timed out") from exc
    except OSError as exc:
        raise NewConnectionError(conn, f"failed to connect to {conn.host} ({ip}): {exc}") from exc


# zlib window bits per Content-Encoding: 47 reads gzip or zlib, -15 raw deflate.
_WBITS = {"gzip": (47,), "x-gzip": (47,), "deflate": (15, -15)}


def _inflate(data: bytes, encoding: str, cap: int) -> bytes | None:
    """At most ``cap`` decoded bytes of ``data``, or None if it cannot be decoded."""
    for wbits in _WBITS.get(encoding.strip().lower(), ()):
        try:
            return zlib.decompressobj(wbits).decompress(data, cap)
        except zlib.error:
            continue
    return None


def _record_body(response: http.client.HTTPResponse, read, cap: int) -> bytes:
    """What vcrpy records of ``response``: at most ``cap`` bytes read and ``cap`` decoded.

    vcrpy reads a whole answer into memory, and decodes it whole; a hostile endless body
    or a 10 MB → 10 GB compression bomb would fill the memory before the deadline ends
    it. The headers are corrected to describe the body as recorded. A body shorter than
    its Content-Length raises ``IncompleteRead``, as the live fetcher reports it.
    """
    data = read(cap)
    if len(data) < cap and response.length:  # the server hung up before the end
        raise http.client.IncompleteRead(data, response.length)
    cut = len(data) >= cap and not response.isclosed()
    encodings = response.msg.get_all("Content-Encoding") or []
    decoded = _inflate(data, encodings[0], cap) if len(encodings) == 1 and data else None
    if decoded is not None:
        del response.msg["Content-Encoding"]
        data = decoded
    if cut or decoded is not None:
        del response.msg["Content-Length"]
        response.msg["Content-Length"] = str(len(data))
    return data


def _capped_getresponse(real, cap: int, watchdog: "Watchdog"):
    """``real.getresponse`` whose whole-body ``read()`` is :func:`_record_body` (recording only).

    An answer that is not whole (cut off by the deadline, or shorter than its
    Content-Length) raises instead of returning, so vcrpy records nothing: a replay must
    not turn a slow drip or a truncated page into a clean answer.
    """
    # http.client's own answer, not urllib3's: urllib3 would preload (and decompress) it all.
    # Found in the real class's bases: vcrpy swaps the module attributes for its stubs.
    httplib = next(c for c in type(real).__mro__ if c.__module__ == "http.client")
    response = httplib.getresponse(real)
    if real.sock is not None:
        real.sock.settimeout(real.timeout)
    read = response.read

    def capped_read(amt=None):
        if amt is not None:
            return read(amt)
        try:
            data = _record_body(response, read, cap)
        except (OSError, http.client.HTTPException):
            real.close()
            raise
        if watchdog.expired():  # headers or body cut short by the watchdog's shutdown
            real.close()
            raise socket.timeout("no complete answer before the deadline")
        if not response.isclosed():  # the rest was never read: the connection is spent
            response.close()
            real.close()
        return data

    response.read = capped_read
    return response


class _PinnedPoolMixin:
    pins: Pins
    watchdog: "Watchdog"
    body_cap: int

    def _new_conn(self):
        conn = super()._new_conn()
        # vcrpy wraps the real connection in a stub; pin the one that opens sockets.
        real = conn.__dict__.get("real_connection", conn)
        real._new_conn = partial(_connect_pinned, real, self.pins)
        if real is not conn:
            real.getresponse = partial(_capped_getresponse, real, self.body_cap, self.watchdog)
            if ":" in real.host:
                # vcrpy writes the request's URI with the bare host; an IPv6 literal needs
                # its brackets back, or the URI cannot be parsed and nothing is recorded.
                conn.__dict__["_real_host"] = lambda: f"[{real.host}]"
        return conn

    def _make_request(self, conn, *args, **kwargs):
        self.watchdog.attach(conn)
        return super()._make_request(conn, *args, **kwargs)


class _PinnedHTTPPool(_PinnedPoolMixin, HTTPConnectionPool):
    pass


class _PinnedHTTPSPool(_PinnedPoolMixin, HTTPSConnectionPool):
    pass


class _PinnedPoolManager(PoolManager):
    def __init__(self, pins: Pins, watchdog: "Watchdog", body_cap: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.pool_classes_by_scheme = {"http": _PinnedHTTPPool, "https": _PinnedHTTPSPool}
        self._pins, self._watchdog, self._body_cap = pins, watchdog, body_cap

    def _new_pool(self, scheme, host, port, request_context=None):
        pool = super()._new_pool(scheme, host, port, request_context)
        pool.pins, pool.watchdog, pool.body_cap = self._pins, self._watchdog, self._body_cap
        return pool


class _PinnedAdapter(HTTPAdapter):
    def __init__(self, pins: Pins, watchdog: "Watchdog", pool_size: int, body_cap: int) -> None:
        self._pins, self._watchdog, self._body_cap = pins, watchdog, body_cap
        # One pool per host and port; keep many, or a paper citing more hosts than pools
        # would evict them and lose every kept-alive connection.
        super().__init__(pool_connections=512, pool_maxsize=pool_size, max_retries=0)

    def init_poolmanager(self, connections, maxsize, block=False, **pool_kwargs):
        self.poolmanager = _PinnedPoolManager(
            self._pins, self._watchdog, self._body_cap, num_pools=connections, maxsize=maxsize, block=block, **pool_kwargs
        )


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    """Accept no cookie and send none: a checker must not carry state between sites."""

    def set_ok(self, cookie, request) -> bool:
        return False

    def return_ok(self, cookie, request) -> bool:
        return False


class _HopSession(requests.Session):
    """A Session that never looks at ``Location``: the fetcher follows redirects itself.

    requests parses the next hop of every redirect even with ``allow_redirects=False``;
    a hostile ``Location`` (an unclosed ``[``) would then fail the whole answer.
    """

    def resolve_redirects(self, *args, **kwargs):
        return iter(())


def make_session(pins: Pins, watchdog: "Watchdog", pool_size: int, user_agent: str,
                 body_cap: int) -> requests.Session:
    """Return the one pooled session: pinned connections, no cookies, no environment.

    ``body_cap`` bounds what vcrpy reads of one answer when recording.
    """
    session = _HopSession()
    # No proxies or .netrc credentials from the environment: a proxy would bypass the
    # address pinning and .netrc would send credentials.
    session.trust_env = False
    session.cookies = requests.cookies.RequestsCookieJar(policy=_NoCookies())
    adapter = _PinnedAdapter(pins, watchdog, pool_size, body_cap)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers = requests.structures.CaseInsensitiveDict({
        "User-Agent": user_agent,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Encoding": "gzip, deflate",
    })
    return session


def send(session: requests.Session, method: str, url: str, headers, timeout: tuple[float, float]) -> HTTPResponse:
    """Send what ``session.request(method, url, headers=headers, allow_redirects=False,
    stream=True, timeout=timeout)`` sends, through the same adapter and pool, and return
    urllib3's streamed answer.

    The request is prepared by requests as before (URL quoting, IDNA, header checks, the
    session's headers under the request's), but requests' per-request machinery is left
    out: merging settings through runtime protocol checks, two cookie jars per request
    (the session accepts and sends no cookie anyway), hooks and a ``Response`` wrapper.
    That machinery cost about as much CPU as the HTTP exchange itself. urllib3's
    exceptions come through unwrapped; the fetcher classifies them by what they wrap, as
    requests' wrappers only added an outer layer.
    """
    merged = CaseInsensitiveDict(session.headers)
    merged.update(headers or {})
    prepared = requests.PreparedRequest()
    prepared.prepare_method(method)
    prepared.prepare_url(url, None)
    prepared.prepare_headers({name: value for name, value in merged.items() if value is not None})
    prepared.prepare_body(None, None)  # "Content-Length: 0" on a bodiless POST, as requests sends
    adapter = session.get_adapter(prepared.url)
    conn = adapter.get_connection_with_tls_context(prepared, session.verify, proxies={}, cert=None)
    adapter.cert_verify(conn, prepared.url, session.verify, None)
    return conn.urlopen(
        method=prepared.method, url=prepared.path_url, body=None, headers=prepared.headers,  # no proxy: the path
        redirect=False, assert_same_host=False, preload_content=False, decode_content=False,
        retries=adapter.max_retries, timeout=Timeout(connect=timeout[0], read=timeout[1]), chunked=False,
    )


class Ticket:
    """One request's deadline; ``expired`` turns True when the watchdog cut it off."""

    __slots__ = ("deadline", "conn", "done", "expired", "seq")

    def __init__(self, deadline: float, seq: int) -> None:
        self.deadline, self.seq = deadline, seq
        self.conn = None
        self.done = False
        self.expired = False


class Watchdog:
    """One daemon thread that shuts down the socket of any request past its deadline."""

    def __init__(self, clock) -> None:
        self._clock = clock
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Ticket]] = []
        self._seq = itertools.count()
        self._local = threading.local()
        self._thread: threading.Thread | None = None

    def start(self, seconds: float) -> Ticket:
        """Open a ticket for the calling thread's next request."""
        ticket = Ticket(self._clock() + seconds, next(self._seq))
        self._local.ticket = ticket
        with self._cond:
            earliest = self._heap[0][0] if self._heap else None
            heapq.heappush(self._heap, (ticket.deadline, ticket.seq, ticket))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="citecheck-watchdog", daemon=True)
                self._thread.start()
            # Wake the watchdog only when this deadline comes first; waking it for every
            # request would make it compete for the GIL with the workers.
            if earliest is None or ticket.deadline < earliest:
                self._cond.notify()
        return ticket

    def attach(self, conn) -> None:
        """Tie the calling thread's open ticket to the connection it is about to use."""
        ticket = getattr(self._local, "ticket", None)
        if ticket is not None:
            with self._cond:
                ticket.conn = conn

    def expired(self) -> bool:
        """Whether the calling thread's open ticket has been cut off by the watchdog."""
        ticket = getattr(self._local, "ticket", None)
        return ticket is not None and ticket.expired

    def finish(self, ticket: Ticket) -> None:
        """Close ``ticket``; after this the watchdog never touches its connection."""
        with self._cond:
            ticket.done = True
            ticket.conn = None
        self._local.ticket = None

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][2].done:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait()
                    continue
                wait = self._heap[0][0] - self._clock()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                _, _, ticket = heapq.heappop(self._heap)
                ticket.expired = True
                _shutdown(ticket.conn)


def _shutdown(conn) -> None:
    sock = getattr(conn, "sock", None) if conn is not None else None
    if sock is None:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
