"""BLEU, chrF, chrF++ and TER through sacrebleu's Python API, with sacrebleu's signatures.

The numbers are sacrebleu's own, computed with its default settings, so they match
`sacrebleu REF -i HYP -m bleu chrf ter` exactly.
"""

from __future__ import annotations

from sacrebleu.metrics.base import Metric
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER

from tqcheck.results import MetricResult

METRIC_NAMES = ("bleu", "chrf", "chrf++", "ter")


def make_metric(name: str) -> Metric:
    if name == "bleu":
        return BLEU()
    if name == "chrf":
        return CHRF()
    if name == "chrf++":
        return CHRF(word_order=2)
    if name == "ter":
        return TER()
    raise ValueError(f"unknown metric {name!r}; choose from {', '.join(METRIC_NAMES)}")


def _sentence_metric(name: str) -> Metric:
    # Sentence-level BLEU needs effective order, as sacrebleu's own sentence_bleu does.
    return BLEU(effective_order=True) if name == "bleu" else make_metric(name)


def corpus_scores(
    hypotheses: list[str], references: list[list[str]], metrics: tuple[str, ...] = METRIC_NAMES
) -> list[MetricResult]:
    """`references` is a list of reference streams, each as long as `hypotheses`."""
    results = []
    for name in metrics:
        metric = make_metric(name)
        score = metric.corpus_score(hypotheses, references)
        results.append(
            MetricResult(
                name=score.name,
                score=float(score.score),
                signature=str(metric.get_signature()),
                verbose=score.format(),
            )
        )
    return results


def sentence_scores(
    hypothesis: str, references: list[str], metrics: tuple[str, ...] = METRIC_NAMES
) -> dict[str, float]:
    return {
        name: float(_sentence_metric(name).sentence_score(hypothesis, references).score)
        for name in metrics
    }
