"""Facets of one thing in different steps of its life → ambiguities between papers that date different steps.

A treaty is signed, ratified and enters into force; a body is founded and later
incorporated; a project is announced and later opened. Each step is an event of its own,
so their dates need not agree, but when one paper dates only one step and another paper
only another, a reader cannot tell whether the papers mean the same moment: the editor
gets a ``fact.date-ambiguous`` (info) naming both steps. A paper that dates both steps
itself shows it knows they differ, and raises nothing.
"""

from __future__ import annotations

from collections import defaultdict

from ...model import Claim, Conflict
from .facets import Facet
from .wording import WHY, dates_of

LIFECYCLES: tuple[tuple[str, ...], ...] = (
    ("signing", "ratification", "entry-into-force"),
    ("adoption", "entry-into-force"),
    ("creation", "incorporation"),
    ("announcement", "creation"),
    ("announcement", "opening"),
)
"""Steps of one life, in the order they happen: each pair inside one tuple is related."""

STEP_VERB = {
    "signing": "signed", "ratification": "ratified", "entry-into-force": "in force", "adoption": "adopted",
    "creation": "founded", "incorporation": "incorporated", "announcement": "announced", "opening": "opened",
}
"""How a step reads in a sentence ("ratified in 1957")."""


def step_ambiguities(groups: dict[tuple[str, str], list[Facet]], claims: tuple[Claim, ...],
                     names: dict[str, str]) -> list[Conflict]:
    """One ambiguity per thing whose related steps are each dated by a different paper only.

    ``groups`` maps (family, key) to facets; ``names`` maps a key to its display name.
    """
    by_key: dict[str, dict[str, list[Facet]]] = defaultdict(dict)
    for (family, key), facets in groups.items():
        if family in STEP_VERB:
            by_key[key][family] = facets
    out = []
    for key, families in sorted(by_key.items()):
        pairs = [(a, b) for steps in LIFECYCLES for i, a in enumerate(steps) for b in steps[i + 1:]
                 if a in families and b in families]
        found = [p for a, b in pairs if (p := _unmatched(families[a], families[b], claims))]
        if found:
            out.append(_ambiguity(names.get(key, key), found, claims))
    return out


def _unmatched(early: list[Facet], late: list[Facet], claims: tuple[Claim, ...]):
    """The claims of each step from papers that do not date the other step, if their dates differ."""
    def docs(facets: list[Facet]) -> set[str]:
        return {claims[f.claim].location.document for f in facets}

    first = [claims[f.claim] for f in early if claims[f.claim].location.document not in docs(late)]
    second = [claims[f.claim] for f in late if claims[f.claim].location.document not in docs(early)]
    if not first or not second or any(_overlap(a, b) for a in first for b in second):
        return None
    return early[0].family, late[0].family, first, second


def _overlap(a: Claim, b: Claim) -> bool:
    return a.start <= b.end and b.start <= a.end


def _ambiguity(name: str, found: list, claims: tuple[Claim, ...]) -> Conflict:
    early, late, first, second = found[0]
    steps = sorted({s for e, lt, _, _ in found for s in (e, lt)}, key=_order)
    members = {c for _, _, a, b in found for c in (*a, *b)}
    outliers = {c for _, _, _, b in found for c in b} - set(first)
    verbs = [STEP_VERB[s] for s in steps]
    reason = (f"one paper says {STEP_VERB[early]} {dates_of(first)}, another {STEP_VERB[late]} {dates_of(second)}{WHY}"
              f"{', '.join(verbs[:-1])} and {verbs[-1]} are different steps in the life of {name}, so both dates may "
              f"be right, but neither paper dates the other's step: check that each means the step it names")
    def place(c: Claim) -> tuple:
        return c.location.document, c.location.line
    return Conflict("fact.date-ambiguous", f"{name} ({' / '.join(verbs)})", reason,
                    round(0.3 + 0.05 * min(len(members), 4), 2), tuple(sorted(members, key=place)),
                    tuple(sorted(outliers, key=place)))


def _order(step: str) -> int:
    return _STEP_ORDER.index(step)


_STEP_ORDER = ("announcement", "signing", "adoption", "creation", "ratification", "incorporation",
               "entry-into-force", "opening")
