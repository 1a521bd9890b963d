"""CSV, one row per finding, for spreadsheets. A cell that a spreadsheet would read as a
formula (=, +, -, @ first) is quoted with a leading apostrophe, so hostile input cannot run
anything when the file is opened."""

from __future__ import annotations

import csv
import io

from tqcheck.report.options import RenderOptions
from tqcheck.results import RunReport

COLUMNS = (
    "document",
    "segment",
    "file",
    "line",
    "severity",
    "category",
    "check",
    "start",
    "end",
    "span",
    "message",
    "segment_score",
    "source",
    "mt",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def render(report: RunReport, options: RenderOptions) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    # (By place, not by id: two files may each have a segment "1".)
    findings = [
        (doc, r, f) for doc, results in report.by_document() for r in results for f in r.findings
    ]
    for doc, result, f in findings:
        seg = result.segment
        span = seg.mt[f.start : f.end] if f.start is not None and f.end is not None else ""
        row = (
            doc.id,
            seg.id,
            seg.meta.get("file", options.label),
            seg.meta.get("line", ""),
            f.severity,
            f.category,
            f.check,
            "" if f.start is None else f.start,
            "" if f.end is None else f.end,
            span,
            f.message,
            "" if result.score is None else round(result.score, 1),
            seg.source,
            seg.mt,
        )
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()
