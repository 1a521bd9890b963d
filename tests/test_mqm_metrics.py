"""The real-text benchmark's meta-evaluation (bench/mqm.py) on cases worked out by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from mqm import Flag, RatedSegment, evaluate, kendall_tau_b, pairwise_accuracy_eq


def _seg(key: str, item: str, penalty: float, errors=()) -> RatedSegment:  # type: ignore[no-untyped-def]
    return RatedSegment(key, item, "x" * 20, penalty, tuple(errors))


def test_pairwise_accuracy_counts_ties_and_calibrates_the_threshold() -> None:
    # One item, three translations: the raters rank a > b = c.
    rated = [_seg("a", "1", 0.0), _seg("b", "1", 5.0), _seg("c", "1", 5.0)]
    scores = {"a": 90.0, "b": 60.0, "c": 61.0}
    accuracy, threshold = pairwise_accuracy_eq(rated, lambda r: scores[r.key])
    # With a threshold of 1 the metric ties b and c as the raters do: all three pairs agree.
    assert accuracy == pytest.approx(1.0)
    assert threshold == pytest.approx(1.0)
    # A metric that ranks the other way round agrees on the tie at best.
    worse, _ = pairwise_accuracy_eq(rated, lambda r: -scores[r.key])
    assert worse == pytest.approx(1 / 3)


def test_precision_recall_and_span_overlap_of_flags() -> None:
    major = ("Accuracy/Mistranslation", "Major", ((0, 10),))
    rated = [_seg("a", "1", 5.0, [major]), _seg("b", "2", 0.0)]
    flags = {
        "a": [Flag("numbers", "Accuracy/Mistranslation", 5, 15)],
        "b": [Flag("numbers", "Accuracy/Mistranslation", 0, 5)],
    }
    found = evaluate(rated, flags)
    assert found.checks["numbers"].flagged == 2
    assert found.checks["numbers"].precision == pytest.approx(0.5)
    assert found.recall["Accuracy/Mistranslation"] == (1, 1)
    precision, recall, _f1 = found.span
    assert precision == pytest.approx(5 / 15)
    assert recall == pytest.approx(5 / 10)


def test_kendall_tau_b_of_a_perfect_and_a_reversed_ranking() -> None:
    assert kendall_tau_b([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert kendall_tau_b([3, 2, 1], [10, 20, 30]) == pytest.approx(-1.0)
