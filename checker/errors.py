"""Exceptions that mean "cannot continue"; problems in the texts are Findings, not errors.

Tree::

    CheckerError            base: cli.py turns it into one stderr line and exit code 2
    ├── InputError          a path that is missing, empty, binary, undecodable or too large
    ├── UsageError          a bad argument or option combination
    ├── ConfigError         an unreadable or invalid configuration file
    └── OutputError         a report or bibliography that cannot or must not be written
"""

from __future__ import annotations


class CheckerError(Exception):
    """Base of every error citecheck reports to the user as one line (exit code 2)."""


class InputError(CheckerError):
    """An input path cannot be used: say which, why, and what to do instead."""


class UsageError(CheckerError):
    """A command-line argument or option combination is invalid."""


class ConfigError(CheckerError):
    """A configuration file is unreadable or holds an invalid value."""


class OutputError(CheckerError):
    """An output file cannot be written, or would clobber the user's file."""
