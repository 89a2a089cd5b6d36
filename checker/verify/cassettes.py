"""Document id + mode → a vcrpy cassette context: record or replay the HTTP of one document.

vcrpy is configured here and nowhere else. Cassettes live in ``cassettes/<document
id>.yaml``. Nothing secret is written: cookies, authorization headers, credentials in
URLs and token-like query parameters (in requests and in ``Location`` headers) are
filtered out, and bodies are cut to the same cap the fetcher reads.

vcrpy records HTTP answers only. A request that got none (unknown host, refused
connection, time-out, malformed answer, an address the safety policy refused) is
recorded by :class:`Replay` as an interaction of its own, under the method
``CITECHECK-NO-ANSWER-<method>`` (which no real request matches), whose body is the
failure as JSON; a replay then reports the same failure instead of ``unverified``. A
DNS failure is kept only when some host name of the document did resolve, so a
recording made without DNS cannot make every later run call live sites dead.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import vcr
from vcr.request import Request

from ..model import FetchRequest, FetchResult, Redirect
from .addresses import Refused, clean_url, parse_ip

RECORD_MODES = {"offline": "none", "record": "new_episodes"}
_SECRET_HEADERS = ("Cookie", "Set-Cookie", "Authorization", "Proxy-Authorization", "X-Api-Key", "X-Auth-Token")
_SECRET_PARAMS = ("token", "access_token", "api_key", "apikey", "key", "password", "passwd", "secret",
                  "signature", "sig", "auth", "session", "sessionid", "sid",
                  "mailto", "email")  # a polite-pool contact address is personal data, not evidence
_BODY_CAP = 200_000
_SAFE_NAME = re.compile(r"[^\w.~-]+")
_EMAIL = re.compile(r"\s*(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NO_ANSWER = "CITECHECK-NO-ANSWER-"
# Failures that say something about the site. Not "resolver" (this machine could not ask
# DNS), "invalid" (decided without a request) or "offline-unrecorded" (nothing was asked).
_REPLAYED_ERRORS = frozenset({"dns", "blocked-address", "timeout", "refused", "reset", "tls", "malformed",
                              "connection"})
_NOT_RESOLVED = frozenset({"dns", "resolver", "invalid", "blocked-address", "offline-unrecorded"})

Fetch = Callable[[FetchRequest], FetchResult]


def cassette_path(directory: str | Path, document_id: str) -> Path:
    """Where the cassette of ``document_id`` lives: one readable file per document.

    >>> cassette_path("cassettes", "001_paper").as_posix()
    'cassettes/001_paper.yaml'
    """
    return Path(directory) / f"{_SAFE_NAME.sub('_', document_id) or 'document'}.yaml"


def scrub_url(url: str) -> str:
    """``url`` without user:password and without token-like query parameters.

    >>> scrub_url("http://al:pw@example.org/a?id=3&token=XYZ&sid=1")
    'http://example.org/a?id=3'
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    netloc = parts.netloc.rsplit("@", 1)[-1]
    secret = {p.lower() for p in _SECRET_PARAMS}
    query = parts.query
    if query:
        kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k.lower() not in secret]
        query = urlencode(kept) if len(kept) != len(parse_qsl(query, keep_blank_values=True)) else query
    return urlunsplit(parts._replace(netloc=netloc, query=query))


def _strip_userinfo(request):
    parts = urlsplit(request.uri)
    if "@" in parts.netloc:
        request.uri = urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
    # A polite-pool User-Agent carries the contact address ("… mailto:ed@example.org").
    for name in [n for n in request.headers if n.lower() == "user-agent"]:
        request.headers[name] = _EMAIL.sub("", request.headers[name]).strip()
    return request


def _scrub_response(response):
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in {h.lower() for h in _SECRET_HEADERS}:
            del headers[name]
        elif name.lower() == "location":
            headers[name] = [scrub_url(value) for value in headers[name]]
    body = response.get("body", {})
    text = body.get("string")
    if isinstance(text, (bytes, str)) and len(text) > _BODY_CAP:
        body["string"] = text[:_BODY_CAP]
        for name in [n for n in headers if n.lower() == "content-length"]:
            headers[name] = [str(_BODY_CAP)]
    return response


_MATCH_ON = ("method", "scheme", "host", "port", "path", "query")
_VCR = vcr.VCR(
    serializer="yaml",
    record_mode="none",
    match_on=_MATCH_ON,
    filter_headers=_SECRET_HEADERS,
    filter_query_parameters=_SECRET_PARAMS,
    before_record_request=_strip_userinfo,
    before_record_response=_scrub_response,
    # The transport already decoded the body, within a bound (``transport._record_body``);
    # vcrpy's own decoding would inflate a compression bomb whole.
    decode_compressed_response=False,
)


@contextmanager
def cassette(directory: str | Path, document_id: str, mode: str | None):
    """Record or replay one document's requests; ``mode`` is ``offline``, ``record`` or None (live).

    Yields a :class:`Replay`: call it on the fetcher (``replay(fetcher)``) so that
    requests without an HTTP answer are recorded and replayed too; live, it returns the
    fetcher unchanged. Documents must be checked one after another: vcrpy patches
    urllib3 globally, so two cassettes cannot be active at once.
    """
    if mode is None:
        yield Replay(None, None)
        return
    path = cassette_path(directory, document_id)
    if mode == "record":
        path.parent.mkdir(parents=True, exist_ok=True)
    with _VCR.use_cassette(str(path), record_mode=RECORD_MODES[mode]) as recorded:
        index_lookups(recorded)
        replay = Replay(recorded, mode)
        try:
            yield replay
        finally:
            replay.flush()


def _match_key(request) -> tuple:
    """What vcrpy's ``_MATCH_ON`` matchers compare, as one hashable key (an empty path is "/")."""
    return (request.method, request.scheme, request.host, request.port, request.path or "/", tuple(request.query))


def index_lookups(recorded) -> None:
    """Make ``recorded`` find a request's interactions through an index, not a scan.

    vcrpy compares every request with every recorded interaction, several times over, so
    replaying a document that cites 1,000 URLs took over a minute of CPU. The index gives
    the same interactions in the same order, because its key is exactly what the matchers
    compare; interactions appended while recording are indexed on the next lookup.
    """
    if not hasattr(recorded, "_responses"):
        return  # another vcrpy: keep its own (slower, equally correct) lookup
    index: dict[tuple, list[int]] = {}
    indexed = [0]

    def responses(request):
        request = recorded._before_record_request(request)
        if not request:
            return
        data = recorded.data
        for position in range(indexed[0], len(data)):
            index.setdefault(_match_key(data[position][0]), []).append(position)
        indexed[0] = len(data)
        for position in index.get(_match_key(request), ()):
            yield position, data[position][1]

    recorded._responses = responses


class Replay:
    """Wraps a fetch so that its failures without an HTTP answer are recorded and replayed.

    A recorded failure is played like any recorded answer (once per recording, also when
    recording more); a missing one is fetched, and kept when recording.
    """

    def __init__(self, recorded, mode: str | None) -> None:
        self._cassette, self._mode = recorded, mode
        self._dns: list[tuple[Request, dict]] = []  # kept until a host name is seen to resolve
        self._resolved = False

    def __call__(self, fetch: Fetch) -> Fetch:
        if self._cassette is None:
            return fetch

        def replaying(request: FetchRequest) -> FetchResult:
            key = _key(request)
            if key is not None and self._cassette.can_play_response_for(key):
                return _failure(request, self._cassette.play_response(key))
            result = fetch(request)
            if self._mode == "record" and key is not None:
                self._keep(key, result)
            return result

        return replaying

    def _keep(self, key: Request, result: FetchResult) -> None:
        host = urlsplit(key.uri).hostname or ""
        if parse_ip(host) is None and result.error not in _NOT_RESOLVED:
            self._resolved = True
        if result.status is not None or result.error not in _REPLAYED_ERRORS:
            return
        if result.error == "dns":
            self._dns.append((key, _no_answer(result)))
        else:
            self._cassette.append(key, _no_answer(result))

    def flush(self) -> None:
        """Write the DNS failures kept back, if this document showed that DNS worked."""
        if self._resolved:
            for key, response in self._dns:
                self._cassette.append(key, response)
        self._dns.clear()


def _key(request: FetchRequest) -> Request | None:
    """The cassette request under which ``request``'s failure is stored (None: not storable)."""
    try:
        url = clean_url(request.url)
    except Refused:
        return None
    return Request(NO_ANSWER + request.method.upper(), url, b"", {})


def _no_answer(result: FetchResult) -> dict:
    """The recorded "response" of a failure: no status, the failure as JSON."""
    failure = {
        "error": result.error, "detail": result.detail,
        "final_url": scrub_url(result.final_url) if result.final_url else None,
        "redirects": [[hop.status, scrub_url(hop.url)] for hop in result.redirects],
    }
    body = json.dumps(failure, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return {"status": {"code": 0, "message": "no HTTP answer"}, "headers": {}, "body": {"string": body}}


def _failure(request: FetchRequest, response: dict) -> FetchResult:
    """The FetchResult a recorded failure stands for."""
    text = response.get("body", {}).get("string", b"")
    try:
        failure = json.loads(text.decode("utf-8") if isinstance(text, bytes) else text)
        hops = tuple(Redirect(int(status), str(url)) for status, url in failure["redirects"])
        return FetchResult(request.url, None, failure["final_url"], redirects=hops,
                           error=str(failure["error"]), detail=str(failure["detail"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        return FetchResult(request.url, None, error="offline-unrecorded",
                           detail="the cassette's record of this failure cannot be read")
