"""References of one or more documents → the works they cite, keyed, ready for BibTeX or CSL-JSON.

``collect_works`` merges every citation of one work (full citations, short forms,
ibids, repeats, the same work in several documents) into one :class:`Work`, whose
fields are the fullest citation's, completed from the others. ``render`` turns works
into text in one of :data:`FORMATS`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Field, Finding, Reference
from ..parse.resolve import merge_references
from .keys import assign_keys

FORMATS = ("bibtex", "csljson")


@dataclass(frozen=True, slots=True)
class Work:
    """One cited work: its key, merged fields and every citation of it."""

    key: str
    fields: tuple[Field, ...]
    citations: tuple[Reference, ...]

    def get(self, name: str, default: object = None) -> object:
        """Return the value of field ``name``, or ``default``."""
        for f in self.fields:
            if f.name == name:
                return f.value
        return default


def merged_fields(group: tuple[Reference, ...], extra: tuple[Field, ...] = ()) -> tuple[Field, ...]:
    """The fields of a work: ``extra`` (e.g. from a registry, with ``source``) first, then the
    fullest citation's, then what the others add. Pages cited in notes are pinpoints, not
    the work's extent, so only a reference-list entry contributes ``pages``.
    """
    out: dict[str, Field] = {f.name: f for f in extra}
    for ref in group:
        for f in ref.fields:
            if f.name == "pages" and ref.note is not None:
                continue
            out.setdefault(f.name, f)
    return tuple(out.values())


def collect_works(refs: tuple[Reference, ...]) -> tuple[tuple[Work, ...], tuple[Finding, ...]]:
    """Merge citations into works, keyed and sorted by key (a stable, deterministic order)."""
    groups, findings = merge_references(refs)
    drafts = [(g[0], merged_fields(g), g) for g in groups]
    keyed = [
        Reference(id=r.id, kind=r.kind, raw=r.raw, location=r.location, fields=f)
        for r, f, _ in drafts
    ]
    order = sorted(range(len(keyed)), key=lambda i: _sort_key(keyed[i]))
    keys = assign_keys(tuple(keyed[i] for i in order))
    works = tuple(Work(key, drafts[i][1], drafts[i][2]) for key, i in zip(keys, order))
    return tuple(sorted(works, key=lambda w: w.key)), findings


def _sort_key(ref: Reference) -> tuple[str, str, str]:
    from .keys import base_key

    return (base_key(ref), str(ref.get("title") or ""), ref.raw)


def render(works: tuple[Work, ...], fmt: str) -> str:
    """Render works as ``bibtex`` or ``csljson`` text."""
    if fmt == "bibtex":
        from .bibtex import render_bibtex

        return render_bibtex(works)
    from .csljson import render_csljson

    return render_csljson(works)


__all__ = ["FORMATS", "Work", "collect_works", "merged_fields", "render"]
