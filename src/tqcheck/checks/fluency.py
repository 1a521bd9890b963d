"""Fluency slips that betray a garbled translation: a resumptive pronoun after a name
("Sergei Shoigu he also agreed") and quotation marks the source does not have."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from tqcheck.checks.base import DocumentContext
from tqcheck.types import Finding

_DOUBLE_QUOTES = '"„“”«»'
_SUBJECT_PRONOUN = regex.compile(r"\s+(he|she|they)\s+(?=\p{Ll})")


class FluencyCheck:
    name = "fluency"
    needs_engine = False

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
            if not mt.text.strip():
                continue
            for mention in mt.persons:
                m = _SUBJECT_PRONOUN.match(mt.text, mention.end)
                if m:
                    yield (
                        index,
                        Finding(
                            check=self.name,
                            category="Fluency/Grammar",
                            severity="major",
                            start=m.start(1),
                            end=m.end(1),
                            message=(
                                f"resumptive pronoun: '{mention.text} {m.group(1)}' names the "
                                f"subject twice"
                            ),
                            evidence={"name": mention.text, "pronoun": m.group(1)},
                        ),
                    )
            if src.text.strip():
                finding = self._quotes(src.text, mt.text)
                if finding:
                    yield index, finding

    def _quotes(self, source: str, mt: str) -> Finding | None:
        src_n = sum(source.count(q) for q in _DOUBLE_QUOTES)
        mt_n = sum(mt.count(q) for q in _DOUBLE_QUOTES)
        if src_n == mt_n or mt_n == 0:
            return None
        first = min(mt.index(q) for q in _DOUBLE_QUOTES if q in mt)
        return Finding(
            check=self.name,
            category="Fluency/Punctuation",
            severity="minor",
            start=first,
            end=first + 1,
            message=f"MT has {mt_n} quotation mark(s) where the source has {src_n}",
            evidence={"source_quotes": src_n, "mt_quotes": mt_n},
        )
