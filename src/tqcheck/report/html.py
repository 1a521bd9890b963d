"""The HTML report for desks: one self-contained file (inline CSS, script and SVG chart; no
CDN, works offline) with a summary, then each document's source and MT side by side, every
finding's span highlighted with its severity, category and message on hover or click, the
back-translation and reference, and filters by severity and check.

Everything from the input goes through Jinja2's autoescaping or markupsafe's escape: a segment
holding `<script>` shows as text.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from tqcheck.report.options import RenderOptions
from tqcheck.results import RunReport
from tqcheck.text.visible import visible
from tqcheck.types import SEVERITIES, SEVERITY_RANK, Finding, SegmentResult

BINS = 10


@dataclass(frozen=True)
class FindingView:
    id: str
    finding: Finding
    span: str


def highlight(text: str, findings: list[tuple[str, Finding]]) -> Markup:
    """`text` with each finding's span wrapped in a <mark>. Overlapping spans are cut at every
    boundary; each piece is marked with the worst finding over it and lists all of them, so a
    filter can switch a piece off only when every finding over it is hidden."""
    spans = [
        (fid, f.start, f.end, f)
        for fid, f in findings
        if f.start is not None and f.end is not None and 0 <= f.start < f.end <= len(text)
    ]
    cuts = sorted({0, len(text)} | {s for _, s, _, _ in spans} | {e for _, _, e, _ in spans})
    out = []
    for a, b in itertools.pairwise(cuts):
        piece = escape(text[a:b])
        over = [(fid, f) for fid, s, e, f in spans if s <= a and b <= e]
        if not over:
            out.append(str(piece))
            continue
        worst = max(over, key=lambda item: SEVERITY_RANK[item[1].severity])[1]
        title = " | ".join(
            f"{f.severity.upper()} {f.category}: {f.message}"
            + (f" (confidence {f.confidence:.2f})" if f.confidence is not None else "")
            for _, f in over
        )
        out.append(
            f'<mark class="finding sev-{worst.severity}" tabindex="0" '
            f'data-findings="{escape(" ".join(fid for fid, _ in over))}" '
            f'title="{escape(title)}">{piece}</mark>'
        )
    return Markup("".join(out))


def _histogram(scores: list[float]) -> list[dict[str, object]]:
    counts = [0] * BINS
    for s in scores:
        counts[min(BINS - 1, int(s // (100 / BINS)))] += 1
    top = max(counts) or 1
    width = 100 / BINS
    return [
        {
            "label": f"{int(i * width)}-{int((i + 1) * width)}",
            "count": n,
            "height": round(100 * n / top, 1),
        }
        for i, n in enumerate(counts)
    ]


def segment_view(result: SegmentResult, prefix: str) -> dict[str, object]:
    """What the templates show of one segment (its findings' ids start with `prefix`)."""
    ids = [(f"{prefix}-{n}", f) for n, f in enumerate(result.findings)]
    seg = result.segment
    return {
        "id": seg.id,
        "score": result.score,
        # (Bidi overrides and other controls are shown, never obeyed: text/visible.py.)
        "source": visible(seg.source),
        "mt": highlight(visible(seg.mt), ids),
        "references": list(seg.references),
        "backward": result.translations.get("backward"),
        "forward": result.translations.get("forward"),
        "error": result.error,
        "where": f"{seg.meta.get('file', '')}:{seg.meta.get('line', '')}".strip(":"),
        "findings": [
            FindingView(fid, f, visible(seg.mt[f.start : f.end]) if f.start is not None else "")
            for fid, f in ids
        ],
        "checks": " ".join(sorted({f.check for f in result.findings})),
        "severities": " ".join(sorted({f.severity for f in result.findings})),
    }


def render(report: RunReport, options: RenderOptions) -> str:
    documents = []
    for d, (doc, results) in enumerate(report.by_document()):
        segments = [segment_view(r, f"f{d}-{s}") for s, r in enumerate(results)]
        documents.append({"id": doc.id, "score": doc.score, "segments": segments})
    findings = [f for _, f in report.findings()]
    table = Counter((f.category, f.severity) for f in findings)
    categories = sorted({f.category for f in findings})
    return environment().get_template("report.html.j2").render(
        title=options.label,
        report=report,
        documents=documents,
        severities=SEVERITIES[::-1],
        checks=sorted({f.check for f in findings}),
        categories=categories,
        table=table,
        counts=Counter(f.severity for f in findings),
        histogram=_histogram([r.score for r in report.results if r.score is not None]),
        metrics=report.corpus_metrics,
    )


def environment() -> Environment:
    """The report's templates (templates/), autoescaped: tqcheck serve renders its pages with
    the same ones and the same styles (report.css)."""
    return Environment(
        loader=PackageLoader("tqcheck.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )

