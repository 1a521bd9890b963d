"""Format names to writers."""

from __future__ import annotations

from collections.abc import Callable

from tqcheck.pipeline import RunReport
from tqcheck.report import json_report, jsonl, text

FORMATS: dict[str, Callable[[RunReport], str]] = {
    "jsonl": jsonl.render,
    "json": json_report.render,
    "text": text.render,
}


def render(report: RunReport, fmt: str) -> str:
    try:
        return FORMATS[fmt](report)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
