"""Whole sentences one side has and the other lacks, found when aligning articles:
a source sentence with no translation is an omission, an MT sentence with no source (a
caption, a site's donation appeal kept as article text) is an addition."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.types import Finding


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AlignmentGapsCheck(Check):
    name = "alignment"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = {
        "unaligned-source": "a source sentence of an article that no MT sentence aligns with",
        "unaligned-mt": "an MT sentence of an article that no source sentence aligns with",
    }

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        for index, seg in enumerate(ctx.doc.segments):
            if not seg.meta.get("aligned_from_article"):
                continue
            source, mt = seg.source.strip(), seg.mt.strip()
            if source and not mt:
                yield (
                    index,
                    self.finding(
                        category="Accuracy/Omission",
                        severity="major",
                        start=None,
                        end=None,
                        message=f"source sentence has no translation: '{_quote(source)}'",
                        evidence={"source": source},
                        rule="unaligned-source",
                    ),
                )
            elif mt and not source:
                yield (
                    index,
                    self.finding(
                        category="Accuracy/Addition",
                        severity="major",
                        start=0,
                        end=len(seg.mt.rstrip()),
                        message=f"MT text has no counterpart in the source: '{_quote(mt)}'",
                        evidence={"mt": mt},
                        rule="unaligned-mt",
                    ),
                )
