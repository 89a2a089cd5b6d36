"""A work's fields + RefChecks → the same fields plus the registries' certain additions.

Only a ``verified`` citation contributes, and only what it lacked: DOI, ISBN, the
article's page range (see :func:`checker.verify.refs.check_reference`). Each added
:class:`~checker.model.Field` names its registry and record in ``source``, and one more
field, ``citecheck-source``, says it in the bibliography itself, where BibTeX styles
ignore it but a reader (or a later run) can see which registry supplied what.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Field, Reference, RefCheck
from .registries import registry_label

PROVENANCE = "citecheck-source"


def enrich_fields(
    fields: Sequence[Field], citations: Sequence[Reference], checks: Sequence[RefCheck]
) -> tuple[Field, ...]:
    """Return ``fields`` with the additions of the verified ``citations``, and their provenance.

    A field the work already has is never replaced, whatever a registry says.
    """
    by_id = {check.reference.id: check for check in checks}
    present = {f.name for f in fields if f.value not in (None, "", ())}
    added: list[Field] = []
    for citation in citations:
        check = by_id.get(citation.id)
        if check is None or check.verdict != "verified":
            continue
        for addition in check.added:
            if addition.name not in present:
                present.add(addition.name)
                added.append(Field(addition.name, addition.value, source=f"{addition.registry} {addition.record}"))
    if not added:
        return tuple(fields)
    return (*fields, *added, Field(PROVENANCE, provenance(added), source="citecheck"))


def provenance(added: Sequence[Field]) -> str:
    """Say which registry record supplied each added field.

    >>> provenance([Field("doi", "10.5555/x", source="crossref https://api.crossref.org/works/10.5555/x")])
    'doi from Crossref https://api.crossref.org/works/10.5555/x'
    """
    parts = []
    for f in added:
        registry, _, record = f.source.partition(" ")
        parts.append(f"{f.name} from {registry_label(registry)} {record}".strip())
    return "; ".join(parts)
