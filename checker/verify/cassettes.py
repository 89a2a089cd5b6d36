"""Document id + mode → a vcrpy cassette context: record or replay the HTTP of one document.

vcrpy is configured here and nowhere else. Cassettes live in ``cassettes/<document
id>.yaml``. Nothing secret is written: cookies, authorization headers, credentials in
URLs and token-like query parameters are filtered out, and bodies are cut to the same
cap the fetcher reads. Timeouts and dropped connections produce no HTTP answer, so
vcrpy cannot record them; on replay such a URL is ``unverified``.
"""

from __future__ import annotations

import re
from contextlib import contextmanager, nullcontext
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import vcr

RECORD_MODES = {"offline": "none", "record": "new_episodes"}
_SECRET_HEADERS = ("Cookie", "Set-Cookie", "Authorization", "Proxy-Authorization", "X-Api-Key", "X-Auth-Token")
_SECRET_PARAMS = ("token", "access_token", "api_key", "apikey", "key", "password", "passwd", "secret",
                  "signature", "sig", "auth", "session", "sessionid", "sid",
                  "mailto", "email")  # a polite-pool contact address is personal data, not evidence
_BODY_CAP = 200_000
_SAFE_NAME = re.compile(r"[^\w.~-]+")
_EMAIL = re.compile(r"\s*(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def cassette_path(directory: str | Path, document_id: str) -> Path:
    """Where the cassette of ``document_id`` lives: one readable file per document.

    >>> cassette_path("cassettes", "001_paper").as_posix()
    'cassettes/001_paper.yaml'
    """
    return Path(directory) / f"{_SAFE_NAME.sub('_', document_id) or 'document'}.yaml"


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
    body = response.get("body", {})
    text = body.get("string")
    if isinstance(text, (bytes, str)) and len(text) > _BODY_CAP:
        body["string"] = text[:_BODY_CAP]
        for name in [n for n in headers if n.lower() == "content-length"]:
            headers[name] = [str(_BODY_CAP)]
    return response


_VCR = vcr.VCR(
    serializer="yaml",
    record_mode="none",
    match_on=("method", "scheme", "host", "port", "path", "query"),
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

    Documents must be checked one after another: vcrpy patches urllib3 globally, so
    two cassettes cannot be active at once.
    """
    if mode is None:
        with nullcontext() as value:
            yield value
        return
    path = cassette_path(directory, document_id)
    if mode == "record":
        path.parent.mkdir(parents=True, exist_ok=True)
    with _VCR.use_cassette(str(path), record_mode=RECORD_MODES[mode]) as recorded:
        yield recorded
