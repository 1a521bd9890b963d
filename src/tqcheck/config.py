"""Project configuration for CI: `tqcheck.toml`, or `[tool.tqcheck]` in pyproject.toml, found
in the working folder or the nearest folder above it. Options given on the command line win
over the file.

    [tool.tqcheck]
    src_lang = "en"
    tgt_lang = "mk"
    engine = "apertium"
    fail_on = "major"
    min_score = 70
    paths = ["locale/mk/messages.po"]
    baseline = ".tqcheck-baseline.json"

    [tool.tqcheck.checks]          # per check: the severity that fails the build, or "off"
    fluency = "critical"
    coverage = "off"

Every value is validated before any work starts; the file in use is named on stderr.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqcheck.checks.registry import unknown_names
from tqcheck.errors import InputError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SEVERITY_CHOICES = ("minor", "major", "critical", "never")
_KNOWN: dict[str, type | tuple[type, ...]] = {
    "src_lang": str,
    "tgt_lang": str,
    "engine": str,
    "fail_on": str,
    "format": str,
    "output": str,
    "min_score": (int, float),
    "min_confidence": (int, float),
    "paths": list,
    "baseline": str,
    "glossary": str,
    "entities": str,
    "cache": str,
    "engine_timeout": (int, float),
    "jobs": int,
    "checks": dict,
}
# Numeric settings and the ranges the command line accepts for them.
_RANGES = {
    "min_score": (0, 100),
    "min_confidence": (0, 1),
    "engine_timeout": (1, 86400),
    "jobs": (1, 256),
}


@dataclass
class Config:
    values: dict[str, Any] = field(default_factory=dict)
    # check name -> the severity at which its findings fail the run ("never" or "off" too)
    check_levels: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    @property
    def disabled_checks(self) -> set[str]:
        return {name for name, level in self.check_levels.items() if level == "off"}


def find_config(start: Path | None = None) -> Path | None:
    """tqcheck.toml, or a pyproject.toml with a [tool.tqcheck] table, nearest first."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / "tqcheck.toml"
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and "tqcheck" in _load(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: str | Path | None = None) -> Config:
    """The configuration at `path`, or the one found from the working folder, or none."""
    found = Path(path) if path else find_config()
    if found is None:
        return Config()
    if not found.is_file():
        raise InputError(found, "no such configuration file")
    data = _load(found)
    if found.name == "pyproject.toml" or "tool" in data:
        data = data.get("tool", {}).get("tqcheck", {})
    unknown = sorted(set(data) - set(_KNOWN))
    if unknown:
        raise InputError(found, f"unknown setting {unknown[0]!r}; known: {', '.join(_KNOWN)}")
    for key, kind in _KNOWN.items():
        if key in data and not isinstance(data[key], kind):
            raise InputError(found, f"setting {key!r} has the wrong type")
    levels = _check_levels(found, data.pop("checks", {}))
    for key, (low, high) in _RANGES.items():
        if key in data and (isinstance(data[key], bool) or not low <= data[key] <= high):
            raise InputError(found, f"{key} = {data[key]!r}; use {low} to {high}")
    if "fail_on" in data and data["fail_on"] not in SEVERITY_CHOICES:
        raise InputError(found, f"fail_on = {data['fail_on']!r}; use {', '.join(SEVERITY_CHOICES)}")
    # Paths in the file are relative to the file, not to wherever tqcheck was started, and
    # stay inside its folder: a config shared in a repository reads and writes there only,
    # unless a path is absolute on purpose.
    for key in ("baseline", "glossary", "entities", "cache", "output"):
        if key in data:
            data[key] = _inside(found, key, data[key])
    if "paths" in data:
        data["paths"] = [_inside(found, "paths", p) for p in data["paths"]]
    return Config(values=data, check_levels=levels, path=found)


def _check_levels(found: Path, table: dict[str, Any]) -> dict[str, str]:
    """[checks]: each named check or rule and the level that fails the run."""
    levels = {str(k): str(v) for k, v in table.items()}
    unknown = unknown_names(list(levels))
    if unknown:
        raise InputError(found, f"checks.{unknown[0]}: no such check or rule")
    for name, level in levels.items():
        if level not in (*SEVERITY_CHOICES, "off"):
            raise InputError(
                found, f"checks.{name} = {level!r}; use minor, major, critical, never or off"
            )
    return levels


def _inside(config: Path, key: str, value: object) -> str:
    if not isinstance(value, str):
        raise InputError(config, f"setting {key!r} has the wrong type")
    path = Path(value)
    if path.is_absolute():
        return value
    base = config.parent.resolve()
    resolved = (base / path).resolve()
    if not resolved.is_relative_to(base):
        raise InputError(
            config,
            f"{key} = {value!r} leads outside the configuration's folder (give an "
            "absolute path to mean it)",
        )
    return str(config.parent / path)


def _load(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"malformed TOML: {exc}") from None
