"""Identifier text → canonical identifier: DOIs and ISBNs in the one form every stage compares."""

from __future__ import annotations

import re

_DOI = re.compile(r"10\.\d{4,9}/\S+")


def normalise_doi(text: str) -> str:
    """Return the bare, lower-cased DOI in ``text`` (a DOI, doi: form or doi.org URL), or "".

    >>> normalise_doi("https://doi.org/10.1162/JCWS_a_00032.")
    '10.1162/jcws_a_00032'
    """
    match = _DOI.search(text or "")
    return match.group(0).rstrip(".,;)]").lower() if match else ""


def normalise_isbn(text: str) -> str:
    """Return the ISBN as 13 digits (an ISBN-10 converted), or "" when it is not one.

    Comparing in one form means an ISBN-10 citation agrees with a record's ISBN-13.

    >>> normalise_isbn("ISBN 978-80-7325-223-6")
    '9788073252236'
    >>> normalise_isbn("0-306-40615-2")
    '9780306406157'
    """
    digits = re.sub(r"[^0-9Xx]", "", text or "").upper()
    if len(digits) == 13 and digits.isdigit():
        return digits
    if len(digits) != 10 or not digits[:9].isdigit():
        return ""
    body = "978" + digits[:9]
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)
