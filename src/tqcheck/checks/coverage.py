"""Omissions and additions inside a sentence: a dropped clause, an invented one.

Two kinds of evidence. Length: the MT's length against the source's (each scaled by its
language's typical length for the same content) and against the engine's independent
translation. Coverage: a run of content words of the engine translation that the MT lacks
(an omitted clause), or a run of MT content words the engine translation lacks (an added one).
Thresholds were set on the dev benchmark (bench/detection.py) at about 2-3% false alarms on
correct human translations.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import regex

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.lang.profile import LanguageProfile
from tqcheck.lang.script import UNSPACED_SCRIPTS, dominant_script
from tqcheck.text.punctuation_runs import without_punctuation_runs
from tqcheck.text.tokens import Token, tokenize
from tqcheck.types import Finding

# Length ratio below which (with a run of missing words) or below which alone a clause is
# missing; above which an addition.
OMISSION_RATIO, OMISSION_RATIO_ALONE, OMISSION_RUN = 0.80, 0.70, 3
ADDITION_RATIO, ADDITION_RATIO_ALONE, ADDITION_RUN = 1.30, 1.45, 4
# Without an engine, length alone must speak: the ratios and the characters of English a gap
# must amount to (a clause's worth). Set on the dev benchmark at under 1% false alarms on
# FLORES's human translations and 1-2% on DEMETR's machine translations (de, fr, es, ru).
NO_ENGINE_OMISSION, NO_ENGINE_ADDITION, NO_ENGINE_MIN_GAP = 0.70, 1.45, 30
# Gaps so wide that a looser rendering cannot explain them: their own, surer kind of evidence.
FAR_OMISSION, FAR_ADDITION, FAR_GAP_FACTOR = 0.55, 1.80, 2
# Characters against letters (Chinese, Japanese) vary far more in length, and so does a
# language whose typical length against English is a guess: only the clearest cases there.
ROUGH_LENGTH_OMISSION, ROUGH_LENGTH_ADDITION, ROUGH_LENGTH_MIN_GAP = 0.62, 1.55, 40
# Characters an acronym may take when the MT spells it out.
ACRONYM_SPELLED_OUT = 45
# ... and the characters of the word each letter of an MT's acronym stands for
# ("unidentified flying object" for UFO: 26 characters for 3 letters).
ACRONYM_LETTER_CHARS = 9
_ACRONYM = regex.compile(r"\b\p{Lu}{2,6}\b")
MIN_SOURCE_CHARS = 30
# Characters of English a gap must amount to even with an engine: a short sentence's looser
# rendering is no clause. (On FLORES these halve the false alarms on human translations, 4.9%
# to 2.8%, and cost no recall on the injected clauses.)
OMISSION_MIN_GAP, ADDITION_MIN_GAP = 20, 30
STEM = 5


def _content(tokens: list[Token], profile: LanguageProfile) -> list[Token]:
    return [
        t
        for t in tokens
        if t.text[0].isalpha()
        and len(t.text) >= 3
        and t.lower not in profile.function_words
        and dominant_script(t.text) == profile.script
    ]


def _longest_unmatched(seq: list[Token], other: list[Token]) -> list[Token]:
    """The longest run of `seq` words whose stems `other` lacks."""
    stems = {t.lower[:STEM] for t in other}
    best: list[Token] = []
    current: list[Token] = []
    for tok in seq:
        if tok.lower[:STEM] in stems:
            current = []
            continue
        current.append(tok)
        if len(current) > len(best):
            best = list(current)
    return best


def length_ratio(source: str, mt: str, src: LanguageProfile, tgt: LanguageProfile) -> float:
    return (len(mt.strip()) / tgt.char_ratio) / max(len(source.strip()) / src.char_ratio, 1.0)


def _abbreviations(source: str, mt: str) -> list[str]:
    """The MT's acronyms beyond as many as the source writes (its "НАТО" is the MT's
    "NATO"), longest kept; none in a text written in capitals."""
    if not any(c.islower() for c in mt):
        return []
    written = len(_ACRONYM.findall(source))
    found = sorted(_ACRONYM.findall(mt), key=len, reverse=True)
    return found[written:] if len(found) > written else []


class CoverageCheck(Check):
    name = "coverage"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = {
        "omission.vs-source": "MT shorter than the source's length warrants (no engine; both "
        "languages' typical lengths known)",
        "omission.vs-source-rough": "MT shorter than the source's length warrants, where the "
        "lengths compare roughly (characters against letters, or a guessed typical length)",
        "omission.vs-engine": "MT much shorter than the source and the engine's translation",
        "omission.missing-words": "MT shorter than the source and the engine's translation, "
        "and a run of the engine's content words missing from it",
        "omission.missing-words-far": "as missing-words, and the MT shorter than the length "
        "alone would need to be",
        "omission.vs-source-far": "MT far shorter than the source's length warrants (no "
        "engine): a whole clause's worth",
        "addition.vs-source": "MT longer than the source's length warrants (no engine)",
        "addition.vs-source-rough": "MT longer than the source's length warrants, where the "
        "lengths compare roughly",
        "addition.vs-engine": "MT much longer than the source and the engine's translation",
        "addition.extra-words": "MT longer than the source and the engine's translation, with a "
        "run of content words the engine's translation lacks",
        "addition.extra-words-far": "as extra-words, and the MT longer than the length alone "
        "would need to be",
        "addition.vs-source-far": "MT far longer than the source's length warrants (no engine)",
    }

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
            if len(src.text.strip()) < MIN_SOURCE_CHARS or not mt.text.strip():
                continue
            forward = ctx.forward[index] if ctx.forward else ""
            # (A run of one mark is no content: fluency reports it.)
            source, text = without_punctuation_runs(src.text), without_punctuation_runs(mt.text)
            finding = self._compare(source, text, mt.tokens, forward, ctx)
            if finding:
                yield index, finding

    def _compare(
        self, source: str, mt: str, mt_tokens: list[Token], forward: str, ctx: DocumentContext
    ) -> Finding | None:
        by_source = length_ratio(source, mt, ctx.src, ctx.tgt)
        # An acronym the source does not write stands for the phrase it spells ("UFO" for
        # "неидентификуван летечки објект"): a shorter MT for that is no omission.
        abbreviated = _abbreviations(source, mt)
        abbreviation_chars = sum((ACRONYM_LETTER_CHARS - 1) * len(a) for a in abbreviated)
        short_by_source = by_source * (1 + abbreviation_chars / max(len(mt.strip()), 1))
        if not forward.strip():
            # Length alone cannot tell a clause from an expanded acronym or a short
            # sentence's looser rendering: the gap must be a clause's worth of text.
            warranted = len(source.strip()) / ctx.src.char_ratio * ctx.tgt.char_ratio
            scripts = {ctx.src.script, ctx.tgt.script}
            lengths_known = ctx.src.char_ratio_known and ctx.tgt.char_ratio_known
            rough = not lengths_known or bool(scripts & UNSPACED_SCRIPTS)
            omission, addition, min_gap = (
                (ROUGH_LENGTH_OMISSION, ROUGH_LENGTH_ADDITION, ROUGH_LENGTH_MIN_GAP)
                if rough
                else (NO_ENGINE_OMISSION, NO_ENGINE_ADDITION, NO_ENGINE_MIN_GAP)
            )
            gap = len(mt.strip()) - warranted
            if abs(gap) < min_gap:
                return None
            how = "vs-source-rough" if rough else "vs-source"
            # (Far only by a wide gap in characters too: a short sentence said in half the
            # words, "Und so etwas würde es sehen.", is no missing clause.)
            wide = abs(gap) >= FAR_GAP_FACTOR * min_gap and not rough
            if short_by_source < omission:
                far = wide and by_source < FAR_OMISSION
                return self._omission(by_source, [], "source", f"{how}-far" if far else how)
            # A translation spells out acronyms ("ČSÚ", the Czech Statistical Office).
            spelled_out = [a for a in _ACRONYM.findall(source) if a not in mt]
            if by_source > addition and gap >= min_gap + ACRONYM_SPELLED_OUT * len(spelled_out):
                far = wide and by_source > FAR_ADDITION
                return self._addition(by_source, [], "source", f"{how}-far" if far else how)
            return None
        fwd_tokens = tokenize(forward)
        by_engine = len(mt_tokens) / max(len(fwd_tokens), 1)
        ratio = (by_source * by_engine) ** 0.5
        spelled_words = len(mt_tokens) + sum(len(a) - 1 for a in abbreviated)
        short_ratio = (short_by_source * spelled_words / max(len(fwd_tokens), 1)) ** 0.5
        mt_content = _content(mt_tokens, ctx.tgt)
        fwd_content = _content(fwd_tokens, ctx.tgt)
        missing = _longest_unmatched(fwd_content, mt_content)
        extra = _longest_unmatched(mt_content, fwd_content)
        omitted = ratio < OMISSION_RATIO and len(missing) >= OMISSION_RUN
        added = ratio > ADDITION_RATIO and len(extra) >= ADDITION_RUN
        gap = len(mt.strip()) - len(source.strip()) / ctx.src.char_ratio * ctx.tgt.char_ratio
        short_gap = gap + abbreviation_chars
        omitted = omitted and short_ratio < OMISSION_RATIO
        if (short_ratio < OMISSION_RATIO_ALONE or omitted) and -short_gap >= OMISSION_MIN_GAP:
            how = "vs-engine"
            if omitted:
                how = "missing-words-far" if ratio < OMISSION_RATIO_ALONE else "missing-words"
            return self._omission(ratio, [t.text for t in missing], "engine translation", how)
        if (ratio > ADDITION_RATIO_ALONE or added) and gap >= ADDITION_MIN_GAP:
            span = (extra[0].start, extra[-1].end) if len(extra) >= ADDITION_RUN else None
            how = "vs-engine"
            if added:
                how = "extra-words-far" if ratio > ADDITION_RATIO_ALONE else "extra-words"
            words = [t.text for t in extra]
            return self._addition(ratio, words, "engine translation", how, span)
        return None

    def _omission(self, ratio: float, words: list[str], basis: str, how: str) -> Finding:
        shown = f"; the {basis} has '{' '.join(words)}'" if words else ""
        return self.finding(
            category="Accuracy/Omission",
            severity="major",
            start=None,
            end=None,
            message=(
                f"MT is {1 - ratio:.0%} shorter than the source warrants{shown}: "
                "part of the sentence may be missing"
            ),
            evidence={"length_ratio": round(ratio, 3), "missing_words": words},
            rule=f"omission.{how}",
        )

    def _addition(
        self,
        ratio: float,
        words: list[str],
        basis: str,
        how: str,
        span: tuple[int, int] | None = None,
    ) -> Finding:
        shown = f" ('{' '.join(words)}' has no counterpart in the {basis})" if span else ""
        return self.finding(
            category="Accuracy/Addition",
            severity="major",
            start=span[0] if span else None,
            end=span[1] if span else None,
            message=(
                f"MT is {ratio - 1:.0%} longer than the source warrants{shown}: "
                "it may add content the source does not have"
            ),
            evidence={"length_ratio": round(ratio, 3), "extra_words": words},
            rule=f"addition.{how}",
        )
