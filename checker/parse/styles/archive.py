"""An archival citation → the repository (publisher), the record (title), its collection and folio.

``SOkA Náchod, fond Archiv města, kniha č. 49, s. 12.``, ``Landesarchiv Berlin, Nachlass
Ernst Reuter, Nr. 112.``, ``Letter of 3 May, Zemský archiv v Opavě, fond Velkostatek,
kart. 14.``, ``Stadtarchiv Lübeck, Vorrath-Buch, fol. 22v.`` An unpublished record has no
author, journal or publisher of its own: read by the ordinary steps, its repository
becomes an author, ``kart.`` a journal and the collection a title. Such a citation is
recognised by a repository *and* an archival locator (collection, box, inventory number,
folio), without publication facts (``Place: Publisher``, ``In:``, ``[online]``, a dated
bracket), and read here whole; its type is ``other``.
"""

from __future__ import annotations

import re

from ..fields import Draft, clean, contains_any

_REPOSITORY = re.compile(
    r"(?:\b\w*[Aa]rchiv\w*|\bArchives?\b|\bS?OkA\b|\bSOA\b|\bRecord Office\b|\bLibrary\b|\bBibliothek\b|"
    r"\b[Kk]nihovna\b|\bMuse(?:um|o|e)\b)"
)
_REPOSITORY_WORDS = ("rchiv", "OkA", "SOA", "Record Office", "Library", "Bibliothek", "nihovna", "Muse")
"""Text one of which ``_REPOSITORY`` needs."""
_LOCATOR = re.compile(
    r"\b(?:(?:fond|Nachlass|Bestand|Record\s+Group)\s+[^\W_]"
    r"|(?:kart\.|karton|inv\.\s?(?:č\.|n\.|Nr\.)?|sign\.|fol\.|ff?\.|[Bb]ox|[Ff]older|NL|Nr\.|MSS?|RG|carton|liasse|"
    r"kniha\s+č\.|sv\.|fasc\.)\s*\d)"
)
_PUBLISHED = re.compile(r"\[\s*online\s*\]|\bIn:|\(\s*[^()]*\b\d{4}\s*\)|[^\W\d_]{3,}\s?:\s[^\W\d_]", re.I)
_CHUNK = re.compile(r"[^,;\x1f]+?(?:\s*(?=[,;\x1f]|$)|(?<=[^\W\d_]{4})\.(?=\s+[^\W\d_]))")
_PLACE = re.compile(r"\s*[^\W\d_][^\W\d_-]+(?:[ -][^\W\d_]+)?\.\s*")
_PINPOINT = re.compile(r"^(?:s|p|pp|S|fol|f)\.\s*(?P<pages>\d+[rv]?(?:\s*[-–]\s*\d+[rv]?)?)$")


def take_archive(draft: Draft) -> None:
    """Read an archival citation whole (repository, record, collection, folio), or leave it."""
    work = draft.work
    if not contains_any(work, _REPOSITORY_WORDS):
        return  # cheap test first: the patterns are slow to try at every character
    if not _LOCATOR.search(work) or not _REPOSITORY.search(work) or _PUBLISHED.search(work):
        return
    record_end = work.find(";") if ";" in work else len(work)  # after ``;``: a comment or an edition
    chunks = [m for m in _CHUNK.finditer(work, 0, record_end) if clean(m.group(0))]
    repo = next((i for i, m in enumerate(chunks) if _REPOSITORY.search(m.group(0)) and not _LOCATOR.match(m.group(0).strip())), None)
    if repo is None:
        return
    draft.cues.add("archive")
    pinpoint = _PINPOINT.match(clean(chunks[-1].group(0))) if len(chunks) > repo + 1 else None
    if pinpoint:
        last = chunks.pop()
        draft.put("pages", pinpoint.group("pages").replace("–", "-"), last.start(), last.end())
    repo_end = repo + 1
    if len(chunks) > repo_end + 1 and _PLACE.fullmatch(chunks[repo_end].group(0)):
        repo_end += 1  # ``Archiv des Deutschen Museums, Munich. Nachlass …``: the archive's town
    _put_span(draft, "publisher", chunks[repo:repo_end])
    before, after = chunks[:repo], chunks[repo_end:]
    if before:
        _put_span(draft, "title", before)
        _put_span(draft, "container_title", after)
    else:
        _put_span(draft, "title", after)
    draft.blank(0, len(work))


def _put_span(draft: Draft, name: str, chunks: list[re.Match]) -> None:
    """Put the text from the first chunk's start to the last chunk's end as field ``name``."""
    if chunks:
        start, end = chunks[0].start(), chunks[-1].end()
        draft.put(name, clean(draft.work[start:end]), start, end, blank=False)


__all__ = ["take_archive"]
