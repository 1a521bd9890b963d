"""System comparison with references: BLEU, chrF and TER per system through sacrebleu, 95%
confidence intervals from paired bootstrap resampling, and p-values against the first system
(the baseline) from both paired bootstrap resampling and approximate randomization.

It runs sacrebleu's own PairedTest with sacrebleu's defaults (seed 12345, 1,000 resamples,
10,000 trials), so every number matches `sacrebleu REF -i SYS1 SYS2 -m bleu chrf ter
--paired-bs` (and `--paired-ar`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sacrebleu.metrics.base import Metric
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER

from tqcheck.errors import TqcheckError

COMPARE_METRICS = ("bleu", "chrf", "ter")
BOOTSTRAP_SAMPLES = 1000
AR_TRIALS = 10000


@dataclass
class MetricComparison:
    name: str  # BLEU, chrF2, TER
    signature_bs: str
    signature_ar: str | None
    score: list[float]
    mean: list[float | None]
    ci: list[float | None]
    p_bootstrap: list[float | None]  # None for the baseline
    p_randomization: list[float | None]


@dataclass
class SystemComparison:
    systems: list[str]
    metrics: list[MetricComparison] = field(default_factory=list)


def _metrics(names: tuple[str, ...], references: list[list[str]]) -> dict[str, Metric]:
    made: dict[str, Metric] = {}
    for name in names:
        if name == "bleu":
            made["BLEU"] = BLEU(references=references)
        elif name == "chrf":
            made["CHRF"] = CHRF(references=references)
        elif name == "ter":
            made["TER"] = TER(references=references)
        else:
            raise TqcheckError(f"unknown metric {name!r}; compare uses bleu, chrf and ter")
    return made


def compare_systems(
    systems: Sequence[tuple[str, Sequence[str]]],
    references: list[list[str]],
    metrics: tuple[str, ...] = COMPARE_METRICS,
    bootstrap_samples: int = BOOTSTRAP_SAMPLES,
    ar_trials: int = AR_TRIALS,
) -> SystemComparison:
    """`systems` as (name, hypotheses), the first being the baseline; `references` as
    streams, each as long as every system. ar_trials=0 skips approximate randomization."""
    if len(systems) < 2:
        raise TqcheckError("compare needs at least two systems (the first is the baseline)")
    size = len(references[0])
    for name, hyps in systems:
        if len(hyps) != size:
            raise TqcheckError(f"{name}: {len(hyps)} lines but the reference has {size}")
    named = list(systems)
    # (sacrebleu's significance tests bring numpy: imported where systems are compared.)
    from sacrebleu.significance import PairedTest

    bs_sigs, bs = PairedTest(named, _metrics(metrics, references), None, "bs", bootstrap_samples)()
    ar_sigs: dict[str, object] = {}
    ar: dict[str, list[object]] = {}
    if ar_trials > 0:
        ar_sigs, ar = PairedTest(named, _metrics(metrics, references), None, "ar", ar_trials)()  # type: ignore[assignment]
    result = SystemComparison([name for name, _ in systems])
    for key, column in bs.items():
        if key == "System":
            continue
        rows = [r for r in column if not isinstance(r, str)]
        ar_rows = [r for r in ar.get(key, []) if not isinstance(r, str)]
        result.metrics.append(
            MetricComparison(
                name=key,
                signature_bs=bs_sigs[key].format(),
                signature_ar=ar_sigs[key].format() if key in ar_sigs else None,  # type: ignore[attr-defined]
                score=[float(r.score) for r in rows],
                mean=[_float(r.mean) for r in rows],
                ci=[_float(r.ci) for r in rows],
                p_bootstrap=[_float(r.p_value) for r in rows],
                p_randomization=[_float(r.p_value) for r in ar_rows]  # type: ignore[attr-defined]
                if ar_rows
                else [None] * len(rows),
            )
        )
    return result


def _float(value: object) -> float | None:
    """sacrebleu hands back numpy scalars; reports want plain floats."""
    return None if value is None else float(value)  # type: ignore[arg-type]
