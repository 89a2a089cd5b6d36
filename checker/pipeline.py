"""Wire the stages together: paths → Documents → DocumentAnalysis per document → Report.

No logic of its own beyond ordering: :func:`analyse_document` runs the per-document
stages (its result is what the cache stores), :func:`analyse` merges the per-document
results, runs the stages that compare documents, then :func:`finalise` applies the
project's severity overrides and sorts findings into their stable order.

Adding a stage: call it in :func:`analyse_document` (or in :func:`analyse` when it needs
every document at once) and put its results in a field of
:class:`~checker.model.DocumentAnalysis` and :class:`~checker.model.Report`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from typing import Protocol

from .config import Config
from .extract import extract
from .findings import distinct_fingerprints
from .load import load
from .parse import parse_references
from .parse.resolve import merge_references
from .verify import UrlOptions, url_settings, verify_urls
from .verify.facts import conflict_findings, extract_claims, find_conflicts
from .verify.registries import parse_registry_urls
from .verify.works import RegistryOptions, check_works, registry_settings, wayback_base
from .model import Document, DocumentAnalysis, Finding, Report


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What ``citecheck check`` was asked to do (filled from the command line and config)."""

    offline: bool = False
    record: bool = False
    allow_private: bool = False
    cassette_dir: str = "cassettes"
    registry_urls: tuple[str, ...] = ()
    """``NAME=URL`` pairs from ``--registry-url``; they win over the config's base URLs."""
    stages: tuple[str, ...] = ("extract",)
    config: Config = field(default_factory=Config)
    extra: dict = field(default_factory=dict)


class AnalysisCache(Protocol):
    """Where :func:`analyse` looks up and stores per-document results (see ``checker.cache``)."""

    def get(self, document: Document, options: CheckOptions) -> DocumentAnalysis | None: ...

    def put(self, document: Document, options: CheckOptions, analysis: DocumentAnalysis) -> None: ...


Progress = Callable[[int, int], None]


def run_check(
    paths: list[str], options: CheckOptions | None = None, cache: AnalysisCache | None = None,
    progress: Progress | None = None,
) -> Report:
    """Load ``paths`` and run every stage on them."""
    return analyse(load(paths), options or CheckOptions(), cache, progress)


def analyse(
    documents: tuple[Document, ...], options: CheckOptions, cache: AnalysisCache | None = None,
    progress: Progress | None = None,
) -> Report:
    """Run every stage on already loaded documents and collect their findings.

    Unchanged documents are taken from ``cache`` instead of being analysed again;
    ``progress(done, total)`` is told after each document.
    """
    analyses = []
    for done, doc in enumerate(documents, 1):
        analyses.append(_analyse_cached(doc, options, cache))
        if progress is not None:
            progress(done, len(documents))
    analyses = tuple(analyses)
    report = merge(documents, analyses, options)
    # Stages that compare documents with each other run here, on the merged report.
    report = compare_facts(report)
    report = compare_references(report)
    return finalise(report, options.config)


def compare_facts(report: Report) -> Report:
    """Find events the documents' dated claims give conflicting dates (across and within documents)."""
    conflicts = find_conflicts(report.claims)
    paths = {doc.id: doc.path for doc in report.documents}
    return replace(report, conflicts=conflicts, findings=report.findings + conflict_findings(conflicts, paths))


def compare_references(report: Report) -> Report:
    """Merge every document's references into works: the same work cited differently across
    documents gives ``ref.inconsistent`` / ``ref.possible-duplicate`` (findings already made
    within one document are not repeated)."""
    _, findings = merge_references(report.references)
    seen = {(f.rule, f.fingerprint) for f in report.findings}
    new = tuple(f for f in findings if (f.rule, f.fingerprint) not in seen)
    return replace(report, findings=report.findings + new)


def analyse_document(document: Document, options: CheckOptions) -> DocumentAnalysis:
    """Run the per-document stages on one document."""
    extraction = extract(document)
    findings: list[Finding] = list(extraction.findings)
    url_checks, url_findings = verify_urls((extraction,), url_options(options))
    findings += url_findings
    references, parse_findings = parse_references(extraction)
    findings += _not_yet_reported(parse_findings, findings)
    ref_checks, work_findings = check_works(references, registry_options(options))
    findings += work_findings
    claims = extract_claims(extraction)
    return DocumentAnalysis(
        document=document.id,
        extraction=extraction,
        findings=tuple(findings),
        url_checks=url_checks,
        references=references,
        ref_checks=ref_checks,
        claims=claims,
    )


def _not_yet_reported(new, reported: list[Finding]) -> list[Finding]:
    """The findings of ``new`` whose rule no earlier finding reports at the same line.

    Extraction and parsing both spot an unresolved short form; one finding per note is enough.
    """
    seen = {(f.rule, f.location.document, f.location.line) for f in reported}
    return [f for f in new if (f.rule, f.location.document, f.location.line) not in seen]


def url_options(options: CheckOptions) -> UrlOptions:
    """The URL stage's options from the check options (network, safety, cassettes) and the
    config's ``fetch`` table (concurrency, per-host, timeout, archive) and Wayback base URL."""
    source = options.config.source or "config"
    return UrlOptions(offline=options.offline, record=options.record,
                      allow_private=options.allow_private, cassette_dir=options.cassette_dir,
                      archive_base=wayback_base(options.config.section("registries"), list(options.registry_urls),
                                                f"{source}: registries"),
                      **url_settings(options.config.section("fetch"), f"{source}: fetch"))


def registry_options(options: CheckOptions) -> RegistryOptions:
    """The registry stage's options: network and cassettes as the URL stage, the rest from config."""
    settings = registry_settings(options.config.section("registries"),
                                 f"{options.config.source or 'config'}: registries")
    urls = dict(settings.pop("urls", ())) | parse_registry_urls(list(options.registry_urls))
    settings["urls"] = tuple(sorted(urls.items()))
    return RegistryOptions(offline=options.offline, record=options.record, allow_private=options.allow_private,
                           cassette_dir=options.cassette_dir, **settings)


def _analyse_cached(
    document: Document, options: CheckOptions, cache: AnalysisCache | None
) -> DocumentAnalysis:
    if cache is not None:
        hit = cache.get(document, options)
        if hit is not None:
            return hit
    analysis = analyse_document(document, options)
    if cache is not None:
        cache.put(document, options, analysis)
    return analysis


_MERGED = tuple(
    f.name for f in fields(DocumentAnalysis) if f.name not in ("document", "extraction")
)


def merge(
    documents: tuple[Document, ...], analyses: tuple[DocumentAnalysis, ...], options: CheckOptions
) -> Report:
    """Concatenate the per-document results into one :class:`Report`."""
    report_fields = {f.name for f in fields(Report)}
    merged = {
        name: tuple(item for analysis in analyses for item in getattr(analysis, name))
        for name in _MERGED
        if name in report_fields
    }
    extractions = tuple(a.extraction for a in analyses if a.extraction is not None)
    return Report(
        documents=documents, extractions=extractions, stages=options.stages, **merged
    )


def finalise(report: Report, config: Config | None = None) -> Report:
    """Apply severity overrides (``off`` drops a rule), make fingerprints distinct and
    sort findings into stable order.

    The order is document, line, rule, fingerprint (then message), so two runs on the
    same input list the same findings in the same order.
    """
    overrides = dict(config.severity) if config else {}
    findings = []
    for finding in report.findings:
        severity = overrides.get(finding.rule, finding.severity)
        if severity == "off":
            continue
        findings.append(finding if severity == finding.severity else replace(finding, severity=severity))
    return replace(report, findings=tuple(sorted(distinct_fingerprints(tuple(findings)), key=finding_order)))


def finding_order(finding: Finding) -> tuple:
    """Sort key of the stable finding order: document, line, rule, fingerprint, message."""
    loc = finding.location
    return (loc.document, loc.line, finding.rule, finding.fingerprint, loc.column or 0, finding.message)
