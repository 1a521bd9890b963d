"""A user-interface string whose translation stops short: half as long as the source warrants,
or far shorter and ending in a word (the shorter, the less it takes: a word where the source
closes its sentence, or one where no phrase ends: "Произошла ошибка при", "(izraz"). On
Debian's shipped catalogs (bench/l10n.py) a translation that short is rare, a few units in ten
thousand; a string cut off by a length limit, an editor or a merge is that short."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from typing import ClassVar

import regex

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.checks.coverage import length_ratio
from tqcheck.text.catalog_lexicon import CatalogLexicon, word_keys
from tqcheck.text.placeholders import blank_placeholders
from tqcheck.types import Finding, Segment

# Strings of fewer words say the same thing in too many ways for length to tell; one that
# ends where no phrase ends is measured from this many.
MIN_WORDS = 4
MIN_WORDS_OPEN_END = 2
# Length ratios (characters, runs of spaces as one, each language's own scale): under the
# first a string is cut short; under the second, when it ends in a word; under the third,
# when it ends in a word where the source closes its sentence.
HALF_RATIO = 0.55
SHORT_RATIO = 0.65
UNCLOSED_RATIO = 0.8
# Under this ratio, a string that ends where no phrase ends (a conjunction, a preposition, a
# comma, an open bracket) where its source does not was cut there.
OPEN_END_RATIO = 0.9
# Catalogs with fewer measurable strings keep the language's scale; no catalog's scale is
# longer than this (one translated at length is no cut).
MIN_CATALOG = 20
MAX_SCALE = 1.1
# A translation with the catalog's own translation of each source word the catalog teaches,
# the last one among them, where those are most of the source's words, is complete however
# short ("Целта „%s“ не е папка" for "Destination %s is not a directory"); a string cut at
# half its words has lost the translation of the source's last words in most word orders.
MIN_TRANSLATED_WORDS = 2
MIN_TRANSLATED_SHARE = 0.7
_CUT = regex.compile(r"[\p{L}\p{N}]$")
_CLOSED = regex.compile(r"[.:!?…]$")
# A word after a space or an opening quote: not "u" of "^u", nor "s" of "%s".
_LAST_WORD = regex.compile(r"(?:^|(?<=[\s\"'„“«‚‘(]))[\p{L}\p{M}]+$")
_OPEN_PUNCTUATION = regex.compile(r"[,;(\[{–—]$")


def _compared(seg: Segment) -> tuple[str, str] | None:
    """A catalog string and its translation, runs of spaces as one (help texts pad their
    columns), where the string is long enough to measure."""
    if not seg.meta.get("localization") or not seg.mt.strip():
        return None
    source = " ".join(seg.source.split())
    if len(source.split()) < MIN_WORDS_OPEN_END:
        return None
    return source, " ".join(seg.mt.split())


def _measured_length_ratio(source: str, mt: str, ctx: DocumentContext) -> float:
    """The translation's length against the source's, each on its language's scale; the
    source's articles left out where the target writes none ("The file could not be
    deleted", "Soubor nelze smazat")."""
    if not ctx.tgt.article_words and ctx.src.articles:
        source = " ".join(w for w in source.split() if w.lower() not in ctx.src.articles)
    return length_ratio(source, mt, ctx.src, ctx.tgt)


def _open_end(text: str, dangling: frozenset[str]) -> bool:
    """Whether the text ends where no phrase ends: with a conjunction, preposition or article
    ("Произошла ошибка при"), a comma or an open bracket, or inside brackets."""
    if _OPEN_PUNCTUATION.search(text) or text.count("(") > text.count(")"):
        return True
    last = _LAST_WORD.search(text)
    return last is not None and last.group().lower() in dangling


class TruncationCheck(Check):
    name = "truncation"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = {
        "truncated": "a string's translation half as long as the source warrants, or far "
        "shorter and ending in a word",
    }

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        ratios = {
            index: _measured_length_ratio(*pair, ctx)
            for index, pair in enumerate(_compared(seg) for seg in ctx.doc.segments)
            if pair is not None
        }
        # A catalog whose translators write shorter than the language's norm (country names:
        # "Republic of the Congo", "Република Конго"), or longer (Croatian help texts, a
        # tenth longer than Croatian news), is measured on its own scale.
        measured = [
            r for i, r in ratios.items() if len(ctx.doc.segments[i].source.split()) >= MIN_WORDS
        ]
        scale = 1.0
        if len(measured) >= MIN_CATALOG:
            scale = min(MAX_SCALE, statistics.median(measured))
        short: list[tuple[int, float, bool]] = []
        for index, ratio in ratios.items():
            ratio /= scale
            mt = " ".join(ctx.doc.segments[index].mt.split())
            source = " ".join(ctx.doc.segments[index].source.split())
            if _open_end(source.rstrip(), ctx.src.dangling_words):
                # A source that ends where no phrase ends is a fragment or an inverted name
                # ("Iran, Islamic Republic of", "Print at"): its length warrants nothing.
                continue
            if ratio < OPEN_END_RATIO and _open_end(mt.rstrip(), ctx.tgt.dangling_words):
                short.append((index, ratio, True))
            elif self._stops_short(ratio, mt, source):
                short.append((index, ratio, False))
        if not short:
            return
        # (Learnt only where a string looks short: most catalogs have none.)
        lexicon = CatalogLexicon.learn((s.source, s.mt) for s in ctx.doc.segments if s.mt)
        for index, ratio, open_end in short:
            seg = ctx.doc.segments[index]
            if open_end or not self._translated(seg, lexicon, ctx):
                yield index, self._truncated(ratio, len(seg.mt.rstrip()))

    @staticmethod
    def _translated(seg: Segment, lexicon: CatalogLexicon, ctx: DocumentContext) -> bool:
        known = lexicon.translated_share(word_keys(seg.source, ctx.src.function_words), seg.mt)
        return known is not None and (
            known[0] >= MIN_TRANSLATED_WORDS and known[1] >= MIN_TRANSLATED_SHARE
        )

    @staticmethod
    def _stops_short(ratio: float, mt: str, source: str) -> bool:
        # (Ending in a placeholder is no word cut off: "... %s".)
        end = blank_placeholders(mt).rstrip()
        if len(source.split()) < MIN_WORDS:
            return False
        cut = bool(_CUT.search(end))
        unclosed = cut and bool(_CLOSED.search(source))
        return (
            ratio < HALF_RATIO
            or (ratio < SHORT_RATIO and cut)
            or (ratio < UNCLOSED_RATIO and unclosed)
        )

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
