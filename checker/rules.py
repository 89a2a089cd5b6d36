"""Rule id → default severity and one-line description: the catalogue of findings.

Rule ids are dotted and stable; the README lists every one (a test keeps it so).
Severities can be overridden per project (``[tool.citecheck.severity]``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: str
    description: str


_RULES = (
    # extraction integrity
    Rule("note.missing-text", "error", "A note marker in the body has no note text in the document."),
    Rule("note.orphan", "warning", "A note's text has no marker anywhere in the body."),
    Rule("note.order", "warning", "Note numbers are out of order, duplicated or skipped."),
    Rule("cite.unmatched", "warning", "An author-year citation matches no entry of the document's reference list."),
    Rule("cite.no-reference-list", "warning", "The document cites author-year but has no reference list to match against."),
    Rule("cite.numeric-unmatched", "warning", "A bracketed citation number has no entry in the document's numbered reference list."),
    Rule("cite.short-form-unresolved", "warning", "A short-form or ibid note has no earlier full citation of the same work."),
    Rule("url.damaged", "info", "A URL was repaired from line-break damage; check the repair."),
    Rule("url.variant", "warning", "The same URL is cited in differently damaged forms."),
    # references and bibliography
    Rule("ref.inconsistent", "warning", "The same work is cited with conflicting metadata (year, publisher, place)."),
    Rule("ref.possible-duplicate", "info", "Two references look alike but could not be merged with certainty."),
    Rule("ref.not-found", "warning", "No public registry has a plausible record of the cited work."),
    Rule("ref.mismatch", "warning", "A registry record matches the work but a cited field differs."),
    Rule("ref.retracted", "error", "The cited work has been retracted or withdrawn (Crossref updated-by)."),
    Rule("ref.corrected", "warning", "The cited work has a published correction or expression of concern (Crossref updated-by)."),
    Rule("ref.unverifiable", "info", "The cited work could not be checked (offline, rate-limited or registry down)."),
    # URLs
    Rule("url.dead", "error", "The cited URL is gone (404, 410, or its host does not exist)."),
    Rule("url.moved", "warning", "The cited URL has moved permanently; cite the new address."),
    Rule("url.soft-404", "error", "The cited URL answers 200 but serves a 'not found' page."),
    Rule("url.title-mismatch", "warning", "The page at the cited URL is not the work the citation names."),
    Rule("url.blocked", "info", "The site refused the check (401/403/bot wall): unverifiable, not dead."),
    Rule("url.rate-limited", "info", "The site kept answering 429 after retries: unverifiable, not dead."),
    Rule("url.timeout", "warning", "The site did not answer in time."),
    Rule("url.server-error", "warning", "The site answered with a server error (5xx)."),
    Rule("url.invalid", "error", "The cited text cannot be a URL (or is not http/https)."),
    Rule("url.unverified", "info", "The URL was not checked (offline without a recording, or refused by the safety policy)."),
    # facts
    Rule("fact.date-conflict", "error", "The same event is given incompatible dates."),
    Rule("fact.date-ambiguous", "info", "Dates for one event overlap or concern related but different events."),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}


def severity_of(rule_id: str, overrides: dict[str, str] | None = None) -> str:
    """Return the severity of ``rule_id``, honouring project overrides."""
    if overrides and rule_id in overrides:
        return overrides[rule_id]
    return RULES[rule_id].severity
