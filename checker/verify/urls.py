"""UrlRefs → UrlChecks (one verdict per cited occurrence) and Findings (one per document and URL).

The network is only reached through the ``fetch`` callable passed in
(``FetchRequest → FetchResult``; normally a :class:`~checker.verify.fetch.Fetcher`).
Each distinct URL is observed once, by the cheapest request that answers every
question its verdict needs:

* a URL that may be a web page (no file extension naming a non-HTML type) needs its
  HTML for the soft-404 and title checks, so it gets one streamed GET. The GET tells
  everything a HEAD would (status, headers, redirects) and reads the body, up to the
  parse cap, only of a 2xx HTML answer; a HEAD first would only add a round trip;
* a URL naming a file (``.pdf``, ``.zip``, images, office documents…) needs no body:
  HEAD first, then GET only when HEAD is refused or unreliable (405, 403, 501, a
  reset…) or when it answers with an HTML page after all.

Each host's answer to a random path (one GET per host, started before the host's
pages are fetched and cached) tells a catch-all "not found" page from a real one.
Verdicts are then judged per occurrence, because the title a citation gives may
differ between occurrences of the same URL.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from itertools import zip_longest
from urllib.parse import urlsplit

from ..findings import make_finding
from ..model import Evidence, FetchRequest, FetchResult, Finding, UrlCheck, UrlRef
from .addresses import parse_ip
from .archive import WAYBACK_BASE, access_timestamp, find_snapshot
from .cited import quoted
from .pages import PARSE_BYTES, PageInfo, is_bot_wall, is_html, match_title, read_page, same_page, says_not_found

VERDICTS = ("ok", "redirected", "moved", "dead", "server-error", "timeout", "blocked", "soft-404",
            "title-mismatch", "rate-limited", "invalid", "unverified")
_RULES = {v: f"url.{v}" for v in VERDICTS if v not in ("ok", "redirected")}
ARCHIVED_VERDICTS = frozenset({"dead", "soft-404", "title-mismatch"})
_PERMANENT = frozenset({301, 308})
_BLOCKED_STATUS = frozenset({401, 403, 407, 451, 999})
# Errors after which a GET may still succeed where HEAD failed (servers that choke on HEAD).
_RETRY_WITH_GET = frozenset({"reset", "malformed", "connection"})
_ROOT_ALIASES = frozenset({"", "/", "/index.html", "/index.htm", "/index.php", "/default.aspx", "/home"})
_NETWORK_ERRORS = frozenset({"dns", "resolver", "refused", "timeout", "connection", "tls", "blocked-address"})
# Paths naming files that are not web pages: their content is never read, so HEAD suffices.
_FILE_PATH = re.compile(
    r"\.(?:pdf|ps|eps|djvu|epub|mobi|docx?|xlsx?|pptx?|od[tsp]|rtf|csv|tsv|zip|gz|tgz|bz2|xz|7z|rar|tar"
    r"|png|jpe?g|gif|webp|tiff?|bmp|ico|svg|mp[34]|m4[av]|wav|ogg|flac|avi|mov|mkv|webm|exe|dmg|iso|bin)$",
    re.IGNORECASE,
)
_HTML_TYPES = ("text/html", "xhtml")

Fetch = Callable[[FetchRequest], FetchResult]


@dataclass(frozen=True, slots=True)
class _Observation:
    """What the network said about one distinct URL."""

    result: FetchResult
    page: PageInfo | None = None
    probe_same: bool = False


def check_urls(
    urlrefs: Iterable[UrlRef],
    fetch: Fetch,
    *,
    titles: Mapping[UrlRef, str] | None = None,
    concurrency: int = 32,
    archive: bool = True,
    archive_base: str = WAYBACK_BASE,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[tuple[UrlCheck, ...], tuple[Finding, ...]]:
    """Check every cited URL; return one UrlCheck per occurrence and the findings.

    ``titles`` gives the citation text each URL belongs to, read for the title check and
    the access date (default: the URL's own line, ``UrlRef.context``; ``verify_urls``
    passes :func:`~checker.verify.cited.citation_texts`). ``concurrency`` bounds the URLs checked at once; the fetcher
    bounds requests per host. When no host name in the run could be resolved, DNS
    failures mean "network unavailable" and the URLs are ``unverified``, not ``dead``.
    """
    refs = tuple(urlrefs)
    urls = _interleave_hosts(dict.fromkeys(ref.url for ref in refs))
    observed = _observe_all(urls, fetch, concurrency, progress)
    network_down = _network_unavailable(observed)
    cited = {ref: (titles or {}).get(ref, ref.context) for ref in refs}
    checks = [_judge(ref, observed[ref.url], cited[ref], network_down) for ref in refs]
    if archive and not network_down:
        checks = _add_archive_urls(checks, cited, fetch, concurrency, archive_base)
    return tuple(checks), _findings(checks)


# --------------------------------------------------------------------------- observing


def _interleave_hosts(urls: Iterable[str]) -> list[str]:
    """Order URLs round-robin by host so no host's queue blocks the workers."""
    by_host: dict[str, list[str]] = defaultdict(list)
    for url in urls:
        by_host[_host(url)].append(url)
    rounds = zip_longest(*by_host.values())
    return [url for batch in rounds for url in batch if url is not None]


def _observe_all(urls: list[str], fetch: Fetch, concurrency: int,
                 progress: Callable[[int, int], None] | None) -> dict[str, _Observation]:
    probes = _Probes(fetch)
    done, lock, results = [0], threading.Lock(), {}
    # The probes go first in the queue, so each host's is ready when its pages arrive.
    origins = dict.fromkeys(_origin(url) for url in urls if _is_page(url))

    def work(url: str) -> None:
        results[url] = _observe(url, fetch, probes)
        with lock:
            done[0] += 1
            if progress:
                progress(done[0], len(urls))

    # Workers mostly wait (latency, Retry-After, per-host slots); the fetcher bounds the
    # requests actually in flight, so up to 4 workers per slot keep every host busy.
    workers = min(len(urls), 4 * concurrency, 512) if concurrency > 1 else 1
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="citecheck-url") as pool:
        started = [pool.submit(probes.run, origin) for origin in origins if origin]
        list(pool.map(work, urls))
        for future in started:
            future.result()
    return results


def _observe(url: str, fetch: Fetch, probes: "_Probes") -> _Observation:
    """GET a page (HEAD first for a file), then compare it with the host's random-path page."""
    result = fetch(_page_request(url)) if _is_page(url) else _head_then_get(url, fetch)
    content_type = result.header("Content-Type")
    if not (result.status and 200 <= result.status < 300 and is_html(content_type) and result.body):
        return _Observation(result)
    page = read_page(result.body, content_type)
    final = result.final_url or url
    probe_same = False
    if urlsplit(final).path not in ("", "/"):
        probe = probes.page_for(final)
        probe_same = probe is not None and (probe[0] == final or same_page(page, probe[1]))
    return _Observation(result, page, probe_same)


def _is_page(url: str) -> bool:
    """Whether ``url`` may be a web page, whose HTML the checks read (see module docstring)."""
    try:
        return not _FILE_PATH.search(urlsplit(url).path)
    except ValueError:
        return True


def _page_request(url: str) -> FetchRequest:
    """A GET that reads the body only of a 2xx HTML answer, and only as much as is parsed."""
    return FetchRequest(url, "GET", max_bytes=PARSE_BYTES, read_body_if=_HTML_TYPES)


def _head_then_get(url: str, fetch: Fetch) -> FetchResult:
    """HEAD, then GET when HEAD is refused or unreliable or the answer is an HTML page."""
    head = fetch(FetchRequest(url, "HEAD"))
    if not _needs_get(head):
        return head
    ok_head = head.status is not None and 200 <= head.status < 300
    start = head.final_url if ok_head and head.final_url else url
    get = fetch(_page_request(start))
    return replace(get, url=url, redirects=head.redirects + get.redirects) if start != url else get


def _needs_get(head: FetchResult) -> bool:
    """Whether HEAD's answer must be confirmed or completed by a GET."""
    if head.error:
        return head.error in _RETRY_WITH_GET
    status = head.status or 0
    if 200 <= status < 300:
        content_type = head.header("Content-Type")
        return content_type is None or is_html(content_type)
    # 404/410 are taken at their word; 429/503 were already retried with backoff, so a
    # GET would only repeat the wait. Other refusals (403, 405, 501, 400…) are often
    # HEAD-specific and are confirmed with a GET.
    return status >= 300 and status not in (404, 410, 429, 503)


def _origin(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else ""


class _Probes:
    """One GET per host of a random (but reproducible) path: what does "not found" look like?

    Each origin's probe runs once, in whichever thread asks first (``run``); the others
    wait for its result, so probes can be started early and still never run twice.
    """

    def __init__(self, fetch: Fetch) -> None:
        self._fetch = fetch
        self._lock = threading.Lock()
        self._futures: dict[str, Future] = {}

    def run(self, origin: str) -> Future:
        """Probe ``origin`` here unless another thread has begun to; return its future."""
        with self._lock:
            future = self._futures.get(origin)
            mine = future is None
            if mine:
                future = self._futures[origin] = Future()
        if mine:
            try:
                future.set_result(self._probe(origin))
            except BaseException as exc:  # a waiting thread must not hang on a failed probe
                future.set_exception(exc)
                raise
        return future

    def page_for(self, url: str) -> tuple[str, PageInfo] | None:
        """(final URL, page) the host serves for a path that cannot exist, or None if it 404s."""
        return self.run(_origin(url)).result()

    def _probe(self, origin: str) -> tuple[str, PageInfo] | None:
        # Derived from the origin, not random, so a cassette replays the same request.
        token = hashlib.sha256(origin.encode()).hexdigest()[:20]
        result = self._fetch(_page_request(f"{origin}/citecheck-probe-{token}/missing-page"))
        content_type = result.header("Content-Type")
        if result.status is None or not 200 <= result.status < 300 or not is_html(content_type):
            return None
        return result.final_url or result.url, read_page(result.body, content_type)


def _network_unavailable(observed: Mapping[str, _Observation]) -> bool:
    """True when host names failed to resolve and not a single one resolved."""
    failed = resolved = False
    for url, obs in observed.items():
        if parse_ip(_host(url)) is not None:
            continue
        if obs.result.error in ("dns", "resolver") and not obs.result.redirects:
            failed = True
        elif obs.result.error not in ("invalid", "blocked-address", "offline-unrecorded"):
            resolved = True
    return failed and not resolved


# --------------------------------------------------------------------------- judging


def _judge(ref: UrlRef, obs: _Observation, cited: str, network_down: bool) -> UrlCheck:
    result = obs.result
    if result.error:
        verdict, evidence = _judge_error(result, network_down)
    elif result.status is not None and 200 <= result.status < 300:
        verdict, evidence = _judge_page(ref.url, obs, cited)
    else:
        verdict, evidence = _judge_status(result, obs)
    return UrlCheck(ref=ref, verdict=verdict, http_status=result.status, final_url=result.final_url,
                    redirects=result.redirects, evidence=evidence)


def _judge_error(result: FetchResult, network_down: bool) -> tuple[str, str]:
    error, detail = result.error or "", result.detail
    if error == "invalid":
        return "invalid", detail
    if error == "dns":
        if network_down:
            return "unverified", f"network unavailable: no host name in this run could be resolved ({detail})"
        return "dead", detail
    if error == "blocked-address":
        # Metadata, multicast and unspecified addresses stay refused even with the opt-in.
        always = any(word in detail for word in ("metadata", "multicast", "unspecified"))
        hint = "" if always else " (--allow-private allows private addresses)"
        return "unverified", f"refused by the safety policy: {detail}{hint}"
    if error == "offline-unrecorded":
        return "unverified", "offline and the cassette has no recording of this URL (refresh it with --record)"
    if error == "resolver":
        return "unverified", f"name resolution unavailable: {detail}"
    if error == "timeout":
        return "timeout", detail
    if error in ("refused", "reset", "redirect-loop", "too-many-redirects", "bad-redirect"):
        return "dead", detail
    return "server-error", detail or error


def _judge_status(result: FetchResult, obs: _Observation) -> tuple[str, str]:
    status = result.status or 0
    said = f"HTTP {status} {result.detail}".strip() + _via(result)
    if status in (404, 410):
        return "dead", said
    if status in _BLOCKED_STATUS or result.header("cf-mitigated"):
        return "blocked", said + " (the site refused the check; the page may exist)"
    if status == 429:
        return "rate-limited", said + " (still rate-limited after retries)"
    if 300 <= status < 400:
        return "server-error", said + " (redirect without a usable Location)"
    if 400 <= status < 500:
        return "dead", said
    return "server-error", said


def _judge_page(url: str, obs: _Observation, cited: str) -> tuple[str, str]:
    result, page = obs.result, obs.page
    match = match_title(cited, page) if page and cited else None
    names_work = match is not None and match.matched
    final = result.final_url or url
    if result.redirects and _is_root(final) and not _is_root(url) and not names_work:
        return "soft-404", f"redirects to the site's home page {final}"
    if page is not None:
        wall = is_bot_wall(page)
        if wall:
            return "blocked", f'bot-protection page "{wall}" (the page may exist)'
        said = says_not_found(page)
        if said and not names_work:
            return "soft-404", f'answers {result.status} but the page says "{said}"' + _via(result)
        if obs.probe_same and not names_work:
            return "soft-404", (f'answers {result.status} with the same page as a random path on the host '
                                f'("{page.title or page.heading}")')
        if match is not None and not match.matched:
            return "title-mismatch", (f'page title "{match.page_title}" does not match the citation '
                                      f'"{quoted(cited)}" (best score {match.score:g}/100)' + _via(result))
    if result.redirects:
        permanent = all(hop.status in _PERMANENT for hop in result.redirects)
        return ("moved" if permanent else "redirected"), _chain(result)
    return "ok", f"HTTP {result.status}"


def _is_root(url: str) -> bool:
    return urlsplit(url).path.lower() in _ROOT_ALIASES and not urlsplit(url).query


def _chain(result: FetchResult) -> str:
    return " → ".join([result.url] + [f"{hop.status} {hop.url}" for hop in result.redirects])


def _via(result: FetchResult) -> str:
    return f" (via {_chain(result)})" if result.redirects else ""


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


# --------------------------------------------------------------------------- archive


def _add_archive_urls(checks: list[UrlCheck], cited: Mapping[UrlRef, str], fetch: Fetch, concurrency: int,
                      base: str) -> list[UrlCheck]:
    """Attach the Wayback snapshot closest to the cited access date to dead, soft-404 and title-mismatch checks."""
    stamps = {c.ref: access_timestamp(cited[c.ref]) for c in checks if c.verdict in ARCHIVED_VERDICTS}
    wanted = dict.fromkeys((ref.url, stamp) for ref, stamp in stamps.items())
    if not wanted:
        return checks
    unreachable = threading.Event()  # the archive itself is down: stop asking it

    def lookup(key: tuple[str, str | None]) -> str | None:
        if unreachable.is_set():
            return None
        snapshot, raw = find_snapshot(key[0], key[1], fetch, base)
        if raw.error in _NETWORK_ERRORS or (raw.status or 0) >= 500:
            unreachable.set()
        return snapshot

    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, 8))) as pool:
        found = dict(zip(wanted, pool.map(lookup, wanted)))
    return [replace(c, archive_url=found.get((c.ref.url, stamps[c.ref]))) if c.ref in stamps else c
            for c in checks]


# --------------------------------------------------------------------------- findings


def _findings(checks: list[UrlCheck]) -> tuple[Finding, ...]:
    """One finding per distinct (document, URL) with a verdict worth reporting."""
    groups: dict[tuple[str, str], list[UrlCheck]] = defaultdict(list)
    for check in checks:
        groups[(check.ref.location.document, check.ref.url)].append(check)
    findings = []
    for group in groups.values():
        reported = [c for c in group if c.verdict in _RULES]
        if reported:
            findings.append(_finding(reported[0], group))
    return tuple(findings)


def _finding(check: UrlCheck, group: list[UrlCheck]) -> Finding:
    evidence = tuple(Evidence(c.ref.raw, c.ref.location) for c in group[:5])
    message = f"{check.verdict}: {check.ref.url} — {check.evidence}"
    return make_finding(_RULES[check.verdict], check.ref.location, message, evidence,
                        _suggestion(check), key=check.ref.url)


def _suggestion(check: UrlCheck) -> str | None:
    verdict = check.verdict
    if verdict == "moved":
        return f"cite the new address: {check.final_url}"
    if verdict in ARCHIVED_VERDICTS:
        if check.archive_url:
            return f"cite the archived copy: {check.archive_url}"
        return "no archived copy found: cite a current address or mark the source as no longer available"
    return {
        "blocked": "open the URL in a browser to confirm it; the site refuses automated checks",
        "rate-limited": "check again later; the site limits automated requests",
        "timeout": "check again later or in a browser",
        "server-error": "check again later; if it persists, the source may be gone",
        "invalid": "correct the URL as printed",
        "unverified": "run the check with network access, or record it with --record",
    }.get(verdict)
