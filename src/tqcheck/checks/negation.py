"""Negation flips: the source negates and the MT does not, or the other way round.

"The minister did not sign" for "министерот потпиша" reverses the news. The check compares
negation events (lang/negation.py) on both sides. Where both sides negate but the counts
differ, one clause may have flipped; that is reported only when the engine's independent
translation has the source's count, so paraphrase ("failed to", "lack") is not punished.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.lang.negation import NegationMention, find_negations, soft_negations
from tqcheck.text.tokens import tokenize
from tqcheck.types import Finding


def _quote(mentions: list[NegationMention]) -> str:
    return ", ".join(f"'{m.word}'" for m in mentions)


class NegationCheck(Check):
    name = "negation"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = {
        "lost": "the source negates and the MT has no negation",
        "added": "the MT negates where the source does not",
        "count-differs": "source and MT negate a different number of times, the engine as often "
        "as the source",
    }

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        if not (ctx.src.negation or ctx.src.negative_words) or not (
            ctx.tgt.negation or ctx.tgt.negative_words
        ):
            return  # a language with no negation data: every negation would look added
        for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
            if not src.text.strip() or not mt.text.strip():
                continue
            src_neg = find_negations(src.text, src.tokens, ctx.src)
            mt_neg = find_negations(mt.text, mt.tokens, ctx.tgt)
            finding = self._compare(src_neg, mt_neg, ctx, index)
            if finding:
                yield index, finding

    def _compare(
        self,
        src_neg: list[NegationMention],
        mt_neg: list[NegationMention],
        ctx: DocumentContext,
        index: int,
    ) -> Finding | None:
        if src_neg and not mt_neg:
            if soft_negations(ctx.mt_facts[index].tokens, ctx.tgt):
                return None  # "nije uspjelo" rendered as "failed to"
            # The whole sentence is the span: the clause that lost its "not" has no marker.
            text = ctx.mt_facts[index].text
            return self.finding(
                category="Accuracy/Mistranslation",
                severity="critical",
                start=0,
                end=len(text.rstrip()),
                message=f"source negates ({_quote(src_neg)}); the MT has no negation",
                evidence={"source_negation": [m.word for m in src_neg]},
                rule="lost",
            )
        if mt_neg and not src_neg:
            if soft_negations(ctx.src_facts[index].tokens, ctx.src):
                return None  # "sans", "ohne", "без": the MT's "not" may render it
            first = mt_neg[0]
            return self.finding(
                category="Accuracy/Mistranslation",
                severity="critical",
                start=first.start,
                end=first.end,
                message=f"MT negates ({_quote(mt_neg)}) where the source does not",
                evidence={"mt_negation": [m.word for m in mt_neg]},
                rule="added",
            )
        if len(src_neg) == len(mt_neg) or not ctx.forward or not ctx.forward[index]:
            return None
        forward = ctx.forward[index]
        engine_neg = find_negations(forward, tokenize(forward), ctx.tgt)
        if len(engine_neg) != len(src_neg):
            return None
        more = len(mt_neg) > len(src_neg)
        return self.finding(
            category="Accuracy/Mistranslation",
            severity="major",
            start=mt_neg[-1].start if more else None,
            end=mt_neg[-1].end if more else None,
            message=(
                f"source negates {len(src_neg)} time(s) ({_quote(src_neg)}), the MT "
                f"{len(mt_neg)} ({_quote(mt_neg)}), the {ctx.engine_name} translation "
                f"{len(engine_neg)}"
            ),
            evidence={
                "source_negation": [m.word for m in src_neg],
                "mt_negation": [m.word for m in mt_neg],
                "engine_negation": [m.word for m in engine_neg],
            },
            rule="count-differs",
        )
