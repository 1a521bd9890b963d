"""TSV and CSV with a header row naming the columns source, mt and (optionally) reference,
id and doc_id."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.io.textfile import read_text
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
    text = read_text(p)
    delimiter = "\t" if p.suffix.lower() in (".tsv", ".tab") else ","
    # (strict: an unclosed quote is an error, not a cell that swallows the rows after it.)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
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
    segments: list[Segment] = []
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                raise InputError(p, f"expected {len(columns)} columns, found {len(row)}", line)
            values = dict(zip(columns, row))
            ref = values.get("reference")
            segments.append(
                Segment(
                    id=values.get("id") or str(len(segments) + 1),
                    source=values["source"],
                    mt=values["mt"],
                    references=(ref,) if ref else (),
                    doc_id=values.get("doc_id") or None,
                    meta={"line": line, "file": str(p)},
                )
            )
    except csv.Error as exc:
        raise InputError(p, f"malformed row: {exc}", reader.line_num) from None
    if not segments:
        raise InputError(p, "no rows after the header")
    return segments
