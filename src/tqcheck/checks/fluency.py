"""Fluency slips that betray a garbled translation: a resumptive pronoun after a name
("Sergei Shoigu he also agreed"), quotation marks and brackets the source does not have, a
doubled word ("the the") and a decoder loop repeating a phrase or a mark."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import ClassVar

import regex

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.lang.analysis import TextFacts
from tqcheck.lang.persons import PersonMention
from tqcheck.lang.profile import LanguageProfile
from tqcheck.text.punctuation_runs import PUNCTUATION_RUN
from tqcheck.text.tokens import before_spaces, word_before
from tqcheck.types import Finding

_DOUBLE_QUOTES = '"„“”«»'
# A word said twice in a row ("the the"), and a phrase of one to five words three times or more.
_DOUBLED_WORD = regex.compile(r"\b(\p{L}+)\s+\1\b", regex.IGNORECASE)
_REPEAT_LOOP = regex.compile(r"((?:\b\p{L}+\W+){1,5}?)\1{2,}", regex.IGNORECASE)


@cache
def _resumptive(pronouns: tuple[str, ...]) -> regex.Pattern[str] | None:
    """A subject pronoun right after a name, before the verb (lower case): "Shoigu he agreed"."""
    if not pronouns:
        return None
    alternatives = "|".join(regex.escape(p) for p in pronouns)
    return regex.compile(rf"\s+({alternatives})\s+(?=\p{{Ll}})")


def _is_object(
    start: int, text: str, names_by_end: dict[int, PersonMention], tgt: LanguageProfile
) -> bool:
    """Whether the word before the name makes it an object ("of Johnson", "told Tom"),
    stepping back over names joined to it ("With Tania Engelke and Kurt Neubauer he put")."""
    while True:
        word = word_before(text, start).lower()
        if word in tgt.pronoun_pair_joiners:
            joiner_start = before_spaces(text, start) - len(word)
            joined = names_by_end.get(before_spaces(text, joiner_start))
            if joined is not None and joined.start < start:
                start = joined.start
                continue
        return word in tgt.resumptive_blockers


class FluencyCheck(Check):
    name = "fluency"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = {
        "resumptive-pronoun": "a subject pronoun right after the name it stands for",
        "loop": "a phrase repeated three times or more in a row",
        "doubled-word": "a word said twice in a row",
        "punctuation-loop": "one punctuation mark repeated five times or more, where the "
        "source has no such run",
        "brackets": "brackets the MT leaves open where the source closes them",
        "quotes": "quotation marks the source does not have",
    }

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
            if not mt.text.strip():
                continue
            yield from ((index, f) for f in self._resumptive(mt, ctx))
            if src.text.strip():
                finding = self._quotes(src.text, mt.text)
                if finding:
                    yield index, finding
                bracket = self._brackets(src.text, mt.text)
                if bracket:
                    yield index, bracket
                run = self._punctuation_loop(src.text, mt.text)
                if run:
                    yield index, run
            yield from ((index, f) for f in self._repetitions(mt.text, ctx.tgt.allowed_doublings))

    def _resumptive(self, mt: TextFacts, ctx: DocumentContext) -> Iterator[Finding]:
        pattern = _resumptive(ctx.tgt.resumptive_pronouns)
        if pattern is None:
            return
        by_end = {m.end: m for m in mt.persons}
        for mention in mt.persons:
            m = pattern.match(mt.text, mention.end)
            if m and not _is_object(mention.start, mt.text, by_end, ctx.tgt):
                yield self.finding(
                    category="Fluency/Grammar",
                    severity="major",
                    start=m.start(1),
                    end=m.end(1),
                    message=(
                        f"resumptive pronoun: '{mention.text} {m.group(1)}' names the subject twice"
                    ),
                    evidence={"name": mention.text, "pronoun": m.group(1)},
                    rule="resumptive-pronoun",
                )

    def _repetitions(self, mt: str, allowed: frozenset[str]) -> Iterator[Finding]:
        """ "the the" and decoder loops ("of the city of the city of the city")."""
        for m in _REPEAT_LOOP.finditer(mt):
            yield self.finding(
                category="Fluency/Repetition",
                severity="major",
                start=m.start(),
                end=m.end(),
                message=f"'{m.group(1).strip()}' repeats {m.group().count(m.group(1).strip())} "
                "times in a row: the translation loops",
                evidence={"repeated": m.group(1).strip()},
                rule="loop",
            )
        for m in _DOUBLED_WORD.finditer(mt):
            if m.group(1).lower() in allowed or _REPEAT_LOOP.search(mt, m.start(), m.end()):
                continue
            yield self.finding(
                category="Fluency/Repetition",
                severity="minor",
                start=m.start(),
                end=m.end(),
                message=f"doubled word: '{m.group()}'",
                evidence={"word": m.group(1)},
                rule="doubled-word",
            )

    def _punctuation_loop(self, source: str, mt: str) -> Finding | None:
        """ "Kindern veröffentlicht. . . . . . . . .": a decoder stuck on a mark."""
        m = PUNCTUATION_RUN.search(mt)
        if m is None or PUNCTUATION_RUN.search(source):
            return None
        return self.finding(
            category="Fluency/Punctuation",
            severity="minor",
            start=m.start(),
            end=m.end(),
            message=f"'{m.group(1)}' repeats {m.group().count(m.group(1))} times in a row",
            evidence={"mark": m.group(1), "times": m.group().count(m.group(1))},
            rule="punctuation-loop",
        )

    def _brackets(self, source: str, mt: str) -> Finding | None:
        for opening, closing in (("(", ")"), ("[", "]")):
            if mt.count(opening) == mt.count(closing):
                continue
            if source.count(opening) != source.count(closing):
                continue  # the source is unbalanced too
            where = mt.find(opening) if mt.count(opening) > mt.count(closing) else mt.find(closing)
            return self.finding(
                category="Fluency/Punctuation",
                severity="minor",
                start=where,
                end=where + 1,
                message=f"unbalanced brackets: {mt.count(opening)} '{opening}' and "
                f"{mt.count(closing)} '{closing}'",
                evidence={"open": mt.count(opening), "close": mt.count(closing)},
                rule="brackets",
            )
        return None

    def _quotes(self, source: str, mt: str) -> Finding | None:
        src_n = sum(source.count(q) for q in _DOUBLE_QUOTES)
        mt_n = sum(mt.count(q) for q in _DOUBLE_QUOTES)
        if src_n == mt_n or mt_n == 0:
            return None
        first = min(mt.index(q) for q in _DOUBLE_QUOTES if q in mt)
        return self.finding(
            category="Fluency/Punctuation",
            severity="minor",
            start=first,
            end=first + 1,
            message=f"MT has {mt_n} quotation mark(s) where the source has {src_n}",
            evidence={"source_quotes": src_n, "mt_quotes": mt_n},
            rule="quotes",
        )
