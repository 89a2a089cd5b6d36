"""Wire the stages together: paths → Documents → Extractions → … → Report. No logic of its own."""

from __future__ import annotations

from dataclasses import dataclass, field

from .extract import extract
from .load import load
from .model import Document, Report


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What ``citecheck check`` was asked to do (filled from the command line and config)."""

    offline: bool = False
    record: bool = False
    allow_private: bool = False
    cassette_dir: str = "cassettes"
    stages: tuple[str, ...] = ("extract",)
    extra: dict = field(default_factory=dict)


def run_check(paths: list[str], options: CheckOptions | None = None) -> Report:
    """Load ``paths`` and run every stage on them."""
    return analyse(load(paths), options or CheckOptions())


def analyse(documents: tuple[Document, ...], options: CheckOptions) -> Report:
    """Run every stage on already loaded documents and collect their findings."""
    extractions = tuple(extract(doc) for doc in documents)
    findings = [finding for extraction in extractions for finding in extraction.findings]
    return Report(
        documents=documents,
        findings=tuple(findings),
        extractions=extractions,
        stages=options.stages,
    )
