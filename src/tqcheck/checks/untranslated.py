"""Source-language text left in the MT: words in the source's script where the target uses
another script; in the same script, whole sentences a language identifier attributes to the
source language, and source words the target language's analyser does not know."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from tqcheck.checks.base import DocumentContext
from tqcheck.lang.analysis import TextFacts
from tqcheck.lang.script import dominant_script
from tqcheck.text.tokens import Token, is_sentence_initial
from tqcheck.types import Finding

# Sentences shorter than this are too short for language identification to be trusted.
MIN_WORDS_FOR_LANGID = 5
# Shorter words ("a", "je", "in") are shared by too many languages to prove anything.
MIN_COPIED_LENGTH = 3
KNOWN_WORDS_SHARE = 0.5
WORD_LANGID_CONFIDENCE = 0.9
RUN_LANGID_CONFIDENCE = 0.7
LANGID_CONFIDENCE = 0.9


@cache
def _detector(src: str, tgt: str) -> Any:
    """A lingua detector restricted to the pair: small, fast and far more accurate than a
    75-language model on short news sentences."""
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    except ImportError:
        return None
    langs = []
    for code in (src, tgt):
        try:
            langs.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError):
            return None
    if len(set(langs)) < 2:
        return None
    return LanguageDetectorBuilder.from_languages(*langs).build()


class UntranslatedCheck:
    name = "untranslated"
    needs_engine = False

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
            if not mt.text.strip():
                continue
            if ctx.src.script != ctx.tgt.script:
                yield from ((index, f) for f in self._foreign_script(mt.text, mt.tokens, ctx))
            elif src.text.strip():
                finding = self._same_script(mt, ctx)
                if finding:
                    yield index, finding
                else:
                    yield from ((index, f) for f in self._copied_words(src, mt, ctx))

    def _foreign_script(self, text: str, tokens: list, ctx: DocumentContext) -> Iterator[Finding]:
        script = ctx.src.script
        # Japanese writes with kana and with Chinese characters: a word in either is foreign.
        scripts = {script, "Hani"} if script == "Jpan" else {script}
        words = [t for t in tokens if t.text[0].isalpha()]
        foreign = [t for t in words if dominant_script(t.text) in scripts]
        if not foreign:
            return
        whole = len(foreign) >= max(3, 0.6 * len(words))
        runs: list[list] = []
        for tok in foreign:
            if runs and text[runs[-1][-1].end : tok.start].strip(" ,;:-–—\"'„“”") == "":
                runs[-1].append(tok)
            else:
                runs.append([tok])
        for run in runs:
            span = text[run[0].start : run[-1].end]
            yield Finding(
                check=self.name,
                category="Accuracy/Untranslated",
                severity="critical" if whole else "major",
                start=run[0].start,
                end=run[-1].end,
                message=f"'{span}' is left in {ctx.src.name} ({script} script) untranslated",
                evidence={"text": span, "script": script},
            )

    def _copied_words(
        self, src: TextFacts, mt: TextFacts, ctx: DocumentContext
    ) -> Iterator[Finding]:
        """Source words carried into an MT in the same script: words the source has that the
        target language's analyser does not know. Capitalised words inside a sentence are
        left alone, since names are copied on purpose."""
        if mt.morph is None:
            return
        source_words = {t.lower for t in src.tokens}
        # A capitalised source word counts only at a sentence start: elsewhere it is a name.
        common_words = {
            t.lower
            for t in src.tokens
            if not t.is_capitalised or is_sentence_initial(src.text, t.start)
        }
        copied: list[Token] = []
        for tok, morph in zip(mt.tokens, mt.morph):
            if (
                tok.lower in source_words
                and tok.text[0].isalpha()
                and len(tok.text) >= MIN_COPIED_LENGTH
                and (morph is None or not morph.known)
                and (
                    not tok.is_capitalised
                    or (is_sentence_initial(mt.text, tok.start) and tok.lower in common_words)
                )
            ):
                copied.append(tok)
        runs: list[list[Token]] = []
        for tok in copied:
            if runs and mt.text[runs[-1][-1].end : tok.start].strip(" ,;:-–—") == "":
                runs[-1].append(tok)
            else:
                runs.append([tok])
        detector = _detector(ctx.src.code, ctx.tgt.code)
        for run in runs:
            span = mt.text[run[0].start : run[-1].end]
            # Loanwords and names of things ("espresso", "rakfisk") are copied on purpose:
            # the words must read as the source language, surely so for a single word.
            floor = WORD_LANGID_CONFIDENCE if len(run) == 1 else RUN_LANGID_CONFIDENCE
            if detector is not None:
                top = detector.compute_language_confidence_values(span)[0]
                if top.language.iso_code_639_1.name.lower() != ctx.src.code or top.value < floor:
                    continue
            elif len(run) == 1:
                continue
            yield Finding(
                check=self.name,
                category="Accuracy/Untranslated",
                severity="major",
                start=run[0].start,
                end=run[-1].end,
                message=(
                    f"'{span}' is copied from the {ctx.src.name} source and is not {ctx.tgt.name}"
                ),
                evidence={"text": span, "in_source": True},
            )

    def _same_script(self, mt: TextFacts, ctx: DocumentContext) -> Finding | None:
        text = mt.text
        if len(text.split()) < MIN_WORDS_FOR_LANGID:
            return None
        if mt.morph is not None:
            # A sentence the target language's analyser mostly knows is not in the source
            # language, whatever a few copied words make the identifier say.
            words = [m for t, m in zip(mt.tokens, mt.morph) if t.text[0].isalpha()]
            known = sum(1 for m in words if m is not None and m.known)
            if words and known / len(words) >= KNOWN_WORDS_SHARE:
                return None
        detector = _detector(ctx.src.code, ctx.tgt.code)
        if detector is None:
            return None
        values = detector.compute_language_confidence_values(text)
        top = values[0]
        code = top.language.iso_code_639_1.name.lower()
        if code != ctx.src.code or top.value < LANGID_CONFIDENCE:
            return None
        return Finding(
            check=self.name,
            category="Accuracy/Untranslated",
            severity="critical",
            start=0,
            end=len(text.rstrip()),
            message=f"sentence is in {ctx.src.name}, not {ctx.tgt.name} "
            f"(language identification {top.value:.2f})",
            evidence={"language": code, "confidence": round(top.value, 3)},
        )
