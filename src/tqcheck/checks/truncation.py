"""A user-interface string whose translation stops short: half as long as the source warrants,
or far shorter and ending in a word (the shorter, the less it takes: a word where the source
closes its sentence). On Debian's shipped catalogs (bench/l10n.py) a translation
that short is rare, a few units in ten thousand; a string cut off by a length limit, an editor
or a merge is that short."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from typing import ClassVar

import regex

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.checks.coverage import length_ratio
from tqcheck.text.placeholders import blank_placeholders
from tqcheck.types import Finding, Segment

# Strings of fewer words say the same thing in too many ways for length to tell.
MIN_WORDS = 4
# Length ratios (characters, runs of spaces as one, each language's own scale): under the
# first a string is cut short; under the second, when it ends in a word; under the third,
# when it ends in a word where the source closes its sentence.
HALF_RATIO = 0.55
SHORT_RATIO = 0.65
UNCLOSED_RATIO = 0.8
# Catalogs with fewer measurable strings keep the language's scale.
MIN_CATALOG = 20
_CUT = regex.compile(r"[\p{L}\p{N}]$")
_CLOSED = regex.compile(r"[.:!?…]$")


def _compared(seg: Segment) -> tuple[str, str] | None:
    """A catalog string and its translation, runs of spaces as one (help texts pad their
    columns), where the string is long enough to measure."""
    if not seg.meta.get("localization") or not seg.mt.strip():
        return None
    source = " ".join(seg.source.split())
    if len(source.split()) < MIN_WORDS:
        return None
    return source, " ".join(seg.mt.split())


class TruncationCheck(Check):
    name = "truncation"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = {
        "truncated": "a string's translation half as long as the source warrants, or far "
        "shorter and ending in a word",
    }

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        ratios = {
            index: length_ratio(*pair, ctx.src, ctx.tgt)
            for index, pair in enumerate(_compared(seg) for seg in ctx.doc.segments)
            if pair is not None
        }
        # A catalog whose translators write shorter than the language's norm (country names:
        # "Republic of the Congo", "Република Конго") is measured on its own scale.
        scale = 1.0
        if len(ratios) >= MIN_CATALOG:
            scale = min(1.0, statistics.median(ratios.values()))
        for index, ratio in ratios.items():
            ratio /= scale
            mt = " ".join(ctx.doc.segments[index].mt.split())
            source = " ".join(ctx.doc.segments[index].source.split())
            # (Ending in a placeholder is no word cut off: "... %s".)
            cut = bool(_CUT.search(blank_placeholders(mt).rstrip()))
            unclosed = cut and bool(_CLOSED.search(source))
            if (
                ratio < HALF_RATIO
                or (ratio < SHORT_RATIO and cut)
                or (ratio < UNCLOSED_RATIO and unclosed)
            ):
                yield index, self._truncated(ratio, len(ctx.doc.segments[index].mt.rstrip()))

    def _truncated(self, ratio: float, end: int) -> Finding:
        return self.finding(
            category="Accuracy/Omission",
            severity="major",
            start=end,
            end=end,
            message=f"the translation stops short: {1 - ratio:.0%} shorter than the source "
            "warrants",
            evidence={"length_ratio": round(ratio, 3)},
            rule="truncated",
        )
