"""The interchange contract's input: one JSON object a line (see DESIGN.md)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tqcheck.errors import InputError
from tqcheck.io.json_values import parse_json
from tqcheck.io.textfile import MAX_INPUT_BYTES, located_lines
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


def iter_jsonl(path: str | Path) -> Iterator[Segment]:
    """The file's segments in order, one at a time (ids not compared: see read_jsonl)."""
    for _, seg in located_jsonl(path):
        yield seg


def located_jsonl(
    path: str | Path, offset: int = 0, first_line: int = 1
) -> Iterator[tuple[int, Segment]]:
    """(byte offset of its line, segment) for each row from `offset` on, whose line is number
    `first_line`: a worker reads its part of a file from where the part begins."""
    p = Path(path)
    for number, (where, line) in enumerate(located_lines(p, offset), start=first_line):
        if not line.strip():
            continue
        yield where, segment_from_row(parse_json(line, p, number), p, number)


def read_jsonl(path: str | Path) -> list[Segment]:
    p = Path(path)
    if p.is_file() and p.stat().st_size > MAX_INPUT_BYTES:
        # (Held whole, as the reports other than JSONL need: see tqcheck.streamed_run.)
        raise InputError(p, f"file larger than {MAX_INPUT_BYTES // 2**20} MiB")
    segments = []
    seen: set[str] = set()
    for seg in iter_jsonl(p):
        if seg.id in seen:
            raise InputError(p, f"duplicate id {seg.id!r}", seg.meta["line"])
        seen.add(seg.id)
        segments.append(seg)
    return segments
