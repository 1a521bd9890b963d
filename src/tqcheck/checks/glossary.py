"""Glossary violations: a source term whose required translation the MT does not use, and a
do-not-translate term the MT translated anyway.

Terms are found in the source word by word, each word also in an inflected form (a declined
Slavic noun keeps the term's stem: "Собранието" for "Собрание"); the MT must contain the
required target term the same way ("parliaments" satisfies "parliament").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.lang.names import name_key
from tqcheck.text.tokens import Token, tokenize
from tqcheck.types import Finding, GlossaryEntry

# Letters an inflection may add to or change at the end of a term's word.
INFLECTION = 3
# Words this short must match exactly.
MIN_STEMMED = 4


def _word_matches(term_word: str, word: str) -> bool:
    if term_word == word:
        return True
    if len(term_word) < MIN_STEMMED:
        return False
    stem = term_word[: max(MIN_STEMMED, len(term_word) - 1)]
    return word.startswith(stem) and len(word) - len(stem) <= INFLECTION


def find_term(term: str, tokens: list[Token]) -> tuple[int, int] | None:
    """Character span of the first occurrence of `term` among `tokens`, if any."""
    words = [t.lower for t in tokenize(term)]
    if not words:
        return None
    lowered = [t.lower for t in tokens]
    for i in range(len(tokens) - len(words) + 1):
        if all(_word_matches(w, lowered[i + k]) for k, w in enumerate(words)):
            return tokens[i].start, tokens[i + len(words) - 1].end
    return None


class GlossaryCheck(Check):
    name = "glossary"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = {
        "do-not-translate": "a do-not-translate term of the glossary the MT does not keep",
        "wrong-term": "a glossary term whose required translation the MT does not use",
    }

    def __init__(self, entries: list[GlossaryEntry] | None = None) -> None:
        self.entries = entries or []

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        if not self.entries:
            return
        for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
            if not src.text.strip() or not mt.text.strip():
                continue
            for entry in self.entries:
                finding = self._check(entry, src.tokens, mt.tokens)
                if finding:
                    yield index, finding

    def _check(
        self, entry: GlossaryEntry, src_tokens: list[Token], mt_tokens: list[Token]
    ) -> Finding | None:
        if find_term(entry.source, src_tokens) is None:
            return None
        note = f" ({entry.note})" if entry.note else ""
        if find_term(entry.target, mt_tokens) is not None:
            return None
        if entry.do_not_translate:
            # A do-not-translate term may also appear romanised ("Вибер" as "Viber").
            key = name_key(entry.target)
            if len(key) >= MIN_STEMMED and any(name_key(t.text) == key for t in mt_tokens):
                return None
            return self.finding(
                category="Terminology/Do not translate",
                severity="major",
                start=None,
                end=None,
                message=f"'{entry.source}' is a do-not-translate term; the MT does not keep it"
                + note,
                evidence={"term": entry.source, "required": entry.target},
                rule="do-not-translate",
            )
        return self.finding(
            category="Terminology/Wrong term",
            severity="major",
            start=None,
            end=None,
            message=(
                f"the glossary translates '{entry.source}' as '{entry.target}'; "
                f"the MT does not use it{note}"
            ),
            evidence={"term": entry.source, "required": entry.target},
            rule="wrong-term",
        )
