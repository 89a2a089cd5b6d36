"""Retry hints from HTTP answers: how long a ``Retry-After`` header asks a client to wait."""

from __future__ import annotations

import email.utils
import time


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds a ``Retry-After`` value asks for (delta-seconds or an HTTP-date), or None.

    A date without a zone, or one that cannot be read, is no instruction at all.

    >>> retry_after_seconds("7")
    7.0
    >>> retry_after_seconds("Wed, 21 Oct 2015 07:28:07 GMT", now=1445412480.0)
    7.0
    >>> retry_after_seconds("soon") is None
    True
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
