"""The reference-free quality score (0-100, higher is more faithful).

The score estimates how much a rater's MQM penalty a segment carries and decays with it:

    expected = FINDING_SHARE * sum(confidence * weight(severity if real)) + BASE_RATE * words
    score    = 100 * exp(-expected / DECAY) * similarity factor * length factor

- Each finding adds its weight (MQM: minor 1, major 5, critical 10) times its confidence,
  the chance that it is a real error.
- Every word to translate carries some risk: `words` is the source's length in English words
  (its characters scaled by the language's typical length). It is the same for every
  translation of one source, so it orders segments of different lengths, never two
  translations of one sentence.
- FINDING_SHARE and BASE_RATE are the least-squares fit of the raters' penalties on WMT21 TED
  (zh-en, en-de: bench/real_text.py), where a finding's confidence overstates the penalty
  raters give its segment, and a word carries 0.12 penalty points on average.
- Two continuous signals scale it by a few points, so that of two translations with the same
  findings the more faithful one still scores higher: similarity (chrF, beta 1) to the
  engine's independent translation of the source, or with no engine to the source itself
  (names, numbers and cognates carry over); and how far the length departs from what the
  source warrants.

More findings, surer ones or worse ones always mean a lower score.
"""

from __future__ import annotations

import math

from tqcheck.types import Finding

SEVERITY_WEIGHT = {"minor": 1.0, "major": 5.0, "critical": 10.0}
FINDING_SHARE = 0.27
BASE_RATE = 0.12
# Expected penalty at which the score falls to 1/e of its maximum (about 37).
DECAY = 10.0
SIMILARITY_SHARE = 0.10
# Score lost per unit of |ln(length ratio)|: a third shorter than warranted costs about 4%.
LENGTH_WEIGHT = 0.10
# A finding with no measured confidence counts as likely right as wrong.
UNKNOWN_CONFIDENCE = 0.5
# Characters of English in a word, with its space.
CHARS_PER_WORD = 6.0
# What makes a score reproducible, as sacrebleu signs its metrics.
SIGNATURE = (
    f"qe|share:{FINDING_SHARE}|rate:{BASE_RATE}|decay:{DECAY:g}"
    f"|similarity:{SIMILARITY_SHARE}|length:{LENGTH_WEIGHT}"
)


def expected_penalty(findings: list[Finding], words: float = 0.0) -> float:
    """The MQM penalty a rater would likely give: the findings' weights by their confidence,
    and the risk every translated word carries."""
    found = sum(
        SEVERITY_WEIGHT[f.severity_if_real or f.severity]
        * (UNKNOWN_CONFIDENCE if f.confidence is None else f.confidence)
        for f in findings
    )
    return FINDING_SHARE * found + BASE_RATE * words


def english_words(source_chars: float) -> float:
    """A source's length in English words, from its length in English characters (already
    scaled by its language's typical length)."""
    return source_chars / CHARS_PER_WORD


def segment_score(
    findings: list[Finding],
    similarity: float | None = None,
    length_ratio: float | None = None,
    words: float = 0.0,
) -> float:
    """`similarity` is 0-1; `length_ratio` is MT length over the length the source warrants;
    `words` the segment's length in English words (english_words)."""
    score = 100.0 * math.exp(-expected_penalty(findings, words) / DECAY)
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
