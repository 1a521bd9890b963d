"""JSON text read as hostile input: nesting past a limit and lone surrogates ("\\ud800", which
no UTF-8 output can hold) are refused with the file and line, never a traceback later."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tqcheck.errors import InputError

# Inputs nest a few levels deep; deeper is refused before any reader recurses into it.
MAX_DEPTH = 100


def parse_json(text: str, path: str | Path, line: int | None = None) -> Any:
    """The value of JSON `text` (from `path`, at `line` for one line of JSONL)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        where = line if line is not None else exc.lineno
        raise InputError(path, f"broken JSON ({exc.msg} at column {exc.colno})", where) from None
    except RecursionError:
        raise InputError(path, f"JSON nested deeper than {MAX_DEPTH} levels", line) from None
    _check_value(value, path, line)
    return value


def _check_value(value: Any, path: str | Path, line: int | None) -> None:
    # (Iterative: a deep value must not exhaust the stack here either.)
    pending = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise InputError(path, f"JSON nested deeper than {MAX_DEPTH} levels", line)
        if isinstance(item, str):
            _no_surrogate(item, path, line)
        elif isinstance(item, dict):
            for key, child in item.items():
                _no_surrogate(key, path, line)
                pending.append((child, depth + 1))
        elif isinstance(item, list):
            pending.extend((child, depth + 1) for child in item)


def _no_surrogate(text: str, path: str | Path, line: int | None) -> None:
    for i, char in enumerate(text):
        if "\ud800" <= char <= "\udfff":
            raise InputError(
                path, f"a lone surrogate (U+{ord(char):04X}) at character {i + 1}: not text", line
            )
