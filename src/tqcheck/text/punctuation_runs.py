"""Runs of one punctuation mark or symbol ("! ! ! ! !", ". . . . . ."): a decoder stuck on a
mark. They are no content: lengths are measured without them, and fluency reports them."""

from __future__ import annotations

import regex

# The same mark five times or more, spaces between allowed ("..." and "!!!" are writing).
PUNCTUATION_RUN = regex.compile(r"([\p{P}\p{S}])(?:\s*\1){4,}")


def without_punctuation_runs(text: str) -> str:
    """The text with each run written as its mark once."""
    return str(PUNCTUATION_RUN.sub(r"\1", text))
