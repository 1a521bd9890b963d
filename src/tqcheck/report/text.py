"""A terminal report: each segment with findings, its spans highlighted, and a summary per
document. Rendered with rich; input text is passed as Text objects so markup in it is inert,
and its control characters (terminal escapes, bidi overrides) are shown, never sent."""

from __future__ import annotations

from io import StringIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tqcheck.results import RunReport
from tqcheck.text.visible import visible
from tqcheck.types import SegmentResult

STYLE = {"critical": "bold white on red", "major": "bold black on yellow", "minor": "underline"}


def _segment(result: SegmentResult) -> Text:
    # (visible() keeps every offset: a span still marks its characters.)
    text = Text(visible(result.segment.mt) or "(no translation)")
    for f in sorted(result.findings, key=lambda f: f.severity):
        if f.start is not None and f.end is not None and f.end > f.start:
            text.stylize(STYLE[f.severity], f.start, f.end)
    return text


def render_to(console: Console, report: RunReport) -> None:
    engine = report.engine_signature or "none (checks that need no translation)"
    # The signature is what makes the run reproducible: never wrapped, so it can be copied.
    console.print(
        Text(f"tqcheck {report.src_lang}->{report.tgt_lang}  engine: {engine}", style="bold"),
        soft_wrap=True,
    )
    documents = report.by_document()
    for doc, results in documents:
        console.rule(Text(visible(f"{doc.id}  score {doc.score:.1f}")))
        for result in results:
            if not result.findings and not result.error:
                continue
            score = "-" if result.score is None else f"{result.score:.0f}"
            console.print(Text(visible(f"[{result.segment.id}] score {score}"), style="bold cyan"))
            if result.segment.source:
                console.print(Text("  src: ", style="dim") + Text(visible(result.segment.source)))
            console.print(Text("  mt:  ", style="dim") + _segment(result))
            if result.error:
                console.print(Text(visible(f"  error: {result.error}"), style="red"))
            for f in result.findings:
                line = Text("  ")
                line.append(f" {f.severity.upper()} ", style=STYLE[f.severity])
                line.append(f" {f.category} [{f.check}] ")
                line.append(visible(f.message))
                console.print(line)
    table = Table(title="Summary")
    for col in ("document", "segments", "critical", "major", "minor", "score"):
        table.add_column(col, justify="right" if col != "document" else "left")
    for doc, results in documents:
        counts = {"critical": 0, "major": 0, "minor": 0}
        for result in results:
            for f in result.findings:
                counts[f.severity] += 1
        table.add_row(
            visible(doc.id),
            str(len(doc.segment_ids)),
            str(counts["critical"]),
            str(counts["major"]),
            str(counts["minor"]),
            f"{doc.score:.1f}",
        )
    console.print(table)
    for m in report.corpus_metrics:
        console.print(f"{m.name} = {m.score:.2f}  ({m.signature})")


def render(report: RunReport, width: int = 100, color: bool = False) -> str:
    buffer = StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system=None if not color else "standard",
        highlight=False,
    )
    render_to(console, report)
    return buffer.getvalue()
