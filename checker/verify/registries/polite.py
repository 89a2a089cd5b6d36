"""FetchRequest → FetchResult, politely: pace by x-rate-limit-*, back off on 429, ask once.

Registries publish their budget (Crossref: ``x-rate-limit-limit: 50`` requests per
``x-rate-limit-interval: 1s``) and answer 429, often with ``Retry-After``, when it is
spent. :class:`PoliteFetch` wraps any fetch: it spaces requests to one host evenly over
the advertised interval, waits and retries on 429/503, and remembers answers so a work
cited in ten notes is looked up once. The clock and the sleep are injected so tests
run in microseconds and can assert the waits.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ...model import FetchRequest, FetchResult
from ..retry import retry_after_seconds

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$", re.IGNORECASE)
_UNIT = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def rate_interval(result: FetchResult) -> float | None:
    """Return the minimum spacing (seconds) between requests the answer's headers ask for.

    >>> r = FetchResult(url="u", status=200, headers=(("x-rate-limit-limit", "50"), ("x-rate-limit-interval", "1s")))
    >>> rate_interval(r)
    0.02
    """
    limit, interval = result.header("x-rate-limit-limit"), result.header("x-rate-limit-interval")
    if not limit or not interval:
        return None
    match = _INTERVAL.match(interval)
    try:
        count = int(limit)
    except ValueError:
        return None
    if not match or count <= 0:
        return None
    seconds = float(match.group(1)) * _UNIT[(match.group(2) or "s").lower()]
    return seconds / count


def retry_after(result: FetchResult, now: float | None = None) -> float | None:
    """Return the wait (seconds) a ``Retry-After`` header asks for: delta-seconds or a date."""
    return retry_after_seconds(result.header("retry-after"), now)


@dataclass
class PoliteFetch:
    """Wrap ``fetch`` with per-host pacing, 429/503 back-off and a per-run memory.

    ``max_wait`` caps any single wait: a registry asking us to come back in an hour gives
    a ``rate-limited`` answer now rather than a stalled run. After ``give_up`` failures
    in a row (no answer, 5xx or 429 after backing off) a host is not asked again in this
    run: a registry that is down would otherwise cost a time-out per cited work.
    """

    fetch: Callable[[FetchRequest], FetchResult]
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    retries: int = 3
    backoff: float = 1.0
    max_wait: float = 30.0
    spacing: dict[str, float] = field(default_factory=dict)
    last: dict[str, float] = field(default_factory=dict)
    memory: dict[FetchRequest, FetchResult] = field(default_factory=dict)
    waits: list[float] = field(default_factory=list)
    give_up: int = 3
    failures: dict[str, list[FetchResult]] = field(default_factory=dict)

    def __call__(self, request: FetchRequest) -> FetchResult:
        if request in self.memory:
            return self.memory[request]
        host = urlsplit(request.url).netloc
        failed = self.failures.get(host, [])
        if len(failed) >= self.give_up:
            return _not_asked(request, host, failed)
        result = self._send(host, request)
        for attempt in range(self.retries):
            if result.status not in (429, 503):
                break
            wait = retry_after(result)
            if wait is None:
                wait = self.backoff * (2**attempt)
            if wait > self.max_wait:
                break
            self._wait(wait)
            result = self._send(host, request)
        if result.error is None and result.status is not None and result.status < 500 and result.status != 429:
            # Failures are not remembered: the next reference may find the registry back.
            self.memory[request] = result
            self.failures.pop(host, None)
        elif result.error != "offline-unrecorded":  # a missing recording says nothing of the host
            self.failures.setdefault(host, []).append(result)
        return result

    def _send(self, host: str, request: FetchRequest) -> FetchResult:
        gap = self.spacing.get(host)
        if gap and host in self.last:
            due = self.last[host] + gap - self.clock()
            if due > 0:
                self._wait(due)
        result = self.fetch(request)
        self.last[host] = self.clock()
        interval = rate_interval(result)
        if interval is not None:
            self.spacing[host] = interval
        return result

    def _wait(self, seconds: float) -> None:
        self.waits.append(round(seconds, 3))
        self.sleep(seconds)


def _not_asked(request: FetchRequest, host: str, failed: list[FetchResult]) -> FetchResult:
    """The answer for a host given up on: its last failure, saying it was not asked again."""
    last = failed[-1]
    why = last.detail or (f"HTTP {last.status}" if last.status else last.error or "no answer")
    detail = f"not asked: {host} failed {len(failed)} times in a row in this run; last: {why}"
    if last.error:
        return FetchResult(url=request.url, status=None, error=last.error, detail=detail)
    return FetchResult(url=request.url, status=last.status, headers=last.headers, detail=detail)
