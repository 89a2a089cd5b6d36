"""Claims → conflicts: which claims speak of the same event, and do their dates agree?

Two claims speak of the same event when an event keyword of the same type (creation,
joining, office…) sits close to the same entity in both (``facets``), the entity's key
made canonical across the documents (``names``: acronyms, surnames, spelling and dash
variants). Entities that most claims of a paper name (its topic, e.g. "NATO") cannot
identify an event by themselves.

Dates are intervals of days; overlapping intervals agree (``2002`` and ``May 28, 2002``).
Disjoint dates for an event that happens once are a conflict; for related but different
events (acting vs elected president, a plan vs the deed, a start vs a span, an
approximate date, events that recur) they are only ambiguous.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations

from rapidfuzz import fuzz

from ...model import Claim, Conflict
from .events import ONCE, Mention
from .facets import JOINS, Facet, claim_facets
from .steps import step_ambiguities
from .wording import WHY, dates_of, readable_date
from .names import canonical_keys, claim_mentions, defined_acronyms, mention_reader, people, topic_keys


def find_conflicts(claims: tuple[Claim, ...]) -> tuple[Conflict, ...]:
    """Return one conflict or ambiguity per event whose claims' dates disagree, best first."""
    if len(claims) < 2:
        return ()
    mentions_of = mention_reader(defined_acronyms(claims))
    mentions = [claim_mentions(c, mentions_of) for c in claims]
    df = Counter(key for ms in mentions for key in {m.key for m in ms})
    generic = topic_keys(claims, mentions)
    canon, display, persons = canonical_keys(mentions, df, generic, people(claims, mentions))
    rooted: Counter = Counter()
    for key, count in df.items():
        rooted[canon.get(key, key)] += count
    df = rooted

    def canonical(mention: Mention) -> str:
        if mention.key in canon:
            return canon[mention.key]
        head, of, name = mention.key.partition(" of ")  # "church of sainte aurelie": the name made canonical
        return f"{head} of {canon.get(name, name)}" if of else mention.key

    groups: dict[tuple[str, str], list[Facet]] = defaultdict(list)
    for index, claim in enumerate(claims):
        for facet in claim_facets(index, claim, canonical, generic, persons, mentions_of):
            groups[(facet.family, facet.key)].append(facet)
    names = _names(groups, display)
    conflicts = []
    for (family, key), facets in sorted(groups.items()):
        if len({f.claim for f in facets}) < 2:
            continue
        rarity = 1 - min(df[key.split(JOINS)[-1]], len(claims)) / len(claims)
        conflict = _judge(family, names[key], facets, claims, rarity)
        if conflict is not None:
            conflicts.append(conflict)
    conflicts += step_ambiguities(groups, claims, names)
    return _one_per_event(conflicts)


def _names(groups: dict[tuple[str, str], list[Facet]], display: dict[str, str]) -> dict[str, str]:
    """Each event key's name for messages: its most written form, or the theme as written."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for (_, key), facets in groups.items():
        labels[key].update(f.label for f in facets if f.label)
    # The most written label; on a tie the one with its accents ("Sainte-Aurélie"), then the first.
    return {key: " joins ".join(display.get(part) or min(found or {part: 1}, key=lambda t: (-found[t], t.isascii(), t))
                                for part in key.split(JOINS))
            for key, found in labels.items()}


# --------------------------------------------------------------------------- verdicts


def verdict(a: Claim, b: Claim, fa: Facet, fb: Facet) -> tuple[str, str]:
    """Compare two claims about one event: ``agree``, ``distinct``, ``conflict`` or ``ambiguous``, and why."""
    if {"after", "before"} & {a.qualifier, b.qualifier}:
        return "agree", "open-ended date"
    if a.quote == b.quote and a.location.document == b.location.document:
        return "distinct", "one sentence giving two dates describes a change or a sequence, not a contradiction"
    if fa.family == "office" and fa.roles and fb.roles and not _related_offices(fa.roles, fb.roles):
        return "distinct", "different offices of one person (held side by side or one after the other)"
    if a.start <= b.end and b.start <= a.end:
        return _overlapping(a, b, fa, fb)
    first, second = (a, b) if a.start <= b.start else (b, a)
    f_first, f_second = (fa, fb) if first is a else (fb, fa)
    if fa.intent != fb.intent:
        if f_first.intent:
            return "distinct", "a plan comes before the deed"
        return "ambiguous", "a plan or proposal is dated after the event itself"
    if fa.family == "office":
        return _offices(first, second, f_first, f_second)
    if fa.repeat or fb.repeat:
        return "distinct", "one claim marks its event as another instance (again, re-, revised, new)"
    if "approx" in (a.qualifier, b.qualifier):
        # "built c. 1890" against "built in 1886": an approximate date is never an error.
        near = "lies next to the other" if _gap_years(a, b) <= 1 else f"lies {_gap_years(a, b)} years from the other"
        return "ambiguous", f"one date is only approximate (\"around\", \"c.\") and {near}"
    if not (fa.kind in ONCE and fb.kind in ONCE):
        return "distinct", f"events of this kind ({fa.family}) happen more than once"
    if fa.phase != fb.phase:
        return "ambiguous", (f"one claim dates {_PHASE_WORDS[fa.phase]} and the other {_PHASE_WORDS[fb.phase]}, "
                             "which may be different moments")
    if "range" in (a.precision, b.precision) or "decade" in (a.precision, b.precision):
        return "conflict", f"one date lies outside the span the other gives, and {_once(fa.family)}"
    return "conflict", f"the dates do not overlap, and {_once(fa.family)}"


def _offices(first: Claim, second: Claim, f_first: Facet, f_second: Facet) -> tuple[str, str]:
    """Taking an office happens once per term; holding it is a state that follows the start."""
    starts = [f.kind != "office" for f in (f_first, f_second)]
    if not any(starts):
        return "distinct", "two mentions of an office, neither says when it began"
    if f_first.roles != f_second.roles:
        return "ambiguous", (f"{_roles(f_first)} and {_roles(f_second)} are related but different offices: "
                             "check which one each paper means")
    if f_first.repeat or f_second.repeat:
        return "distinct", "one claim marks a new term (again, re-elected)"
    if starts == [True, False]:
        return "distinct", "holding an office after taking it"
    if starts == [False, True]:
        return "ambiguous", "the office is said to be held before the date it was taken"
    if f_first.kind != f_second.kind:
        if f_first.kind == "office-elected" and _gap_years(first, second) <= 1:
            return "distinct", "elected, then took office"
        return "ambiguous", "being elected and taking office are different steps, here more than a year apart"
    return "conflict", "the papers date the start of the same office differently"


def _related_offices(a: frozenset[str], b: frozenset[str]) -> bool:
    """"acting president" and "president" are one office; "premier" and "secretary general" are two."""
    def base(roles: frozenset[str]) -> set[str]:
        return {re.sub(r"^acting\s+", "", r) for r in roles}
    return bool(base(a) & base(b))


def _overlapping(a: Claim, b: Claim, fa: Facet, fb: Facet) -> tuple[str, str]:
    ranges = [c for c in (a, b) if c.precision == "range"]
    if len(ranges) == 2 and not (a.start <= b.start and b.end <= a.end or b.start <= a.start and a.end <= b.end):
        return "ambiguous", "the two spans overlap only in part: check which one is right"
    if len(ranges) == 1:
        span, point = (a, b) if a.precision == "range" else (b, a)
        f_span, f_point = (fa, fb) if span is a else (fb, fa)
        # A tenure "from 1999-2008" and its start "became … in 2000"; a one-off event
        # dated by a span ("established between 1811 and 1813") agrees with a day inside it.
        started = f_point.kind in ONCE and f_span.kind not in ONCE
        if started and span.start[:4] != point.start[:4]:
            return "ambiguous", (f"a term given as {readable_date(span.date)} and a start dated "
                                 f"{readable_date(point.date)}: check whether they mean the same beginning")
    return "agree", "the dates overlap (same date at a different precision)"


def _gap_years(a: Claim, b: Claim) -> int:
    first, second = sorted((a, b), key=lambda c: c.start)
    return int(second.start[:4]) - int(first.end[:4])


def _roles(f: Facet) -> str:
    return ", ".join(sorted(f.roles)) or "no office named"


# --------------------------------------------------------------------------- one event


def _judge(family: str, name: str, facets: list[Facet], claims: tuple[Claim, ...], specificity: float) -> Conflict | None:
    """Compare every pair of distinct statements of one event; build its conflict, if any."""
    buckets: dict[tuple, list[Facet]] = defaultdict(list)
    for facet in {f.claim: f for f in facets}.values():
        c = claims[facet.claim]
        buckets[(c.start, c.end, c.qualifier, c.precision, facet.intent, facet.phase, facet.roles, facet.repeat, facet.kind)].append(facet)
    reps = list(buckets)
    judged = {}
    for x, y in combinations(range(len(reps)), 2):
        fx, fy = buckets[reps[x]][0], buckets[reps[y]][0]
        judged[(x, y)] = judged[(y, x)] = verdict(claims[fx.claim], claims[fy.claim], fx, fy)
    kinds = {v for v, _ in judged.values()}
    if not kinds & {"conflict", "ambiguous"}:
        return None
    rule = "fact.date-conflict" if "conflict" in kinds else "fact.date-ambiguous"
    wanted = "conflict" if rule == "fact.date-conflict" else "ambiguous"
    support = [sum(len(buckets[reps[y]]) for y in range(len(reps)) if y == x or judged[(x, y)][0] == "agree")
               for x in range(len(reps))]
    major = max(range(len(reps)), key=lambda x: (support[x], reps[x][-1] in ONCE, -len(claims[buckets[reps[x]][0].claim].date), reps[x][0]))
    odd = [y for y in range(len(reps)) if y != major and judged[(major, y)][0] == wanted]
    if not odd and wanted == "ambiguous":
        odd = [y for y in range(len(reps)) if y != major and judged[(major, y)][0] != "agree"]
    if not odd:
        odd = sorted({y for (x, y), (v, _) in judged.items() if v == wanted and x < y})
        major = next(x for (x, y), (v, _) in judged.items() if v == wanted and y == odd[0])
    why = judged[(major, odd[0])][1]
    # Evidence: the claims that disagree and those that agree with either side, not the
    # other events of the same thing (a later office, a death) that the group also holds.
    shown = {major, *odd} | {x for x in range(len(reps)) for y in (major, *odd)
                             if x != y and judged[(x, y)][0] == "agree"}
    members = sorted({f.claim for x in shown for f in buckets[reps[x]]},
                     key=lambda i: (claims[i].location.document, claims[i].location.line, i))
    outliers = tuple(claims[f.claim] for y in odd for f in buckets[reps[y]])
    majors = [claims[f.claim] for f in buckets[reps[major]]]
    backing = [claims[f.claim] for y in range(len(reps)) if y == major or judged[(major, y)][0] == "agree"
               for f in buckets[reps[y]]]
    reason = _reason(majors[0].date, backing, outliers, why)
    similarity = max(fuzz.token_set_ratio(m.event, o.event) for m in majors[:5] for o in outliers[:5]) / 100
    base = 0.5 if rule == "fact.date-conflict" else 0.2
    confidence = base + 0.2 * specificity + 0.15 * similarity + (0.1 if support[major] >= 2 else 0.0)
    return Conflict(rule, f"{_FAMILY_LABEL.get(family, family)} {name}", reason, round(min(confidence, 0.99), 2),
                    tuple(claims[i] for i in members), tuple(sorted(outliers, key=lambda c: (c.location.document, c.location.line))))


_FAMILY_LABEL = {
    "creation": "creation of", "dissolution": "dissolution of", "signing": "signing of", "joining": "membership:",
    "adoption": "adoption of", "death": "death of", "birth": "birth of", "annexation": "annexation of",
    "revision": "revision of", "suspension": "suspension of", "resumption": "resumption of", "war": "war/intervention:",
    "meeting": "meeting:", "opening": "opening of", "introduction": "introduction of", "deployment": "deployment:", "office": "office held by",
    "independence": "independence of", "construction": "construction of", "consecration": "consecration of",
    "debut": "first run/appearance of", "closure": "closure of", "battle": "battle/siege:",
    "ratification": "ratification of", "entry-into-force": "entry into force of", "discovery": "discovery of",
    "incorporation": "incorporation of", "announcement": "announcement of", "merger": "merger of",
    "inauguration": "inauguration of", "excavation": "excavation of",
}


def _reason(major_date: str, backing: list[Claim], outliers: tuple[Claim, ...], why: str) -> str:
    """"4 claims give 2002 and 1 gives 2008; the dates do not overlap, …": counts, dates, why."""
    def count(n: int) -> str:
        return f"{n} claim gives" if n == 1 else f"{n} claims give"

    return (f"{count(len(backing))} {readable_date(major_date)} and {count(len(outliers))} "
            f"{dates_of(outliers)}{WHY}{why}")


_PHASE_WORDS = {"": "the event itself", "start": "its start", "end": "its end"}


def _once(family: str) -> str:
    noun = _FAMILY_NOUN.get(family) or f"{'an' if family[0] in 'aeiou' else 'a'} {family.replace('-', ' ')}"
    return f"{noun} happens only once"


_FAMILY_NOUN = {"creation": "a creation", "joining": "one member's joining", "office": "taking an office",
                "debut": "a first run", "battle": "a battle", "independence": "independence"}


def _one_per_event(conflicts: list[Conflict]) -> tuple[Conflict, ...]:
    """Rank by confidence; drop a conflict whose claims all belong to a stronger one."""
    ranked = sorted(conflicts, key=lambda c: (c.rule != "fact.date-conflict", -c.confidence, c.event))
    kept: list[Conflict] = []
    kept_ids: list[set] = []
    for conflict in ranked:
        ids = {(c.location.document, c.location.line, c.date) for c in conflict.claims}
        if any(ids <= k for k in kept_ids):
            continue
        kept.append(conflict)
        kept_ids.append(ids)
    return tuple(kept)
