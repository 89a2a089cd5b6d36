"""A small hand-made Report covering every part the renderers show."""

from __future__ import annotations

import hashlib

import pytest

from checker.findings import make_finding
from checker.model import Claim, Conflict, Document, Evidence, Location, Report, UrlCheck, UrlRef
from checker.pipeline import finalise

NOTES = (
    "The treaty was signed in 1949.1 Later work disagreed.2",
    "",
    "1 Smith, History of NATO (London: Alpha, 1990), 12.",
    "2 Ibid., 14.",
    "See https://example.org/gone for details | and a *starred* <b>tag</b>.",
    "The Warsaw Pact was founded on 14 May 1955.",
)
CZECH = (
    "Smlouva byla podepsána 4. dubna 1949.",
    "Dostupné z: http://example.cz/dok",
    "NATO vzniklo roku 1950.",
)


def _document(doc_id: str, lines: tuple[str, ...]) -> Document:
    data = "\n".join(lines).encode()
    return Document(doc_id, f"seeds/{doc_id}.txt", lines, "utf-8", hashlib.sha256(data).hexdigest())


def build_report() -> Report:
    """Two documents; findings of all three severities, evidence, a URL check, dated claims."""
    notes, czech = _document("notes", NOTES), _document("czech", CZECH)
    signed = Claim("NATO founded", "1949", "year", NOTES[0], Location("notes", 1), "1949", "1949")
    signed_cz = Claim(
        "NATO founded", "4. dubna 1949", "day", CZECH[0], Location("czech", 1), "1949-04-04", "1949-04-04"
    )
    founded_cz = Claim("NATO founded", "1950", "year", CZECH[2], Location("czech", 3), "1950", "1950")
    pact = Claim("Warsaw Pact founded", "14 May 1955", "day", NOTES[5], Location("notes", 6, page=2),
                 "1955-05-14", "1955-05-14")
    url_ref = UrlRef("https://example.org/gone", "https://example.org/gone", Location("notes", 5), "body")
    findings = (
        make_finding("url.dead", Location("notes", 5, page=1), "https://example.org/gone answers 404 Not Found.",
                     (Evidence(NOTES[4], Location("notes", 5)),), "Cite an archived copy.", key="https://example.org/gone"),
        make_finding("note.orphan", Location("notes", 4, page=1), "Note 2 has no marker in the body.",
                     (Evidence(NOTES[3], Location("notes", 4)),), key="2"),
        make_finding("fact.date-conflict", Location("czech", 3), "NATO founded: 1950 here, 4 April 1949 elsewhere.",
                     (Evidence(CZECH[2], Location("czech", 3)), Evidence(CZECH[0], Location("czech", 1))),
                     "Check the founding date.", key="NATO founded"),
        make_finding("url.damaged", Location("czech", 2), "URL repaired across a line break.",
                     (Evidence(CZECH[1], Location("czech", 2)),), key="http://example.cz/dok"),
    )
    report = Report(
        documents=(notes, czech),
        findings=findings,
        url_checks=(UrlCheck(url_ref, "dead", http_status=404),),
        claims=(pact, founded_cz, signed, signed_cz),
        conflicts=(Conflict("fact.date-conflict", "NATO founded", "year differs", 0.9, (signed_cz, founded_cz)),),
    )
    return finalise(report)


@pytest.fixture
def report() -> Report:
    return build_report()


@pytest.fixture
def empty_report() -> Report:
    return Report(documents=(_document("clean", ("Nothing to see.",)),), findings=())
