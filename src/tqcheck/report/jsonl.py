"""The interchange contract's output: one row per input segment, same order, same id."""

from __future__ import annotations

import json

from tqcheck.results import RunReport
from tqcheck.types import SegmentResult


def row(result: SegmentResult) -> str:
    """One output line (no newline): what a streamed run writes as it goes."""
    out = result.to_dict()
    if result.segment.meta.get("mt_start") is not None:
        out["mt_offset"] = result.segment.meta["mt_start"]
    out["source"] = result.segment.source
    out["mt"] = result.segment.mt
    return json.dumps(out, ensure_ascii=False)


def render(report: RunReport) -> str:
    return "".join(row(result) + "\n" for result in report.in_input_order())
