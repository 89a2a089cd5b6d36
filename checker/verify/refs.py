"""Reference → RefCheck + Findings: is each cited work in a public registry, and cited right?

For each full reference the registries are asked in order (Crossref, doi.org, Open
Library…) until one holds a record that is the same work by citecheck's own comparison
(:mod:`checker.verify.refmatch`). The verdict is then ``verified``, ``mismatch`` (a cited
year, journal, volume, DOI or page lies outside the record), ``retracted`` or
``corrected``; without such a record it is ``not-found`` (naming the registries asked,
with the closest record as a suggestion) or ``unverifiable`` when a registry could not
answer. Only a verified work gets additions (DOI, ISBN, page range) for the bibliography.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..model import AddedField, Reference, RefCheck, RegistryAnswer, RegistryUpdate
from .refmatch import SUGGEST, Match, compare, page_ranges
from .registries import Fetch, Registry, registry_label
from .registries.ids import normalise_doi, normalise_isbn
from .registries.polite import PoliteFetch

RETRACTIONS = frozenset({"retraction", "partial_retraction", "withdrawal", "removal"})
CORRECTIONS = frozenset({"correction", "erratum", "corrigendum", "addendum", "clarification",
                         "expression_of_concern", "expression-of-concern"})
# Kinds of work no bibliographic registry holds; their URLs are the URL stage's business.
NOT_REGISTERED = frozenset({"web page", "webpage", "encyclopedia entry", "hearing", "interview",
                            "archive", "manuscript", "personal communication", "legislation"})

OFFLINE = "offline, and no recording of the registries' answers"
TOO_THIN = "no title, DOI or ISBN to look up"
URL_STAGE = "no registry holds this kind of work; its URL is checked by the URL stage (citecheck urls)"
OTHER_EDITION = "publisher differs from the record (another edition, reprint or imprint: not a mismatch)"


def verify_references(
    references: Sequence[Reference],
    registries: Sequence[Registry],
    fetch: Fetch | None,
    *,
    offline: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    failures: dict | None = None,
) -> tuple[RefCheck, ...]:
    """Check every full reference against ``registries``; return one RefCheck each, in order.

    ``fetch`` is any ``FetchRequest -> FetchResult`` callable (the guarded fetcher, a
    cassette replayer, a test double); it is wrapped in :class:`PoliteFetch` so requests
    are paced and 429s waited out with ``sleep``. With ``fetch=None`` (offline and
    nothing recorded) nothing is asked and every reference is ``unverifiable``. Pass the
    same ``failures`` dict for several documents so a registry found down is not asked
    again for each of them.
    """
    polite = None
    if fetch is not None:
        polite = PoliteFetch(fetch, sleep=sleep, failures=failures if failures is not None else {})
    checks = []
    for reference in references:
        if reference.kind != "full":
            continue
        skipped = not_looked_up(reference)
        if skipped is not None:
            checks.append(skipped)
        elif polite is None:
            checks.append(RefCheck(reference, "unverifiable", reason=OFFLINE if offline else "no fetcher"))
        else:
            checks.append(check_reference(reference, registries, polite))
    return tuple(checks)


def not_looked_up(reference: Reference) -> RefCheck | None:
    """The verdict on a reference no registry is asked about (a web page, a bare note), else None."""
    kind = str(reference.get("type") or "").lower()
    if kind in NOT_REGISTERED and not (_doi(reference) or _isbn(reference)):
        if reference.get("url"):
            return RefCheck(reference, "unverifiable", reason=URL_STAGE)
        return RefCheck(reference, "unverifiable", reason=f"not a kind of work the registries hold: {kind}")
    if not (reference.get("title") or _doi(reference) or _isbn(reference)):
        return RefCheck(reference, "unverifiable", reason=TOO_THIN)
    return None


def check_reference(reference: Reference, registries: Sequence[Registry], fetch: Fetch) -> RefCheck:
    """Ask the registries about one reference and judge what they answer."""
    skipped = not_looked_up(reference)
    if skipped is not None:
        return skipped
    answers, matches = _ask(reference, registries, fetch)
    by_doi = next((m for m in matches if m.candidate.via == "doi"), None)
    if _doi(reference) and not any(m.same_work for m in matches) and reference.get("title"):
        # The DOI names another work or none: search by title for the work actually cited.
        more_answers, more = _ask(_without(reference, "doi"), registries, fetch, cited=reference)
        answers, matches = answers + more_answers, matches + more
    asked = tuple(_describe(a, registries) for a in answers)
    if not answers:
        return RefCheck(reference, "unverifiable", reason="no registry takes this kind of reference")
    best = max(matches, key=lambda m: (m.same_work, m.score), default=None)
    if best is not None and best.same_work:
        return _judge_same(reference, best, asked)
    if by_doi is not None:
        return _doi_other_work(reference, by_doi, best, asked)
    return _judge_missing(reference, answers, best, registries, asked)


def _judge_missing(
    reference: Reference, answers: list[RegistryAnswer], best: Match | None,
    registries: Sequence[Registry], asked: tuple[str, ...],
) -> RefCheck:
    """No record is the cited work: not found, unless a registry failed to answer."""
    suggestion = _suggest(best) if best is not None and best.score >= SUGGEST else None
    score = best.score if best is not None else None
    failed = [a for a in answers if a.error]
    if failed:
        reason = "; ".join(f"{_label(a.registry, registries)} {a.error} ({a.detail})" for a in failed)
        if all(a.error == "offline" for a in failed):
            reason = OFFLINE  # one wording, so a document's unrecorded lookups make one summary
        return RefCheck(reference, "unverifiable", asked=asked, reason=reason, suggestion=suggestion, score=score)
    check = RefCheck(reference, "not-found", asked=asked, score=score,
                     reason="; ".join(a.detail for a in answers if a.detail))
    if suggestion is None:
        return check
    found = best.candidate
    return replace(check, suggestion=suggestion, comparison=best.rows, registry=found.registry, record=found.record)


def _ask(
    reference: Reference, registries: Sequence[Registry], fetch: Fetch, cited: Reference | None = None
) -> tuple[list[RegistryAnswer], list[Match]]:
    """Ask each registry that takes ``reference``, stopping at the first that has the work.

    Records are compared with ``cited`` (default: the reference asked about), so a search
    made without the DOI still checks the DOI the citation gives.
    """
    answers: list[RegistryAnswer] = []
    matches: list[Match] = []
    for registry in registries:
        if not registry.accepts(reference):
            continue
        if getattr(registry, "doi_only", False) and any(m.candidate.via == "doi" for m in matches):
            continue  # the DOI's record is already in hand; a resolver would repeat it
        answer = registry.lookup(reference, fetch)
        answers.append(answer)
        matches.extend(compare(cited or reference, c) for c in answer.candidates)
        if any(m.same_work for m in matches):
            break
    return answers, matches


def _judge_same(reference: Reference, best: Match, asked: tuple[str, ...]) -> RefCheck:
    """The record is the cited work: retracted, corrected, mis-cited, or verified."""
    found = best.candidate
    check = RefCheck(reference, "verified", registry=found.registry, record=found.record, score=best.score,
                     comparison=best.rows, asked=asked, evidence=_cite(best))
    notices = [u for u in found.updates if u.type in RETRACTIONS] or [u for u in found.updates if u.type in CORRECTIONS]
    notice = notices[0] if notices else None
    verb = "differs" if len(best.differs) == 1 and best.differs[0] != "pages" else "differ"
    differ = f"cited {' and '.join(best.differs)} {verb} from the record" if best.differs else ""
    reason = "; ".join(part for part in (_notice(notice), differ) if part)
    if notice is not None and notice.type in RETRACTIONS:
        return replace(check, verdict="retracted", reason=reason)
    if best.differs:
        return replace(check, verdict="mismatch", reason=reason)
    if notice is not None:
        return replace(check, verdict="corrected", reason=reason)
    other_edition = any(r.field == "publisher" and r.agrees is False for r in best.rows)
    return replace(check, added=_additions(reference, best, other_edition),
                   reason=OTHER_EDITION if other_edition else "")


def _notice(notice: RegistryUpdate | None) -> str:
    """Say what a Crossref update notice is: "Retraction 2020-05-01, notice 10.…"."""
    if notice is None:
        return ""
    text = f"{notice.label or notice.type.replace('_', ' ')} {notice.date}".strip()
    return text + (f", notice doi:{notice.doi}" if notice.doi else "")


def _doi_other_work(reference: Reference, by_doi: Match, best: Match | None, asked: tuple[str, ...]) -> RefCheck:
    found = by_doi.candidate
    suggestion = _suggest(best) if best is not None and best is not by_doi and best.score >= SUGGEST else None
    return RefCheck(
        reference, "mismatch", registry=found.registry, record=found.record, score=by_doi.score,
        comparison=by_doi.rows, asked=asked, suggestion=suggestion, evidence=_cite(by_doi),
        reason=f"the cited DOI {found.doi} belongs to a different work",
    )


def _additions(reference: Reference, best: Match, other_edition: bool = False) -> tuple[AddedField, ...]:
    """DOI, ISBN and page range the record gives and the citation lacks; nothing guessed.

    A record of another edition (its publisher differs) gives no ISBN: the ISBN names an
    edition, and it would not be the one cited. A note's page is the page cited, not the
    work's extent, so the article's range is still added.
    """
    found = best.candidate
    added = []
    if found.doi and not _doi(reference):
        added.append(AddedField("doi", found.doi, found.registry, found.record))
    if found.isbn and not _isbn(reference) and not other_edition:
        added.append(AddedField("isbn", found.isbn[0], found.registry, found.record))
    ranges = page_ranges(found.pages)
    has_extent = bool(reference.get("pages")) and reference.note is None
    if len(ranges) == 1 and ranges[0][0] < ranges[0][1] and not has_extent:
        # Written as the parse stage writes a range; the BibTeX writer turns "-" into "--".
        added.append(AddedField("pages", f"{ranges[0][0]}-{ranges[0][1]}", found.registry, found.record))
    return tuple(added)


def _suggest(match: Match) -> str:
    cited, record = match.conflict
    differ = ""
    if cited:
        differ = f"; its title has “{' '.join(record)}” where the citation has “{' '.join(cited)}”"
    return f"closest record (match score {match.score:.0f}/100, not the cited work for certain{differ}): {_cite(match)}"


def _cite(match: Match) -> str:
    """One line naming a record the way an editor would: authors (year) title, container. where."""
    found = match.candidate
    authors = "; ".join(n.display() for n in found.authors[:2]) + (" et al." if len(found.authors) > 2 else "")
    year = f" ({found.years[0]})" if found.years else ""
    container = f", {found.container[0]}" if found.container else ""
    ident = f"doi:{found.doi}" if found.doi else found.record
    return f"{authors or '[no author]'}{year} “{found.title}”{container}. {registry_label(found.registry)}: {ident}"


def _describe(answer: RegistryAnswer, registries: Sequence[Registry]) -> str:
    label = _label(answer.registry, registries)
    if answer.error:
        return f"{label}: {answer.error} ({answer.detail})"
    if not answer.candidates:
        return f"{label}: {answer.detail or 'no record'}"
    count = len(answer.candidates)
    return f"{label}: {count} record{'s' if count != 1 else ''}"


def _label(name: str, registries: Sequence[Registry]) -> str:
    return next((r.label for r in registries if r.name == name), name)


def _without(reference: Reference, name: str) -> Reference:
    return replace(reference, fields=tuple(f for f in reference.fields if f.name != name))


def _doi(reference: Reference) -> str:
    return normalise_doi(str(reference.get("doi") or ""))


def _isbn(reference: Reference) -> str:
    return normalise_isbn(str(reference.get("isbn") or ""))

