"""Findings and scores against professional MQM annotations (WMT21 TED, Freitag et al. 2021):
how often a finding is on a segment a rater marked with a Major error, which rated errors the
checks find, how their spans overlap, and whether the score ranks translations as the raters'
penalties do (Kendall tau-b; WMT23's pairwise accuracy with tie calibration, acc*_eq)."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.stats import kendalltau

# A finding's MQM category and the raters' categories that are the same kind of error.
MATCHING = {
    "Accuracy/Mistranslation": ("Accuracy/Mistranslation",),
    "Accuracy/Omission": ("Accuracy/Omission",),
    "Accuracy/Addition": ("Accuracy/Addition",),
    "Accuracy/Untranslated": ("Accuracy/Untranslated text",),
    "Fluency/Grammar": ("Fluency/Grammar",),
    "Fluency/Punctuation": ("Fluency/Punctuation",),
    "Fluency/Repetition": ("Fluency/Grammar", "Style/Awkward"),
    "Terminology/Inconsistent": (
        "Terminology/Inconsistent use of terminology",
        "Fluency/Inconsistency",
    ),
    "Terminology/Wrong term": ("Terminology/Inappropriate for context",),
}


@dataclass(frozen=True)
class RatedSegment:
    """A translation as a rater judged it."""

    key: str
    item: str  # the source segment it translates: translations of one item are compared
    mt: str
    penalty: float
    errors: tuple[tuple[str, str, tuple[tuple[int, int], ...]], ...]  # category, severity, spans

    @property
    def major(self) -> bool:
        return any(severity == "Major" for _, severity, _ in self.errors)

    def has_major(self, categories: Sequence[str]) -> bool:
        return any(s == "Major" and c in categories for c, s, _ in self.errors)

    def major_spans(self) -> set[int]:
        return {
            i
            for _, severity, spans in self.errors
            if severity == "Major"
            for start, end in spans
            for i in range(start, end)
        }


@dataclass(frozen=True)
class Flag:
    """A finding at major or above on a rated segment."""

    check: str
    category: str
    start: int | None
    end: int | None


@dataclass
class CheckPrecision:
    flagged: int = 0  # segments with a finding of the check at >= major
    on_major: int = 0  # of those, segments a rater marked with a Major error
    on_matching: int = 0  # ... with a Major error of a matching category
    on_any_error: int = 0  # ... with an error of any severity

    @property
    def precision(self) -> float:
        return self.on_major / self.flagged if self.flagged else math.nan


@dataclass
class Evaluation:
    checks: dict[str, CheckPrecision] = field(default_factory=dict)
    recall: dict[str, tuple[int, int]] = field(default_factory=dict)  # category: found, all
    span: tuple[float, float, float] = (math.nan, math.nan, math.nan)  # P, R, F1
    segments: int = 0
    base_rate: float = math.nan  # share of segments with a Major error


def evaluate(rated: list[RatedSegment], flags: dict[str, list[Flag]]) -> Evaluation:
    """Per-check precision, recall by category and span overlap of the >= major findings."""
    out = Evaluation(segments=len(rated))
    out.base_rate = sum(r.major for r in rated) / max(len(rated), 1)
    caught: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    predicted = gold = overlap = 0
    for seg in rated:
        mine = flags.get(seg.key, [])
        for check in sorted({f.check for f in mine}):
            stats = out.checks.setdefault(check, CheckPrecision())
            categories = {c for f in mine if f.check == check for c in MATCHING.get(f.category, ())}
            stats.flagged += 1
            stats.on_major += seg.major
            stats.on_matching += seg.has_major(tuple(categories))
            stats.on_any_error += bool(seg.errors)
        found = {c for f in mine for c in MATCHING.get(f.category, ())}
        for category in {c for c, s, _ in seg.errors if s == "Major"}:
            caught[category][1] += 1
            caught[category][0] += category in found
        spans = {
            i
            for f in mine
            if f.start is not None and f.end is not None
            for i in range(f.start, f.end)
        }
        majors = seg.major_spans()
        predicted += len(spans)
        gold += len(majors)
        overlap += len(spans & majors)
    out.recall = {c: (v[0], v[1]) for c, v in caught.items()}
    p = overlap / predicted if predicted else math.nan
    r = overlap / gold if gold else math.nan
    f1 = 2 * p * r / (p + r) if predicted and gold and (p + r) else math.nan
    out.span = (p, r, f1)
    return out


def kendall_tau_b(metric: Sequence[float], human: Sequence[float]) -> float:
    """Segment-level Kendall tau-b over all segments, no grouping."""
    tau = kendalltau(metric, human, variant="b").statistic
    return float(tau)


def pairwise_accuracy_eq(
    rated: list[RatedSegment], metric: Callable[[RatedSegment], float]
) -> tuple[float, float]:
    """WMT23's segment-level acc*_eq (Deutsch et al. 2023): over all pairs of translations of
    the same item, the share the metric orders as the raters do, ties included, with the
    metric's tie threshold chosen to maximise it. Returns (accuracy, threshold)."""
    by_item: dict[str, list[RatedSegment]] = defaultdict(list)
    for seg in rated:
        by_item[seg.item].append(seg)
    pairs: list[tuple[float, int]] = []  # metric difference, human order (-1, 0, 1)
    for segs in by_item.values():
        for a, b in itertools.combinations(segs, 2):
            human = _sign(b.penalty - a.penalty)  # (less penalty is better)
            pairs.append((metric(a) - metric(b), human))
    if not pairs:
        return math.nan, 0.0
    diff = np.array([d for d, _ in pairs])
    human = np.array([h for _, h in pairs])
    order = np.argsort(np.abs(diff), kind="stable")
    size = np.abs(diff)[order]
    tie_right = np.cumsum(human[order] == 0)  # pairs up to k, read as ties, that are ties
    order_right = np.cumsum(np.sign(diff[order]) == human[order])
    total_order_right = int(order_right[-1])
    # A threshold ties every pair up to the last one of its size; below the smallest, none.
    ends = np.flatnonzero(np.append(size[1:] != size[:-1], True))
    agree = tie_right[ends] + (total_order_right - order_right[ends])
    best = int(np.argmax(agree))
    if total_order_right >= agree[best]:
        return total_order_right / len(pairs), 0.0
    return float(agree[best]) / len(pairs), float(size[ends[best]])


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)
