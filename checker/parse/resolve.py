"""References → short forms, ibids and repeats linked to their full citation; works merged.

Two citations name the same work when they cite the same address (:func:`url_key`), or
when the family names of their first authors agree (rapidfuzz ``ratio`` ≥ 90 on the
normalised names) and their titles are alike: a rapidfuzz score of the normalised titles
≥ :data:`SAME_WORK` (90), ``ratio`` for two full citations (two different works may share
a title word) and ``partial_ratio`` for a short form that names its author (a short title
is a truncation of the full one). A citation with an author and one without are never
the same work. An ``op. cit.`` short form (an author and pages, no title) points to the
latest full citation by that author. Scores from
:data:`NEAR_DUPLICATE` (80) up to the threshold are reported as
``ref.possible-duplicate`` and not merged. Two citations of one work that disagree on
year, publisher or place give ``ref.inconsistent``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from ..findings import make_finding
from ..model import Evidence, Field, Finding, Name, Reference

SAME_WORK = 90
"""rapidfuzz score (0–100) from which two titles are taken to name one work."""
NEAR_DUPLICATE = 80
"""Below :data:`SAME_WORK` but at least this: reported as a possible duplicate."""
_COMPARED = ("year", "publisher", "location")


def normalise(text: object) -> str:
    """Case-folded, accent-free, punctuation-free text for matching.

    >>> normalise("Russia's Foreign Policy: Change…")
    'russias foreign policy change'
    """
    return _normalise(str(text or ""))


@lru_cache(maxsize=1 << 16)
def _normalise(text: str) -> str:
    # Cached: matching compares every pair of citations, so each string is normalised many times.
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['’]", "", text)
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _first_family(ref: Reference) -> str:
    names = ref.get("author") or ref.get("editor") or ()
    if not names:
        return ""
    first: Name = names[0]  # type: ignore[index]
    return normalise(first.literal or first.family)


def title_score(a: Reference, b: Reference) -> float:
    """How alike the titles of two references are (0–100); short forms may be truncated."""
    ta, tb = normalise(a.get("title")), normalise(b.get("title"))
    if not ta or not tb:
        return 0.0
    short = a.kind == "short" or b.kind == "short"
    if short and _first_family(a) and min(len(ta), len(tb)) >= 4:
        return fuzz.partial_ratio(ta, tb)
    return fuzz.ratio(ta, tb)


def url_key(ref: Reference) -> str:
    """The cited address without scheme, ``www.``, case, hyphens or trailing slash: two
    copies of one address that a PDF line break damaged differently still agree.

    >>> url_key(Reference("x", "full", "", None, (Field("url", "http://www.x.org/ukraine-crisis/"),)))
    'x.org/ukrainecrisis'
    """
    return _url_key(str(ref.get("url") or ""))


@lru_cache(maxsize=1 << 16)
def _url_key(url: str) -> str:
    url = url.casefold()
    url = re.sub(r"^(?:https?|ftp)://|^www\.|(?<=//)www\.", "", url)
    return re.sub(r"[-_]", "", url.removeprefix("www.")).rstrip("/.")


def same_work_score(a: Reference, b: Reference) -> float:
    """100 for the same address; else title similarity, or 0 when the first authors'
    family names disagree."""
    ua = url_key(a)
    if ua and ua == url_key(b):
        return 100.0
    fa, fb = _first_family(a), _first_family(b)
    if bool(fa) != bool(fb) or (fa and fb and fa != fb and fuzz.ratio(fa, fb) < SAME_WORK):
        return 0.0
    return title_score(a, b)


def resolve_references(refs: tuple[Reference, ...]) -> tuple[tuple[Reference, ...], tuple[Finding, ...]]:
    """Link each short form, ibid and repeat of one document to its full citation.

    ``same_as`` of a linked reference is the id of the first full citation of the work.
    """
    out: list[Reference] = []
    findings: list[Finding] = []
    fulls: list[Reference] = []
    for ref in refs:
        target = _target(ref, out, fulls)
        if target is None and ref.kind != "full":
            findings.append(_unresolved(ref))
        if target is not None:
            ref = replace(ref, same_as=target.same_as or target.id)
            if ref.kind == "full":
                findings.extend(_inconsistencies(target, ref))
        elif ref.kind != "ibid":
            fulls.append(ref)  # an unresolved short form is still the first mention of its work
        out.append(ref)
    return tuple(out), tuple(findings)


def _target(ref: Reference, earlier: list[Reference], fulls: list[Reference]) -> Reference | None:
    if ref.kind == "ibid":
        return earlier[-1] if earlier else None
    if not ref.get("title") and not ref.get("url"):
        return _latest_by_author(ref, fulls) if ref.kind == "short" else None
    best = max(fulls, key=lambda full: same_work_score(ref, full), default=None)
    if best is not None and same_work_score(ref, best) >= SAME_WORK:
        return best
    return None


def _latest_by_author(ref: Reference, fulls: list[Reference]) -> Reference | None:
    """``Lefèvre, op. cit., p. 112.``: the latest full citation by the same first author."""
    family = _first_family(ref)
    return next((full for full in reversed(fulls) if family and _first_family(full) == family), None)


def _unresolved(ref: Reference) -> Finding:
    what = "ibid" if ref.kind == "ibid" else "short form"
    return make_finding(
        "cite.short-form-unresolved", ref.location,
        f"note {ref.note}: {what} '{ref.raw[:80]}' has no earlier full citation of the same work",
        (Evidence(ref.raw, ref.location),),
        "give the full citation (author, title, publisher or journal, year) at the first mention",
        key=ref.raw,
    )


def _inconsistencies(first: Reference, other: Reference) -> list[Finding]:
    """Conflicting year, publisher or place between two citations of one work."""
    found = []
    for name in _COMPARED:
        a, b = first.get(name), other.get(name)
        if a and b and normalise(a) != normalise(b):
            found.append(make_finding(
                "ref.inconsistent", other.location,
                f"'{str(first.get('title'))[:60]}' is cited with {name} '{a}' and '{b}'",
                (Evidence(first.raw, first.location), Evidence(other.raw, other.location)),
                f"check the {name} and cite it the same way everywhere",
                key=f"{normalise(first.get('title'))}|{name}|{normalise(a)}|{normalise(b)}",
            ))
    return found


def merge_references(refs: tuple[Reference, ...]) -> tuple[tuple[tuple[Reference, ...], ...], tuple[Finding, ...]]:
    """Group the references of several documents into works (the first of each is the fullest).

    References already linked by ``same_as`` join their target; full references of
    different documents join when :func:`same_work_score` reaches :data:`SAME_WORK`. A
    short form that matched nothing is the only record of its work and stays one; an
    unresolved ibid has nothing to add and is left out.
    """
    groups: list[list[Reference]] = []
    by_id: dict[str, list[Reference]] = {}
    findings: list[Finding] = []
    for ref in refs:
        if ref.same_as and ref.same_as in by_id:
            by_id[ref.same_as].append(ref)
            by_id[ref.id] = by_id[ref.same_as]
            continue
        if ref.kind == "ibid" or (ref.kind == "short" and ref.same_as):
            continue
        group, score = _best_group(ref, groups)
        if group is not None and score >= SAME_WORK:
            findings.extend(_inconsistencies(group[0], ref))
            group.append(ref)
        else:
            if group is not None and score >= NEAR_DUPLICATE:
                findings.append(_possible_duplicate(group[0], ref, score))
            group = [ref]
            groups.append(group)
        by_id[ref.id] = group
    merged = tuple(tuple(sorted(g, key=_fullness, reverse=True)) for g in groups)
    return merged, tuple(findings)


def _best_group(ref: Reference, groups: list[list[Reference]]) -> tuple[list[Reference] | None, float]:
    best, best_score = None, 0.0
    for group in groups:
        score = max(same_work_score(ref, member) for member in group)
        if score > best_score:
            best, best_score = group, score
    return best, best_score


def _fullness(ref: Reference) -> tuple[int, bool, bool, int]:
    """The citation whose fields a work takes first: most fields, then titled, then a
    reference-list entry over a note, then the shortest text."""
    return (len(ref.fields), ref.get("title") is not None, ref.note is None, -len(ref.raw))


def _possible_duplicate(a: Reference, b: Reference, score: float) -> Finding:
    return make_finding(
        "ref.possible-duplicate", b.location,
        f"'{str(b.get('title'))[:60]}' looks like '{str(a.get('title'))[:60]}' (similarity {score:.0f}) but was not merged",
        (Evidence(a.raw, a.location), Evidence(b.raw, b.location)),
        "if they are the same work, cite it the same way; otherwise ignore",
        key=f"{normalise(a.get('title'))}|{normalise(b.get('title'))}",
    )
