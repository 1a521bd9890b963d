"""Cross-translation similarity: chrF between the MT and an independent translation.

chrF rather than BLEU: at sentence level it is far less brittle, and character n-grams forgive
the inflection differences between two engines' outputs.

The scores are sacrebleu's sentence-level chrF (character 6-grams, no word n-grams,
whitespace ignored, averaged over the orders both sides have), computed from a pair's n-gram
statistics once: a segment's MT is scored against the engine's translation twice (beta 2
and beta 1).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from sacrebleu.metrics.helpers import extract_all_char_ngrams

# sacrebleu's CHRF defaults.
CHAR_ORDER = 6


def _ngrams(text: str) -> list[Counter[str]]:
    return list(extract_all_char_ngrams(text, CHAR_ORDER, False))


# (Small: a pair's statistics are 18 numbers; a document's pairs are scored twice.)
@lru_cache(maxsize=4096)
def _statistics(hypothesis: str, reference: str) -> tuple[tuple[int, int, int], ...]:
    """Per order: the hypothesis's n-grams, the reference's, and those they share."""
    orders = []
    for hyp, ref in zip(_ngrams(hypothesis), _ngrams(reference)):
        # (Over the n-grams both sides have, found by a set intersection: most of a
        # sentence's longer n-grams are its own.)
        matched = sum(min(hyp[ng], ref[ng]) for ng in hyp.keys() & ref.keys())
        orders.append((sum(hyp.values()) if ref else 0, sum(ref.values()), matched))
    return tuple(orders)


def _f_score(statistics: tuple[tuple[int, int, int], ...], beta: float) -> float:
    """chrF (0-100) of the statistics: precision and recall averaged over the orders both
    sides have (sacrebleu's effective order), then their F-beta."""
    factor = beta**2
    precision = recall = 0.0
    orders = 0
    for n_hyp, n_ref, n_match in statistics:
        if n_hyp > 0 and n_ref > 0:
            precision += n_match / n_hyp
            recall += n_match / n_ref
            orders += 1
    if orders == 0:
        return 0.0
    precision, recall = precision / orders, recall / orders
    if not precision + recall:
        return 0.0
    # (In sacrebleu's order of operations, so that the floats are its own.)
    score = (1 + factor) * precision * recall
    score /= (factor * precision) + recall
    return 100 * score


def chrf_beta(hypothesis: str, reference: str, beta: float) -> float:
    if not hypothesis.strip() or not reference.strip():
        return 0.0
    return _f_score(_statistics(hypothesis, reference), beta)


def chrf(hypothesis: str, reference: str) -> float:
    """sacrebleu's chrF (beta 2, 0-100)."""
    return chrf_beta(hypothesis, reference, 2)


def balanced_chrf(hypothesis: str, reference: str) -> float:
    """chrF with precision and recall weighted alike (0-100): an added clause lowers it as
    much as an omitted one."""
    return chrf_beta(hypothesis, reference, 1)


def source_recall_chrf(hypothesis: str, source: str) -> float:
    """chrF weighted towards recall (0-100): how much of the source's transferable material
    (names, numbers, cognates) the MT carries. Precision against a source in another language
    means little: most MT words rightly differ from it."""
    return chrf_beta(hypothesis, source, 3)
