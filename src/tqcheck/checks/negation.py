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
from tqcheck.text.tokens import Token, is_acronym, tokenize
from tqcheck.types import Finding


def _quote(mentions: list[NegationMention]) -> str:
    return ", ".join(f"'{m.word}'" for m in mentions)


def _is_question(text: str) -> bool:
    return text.rstrip(" \"'”»’)").endswith(("?", "？", "؟"))


def _rule(
    kind: str, mt: str, engine_neg: list[NegationMention] | None, *, engine_negates: bool
) -> str:
    """The kind of evidence: a question (often rhetorical) is its own; with an engine
    translation, whether it sides with the source (`engine_negates`: what the source does)."""
    if _is_question(mt):
        return f"{kind}.question"
    if engine_neg is None:
        return kind
    return f"{kind}.vs-engine" if bool(engine_neg) == engine_negates else f"{kind}.engine-too"


def _engine_note(engine_neg: list[NegationMention] | None, ctx: DocumentContext) -> str:
    if engine_neg is None:
        return ""
    said = f"negates ({_quote(engine_neg)})" if engine_neg else "has no negation"
    return f"; the {ctx.engine_name} translation {said}"


def _acronym(token: Token, in_mixed_case: bool) -> bool:
    """A word in capitals among words that are not ("the US Secretary of State"): a name,
    not the pronoun it spells ("us")."""
    return in_mixed_case and is_acronym(token.text)


def _pronoun_readings(src_tokens: list[Token], mt_tokens: list[Token], ctx: DocumentContext) -> int:
    """How many of the source's negator forms that are also a pronoun (Macedonian "не", us)
    are the pronoun: as many as the MT has pronouns of that person beyond those the source
    writes otherwise ("Ангелите не чуваат", "Angels guard us"; "Не ни се лути", "Don't get
    mad at us", where "ни" is the "us"; "Том не нѐ слуша", "Tom can't hear us", where "нѐ"
    is). "US" in capitals is a country, not the pronoun."""
    homographs = ctx.src.negation_pronoun_homographs
    if not homographs:
        return 0
    readings = 0
    mixed_case = any(t.text.isalpha() and not t.text.isupper() for t in mt_tokens)
    for person in set(homographs.values()):
        forms = [w for w, p in homographs.items() if p == person]
        pronouns = ctx.tgt.pronoun_persons.get(person, ())
        in_mt = sum(t.lower in pronouns and not _acronym(t, mixed_case) for t in mt_tokens)
        written = ctx.src.pronoun_persons.get(person, ())
        in_source = sum(t.lower in written and t.lower not in forms for t in src_tokens)
        readings += max(0, in_mt - in_source)
    return readings


def _not_quoted(
    mentions: list[NegationMention], mt_tokens: list[Token], src_tokens: list[Token]
) -> list[NegationMention]:
    """Less the MT's negators that the source writes as they are, with a word next to them: a
    title or a quotation left in the MT's language ("I Can't Quit You Baby" in a Russian
    article), not a translation. (A lone word may be the source language's own: Croatian
    "no" is "but".)"""
    written = {t.text for t in src_tokens}
    copied = {
        t.start
        for i, t in enumerate(mt_tokens)
        if t.text in written
        and any(
            0 <= j < len(mt_tokens) and mt_tokens[j].text in written and mt_tokens[j].text.isalpha()
            for j in (i - 1, i + 1)
        )
    }
    return [m for m in mentions if m.start not in copied]


class NegationCheck(Check):
    name = "negation"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = {
        "lost": "the source negates and the MT has no negation (no engine translation)",
        "lost.vs-engine": "the source negates, so does the engine's translation; the MT does not",
        "lost.engine-too": "the source negates; neither the MT nor the engine's translation does "
        "(an idiom, most likely)",
        "lost.question": "a question whose source negates and whose MT does not (often "
        "rhetorical: 'Не може ли да почека?', 'Can it wait?')",
        "added": "the MT negates where the source does not (no engine translation)",
        "added.vs-engine": "the MT negates where the source and the engine's translation do not",
        "added.engine-too": "the MT and the engine's translation negate where the source "
        "does not (a lexical negation of the source, most likely)",
        "added.question": "a question whose MT negates and whose source does not",
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
            readings = _pronoun_readings(src.tokens, mt.tokens, ctx)
            src_neg = find_negations(src.text, src.tokens, ctx.src, readings)
            mt_neg = _not_quoted(find_negations(mt.text, mt.tokens, ctx.tgt), mt.tokens, src.tokens)
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
        mt = ctx.mt_facts[index]
        forward = ctx.forward[index] if ctx.forward else None
        engine_neg = find_negations(forward, tokenize(forward), ctx.tgt) if forward else None
        if src_neg and not mt_neg:
            if soft_negations(mt.tokens, ctx.tgt, mt.text, mt.morph):
                return None  # "nije uspjelo" rendered as "failed to"
            evidence: dict[str, object] = {"source_negation": [m.word for m in src_neg]}
            if engine_neg is not None:
                evidence["engine_negation"] = [m.word for m in engine_neg]
            # The whole sentence is the span: the clause that lost its "not" has no marker.
            return self.finding(
                category="Accuracy/Mistranslation",
                severity="critical",
                start=0,
                end=len(mt.text.rstrip()),
                message=f"source negates ({_quote(src_neg)}); the MT has no negation"
                + _engine_note(engine_neg, ctx),
                evidence=evidence,
                rule=_rule("lost", mt.text, engine_neg, engine_negates=True),
            )
        if mt_neg and not src_neg:
            src = ctx.src_facts[index]
            rendering = soft_negations(src.tokens, ctx.src, src.text, src.morph)
            if len(rendering) > len(soft_negations(mt.tokens, ctx.tgt, mt.text, mt.morph)):
                # "sans", "ohne", "без", "ненаведен": the MT's "not" may render one, unless the
                # MT renders each lexically too ("нестабилни" as "unstable").
                return None
            first = mt_neg[0]
            evidence = {"mt_negation": [m.word for m in mt_neg]}
            if engine_neg is not None:
                evidence["engine_negation"] = [m.word for m in engine_neg]
            return self.finding(
                category="Accuracy/Mistranslation",
                severity="critical",
                start=first.start,
                end=first.end,
                message=f"MT negates ({_quote(mt_neg)}) where the source does not"
                + _engine_note(engine_neg, ctx),
                evidence=evidence,
                rule=_rule("added", mt.text, engine_neg, engine_negates=False),
            )
        if len(src_neg) == len(mt_neg) or engine_neg is None:
            return None
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
