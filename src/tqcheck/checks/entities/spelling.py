"""One name spelled two ways in one document ("Sergey" and "Sergei"): the MT's capitalised
words compared by their spelling-independent keys across the document's segments."""

from __future__ import annotations

from collections.abc import Iterator

from tqcheck.checks.base import DocumentContext
from tqcheck.lang.names import name_key
from tqcheck.text.tokens import is_sentence_initial

# Shorter words are too often alike by chance.
MIN_LENGTH = 4


def spelled_two_ways(ctx: DocumentContext) -> Iterator[tuple[int, str, str, int, int, int]]:
    """(segment index, earlier spelling, this spelling, start, end, earlier segment index)
    for each name whose spelling changes within the document, once per pair of spellings."""
    first_seen: dict[str, tuple[str, int]] = {}
    reported: set[tuple[str, str]] = set()
    for index, facts in enumerate(ctx.mt_facts):
        for tok in facts.tokens:
            if (
                not tok.is_capitalised
                or len(tok.text) < MIN_LENGTH
                or is_sentence_initial(facts.text, tok.start)
            ):
                continue
            surface = ctx.tgt.without_possessive(tok.text)
            key = name_key(surface, ctx.tgt.code)
            if key not in first_seen:
                first_seen[key] = (surface, index)
                continue
            earlier, earlier_index = first_seen[key]
            pair = (earlier, surface)
            if surface == earlier or earlier.lower() == surface.lower() or pair in reported:
                continue
            reported.add(pair)
            yield index, earlier, surface, tok.start, tok.end, earlier_index
