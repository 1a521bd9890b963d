"""One JSON document: the run's summary (pair, engine, documents, corpus metrics) and every
segment's row."""

from __future__ import annotations

import json

from tqcheck.results import RunReport


def render(report: RunReport) -> str:
    rows = []
    for result in report.results:
        row = result.to_dict()
        row["source"] = result.segment.source
        row["mt"] = result.segment.mt
        if result.segment.references:
            row["references"] = list(result.segment.references)
        rows.append(row)
    return (
        json.dumps({"summary": report.summary(), "segments": rows}, ensure_ascii=False, indent=2)
        + "\n"
    )
