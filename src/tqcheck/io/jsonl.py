"""The interchange contract's input: one JSON object a line (see DESIGN.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tqcheck.errors import InputError
from tqcheck.io.json_values import parse_json
from tqcheck.io.textfile import read_text
from tqcheck.types import Segment

REQUIRED = ("id", "source", "mt")


def _references(value: Any, path: Path, line: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise InputError(path, "'reference' must be a string or a list of strings", line)


def segment_from_row(row: Any, path: Path, line: int) -> Segment:
    if not isinstance(row, dict):
        raise InputError(path, "expected a JSON object", line)
    for key in REQUIRED:
        if key not in row:
            raise InputError(path, f"missing field '{key}'", line)
    for key in ("source", "mt"):
        if not isinstance(row[key], str):
            raise InputError(path, f"field '{key}' must be a string", line)
    if not isinstance(row["id"], (str, int)) or isinstance(row["id"], bool):
        raise InputError(path, "field 'id' must be a string or an integer", line)
    doc_id = row.get("doc_id")
    if doc_id is not None and not isinstance(doc_id, (str, int)):
        raise InputError(path, "field 'doc_id' must be a string or an integer", line)
    meta = {"line": line, "file": str(path)}
    for key in ("src_lang", "tgt_lang"):
        if key in row:
            if not isinstance(row[key], str):
                raise InputError(path, f"field '{key}' must be a string", line)
            meta[key] = row[key]
    return Segment(
        id=str(row["id"]),
        source=row["source"],
        mt=row["mt"],
        references=_references(row.get("reference"), path, line),
        doc_id=None if doc_id is None else str(doc_id),
        meta=meta,
    )


def read_jsonl(path: str | Path) -> list[Segment]:
    p = Path(path)
    segments = []
    seen: set[str] = set()
    for number, line in enumerate(read_text(p).split("\n"), start=1):
        if not line.strip():
            continue
        row = parse_json(line, p, number)
        seg = segment_from_row(row, p, number)
        if seg.id in seen:
            raise InputError(p, f"duplicate id {seg.id!r}", number)
        seen.add(seg.id)
        segments.append(seg)
    return segments
