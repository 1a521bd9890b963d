"""Errors the CLI turns into a one-line message and exit status 2."""

from __future__ import annotations

from pathlib import Path


class TqcheckError(Exception):
    """Base class: anything the user can fix by changing input or options."""


class InputError(TqcheckError):
    """Unreadable or malformed input, located by file and line where known."""

    def __init__(self, path: str | Path | None, reason: str, line: int | None = None) -> None:
        self.path = None if path is None else str(path)
        self.line = line
        self.reason = reason
        where = self.path or "<input>"
        if line is not None:
            where += f":{line}"
        super().__init__(f"{where}: {reason}")


class EngineError(TqcheckError):
    """A translation engine is missing, misconfigured or failed."""


class EngineFailure(EngineError):
    """An engine that ran and failed: it crashed, hung past its timeout, wrote what is not
    UTF-8, or answered too few lines or nonsense. The run exits 3, not 2: nothing the user
    typed is wrong."""


class LanguageDataError(TqcheckError):
    """A language data file (lang/data/<code>.json) with a key no profile field reads."""
