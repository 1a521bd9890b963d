"""The checker against hand-made gold on every corpus article: prints precision and recall.

A finding counts as correct when its span overlaps a gold span (or, for findings without a
span, when its category matches a gold omission in the same segment).
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import CORPORA
from tqcheck.io.loader import InputSpec, load_input
from tqcheck.pipeline import CheckOptions, run_check

ARTICLES = sorted(p for p in CORPORA.iterdir() if (p / "gold.jsonl").is_file())


def _evaluate(folder):  # type: ignore[no-untyped-def]
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines()]
    mt = (folder / "mt.en.txt").read_text()
    for g in gold:
        if g["start"] is not None:
            assert mt[g["start"] : g["end"]] == g["span"], f"{folder.name}: gold offsets drifted"
    report = run_check(load_input(InputSpec((str(folder),))), CheckOptions())
    matched: set[int] = set()
    true_pos = 0
    found = 0
    for result in report.results:
        seg = result.segment
        base, end = seg.meta.get("mt_start"), seg.meta.get("mt_end")
        for f in result.findings:
            found += 1
            hit = None
            for k, g in enumerate(gold):
                if f.start is not None and base is not None and g["start"] is not None:
                    a, b = base + f.start, base + (f.end or f.start)
                    if a < g["end"] and g["start"] < b:
                        hit = k
                elif g["start"] is None and f.category == g["category"]:
                    anchor = mt.index(g["anchor"])
                    if seg.mt == "" or (base is not None and base <= anchor < end):
                        hit = k
                if hit is not None:
                    break
            if hit is not None:
                true_pos += 1
                matched.add(hit)
    return len(matched), len(gold), true_pos, found


@pytest.mark.parametrize("folder", ARTICLES, ids=lambda p: p.name)
def test_findings_match_gold(folder, apertium) -> None:  # type: ignore[no-untyped-def]
    recalled, total, true_pos, found = _evaluate(folder)
    recall = recalled / total
    precision = true_pos / found if found else 1.0
    print(
        f"\n{folder.name}: recall {recall:.2f} ({recalled}/{total}), "
        f"precision {precision:.2f} ({true_pos}/{found})"
    )
    assert recall >= 0.6
    assert precision >= 0.8
