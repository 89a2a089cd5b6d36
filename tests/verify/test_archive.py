"""Access dates from citations and the Wayback availability API (served locally)."""

from __future__ import annotations

import json

import pytest

from checker.model import FetchRequest, FetchResult
from checker.verify.archive import access_timestamp, availability_url, find_snapshot


@pytest.mark.parametrize(
    "context, stamp",
    [
        pytest.param("Dostupné z: http://a.cz/x [cit. 2014-07-22].", "20140722", id="czech_iso"),
        pytest.param("Available at: http://a.org/x (accessed 17 February 2017).", "20170217", id="english_long"),
        pytest.param("http://a.org/x, accessed March 3, 2016.", "20160303", id="english_us"),
        pytest.param("http://a.cz/x (navštíveno 5. 6. 2012)", "20120605", id="czech_numeric"),
        pytest.param("Smith, J. 2009. Title. http://a.org/x", "2009", id="year_only"),
        pytest.param("http://a.org/x", None, id="nothing"),
    ],
)
def test_access_timestamp(context, stamp):
    assert access_timestamp(context) == stamp


def test_availability_url_is_configurable():
    assert availability_url("http://a.org/", "2014", "http://127.0.0.1:9/") == (
        "http://127.0.0.1:9/wayback/available?url=http%3A%2F%2Fa.org%2F&timestamp=2014")


def _answer(payload, status=200):
    return lambda request: FetchResult(request.url, status, request.url, body=json.dumps(payload).encode())


def test_snapshot_found():
    closest = {"available": True, "status": "200", "url": "http://web.archive.org/web/2014/http://a.org/"}
    snapshot, _ = find_snapshot("http://a.org/", "2014", _answer({"archived_snapshots": {"closest": closest}}))
    assert snapshot == closest["url"]


@pytest.mark.parametrize(
    "payload, status",
    [
        pytest.param({"archived_snapshots": {}}, 200, id="no_snapshot"),
        pytest.param({"archived_snapshots": {"closest": {"available": True, "status": "404",
                                                         "url": "http://web.archive.org/x"}}}, 200, id="archived_404"),
        pytest.param({"oops": 1}, 200, id="unexpected_json"),
        pytest.param({}, 503, id="archive_down"),
    ],
)
def test_no_snapshot(payload, status):
    assert find_snapshot("http://a.org/", None, _answer(payload, status))[0] is None


def test_archive_lookup_goes_through_the_given_fetch():
    asked: list[FetchRequest] = []

    def fetch(request):
        asked.append(request)
        return FetchResult(request.url, None, error="dns")

    assert find_snapshot("http://a.org/", "20140722", fetch)[0] is None
    assert asked[0].url.startswith("https://archive.org/wayback/available?url=")
