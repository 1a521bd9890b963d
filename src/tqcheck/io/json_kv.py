"""Key-value JSON resource files (i18next, Angular, Chrome, plain maps), flat or nested:
`--source en.json --mt mk.json` pairs strings by key path (`menu.file.open`, `items.2`).

A key the translation lacks is reported as a segment with an empty MT (it gets an omission
finding); keys only in the translation are ignored. Line numbers come from the file text, so
SARIF can point at the string.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tqcheck.errors import InputError
from tqcheck.io.json_values import parse_json
from tqcheck.types import Segment


def read_json_pair(source: str | Path, mt: str | Path) -> list[Segment]:
    src_values = _strings(source)
    mt_values = _strings(mt)
    segments = []
    for key, (text, _) in src_values.items():
        if not text.strip():
            continue
        translated, line = mt_values.get(key, ("", None))
        meta: dict[str, object] = {
            "file": str(mt),
            "line": line,
            "unit_id": key,
            "localization": True,
        }
        if key not in mt_values:
            meta["missing"] = True
            meta["line"] = src_values[key][1]
            meta["file"] = str(source)
        segments.append(Segment(id=key, source=text, mt=translated, doc_id=str(mt), meta=meta))
    if not segments:
        raise InputError(source, "no strings to check")
    return segments


def _strings(path: str | Path) -> dict[str, tuple[str, int]]:
    """Every string value by its key path, with the line its key is on."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    data = parse_json(text, path)
    if not isinstance(data, dict):
        # (A list has no keys to pair the two files by: each string would read as missing.)
        kind = "a list" if isinstance(data, list) else f"a {type(data).__name__}"
        raise InputError(path, f"a resource file holds an object of strings, not {kind}")
    found: dict[str, tuple[str, int]] = {}
    locator = _KeyLocator(text)
    _walk(data, "", found, locator)
    return found


def _walk(value: Any, prefix: str, found: dict[str, tuple[str, int]], at: _KeyLocator) -> None:
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, child in items:
        line = at.line_of(str(key)) if isinstance(value, dict) else at.line
        path = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(child, str):
            found[path] = (child, line)
        elif isinstance(child, (dict, list)):
            _walk(child, path, found, at)


class _KeyLocator:
    """Finds keys in the file text in document order (json keeps that order), so each
    string gets the line of its own key even when keys repeat in different objects."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1

    def line_of(self, key: str) -> int:
        # A key is a quoted string followed by a colon: a value with the same text is not.
        for needle in (json.dumps(key, ensure_ascii=False), json.dumps(key)):
            match = re.compile(re.escape(needle) + r"\s*:").search(self.text, self.pos)
            if match:
                self.line += self.text.count("\n", self.pos, match.start())
                self.pos = match.end()
                break
        return self.line
