"""Sentence alignment for whole articles whose source and MT are not line-aligned.

A dynamic programme in the Gale-Church tradition over the moves 1-1, 2-1, 1-2, 1-0 and 0-1.
Instead of lengths alone, a pair's gain is a similarity supplied by the caller (cross-
translation chrF where an engine exists, anchors and length otherwise). A sentence that matches
nothing well enough is left unaligned: the caller reports it as an omission or an addition.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Similarity = Callable[[list[int], list[int]], float]

# A pair is worth aligning when its similarity beats this; below it, skipping both is cheaper.
MATCH_THRESHOLD = 0.30
# Merging two sentences must earn more than matching one, or splits would be free.
MERGE_PENALTY = 0.08


@dataclass(frozen=True)
class Bead:
    source: tuple[int, ...]
    mt: tuple[int, ...]


def align(n_source: int, n_mt: int, similarity: Similarity) -> list[Bead]:
    neg = float("-inf")
    best = [[neg] * (n_mt + 1) for _ in range(n_source + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (n_mt + 1) for _ in range(n_source + 1)]
    best[0][0] = 0.0
    moves = ((1, 1), (2, 1), (1, 2), (1, 0), (0, 1))
    for i in range(n_source + 1):
        for j in range(n_mt + 1):
            if best[i][j] == neg:
                continue
            for di, dj in moves:
                ni, nj = i + di, j + dj
                if ni > n_source or nj > n_mt:
                    continue
                if di and dj:
                    gain = similarity(list(range(i, ni)), list(range(j, nj))) - MATCH_THRESHOLD
                    if di + dj > 2:
                        gain -= MERGE_PENALTY
                else:
                    gain = 0.0
                if best[i][j] + gain > best[ni][nj]:
                    best[ni][nj] = best[i][j] + gain
                    back[ni][nj] = (di, dj)
    beads = []
    i, j = n_source, n_mt
    while i or j:
        step = back[i][j]
        assert step is not None
        di, dj = step
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    beads.reverse()
    return beads
