"""The reference-free quality score (0-100, higher is more faithful).

MQM-style: each finding costs its severity's weight; the score decays exponentially with the
total cost, so every added error lowers it and no number of errors drives it below zero. Two
continuous signals scale it by a few points, so that of two translations with the same
findings the more faithful one still scores higher:
- similarity (chrF, beta 1 so additions count as much as omissions) with the engine's
  independent translation of the source, or, with no engine, with the source itself (names,
  numbers and cognates carry over);
- how far the length departs from what the source warrants.
"""

from __future__ import annotations

import math

from tqcheck.types import Finding

SEVERITY_WEIGHT = {"minor": 1.0, "major": 5.0, "critical": 10.0}
# Total cost at which the score falls to 1/e of its maximum (about 37).
DECAY = 10.0
SIMILARITY_SHARE = 0.10
# Score lost per unit of |ln(length ratio)|: a third shorter than warranted costs about 4%.
LENGTH_WEIGHT = 0.10


def penalty(findings: list[Finding]) -> float:
    return sum(SEVERITY_WEIGHT[f.severity] for f in findings)


def segment_score(
    findings: list[Finding], similarity: float | None = None, length_ratio: float | None = None
) -> float:
    """`similarity` is 0-1; `length_ratio` is MT length over the length the source warrants."""
    score = 100.0 * math.exp(-penalty(findings) / DECAY)
    if similarity is not None:
        score *= (1 - SIMILARITY_SHARE) + SIMILARITY_SHARE * max(0.0, min(1.0, similarity))
    if length_ratio is not None and length_ratio > 0:
        score *= math.exp(-LENGTH_WEIGHT * abs(math.log(length_ratio)))
    return score


def document_score(scores: list[float], weights: list[int]) -> float:
    """Word-weighted mean of segment scores: a bad headline costs less than a bad paragraph."""
    total = sum(max(w, 1) for w in weights)
    if not scores or not total:
        return 100.0
    return sum(s * max(w, 1) for s, w in zip(scores, weights)) / total
