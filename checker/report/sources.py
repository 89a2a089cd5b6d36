"""Document lines → the excerpts a report embeds: wanted lines with context, merged.

Used by the HTML report so each finding can link to its line shown in context without
embedding whole documents.
"""

from __future__ import annotations

from ..model import Document, Location

CONTEXT = 3


def excerpts(document: Document, lines: list[int], context: int = CONTEXT) -> list[range]:
    """Return sorted, non-overlapping line ranges covering each wanted line ± ``context``.

    Ranges that touch are merged, and lines outside the document are dropped.

    >>> doc = Document("d", "d.txt", tuple(str(i) for i in range(1, 21)), "utf-8", "")
    >>> excerpts(doc, [5, 8, 18], context=2)
    [range(3, 11), range(16, 21)]
    """
    blocks: list[list[int]] = []
    for line in sorted(set(n for n in lines if 1 <= n <= len(document.lines))):
        start, end = max(1, line - context), min(len(document.lines), line + context)
        if blocks and start <= blocks[-1][1] + 1:
            blocks[-1][1] = max(blocks[-1][1], end)
        else:
            blocks.append([start, end])
    return [range(start, end + 1) for start, end in blocks]


class Anchors:
    """Stable HTML ids for document lines (``src-<n>-L<line>``, ``n`` = document's index)."""

    def __init__(self, documents: tuple[Document, ...]) -> None:
        self._index = {doc.id: i for i, doc in enumerate(documents)}
        self._size = {doc.id: len(doc.lines) for doc in documents}

    def line_id(self, location: Location) -> str | None:
        """Return the id of ``location``'s line, or None when that line is not embedded."""
        index = self._index.get(location.document)
        if index is None or not 1 <= location.line <= self._size[location.document]:
            return None
        return f"src-{index}-L{location.line}"
