"""`tqcheck compare` output: a text table (sacrebleu's numbers at sacrebleu's width), JSON, and
an HTML page; with the QE score and finding counts per system when a source was given."""

from __future__ import annotations

import json
from importlib import resources
from io import StringIO
from typing import Any

from jinja2 import Environment, select_autoescape
from rich.console import Console
from rich.table import Table

from tqcheck.results import SystemQuality
from tqcheck.scoring.comparison import SystemComparison

SIGNIFICANT = 0.05


def _cell(comparison: SystemComparison, m: int, s: int, width: int) -> str:
    metric = comparison.metrics[m]
    text = f"{metric.score[s]:.{width}f}"
    if metric.mean[s] is not None and metric.ci[s] is not None:
        text += f" ({metric.mean[s]:.{width}f} ± {metric.ci[s]:.{width}f})"
    tests = []
    for label, p in (("bs", metric.p_bootstrap[s]), ("ar", metric.p_randomization[s])):
        if p is not None:
            tests.append(f"p_{label} = {p:.4f}{'*' if p < SIGNIFICANT else ''}")
    return text + ("\n" + ", ".join(tests) if tests else "")


def render_text(
    comparison: SystemComparison, quality: list[SystemQuality] | None, width: int = 1
) -> str:
    table = Table(title="Systems against the baseline (first row)", show_lines=True)
    table.add_column("system")
    for metric in comparison.metrics:
        table.add_column(f"{metric.name} (μ ± 95% CI)", justify="center")
    if quality:
        table.add_column("QE score", justify="right")
        table.add_column("critical/major/minor", justify="right")
    for s, name in enumerate(comparison.systems):
        row = [f"Baseline: {name}" if s == 0 else name]
        row += [_cell(comparison, m, s, width) for m in range(len(comparison.metrics))]
        if quality:
            q = quality[s]
            row += [f"{q.score:.1f}", f"{q.critical}/{q.major}/{q.minor}"]
        table.add_row(*row)
    buffer = StringIO()
    console = Console(file=buffer, width=160, color_system=None)
    console.print(table)
    console.print(
        "p_bs: paired bootstrap resampling; p_ar: approximate randomization; * p < 0.05 "
        "(the difference to the baseline is unlikely to be chance)."
    )
    for metric in comparison.metrics:
        console.print(f"{metric.name}: {metric.signature_bs}", soft_wrap=True)
        if metric.signature_ar:
            console.print(f"{metric.name}: {metric.signature_ar}", soft_wrap=True)
    return buffer.getvalue()


def as_dict(
    comparison: SystemComparison, quality: list[SystemQuality] | None
) -> dict[str, Any]:
    systems = []
    for s, name in enumerate(comparison.systems):
        entry: dict[str, object] = {"system": name, "baseline": s == 0}
        for metric in comparison.metrics:
            entry[metric.name] = {
                "score": metric.score[s],
                "mean": metric.mean[s],
                "ci95": metric.ci[s],
                "p_bootstrap": metric.p_bootstrap[s],
                "p_randomization": metric.p_randomization[s],
            }
        if quality:
            q = quality[s]
            entry["qe"] = {
                "score": q.score,
                "critical": q.critical,
                "major": q.major,
                "minor": q.minor,
            }
        systems.append(entry)
    signatures = {
        m.name: {"bootstrap": m.signature_bs, "randomization": m.signature_ar}
        for m in comparison.metrics
    }
    return {"systems": systems, "signatures": signatures}


def render_json(comparison: SystemComparison, quality: list[SystemQuality] | None) -> str:
    return json.dumps(as_dict(comparison, quality), ensure_ascii=False, indent=2) + "\n"


def render_html(comparison: SystemComparison, quality: list[SystemQuality] | None) -> str:
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    source = resources.files("tqcheck.report").joinpath("templates/compare.html.j2")
    return env.from_string(source.read_text("utf-8")).render(
        data=as_dict(comparison, quality),
        metrics=[m.name for m in comparison.metrics],
        significant=SIGNIFICANT,
    )
