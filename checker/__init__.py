"""citecheck: verify the notes, citations, references, URLs and dates of papers.

The public API is what ``__all__`` lists (a test keeps it so)::

    >>> from checker import load, extract
    >>> docs = load(["seeds/"])                     # doctest: +SKIP
    >>> extraction = extract(docs[0])               # doctest: +SKIP
    >>> references, findings = parse_references(extraction)  # doctest: +SKIP
    >>> report = run_check(["seeds/"], CheckOptions(offline=True))  # doctest: +SKIP
"""

__version__ = "0.1.0"

from .extract import extract
from .load import load
from .parse import parse_reference, parse_references
from .pipeline import CheckOptions, run_check

__all__ = ["__version__", "load", "extract", "parse_reference", "parse_references", "run_check", "CheckOptions"]
