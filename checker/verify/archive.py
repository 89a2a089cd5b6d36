"""Cited URL + access date → the closest Wayback Machine snapshot URL (or None).

Uses the availability API (``/wayback/available?url=…&timestamp=YYYYMMDD``) through
the fetcher passed in, so the lookups obey the same safety policy and are recorded in
the same cassettes as every other request.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from urllib.parse import quote

import dateparser

from ..model import FetchRequest, FetchResult

WAYBACK_BASE = "https://archive.org"

_ISO = re.compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b")
_NUMERIC = re.compile(r"\b([0-3]?\d)\.\s?([01]?\d)\.\s?((?:19|20)\d\d)\b")
_ACCESS = re.compile(
    r"(?:accessed|retrieved|viewed|consulted|visited|last\s+checked|cit(?:ováno|\.)|citace|navštíveno"
    r"|zpřístupněno|staženo|abgerufen(?:\s+am)?|zugriff(?:\s+am)?|consulté\s+le)\s*(?:on\s+)?[:,]?\s*"
    r"([^)\]\n;]{4,40})",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19[9]\d|20\d\d)\b")


def access_timestamp(context: str) -> str | None:
    """Return ``YYYYMMDD`` (or ``YYYY``) of the date the citation says it was accessed.

    Prefers a date after an access keyword (``[cit. 2014-07-22]``, ``accessed 3 March
    2016``), then any full date, then the last plausible year.

    >>> access_timestamp("Dostupné z: http://x.cz/a [cit. 2014-07-22].")
    '20140722'
    >>> access_timestamp("Available at: http://x.org/a (accessed 17 February 2017).")
    '20170217'
    >>> access_timestamp("Smith, J. (2009). A title.")
    '2009'
    """
    for match in _ACCESS.finditer(context):
        stamp = _date_of(match.group(1))
        if stamp:
            return stamp
    stamp = _date_of(context, fuzzy=False)
    if stamp:
        return stamp
    years = _YEAR.findall(context)
    return years[-1] if years else None


def _date_of(text: str, fuzzy: bool = True) -> str | None:
    iso = _ISO.search(text)
    if iso:
        return "".join(iso.groups())
    numeric = _NUMERIC.search(text)
    if numeric:
        day, month, year = (int(g) for g in numeric.groups())
        if 1 <= day <= 31 and 1 <= month <= 12:
            return f"{year:04d}{month:02d}{day:02d}"
    if not fuzzy:
        return None
    parsed = dateparser.parse(text.strip(" .,"), languages=["en", "cs", "de", "fr"],
                              settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})
    return parsed.strftime("%Y%m%d") if parsed else None


def availability_url(url: str, timestamp: str | None, base: str = WAYBACK_BASE) -> str:
    """The availability-API request for ``url`` near ``timestamp``.

    >>> availability_url("http://a.org/x?y=1", "20140722")
    'https://archive.org/wayback/available?url=http%3A%2F%2Fa.org%2Fx%3Fy%3D1&timestamp=20140722'
    """
    query = f"url={quote(url, safe='')}"
    if timestamp:
        query += f"&timestamp={timestamp}"
    return f"{base.rstrip('/')}/wayback/available?{query}"


def find_snapshot(url: str, timestamp: str | None, fetch: Callable[[FetchRequest], FetchResult],
                  base: str = WAYBACK_BASE) -> tuple[str | None, FetchResult]:
    """Ask the availability API for the snapshot of ``url`` closest to ``timestamp``.

    Returns the snapshot URL (None when there is none or the API did not answer) and
    the raw result, so the caller can tell "no snapshot" from "archive unreachable".
    """
    result = fetch(FetchRequest(availability_url(url, timestamp, base), "GET",
                                (("Accept", "application/json"),), max_bytes=64_000))
    if result.status != 200:
        return None, result
    try:
        closest = json.loads(result.body.decode("utf-8", "replace"))["archived_snapshots"]["closest"]
    except (ValueError, KeyError, TypeError):
        return None, result
    if not isinstance(closest, dict) or not closest.get("available"):
        return None, result
    if not str(closest.get("status", "200")).startswith("2"):
        return None, result
    snapshot = closest.get("url")
    return (snapshot if isinstance(snapshot, str) and snapshot.startswith(("http://", "https://")) else None), result
