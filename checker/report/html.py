"""Report → one self-contained HTML page: summary, filters, findings, timeline, source lines.

No external assets: the style sheet and script (``assets/``) are inlined, and the document
lines each finding needs are embedded as excerpts, so the file works offline and can be
mailed as it is. Every finding links to its line in the "Source lines" section, shown
with a few lines of context; the dated claims become a timeline when the facts stage
provides them. Everything from the documents goes through :func:`html.escape`.
"""

from __future__ import annotations

import re
from html import escape
from importlib.resources import files

from .. import __version__
from ..model import Claim, Document, Evidence, Finding, Location, Report
from .json import claim_order
from .summary import (
    SEVERITIES,
    findings_by_document,
    group_by_rule,
    names_its_place,
    paths,
    rule_counts,
    rule_description,
    severity_counts,
    shared_suggestion,
    where,
)
from .sources import Anchors, excerpts

_ASSETS = files(__package__) / "assets"
_ISO_LIKE = re.compile(r"[0-9]{3,4}(?:-[0-9]{2}){0,2}(?:/[0-9]{3,4}(?:-[0-9]{2}){0,2})?")


def render(report: Report) -> str:
    """Render ``report`` as a standalone HTML5 page."""
    anchors = Anchors(report.documents)
    doc_paths = paths(report)
    body = [
        _header(report),
        _summary(report, doc_paths),
        _filters(report, doc_paths),
        _findings(report, anchors, doc_paths),
    ]
    if report.claims:
        body.append(_timeline(report, anchors, doc_paths))
    body.append(_sources(report, anchors, doc_paths))
    css = (_ASSETS / "report.css").read_text(encoding="utf-8")
    script = (_ASSETS / "report.js").read_text(encoding="utf-8")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<meta name=\"generator\" content=\"citecheck {__version__}\">\n"
        "<title>citecheck report</title>\n"
        f"<style>\n{css}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + f"\n<script>\n{script}</script>\n</body>\n</html>\n"
    )


def _header(report: Report) -> str:
    counts = severity_counts(report.findings)
    detail = ", ".join(f"{n} {sev}" for sev, n in counts.items())
    docs, total = len(report.documents), len(report.findings)
    return (
        "<header class=\"page\"><h1>citecheck report</h1>"
        f"<p class=\"headline\">{docs} document{'s' * (docs != 1)} checked; "
        f"{total} finding{'s' * (total != 1)} ({detail}).</p></header>"
    )


def _summary(report: Report, doc_paths: dict[str, str]) -> str:
    head = "".join(f"<th scope=\"col\">{s}</th>" for s in SEVERITIES)
    rows = []
    for doc, findings in findings_by_document(report):
        counts = severity_counts(findings)
        cells = "".join(f"<td class=\"n sev-{s}\">{counts[s]}</td>" for s in SEVERITIES)
        rows.append(
            f"<tr><th scope=\"row\"><code>{escape(doc_paths[doc.id])}</code></th>{cells}"
            f"<td class=\"n\">{len(findings)}</td></tr>"
        )
    totals = severity_counts(report.findings)
    total_cells = "".join(f"<td class=\"n\">{totals[s]}</td>" for s in SEVERITIES)
    rows.append(f"<tr class=\"total\"><th scope=\"row\">Total</th>{total_cells}"
                f"<td class=\"n\">{len(report.findings)}</td></tr>")
    return (
        "<section id=\"summary\"><h2>Summary</h2><div class=\"tables\"><table class=\"summary\">"
        f"<thead><tr><th scope=\"col\">Document</th>{head}<th scope=\"col\">total</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{_rule_table(report)}</div></section>"
    )


def _rule_table(report: Report) -> str:
    """Findings per rule, most severe first; each rule name explains itself on hover."""
    if not report.findings:
        return ""
    rows = "".join(
        f"<tr><th scope=\"row\"><code title=\"{escape(rule_description(rule))}\">{escape(rule)}</code></th>"
        f"<td><span class=\"badge sev-{escape(worst)}\">{escape(worst)}</span></td>"
        f"<td class=\"n\">{n}</td><td class=\"n\">{docs}</td></tr>"
        for rule, worst, n, docs in rule_counts(report.findings)
    )
    return (
        "<table class=\"summary rules\"><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">severity</th>"
        f"<th scope=\"col\">findings</th><th scope=\"col\">documents</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _filters(report: Report, doc_paths: dict[str, str]) -> str:
    counts = severity_counts(report.findings)
    boxes = "".join(
        f"<label class=\"sev-{s}\"><input type=\"checkbox\" name=\"severity\" value=\"{s}\" checked> "
        f"{s} ({counts[s]})</label>"
        for s in SEVERITIES
    )
    rules = sorted({f.rule for f in report.findings})
    rule_options = "".join(f"<option value=\"{escape(r)}\">{escape(r)}</option>" for r in rules)
    doc_options = "".join(
        f"<option value=\"{escape(d.id)}\">{escape(doc_paths[d.id])}</option>" for d in report.documents
    )
    return (
        "<section id=\"filters\" aria-label=\"Filters\">"
        f"<fieldset><legend>Severity</legend>{boxes}</fieldset>"
        f"<label>Rule <select id=\"filter-rule\"><option value=\"\">all rules</option>{rule_options}</select></label>"
        f"<label>Document <select id=\"filter-doc\"><option value=\"\">all documents</option>{doc_options}</select></label>"
        "<label>Search <input type=\"search\" id=\"filter-search\" placeholder=\"message, quote, rule…\"></label>"
        f"<p id=\"filter-count\" aria-live=\"polite\">Showing {len(report.findings)} of "
        f"{len(report.findings)} findings</p></section>"
    )


def _findings(report: Report, anchors: Anchors, doc_paths: dict[str, str]) -> str:
    numbers = _numbers(report)
    parts = ["<section id=\"findings\"><h2>Findings</h2>"]
    for doc, findings in findings_by_document(report):
        parts.append(f"<section class=\"doc\" data-doc=\"{escape(doc.id)}\"><h3>{escape(doc_paths[doc.id])}</h3>")
        if not findings:
            parts.append("<p class=\"none\">No findings.</p>")
        for rule, group in group_by_rule(findings):
            shared = shared_suggestion(group)
            parts.append(
                f"<div class=\"group\" data-rule=\"{escape(rule)}\"><h4><code>{escape(rule)}</code> "
                f"<span class=\"count\">({len(group)})</span> <span class=\"desc\">"
                f"{escape(rule_description(rule))}</span></h4>"
                + (_suggestion(shared, "Suggestion for each") if shared else "")
            )
            parts.extend(_finding(f, numbers[id(f)], anchors, doc_paths, not shared) for f in group)
            parts.append("</div>")
        parts.append("</section>")
    parts.append("</section>")
    return "\n".join(parts)


def _numbers(report: Report) -> dict[int, int]:
    """Finding (by identity) → its position in the report: the ``f-<n>`` id of its card."""
    return {id(f): n for n, f in enumerate(report.findings, 1)}


def _finding(finding: Finding, number: int, anchors: Anchors, doc_paths: dict[str, str],
             with_suggestion: bool = True) -> str:
    loc = finding.location
    page = f" <span class=\"page\">page {loc.page}</span>" if loc.page else ""
    quotes = "".join(_evidence(e, finding, anchors, doc_paths) for e in finding.evidence)
    suggestion = _suggestion(finding.suggestion) if with_suggestion and finding.suggestion else ""
    return (
        f"<article id=\"f-{number}\" class=\"finding sev-{escape(finding.severity)}\" "
        f"data-severity=\"{escape(finding.severity)}\" "
        f"data-rule=\"{escape(finding.rule)}\" data-doc=\"{escape(loc.document)}\" "
        f"data-fingerprint=\"{escape(finding.fingerprint)}\">"
        f"<p class=\"head\"><span class=\"badge sev-{escape(finding.severity)}\">{escape(finding.severity)}</span> "
        f"{_link(loc, anchors, doc_paths)}{page}</p>"
        f"<p class=\"message\">{escape(finding.message)}</p>{quotes}{suggestion}</article>"
    )


def _suggestion(text: str, label: str = "Suggestion") -> str:
    return f"<p class=\"suggestion\"><strong>{label}:</strong> {escape(text)}</p>"


def _evidence(evidence: Evidence, finding: Finding, anchors: Anchors, doc_paths: dict[str, str]) -> str:
    named = names_its_place(evidence, finding)
    footer = f"<footer>{_link(evidence.location, anchors, doc_paths)}</footer>" if named else ""
    return f"<blockquote><p>{escape(evidence.quote)}</p>{footer}</blockquote>"


def _link(location: Location, anchors: Anchors, doc_paths: dict[str, str]) -> str:
    label = escape(where(location, doc_paths))
    target = anchors.line_id(location)
    if target is None:
        return f"<code class=\"loc\">{label}</code>"
    return f"<a class=\"loc\" href=\"#{target}\"><code>{label}</code></a>"


def _timeline(report: Report, anchors: Anchors, doc_paths: dict[str, str]) -> str:
    disputed = {_claim_key(c): conflict.rule for conflict in report.conflicts for c in conflict.claims}
    items = []
    for claim in sorted(report.claims, key=claim_order):
        flag = disputed.get(_claim_key(claim), "")
        normal = _normalised(claim)
        items.append(
            f"<li class=\"claim{' disputed' if flag else ''}\" data-doc=\"{escape(claim.location.document)}\">"
            f"<time>{escape(claim.date)}</time>"
            f"<span class=\"normal\">{escape(normal)}</span>"
            f"<span class=\"event\">{escape(claim.event)}</span>"
            + (f"<span class=\"badge conflict\">{escape(flag)}</span>" if flag else "")
            + (f"<q>{escape(claim.quote)}</q>" if _adds_to(claim.quote, claim.event) else "")
            + f" {_link(claim.location, anchors, doc_paths)}</li>"
        )
    return (
        "<section id=\"timeline\"><h2>Timeline of dated claims</h2>"
        f"<ol class=\"timeline\">{''.join(items)}</ol></section>"
    )


def _normalised(claim: Claim) -> str:
    """The claim's date as the facts stage reads it, when that says more than the text.

    >>> _normalised(Claim("e", "4. dubna 1949", "day", "q", Location("d", 1), "1949-04-04", "1949-04-04"))
    '1949-04-04 (day)'
    >>> _normalised(Claim("e", "1949", "year", "q", Location("d", 1), "1949-01-01", "1949-12-31"))
    '(year)'
    """
    if _ISO_LIKE.fullmatch(claim.date):  # "1949", "1955-05", "1953/1964": the range adds nothing
        return f"({claim.precision})"
    span = claim.start + (f" – {claim.end}" if claim.end and claim.end != claim.start else "")
    return f"{span} ({claim.precision})" if span else f"({claim.precision})"


def _adds_to(quote: str, event: str) -> bool:
    """True when ``quote`` says more than ``event`` (the facts stage often names an event by its sentence).

    >>> _adds_to("NATO was founded in 1949.", "NATO was founded in 1949")
    False
    >>> _adds_to("In 1949 the treaty was signed in Washington by twelve states.", "treaty signed")
    True
    """
    q, e = " ".join(quote.split()).casefold(), " ".join(event.split()).casefold()
    return not (e and e in q and len(e) >= 0.8 * len(q))


def _claim_key(claim: Claim) -> tuple:
    return (claim.location.document, claim.location.line, claim.date, claim.event)


def _sources(report: Report, anchors: Anchors, doc_paths: dict[str, str]) -> str:
    wanted = [f.location for f in report.findings]
    wanted += [e.location for f in report.findings for e in f.evidence]
    wanted += [c.location for c in report.claims]
    flagged: dict[tuple[str, int], list[tuple[int, Finding]]] = {}
    for number, finding in enumerate(report.findings, 1):
        flagged.setdefault((finding.location.document, finding.location.line), []).append((number, finding))
    parts = ["<section id=\"sources\"><h2>Source lines</h2>"
             "<p class=\"hint\">Each line a finding points at, with a few lines around it. "
             "Highlighted lines carry findings; their rule names link back to them.</p>"]
    for doc in report.documents:
        blocks = excerpts(doc, [loc.line for loc in wanted if loc.document == doc.id])
        if not blocks:
            continue
        parts.append(f"<section class=\"source\" data-doc=\"{escape(doc.id)}\"><h3>{escape(doc_paths[doc.id])}</h3>")
        for block in blocks:
            parts.append(_excerpt(doc, block, anchors, flagged, doc_paths))
        parts.append("</section>")
    parts.append("</section>")
    return "\n".join(parts)


def _excerpt(doc: Document, block: range, anchors: Anchors, flagged: dict, doc_paths: dict[str, str]) -> str:
    rows = []
    for number in block:
        anchor = anchors.line_id(Location(doc.id, number))
        here = flagged.get((doc.id, number), [])
        back = "".join(
            f"<a class=\"back sev-{escape(f.severity)}\" href=\"#f-{n}\" title=\"{escape(f.message)}\">"
            f"{escape(f.rule)}</a>"
            for n, f in here
        )
        rows.append(
            f"<span class=\"line{' flagged' if here else ''}\" id=\"{anchor}\"><a class=\"no\" href=\"#{anchor}\">{number}</a>"
            f"<span class=\"text\">{escape(doc.line(number))}</span>{back}</span>"
        )
    caption = f"{doc_paths[doc.id]}, lines {block.start}–{block.stop - 1}"
    return f"<figure class=\"excerpt\"><figcaption>{escape(caption)}</figcaption><pre class=\"excerpt\">{''.join(rows)}</pre></figure>"
