"""The interchange contract's output: one row per input segment, same order, same id."""

from __future__ import annotations

import json

from tqcheck.results import RunReport


def render(report: RunReport) -> str:
    lines = []
    for result in report.results:
        row = result.to_dict()
        if result.segment.meta.get("mt_start") is not None:
            row["mt_offset"] = result.segment.meta["mt_start"]
        row["source"] = result.segment.source
        row["mt"] = result.segment.mt
        lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"
