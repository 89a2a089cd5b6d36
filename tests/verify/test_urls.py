"""Every verdict of check_urls, each produced by a local server on 127.0.0.1."""

from __future__ import annotations

import json

import pytest
from werkzeug.wrappers import Response

from checker.model import FetchRequest, FetchResult
from checker.verify.urls import VERDICTS, check_urls

from .conftest import html, ref, resolver

CITED = "Novák, Jan. Rivers of Memory in Central Europe. Praha: Academia, 2010. Dostupné z: {url} [cit. 2014-07-22]."


def _site(httpserver):
    """A small site: good pages, errors, redirects, a not-found page that answers 200."""
    page = html("Rivers of Memory in Central Europe | Academia")
    add = httpserver.expect_request
    add("/ok").respond_with_data(page, content_type="text/html")
    add("/temp").respond_with_response(Response(status=302, headers={"Location": "/ok"}))
    add("/perm").respond_with_response(Response(status=301, headers={"Location": "/perm2"}))
    add("/perm2").respond_with_response(Response(status=308, headers={"Location": "/ok"}))
    add("/gone").respond_with_data(html("Gone"), status=410, content_type="text/html")
    add("/missing").respond_with_data(html("404 Not Found"), status=404, content_type="text/html")
    add("/err").respond_with_data(html("Oops"), status=500, content_type="text/html")
    add("/forbidden").respond_with_data(html("Forbidden"), status=403, content_type="text/html")
    add("/busy").respond_with_data("slow down", status=429, headers={"Retry-After": "0"})
    add("/soft").respond_with_data(html("Stránka nenalezena", "Stránka nenalezena"), content_type="text/html")
    add("/other").respond_with_data(html("Tariff Census of the Railway Empire"), content_type="text/html")
    add("/old-article").respond_with_response(Response(status=302, headers={"Location": "/"}))
    add("/").respond_with_data(html("Academia — home"), content_type="text/html")
    add("/report.pdf").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    add("/scan.pdf").respond_with_handler(
        lambda r: Response(status=405) if r.method == "HEAD" else Response(b"%PDF-1.4", content_type="application/pdf"))
    add("/landing.pdf").respond_with_data(page, content_type="text/html")
    add("/headless").respond_with_handler(
        lambda r: Response(status=405) if r.method == "HEAD" else Response(page, content_type="text/html"))
    add("/wall").respond_with_data(html("Just a moment..."), content_type="text/html")


@pytest.mark.parametrize(
    "path, verdict, status",
    [
        pytest.param("/ok", "ok", 200, id="ok"),
        pytest.param("/temp", "redirected", 200, id="temporary_redirect"),
        pytest.param("/perm", "moved", 200, id="permanent_redirects"),
        pytest.param("/gone", "dead", 410, id="gone_410"),
        pytest.param("/missing", "dead", 404, id="not_found_404"),
        pytest.param("/err", "server-error", 500, id="server_error_500"),
        pytest.param("/forbidden", "blocked", 403, id="forbidden_403"),
        pytest.param("/busy", "rate-limited", 429, id="persistent_429"),
        pytest.param("/soft", "soft-404", 200, id="soft_404_by_title_czech"),
        pytest.param("/other", "title-mismatch", 200, id="title_mismatch"),
        pytest.param("/old-article", "soft-404", 200, id="redirect_to_home_page"),
        pytest.param("/report.pdf", "ok", 200, id="pdf_checked_by_head"),
        pytest.param("/scan.pdf", "ok", 200, id="pdf_head_refused_get_ok"),
        pytest.param("/headless", "ok", 200, id="head_refused_get_ok"),
        pytest.param("/wall", "blocked", 200, id="bot_wall"),
    ],
)
def test_verdict_from_local_server(path, verdict, status, httpserver, fetcher):
    _site(httpserver)
    url = httpserver.url_for(path)
    checks, findings = check_urls([ref(url, CITED.format(url=url))], fetcher, archive=False)
    assert (checks[0].verdict, checks[0].http_status) == (verdict, status), checks[0]
    if verdict in ("ok", "redirected"):
        assert findings == ()
    else:
        assert [f.rule for f in findings] == [f"url.{verdict}"]


def test_moved_finding_suggests_the_new_address(httpserver, fetcher):
    _site(httpserver)
    url = httpserver.url_for("/perm")
    checks, findings = check_urls([ref(url, CITED.format(url=url))], fetcher, archive=False)
    assert checks[0].final_url == httpserver.url_for("/ok")
    assert [hop.status for hop in checks[0].redirects] == [301, 308]
    assert findings[0].suggestion == f"cite the new address: {httpserver.url_for('/ok')}"


def test_title_mismatch_shows_both_titles(httpserver, fetcher):
    _site(httpserver)
    url = httpserver.url_for("/other")
    checks, findings = check_urls([ref(url, CITED.format(url=url))], fetcher, archive=False)
    assert "Tariff Census of the Railway Empire" in checks[0].evidence
    assert '"Novák, Jan. Rivers of Memory in Central Europe. Praha: Academia, 2010. Dostupné z:' in checks[0].evidence
    assert url not in checks[0].evidence
    assert findings[0].evidence[0].quote == url


def test_no_title_check_without_a_cited_title(httpserver, fetcher):
    _site(httpserver)
    url = httpserver.url_for("/other")
    checks, _ = check_urls([ref(url, f"See {url}.")], fetcher, archive=False)
    assert checks[0].verdict == "ok"


def test_soft_404_by_probe_of_a_random_path(httpserver, fetcher):
    """A host answering every unknown path with the same 200 page, whose title says nothing."""
    catch_all = html("Welcome to Example Library", "Browse our collections", "Search the catalogue.")
    httpserver.expect_request("/real").respond_with_data(html("Rivers of Memory in Central Europe"),
                                                         content_type="text/html")
    httpserver.no_handler_status_code = 200
    httpserver.expect_request("/articles/42/rivers").respond_with_data(catch_all, content_type="text/html")
    httpserver.expect_request(__import__("re").compile(r"/citecheck-probe-.*")).respond_with_data(
        catch_all, content_type="text/html")
    real, fake = httpserver.url_for("/real"), httpserver.url_for("/articles/42/rivers")
    checks, _ = check_urls([ref(real, CITED.format(url=real)), ref(fake, CITED.format(url=fake))],
                           fetcher, archive=False)
    assert [c.verdict for c in checks] == ["ok", "soft-404"]
    assert "random path" in checks[1].evidence


def test_timeout_verdict(raw_server, fetcher):
    raw_server.behaviours["/hang"] = lambda sock, srv: srv.stop.wait(5)
    checks, findings = check_urls([ref(raw_server.url("/hang"))], fetcher, archive=False)
    assert checks[0].verdict == "timeout"
    assert findings[0].rule == "url.timeout"


@pytest.mark.parametrize(
    "url",
    [pytest.param("ftp://example.org/a", id="ftp"), pytest.param("http://exa mple.org:port/", id="garbage")],
)
def test_invalid_verdict(url, fetcher):
    checks, findings = check_urls([ref(url)], fetcher, archive=False)
    assert checks[0].verdict == "invalid"
    assert findings[0].rule == "url.invalid" and findings[0].severity == "error"


def test_safety_refusal_is_unverified_not_dead(make_fetcher):
    fetcher = make_fetcher(policy={"allow_private": False})
    checks, findings = check_urls([ref("http://127.0.0.1:9/x")], fetcher, archive=False)
    assert checks[0].verdict == "unverified"
    assert "safety policy" in checks[0].evidence


def test_unknown_host_is_dead_when_other_names_resolve(httpserver, make_fetcher):
    _site(httpserver)
    fetcher = make_fetcher(resolve=resolver({"library.test": "127.0.0.1"}))
    good = f"http://library.test:{httpserver.port}/ok"
    checks, _ = check_urls([ref(good, CITED.format(url=good)), ref("http://no-such-host.test/a")],
                           fetcher, archive=False)
    assert [c.verdict for c in checks] == ["ok", "dead"]


def test_every_name_failing_means_network_unavailable_not_dead(make_fetcher):
    fetcher = make_fetcher(resolve=resolver({}))
    checks, findings = check_urls([ref("http://a.test/x"), ref("http://b.test/y")], fetcher)
    assert {c.verdict for c in checks} == {"unverified"}
    assert all("network unavailable" in c.evidence for c in checks)
    assert {f.rule for f in findings} == {"url.unverified"}


def test_one_finding_per_document_and_url_but_every_occurrence_checked(httpserver, fetcher):
    _site(httpserver)
    url = httpserver.url_for("/missing")
    refs = [ref(url, line=3), ref(url, line=9), ref(url, line=4, document="other")]
    checks, findings = check_urls(refs, fetcher, archive=False)
    assert [c.verdict for c in checks] == ["dead"] * 3
    assert sorted((f.location.document, f.location.line) for f in findings) == [("doc", 3), ("other", 4)]
    assert len(findings[0].evidence) == 2


@pytest.mark.parametrize(
    "path, methods",
    [
        pytest.param("/ok", ["GET"], id="page_needs_one_get_not_head_and_get"),
        pytest.param("/gone", ["GET"], id="410_page_one_get"),
        pytest.param("/forbidden", ["GET"], id="403_on_get_is_final"),
        pytest.param("/headless", ["GET"], id="head_hostile_page_never_sees_head"),
        pytest.param("/report.pdf", ["HEAD"], id="file_needs_no_body_so_head"),
        pytest.param("/scan.pdf", ["HEAD", "GET"], id="file_head_refused_confirmed_by_get"),
        pytest.param("/landing.pdf", ["HEAD", "GET"], id="file_that_is_a_page_is_read"),
    ],
)
def test_each_distinct_url_is_fetched_once(path, methods, httpserver, fetcher):
    _site(httpserver)
    url = httpserver.url_for(path)
    check_urls([ref(url), ref(url), ref(url)], fetcher, archive=False)
    assert [req.method for req, _ in httpserver.log if req.path == path] == methods


def test_page_get_reads_only_html_bodies(httpserver, fetcher):
    """The one GET of a page reads a 2xx HTML body; a PDF served at a page-like URL is not downloaded."""
    httpserver.expect_request("/doc").respond_with_data(b"%PDF-1.4 " + b"x" * 5000, content_type="application/pdf")
    url = httpserver.url_for("/doc")
    seen: list = []

    def spy(request):
        result = fetcher(request)
        seen.append((request.method, request.url, len(result.body)))
        return result

    checks, _ = check_urls([ref(url, CITED.format(url=url))], spy, archive=False)
    assert checks[0].verdict == "ok"
    assert ("GET", url, 0) in seen


def test_host_is_probed_once_however_many_pages_it_serves(httpserver, fetcher):
    _site(httpserver)
    urls = [httpserver.url_for(p) for p in ("/ok", "/other", "/soft", "/temp", "/missing")]
    check_urls([ref(u, CITED.format(url=u)) for u in urls], fetcher, archive=False)
    probes = [req for req, _ in httpserver.log if req.path.startswith("/citecheck-probe-")]
    assert len(probes) == 1


def test_dead_url_gets_the_archived_copy_near_the_access_date(httpserver, fetcher):
    _site(httpserver)
    snapshot = "http://web.archive.org/web/20140720000000/http://example.org/x"
    asked = {}

    def wayback(request):
        asked.update(request.args)
        body = {"archived_snapshots": {"closest": {"available": True, "status": "200", "url": snapshot,
                                                   "timestamp": "20140720000000"}}}
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/wayback/available").respond_with_handler(wayback)
    url = httpserver.url_for("/missing")
    checks, findings = check_urls([ref(url, CITED.format(url=url))], fetcher,
                                  archive_base=httpserver.url_for("/").rstrip("/"))
    assert checks[0].archive_url == snapshot
    assert asked == {"url": url, "timestamp": "20140722"}
    assert findings[0].suggestion == f"cite the archived copy: {snapshot}"


def test_fetch_is_any_callable():
    """check_urls takes any FetchRequest → FetchResult callable (here a plain function)."""

    def fake(request: FetchRequest) -> FetchResult:
        return FetchResult(request.url, 404, request.url, detail="Not Found")

    checks, _ = check_urls([ref("http://x.test/a")], fake, archive=False)
    assert checks[0].verdict == "dead"


def test_verdict_names_are_the_documented_ones():
    assert VERDICTS == ("ok", "redirected", "moved", "dead", "server-error", "timeout", "blocked", "soft-404",
                        "title-mismatch", "rate-limited", "invalid", "unverified")
