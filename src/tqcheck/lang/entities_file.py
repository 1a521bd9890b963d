"""The user's entity file (`--entities FILE`): names the desk knows, with gender and aliases.

CSV with a header `name,gender,aliases` (aliases separated by `|`) or JSONL with the same keys.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.io.json_values import parse_json
from tqcheck.io.textfile import read_text
from tqcheck.types import KnownEntity

_GENDERS = {"f": "f", "female": "f", "woman": "f", "m": "m", "male": "m", "man": "m"}


def _entity(name: object, gender: object, aliases: object, path: Path, line: int) -> KnownEntity:
    if not isinstance(name, str) or not name.strip():
        raise InputError(path, "entity without a name", line)
    g = _GENDERS.get(str(gender or "").strip().lower())
    if gender and g is None:
        raise InputError(path, f"unknown gender {gender!r} (use f or m)", line)
    if isinstance(aliases, str):
        alias_list = [a.strip() for a in aliases.split("|") if a.strip()]
    elif isinstance(aliases, list):
        alias_list = [str(a) for a in aliases]
    else:
        alias_list = []
    return KnownEntity(name.strip(), g, tuple(alias_list))


def read_entities(path: str | Path) -> list[KnownEntity]:
    p = Path(path)
    text = read_text(p)
    if p.suffix.lower() in (".jsonl", ".json"):
        entities = []
        for n, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            row = parse_json(line, p, n)
            if not isinstance(row, dict):
                raise InputError(p, "expected a JSON object", n)
            entities.append(_entity(row.get("name"), row.get("gender"), row.get("aliases"), p, n))
        return entities
    # (strict: an unclosed quote is an error, not one name that runs to the end of the file.)
    reader = csv.DictReader(io.StringIO(text), strict=True)
    try:
        if not reader.fieldnames or "name" not in reader.fieldnames:
            raise InputError(
                p, "CSV entity file needs a header with 'name' (and 'gender', 'aliases')", 1
            )
        return [
            _entity(row.get("name"), row.get("gender"), row.get("aliases"), p, reader.line_num)
            for row in reader
        ]
    except csv.Error as exc:
        raise InputError(p, f"malformed CSV: {exc}", reader.line_num) from None
