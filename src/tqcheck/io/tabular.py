"""TSV and CSV with a header row naming the columns source, mt and (optionally) reference,
id and doc_id."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.io.textfile import MAX_INPUT_BYTES, text_lines
from tqcheck.types import Segment

_ALIASES = {
    "src": "source",
    "source": "source",
    "mt": "mt",
    "hyp": "mt",
    "hypothesis": "mt",
    "translation": "mt",
    "target": "mt",
    "ref": "reference",
    "reference": "reference",
    "id": "id",
    "doc_id": "doc_id",
    "doc": "doc_id",
}


def read_table(path: str | Path) -> list[Segment]:
    p = Path(path)
    if p.is_file() and p.stat().st_size > MAX_INPUT_BYTES:
        raise InputError(p, f"file larger than {MAX_INPUT_BYTES // 2**20} MiB")
    return list(iter_table(p))


def iter_table(path: str | Path) -> Iterator[Segment]:
    """The table's segments in order, one at a time."""
    p = Path(path)
    delimiter = "\t" if p.suffix.lower() in (".tsv", ".tab") else ","
    # (strict: an unclosed quote is an error, not a cell that swallows the rows after it.)
    reader = csv.reader(text_lines(p), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(p, "file is empty") from None
    except csv.Error as exc:
        raise InputError(p, f"malformed header: {exc}", 1) from None
    columns = [_ALIASES.get(h.strip().lower(), h.strip().lower()) for h in header]
    for needed in ("source", "mt"):
        if needed not in columns:
            raise InputError(p, f"header has no '{needed}' column (found: {', '.join(header)})", 1)
    count = 0
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                raise InputError(p, f"expected {len(columns)} columns, found {len(row)}", line)
            values = dict(zip(columns, row))
            ref = values.get("reference")
            count += 1
            yield Segment(
                id=values.get("id") or str(count),
                source=values["source"],
                mt=values["mt"],
                references=(ref,) if ref else (),
                doc_id=values.get("doc_id") or None,
                meta={"line": line, "file": str(p)},
            )
    except csv.Error as exc:
        raise InputError(p, f"malformed row: {exc}", reader.line_num) from None
    if not count:
        raise InputError(p, "no rows after the header")
