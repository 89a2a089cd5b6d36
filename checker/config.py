"""TOML file → Config: the project's ``[tool.citecheck]`` settings.  [reads one file]

Looked up in this order: the file given with ``--config``; else ``citecheck.toml``, else a
``pyproject.toml`` holding a ``[tool.citecheck]`` table, in the working folder or the
nearest parent. In ``citecheck.toml`` the settings sit at the top level (a
``[tool.citecheck]`` table is accepted too)::

    [tool.citecheck]
    fail-on = "warning"              # error | warning | never
    formats = ["md", "html", "json"]
    cache-dir = ".citecheck-cache"
    baseline = "citecheck-baseline.json"

    [tool.citecheck.severity]        # per-rule override: error | warning | info | off
    "url.blocked" = "off"
    "ref.mismatch" = "error"

    [tool.citecheck.fetch]           # read by the verify stages: config.section("fetch")
    timeout = 10

Reading is the only I/O here; :func:`parse_config` is pure and validates every value
this module owns, naming the file and key on error.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError
from .rules import RULES

SEVERITIES = ("error", "warning", "info", "off")
FAIL_ON = ("error", "warning", "never")
KNOWN_FORMATS = ("md", "html", "json", "sarif")
_CONFIG_FILES = ("citecheck.toml", "pyproject.toml")


@dataclass(frozen=True, slots=True)
class Config:
    """Validated settings; ``data`` keeps the whole table for stages with their own keys."""

    source: str | None = None
    severity: tuple[tuple[str, str], ...] = ()
    fail_on: str = "error"
    formats: tuple[str, ...] = ("md", "html", "json")
    cache_dir: str = ".citecheck-cache"
    baseline: str | None = None
    data: dict = field(default_factory=dict)

    def section(self, name: str) -> dict:
        """Return a copy of sub-table ``name`` (e.g. ``fetch``, ``registries``), or ``{}``.

        A value that is not a table is a config error, not silently no settings.
        """
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            raise ConfigError(f"{self.source or '<config>'}: {name}: expected a table ([tool.citecheck.{name}])")
        return dict(value)

    def digest_source(self) -> str:
        """Canonical text of every setting, for cache keys (same settings → same text)."""
        return json.dumps(self.data, sort_keys=True, default=str)


def read_config(path: str | Path | None = None, start: str | Path = ".") -> Config:
    """Read the config file ``path``, or find one from ``start`` upwards; defaults if none."""
    if path is not None:
        file = Path(path)
        if not file.is_file():
            raise ConfigError(f"{file}: no such config file")
        return parse_config(_read_toml(file), str(file), pyproject=file.name == "pyproject.toml")
    found = find_config(Path(start))
    if found is None:
        return Config()
    return parse_config(_read_toml(found), str(found), pyproject=found.name == "pyproject.toml")


def find_config(start: Path) -> Path | None:
    """Return the nearest ``citecheck.toml`` or ``pyproject.toml`` with a citecheck table."""
    for folder in (start.resolve(), *start.resolve().parents):
        for name in _CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "citecheck.toml" or "citecheck" in _read_toml(candidate).get("tool", {}):
                return candidate
    return None


def _read_toml(file: Path) -> dict:
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: not valid TOML ({exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{file}: not valid TOML (not UTF-8 text)") from None
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read ({exc.strerror or exc})") from None


def parse_config(document: dict, source: str = "<config>", pyproject: bool = False) -> Config:
    """Validate a parsed TOML document into a :class:`Config`.

    >>> parse_config({"fail-on": "warning", "severity": {"url.blocked": "off"}}).severity
    (('url.blocked', 'off'),)
    """
    table = document.get("tool", {}).get("citecheck") if pyproject or "tool" in document else None
    if table is None:
        table = {} if pyproject else document
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [tool.citecheck] must be a table")
    data = {key.replace("_", "-"): value for key, value in table.items()}
    return Config(
        source=source,
        severity=_severity(data.get("severity", {}), source),
        fail_on=_choice(data, "fail-on", FAIL_ON, "error", source),
        formats=_formats(data.get("formats", ["md", "html", "json"]), source),
        cache_dir=_string(data, "cache-dir", ".citecheck-cache", source),
        baseline=_string(data, "baseline", None, source),
        data=data,
    )


def _severity(table: object, source: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: 'severity' must be a table of rule id = severity")
    for rule, level in table.items():
        if rule not in RULES:
            raise ConfigError(f"{source}: severity: unknown rule id '{rule}' (see 'citecheck rules')")
        if level not in SEVERITIES:
            raise ConfigError(
                f"{source}: severity.{rule}: '{level}' is not one of {', '.join(SEVERITIES)}"
            )
    return tuple(sorted(table.items()))


def _choice(data: dict, key: str, allowed: tuple[str, ...], default: str, source: str) -> str:
    value = data.get(key, default)
    if value not in allowed:
        raise ConfigError(f"{source}: {key}: '{value}' is not one of {', '.join(allowed)}")
    return value


def _string(data: dict, key: str, default: str | None, source: str) -> str | None:
    value = data.get(key, default)
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{source}: {key}: expected a string, got {type(value).__name__}")
    return value


def _formats(value: object, source: str) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise ConfigError(f"{source}: formats: expected a list such as [\"md\", \"json\"]")
    return parse_formats(",".join(items), source)


def parse_formats(text: str, source: str = "--format") -> tuple[str, ...]:
    """Split ``md,html`` into known format names, in the given order without repeats."""
    names: list[str] = []
    for name in (part.strip().lower() for part in text.split(",")):
        if not name or name in names:
            continue
        if name not in KNOWN_FORMATS:
            raise ConfigError(f"{source}: unknown report format '{name}' (choose from {', '.join(KNOWN_FORMATS)})")
        names.append(name)
    if not names:
        raise ConfigError(f"{source}: no report format given (choose from {', '.join(KNOWN_FORMATS)})")
    return tuple(names)
