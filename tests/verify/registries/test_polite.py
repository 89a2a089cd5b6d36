"""PoliteFetch: pacing by x-rate-limit-*, back-off on 429/503, one request per distinct URL."""

from __future__ import annotations

import pytest

from checker.model import FetchRequest, FetchResult
from checker.verify.registries.polite import PoliteFetch, rate_interval, retry_after

URL = "http://127.0.0.1:1/works?query.bibliographic=x"


def scripted(*results: FetchResult):
    """A fetch that answers with ``results`` in turn and records what it was asked."""
    asked: list[str] = []
    queue = list(results)

    def fetch(request: FetchRequest) -> FetchResult:
        asked.append(request.url)
        return queue.pop(0)

    fetch.asked = asked
    return fetch


def answer(status: int, **headers: str) -> FetchResult:
    return FetchResult(url=URL, status=status, headers=tuple((k.replace("_", "-"), v) for k, v in headers.items()))


@pytest.mark.parametrize(
    ("limit", "interval", "spacing"),
    [
        pytest.param("50", "1s", 0.02, id="crossref_public_pool"),
        pytest.param("10", "1s", 0.1, id="polite_pool"),
        pytest.param("3", "1m", 20.0, id="minutes"),
        pytest.param("5", "500ms", 0.1, id="milliseconds"),
        pytest.param("0", "1s", None, id="zero_limit_ignored"),
        pytest.param("many", "1s", None, id="garbage_ignored"),
    ],
)
def test_rate_interval(limit, interval, spacing):
    result = answer(200, x_rate_limit_limit=limit, x_rate_limit_interval=interval)
    assert rate_interval(result) == spacing


def test_retry_after_in_seconds_and_as_a_date():
    assert retry_after(answer(429, retry_after="7")) == 7.0
    when = retry_after(answer(429, retry_after="Wed, 21 Oct 2015 07:28:07 GMT"), now=1445412480.0)
    assert when == pytest.approx(7.0)
    assert retry_after(answer(429)) is None


def test_429_waits_as_told_then_succeeds(sleeps, sleep):
    fetch = scripted(answer(429, retry_after="2"), answer(200))
    result = PoliteFetch(fetch, sleep=sleep, clock=lambda: 0.0)(FetchRequest(URL))
    assert result.status == 200
    assert sleeps == [2.0]
    assert len(fetch.asked) == 2


def test_429_without_retry_after_backs_off_exponentially_then_gives_up(sleeps, sleep):
    fetch = scripted(*[answer(429)] * 4)
    result = PoliteFetch(fetch, sleep=sleep, clock=lambda: 0.0, retries=3, backoff=1.0)(FetchRequest(URL))
    assert result.status == 429
    assert sleeps == [1.0, 2.0, 4.0]


def test_a_wait_longer_than_max_wait_is_not_slept(sleeps, sleep):
    fetch = scripted(answer(429, retry_after="3600"))
    result = PoliteFetch(fetch, sleep=sleep, clock=lambda: 0.0, max_wait=30)(FetchRequest(URL))
    assert result.status == 429
    assert sleeps == []


def test_requests_to_one_host_are_spaced_by_the_advertised_rate(sleeps, sleep):
    headers = {"x_rate_limit_limit": "10", "x_rate_limit_interval": "1s"}
    fetch = scripted(answer(200, **headers), answer(200, **headers))
    polite = PoliteFetch(fetch, sleep=sleep, clock=lambda: 100.0)  # the clock stands still
    polite(FetchRequest(URL + "1"))
    polite(FetchRequest(URL + "2"))
    assert sleeps == [pytest.approx(0.1)]


def test_the_same_request_is_answered_from_memory(sleep):
    fetch = scripted(answer(200))
    polite = PoliteFetch(fetch, sleep=sleep)
    assert polite(FetchRequest(URL)) is polite(FetchRequest(URL))
    assert len(fetch.asked) == 1


def test_failures_are_not_remembered(sleep):
    fetch = scripted(answer(500), answer(200))
    polite = PoliteFetch(fetch, sleep=sleep)
    assert polite(FetchRequest(URL)).status == 500
    assert polite(FetchRequest(URL)).status == 200


def test_429_from_a_real_server_through_the_guarded_fetcher(httpserver, fetch, sleeps, sleep):
    url = httpserver.url_for("/crossref/works")
    httpserver.expect_ordered_request("/crossref/works").respond_with_data(
        "Too Many Requests", status=429, headers={"Retry-After": "1"})
    httpserver.expect_ordered_request("/crossref/works").respond_with_json({"ok": True})
    result = PoliteFetch(fetch, sleep=sleep)(FetchRequest(url))
    assert result.status == 200
    assert sleeps == [1.0]


def test_a_host_that_keeps_failing_is_not_asked_again_in_this_run(sleep):
    down = FetchResult(url=URL, status=None, error="refused", detail="connection refused")
    fetch = scripted(down, down, down)
    polite = PoliteFetch(fetch, sleep=sleep, give_up=3)
    results = [polite(FetchRequest(f"{URL}{i}")) for i in range(5)]
    assert len(fetch.asked) == 3  # the fourth and fifth requests never left
    assert results[4].error == "refused"
    assert results[4].detail == "not asked: 127.0.0.1:1 failed 3 times in a row in this run; last: connection refused"


def test_one_success_resets_the_count_of_failures(sleep):
    fetch = scripted(answer(500), answer(500), answer(200), answer(500), answer(500), answer(200))
    polite = PoliteFetch(fetch, sleep=sleep, give_up=3, retries=0)
    statuses = [polite(FetchRequest(f"{URL}{i}")).status for i in range(6)]
    assert statuses == [500, 500, 200, 500, 500, 200]
    assert len(fetch.asked) == 6


def test_a_missing_recording_does_not_count_against_the_host(sleep):
    missing = FetchResult(url=URL, status=None, error="offline-unrecorded", detail="not in the cassette")
    fetch = scripted(*[missing] * 5)
    polite = PoliteFetch(fetch, sleep=sleep, give_up=3)
    for i in range(5):
        polite(FetchRequest(f"{URL}{i}"))
    assert len(fetch.asked) == 5
