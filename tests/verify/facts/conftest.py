"""Helpers for the facts tests: inline texts as documents, run through extraction and the detector."""

from __future__ import annotations

from checker.extract import extract
from checker.model import Document
from checker.verify.facts import extract_claims, find_conflicts


def make_doc(name: str, text: str) -> Document:
    """An in-memory UTF-8 document named ``name`` holding ``text``."""
    return Document(name, f"{name}.txt", tuple(text.split("\n")), "utf-8", "")


def run_texts(*texts: str):
    """(claims, conflicts) of the texts, read as documents ``d0``, ``d1``, …"""
    claims = tuple(c for i, t in enumerate(texts) for c in extract_claims(extract(make_doc(f"d{i}", t))))
    return claims, find_conflicts(claims)


def rules_of(*texts: str) -> list[str]:
    """The rule of each conflict or ambiguity found across the texts."""
    return [c.rule for c in run_texts(*texts)[1]]
