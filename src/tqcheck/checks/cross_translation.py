"""Sentences that diverge from an independent translation far beyond the document's norm.

A rule-based engine's output is a poor reference, so absolute chrF says little; a sentence
whose chrF falls far below the other sentences of the same document (translated by the same
engine, in the same style) is a garbled, truncated or unrelated translation more often than not.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from typing import ClassVar

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.types import Finding

# A sentence is flagged when its chrF is this many deviations below the document median...
DEVIATIONS = 2.0
# ...and below this absolute chrF, so uniform documents do not flag their weakest sentence.
ABSOLUTE_CEILING = 30.0
# ...or when it falls below this share of the median.
RELATIVE_FLOOR = 0.6
MIN_SEGMENTS_FOR_NORM = 4
MIN_WORDS = 4
# A short sentence's chrF rests on few character n-grams: a looser rendering of it ("For the
# Springboks, it ended a five-match losing streak.") scores as low as a wrong one. Far below
# the norm is its own kind of evidence only from this many MT words.
FAR_MIN_WORDS = 12


class CrossTranslationCheck(Check):
    name = "cross_translation"
    needs_engine = True
    rules: ClassVar[dict[str, str]] = {
        "far-below-norm": "chrF against the engine's translation far below the document's norm",
        "below-norm": "chrF against the engine's translation below the document's norm",
    }

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        scored = [
            (i, s)
            for i, s in enumerate(ctx.cross_chrf)
            if s is not None and len(ctx.mt_facts[i].text.split()) >= MIN_WORDS
        ]
        if not scored:
            return
        values = [s for _, s in scored]
        median = statistics.median(values)
        spread = statistics.pstdev(values) if len(values) >= MIN_SEGMENTS_FOR_NORM else 10.0
        # Small documents have a wide spread; a sentence far below the median is an outlier
        # however the others scatter.
        floor = min(
            max(median - DEVIATIONS * max(spread, 5.0), RELATIVE_FLOOR * median),
            ABSOLUTE_CEILING,
        )
        for index, score in scored:
            if score >= floor:
                continue
            text = ctx.mt_facts[index].text
            far = score < floor - 10 and len(text.split()) >= FAR_MIN_WORDS
            yield (
                index,
                self.finding(
                    category="Accuracy/Mistranslation",
                    severity="major" if far else "minor",
                    start=0,
                    end=len(text.rstrip()),
                    message=(
                        f"sentence diverges from the {ctx.engine_name} translation of the source "
                        f"(chrF {score:.0f}; document median {median:.0f})"
                    ),
                    evidence={
                        "chrf": round(score, 2),
                        "document_median": round(median, 2),
                        "engine_translation": (ctx.forward or [""])[index],
                    },
                    rule="far-below-norm" if far else "below-norm",
                ),
            )
