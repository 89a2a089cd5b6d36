"""Claims and conflicts → a timeline picture (SVG or PNG bytes), one lane per document.

Every claim is drawn at its date (a bar for the days it covers, so "1998-1999" is
wide and "24 March 1999" a dot); claims of a conflict are red (the disagreeing ones)
or orange (the rest), those of an ambiguity yellow, and a dashed line joins the claims
of one event across lanes so a reader sees at a glance where the papers disagree.
Output is deterministic: a fixed SVG hash salt and no creation date in the metadata.
"""

from __future__ import annotations

import io
from datetime import date

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)

from ...model import Claim, Conflict  # noqa: E402

_COLOURS = {"outlier": "#d62728", "conflict": "#ff7f0e", "ambiguous": "#e6b800", "claim": "#7f7f7f"}


def render_timeline(claims: tuple[Claim, ...], conflicts: tuple[Conflict, ...], fmt: str = "svg") -> bytes:
    """Draw the claims of every document on one time axis and return the image bytes."""
    if fmt not in ("svg", "png"):
        raise ValueError(f"unknown image format {fmt!r}")
    documents = sorted({c.location.document for c in claims}) or ["(no claims)"]
    lane = {doc: i for i, doc in enumerate(documents)}
    status = _status(conflicts)
    with plt.rc_context({"svg.hashsalt": "citecheck", "svg.fonttype": "none", "font.size": 8}):
        fig, ax = plt.subplots(figsize=(12, 1.2 + 0.8 * len(documents)))
        for claim in sorted(claims, key=_claim_order):
            colour = _COLOURS[status.get(_id(claim), "claim")]
            y = lane[claim.location.document]
            x0, x1 = _year(claim.start), _year(claim.end, end=True)
            ax.plot([x0, x1], [y, y], color=colour, linewidth=6, solid_capstyle="butt", alpha=0.8)
            ax.plot([(x0 + x1) / 2], [y], marker="o", color=colour, markersize=3)
        for number, conflict in enumerate(conflicts, start=1):
            _draw_conflict(ax, conflict, lane, number)
        ax.set_yticks(range(len(documents)), labels=documents)
        ax.set_ylim(-0.7, len(documents) - 0.3)
        ax.set_xlabel("year")
        ax.grid(axis="x", linestyle=":", linewidth=0.5)
        ax.set_title("Dated claims per document (red: conflicting date, X: the date that disagrees; yellow: ambiguous)")
        fig.tight_layout()
        out = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(out, format=fmt, metadata=metadata, dpi=100)
        plt.close(fig)
    return out.getvalue()


def _draw_conflict(ax, conflict: Conflict, lane: dict[str, int], number: int) -> None:
    """Join the event's claims, ring each one (a cross for a disagreeing date) and number it."""
    odd = {_id(c) for c in conflict.outliers}
    points = sorted(((_year(c.start) + _year(c.end, end=True)) / 2, lane[c.location.document], _id(c) in odd)
                    for c in conflict.claims)
    colour = _COLOURS["outlier" if conflict.rule == "fact.date-conflict" else "ambiguous"]
    ax.plot([p[0] for p in points], [p[1] for p in points], linestyle="--", linewidth=0.8, color=colour, zorder=3)
    for x, y, outlier in points:
        ax.plot([x], [y], marker="X" if outlier else "o", markersize=9 if outlier else 7, color=colour,
                markerfacecolor=colour if outlier else "none", markeredgewidth=1.5, zorder=4)
    x, y, _ = points[-1]
    ax.annotate(f"{number}. {conflict.event}", (x, y), xytext=(4, 6 + 8 * (number % 3)),
                textcoords="offset points", color=colour, fontsize=7)


def _status(conflicts: tuple[Conflict, ...]) -> dict[tuple, str]:
    status: dict[tuple, str] = {}
    for conflict in reversed(conflicts):
        members = "conflict" if conflict.rule == "fact.date-conflict" else "ambiguous"
        for claim in conflict.claims:
            status[_id(claim)] = members
        if conflict.rule == "fact.date-conflict":
            for claim in conflict.outliers:
                status[_id(claim)] = "outlier"
    return status


def _id(claim: Claim) -> tuple:
    return (claim.location.document, claim.location.line, claim.date, claim.event)


def _claim_order(claim: Claim) -> tuple:
    return (claim.location.document, claim.location.line, claim.start, claim.event)


def _year(iso: str, end: bool = False) -> float:
    """ISO date → fractional year; an end date counts to the end of its day."""
    d = date.fromisoformat(iso)
    day = d.timetuple().tm_yday - (0 if end else 1)
    return d.year + day / (366 if d.year % 4 == 0 else 365)
