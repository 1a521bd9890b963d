"""The reference-free quality score (0-100, higher is more faithful).

MQM-style: each finding costs its severity's weight; the score decays exponentially with the
total cost, so every added error lowers it and no number of errors drives it below zero. The
cross-translation similarity, where an engine exists, scales the score by up to 15%: it
separates a fluent but unfaithful sentence from a faithful one when no check fires.
"""

from __future__ import annotations

import math

from tqcheck.types import Finding

SEVERITY_WEIGHT = {"minor": 1.0, "major": 5.0, "critical": 10.0}
# Total cost at which the score falls to 1/e of its maximum (about 37).
DECAY = 10.0
SIMILARITY_SHARE = 0.15


def penalty(findings: list[Finding]) -> float:
    return sum(SEVERITY_WEIGHT[f.severity] for f in findings)


def segment_score(
    findings: list[Finding], cross_chrf: float | None = None, norm_chrf: float | None = None
) -> float:
    score = 100.0 * math.exp(-penalty(findings) / DECAY)
    if cross_chrf is not None and norm_chrf:
        ratio = max(0.0, min(1.0, cross_chrf / norm_chrf))
        score *= (1 - SIMILARITY_SHARE) + SIMILARITY_SHARE * ratio
    return score


def document_score(scores: list[float], weights: list[int]) -> float:
    """Word-weighted mean of segment scores: a bad headline costs less than a bad paragraph."""
    total = sum(max(w, 1) for w in weights)
    if not scores or not total:
        return 100.0
    return sum(s * max(w, 1) for s, w in zip(scores, weights)) / total
