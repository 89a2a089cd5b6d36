"""Record from the local server, replay offline: same verdicts, nothing secret on disk."""

from __future__ import annotations

from dataclasses import replace

from werkzeug.wrappers import Response

from checker.extract import extract
from checker.load import load
from checker.verify import UrlOptions, verify_urls
from checker.verify.cassettes import cassette, cassette_path
from checker.verify.fetch import Fetcher
from checker.verify.urls import check_urls

from .conftest import FAST, html, ref

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
