"""Format names to writers."""

from __future__ import annotations

from collections.abc import Callable

from tqcheck.report import csv_report, html, json_report, jsonl, junit, markdown, sarif, text
from tqcheck.report.options import RenderOptions
from tqcheck.results import RunReport

Writer = Callable[[RunReport, RenderOptions], str]

FORMATS: dict[str, Writer] = {
    "text": lambda report, _: text.render(report),
    "json": lambda report, _: json_report.render(report),
    "jsonl": lambda report, _: jsonl.render(report),
    "html": html.render,
    "md": markdown.render,
    "csv": csv_report.render,
    "junit": junit.render,
    "sarif": sarif.render,
}
# File name extensions for reports written to reports/ by default.
EXTENSIONS = {
    "text": "txt",
    "json": "json",
    "jsonl": "jsonl",
    "html": "html",
    "md": "md",
    "csv": "csv",
    "junit": "junit.xml",
    "sarif": "sarif",
}


def render(report: RunReport, fmt: str, options: RenderOptions | None = None) -> str:
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    return writer(report, options or RenderOptions())
