"""Markdown that fits a pull-request comment: a summary line, a table of documents and a
table of findings (worst first, capped so the comment stays readable). Input text is escaped:
no HTML, links or table breaks can come from a translation."""

from __future__ import annotations

import re

from tqcheck.report.options import RenderOptions
from tqcheck.results import RunReport
from tqcheck.text.visible import visible
from tqcheck.types import SEVERITY_RANK

MAX_ROWS = 200
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def escape(text: str, limit: int = 160) -> str:
    # (Controls and bidi overrides shown, not obeyed: text/visible.py.)
    text = visible(" ".join(str(text).split()))
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    # Entities, not backslashes, for HTML: every Markdown renderer shows them as text.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def render(report: RunReport, options: RenderOptions) -> str:
    counts = {s: 0 for s in ("critical", "major", "minor")}
    for _, f in report.findings():
        counts[f.severity] += 1
    engine = escape(report.engine_signature or "none")
    lines = [
        f"### tqcheck {report.src_lang}→{report.tgt_lang}: "
        f"{counts['critical']} critical, {counts['major']} major, {counts['minor']} minor",
        "",
        f"{len(report.results)} segments in {len(report.documents)} documents; engine: {engine}",
        "",
        "| document | segments | score |",
        "|---|---:|---:|",
    ]
    for doc in report.documents:
        lines.append(f"| {escape(doc.id)} | {len(doc.segment_ids)} | {doc.score:.1f} |")
    findings = sorted(report.findings(), key=lambda rf: -SEVERITY_RANK[rf[1].severity])
    if findings:
        lines += [
            "",
            "| severity | segment | where | category | message |",
            "|---|---|---|---|---|",
        ]
        for result, f in findings[:MAX_ROWS]:
            meta = result.segment.meta
            where = f"{meta.get('file', options.label)}:{meta.get('line', '')}".rstrip(":")
            lines.append(
                f"| **{f.severity}** | {escape(result.segment.id, 40)} | {escape(where, 60)} "
                f"| {escape(f.category)} ({escape(f.check)}) | {escape(f.message)} |"
            )
        if len(findings) > MAX_ROWS:
            lines.append(f"\n…and {len(findings) - MAX_ROWS} more findings (see the full report).")
    return "\n".join(lines) + "\n"
