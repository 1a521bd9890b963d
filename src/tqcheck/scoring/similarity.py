"""Cross-translation similarity: chrF between the MT and an independent translation.

chrF rather than BLEU: at sentence level it is far less brittle, and character n-grams forgive
the inflection differences between two engines' outputs.
"""

from __future__ import annotations

from sacrebleu.metrics.chrf import CHRF

_CHRF = CHRF()


def chrf(hypothesis: str, reference: str) -> float:
    if not hypothesis.strip() or not reference.strip():
        return 0.0
    return float(_CHRF.sentence_score(hypothesis, [reference]).score)


_CHRF_BALANCED = CHRF(beta=1)


def balanced_chrf(hypothesis: str, reference: str) -> float:
    """chrF with precision and recall weighted alike (0-100): an added clause lowers it as
    much as an omitted one."""
    if not hypothesis.strip() or not reference.strip():
        return 0.0
    return float(_CHRF_BALANCED.sentence_score(hypothesis, [reference]).score)


_CHRF_RECALL = CHRF(beta=3)


def source_recall_chrf(hypothesis: str, source: str) -> float:
    """chrF weighted towards recall (0-100): how much of the source's transferable material
    (names, numbers, cognates) the MT carries. Precision against a source in another language
    means little: most MT words rightly differ from it."""
    if not hypothesis.strip() or not source.strip():
        return 0.0
    return float(_CHRF_RECALL.sentence_score(hypothesis, [source]).score)
