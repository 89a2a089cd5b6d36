"""Report → GitHub Actions workflow commands (``::error file=…,line=…::message``).

Printed on stdout by ``citecheck check`` when ``GITHUB_ACTIONS=true``, so findings show
as annotations on the pull request's changed files. Severity ``info`` becomes
``notice``. Values are escaped as the runner expects (``%``, CR, LF everywhere; also
``:`` and ``,`` inside properties).
"""

from __future__ import annotations

from ..model import Finding, Report
from .summary import paths

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def render(report: Report) -> str:
    """Return one workflow command line per finding (empty string when there are none)."""
    doc_paths = paths(report)
    return "".join(_command(f, doc_paths) + "\n" for f in report.findings)


def _command(finding: Finding, doc_paths: dict[str, str]) -> str:
    loc = finding.location
    props = [f"file={_property(doc_paths.get(loc.document, loc.document))}"]
    if loc.line >= 1:
        props.append(f"line={loc.line}")
        if loc.column:
            props.append(f"col={loc.column}")
    props.append(f"title={_property(finding.rule)}")
    message = finding.message
    if finding.evidence:
        message += "\n> " + finding.evidence[0].quote
    if finding.suggestion:
        message += f"\nSuggestion: {finding.suggestion}"
    return f"::{_COMMAND.get(finding.severity, 'warning')} {','.join(props)}::{_data(message)}"


def _data(text: str) -> str:
    """Escape a command's message.

    >>> _data("50% done\\nnext")
    '50%25 done%0Anext'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """Escape a property value (``file=``, ``title=``).

    >>> _property("a:b,c")
    'a%3Ab%2Cc'
    """
    return _data(text).replace(":", "%3A").replace(",", "%2C")
