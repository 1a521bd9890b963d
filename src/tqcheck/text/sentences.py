"""Paragraph and sentence splitting with character offsets.

Offsets matter more than perfect boundaries: every finding points back into the original text,
so splitting never rewrites the text, it only returns spans.
"""

from __future__ import annotations

import regex

# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "jr",
    "sr",
    "gen",
    "col",
    "lt",
    "sgt",
    "rev",
    "gov",
    "sen",
    "rep",
    "no",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "inc",
    "ltd",
    "co",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "approx",
    "fig",
    "д-р",
    "проф",
    "г",
    "св",
    "бр",
    "ул",
    "др",
    "т.е",
    "итн",
    "стр",
    "čl",
    "br",
    "dr.sc",
}

_BOUNDARY = regex.compile(
    r"""(?<=[.!?…]["“”»«'’)\]]*)\s+(?=["“„«»'‘(\[]?\p{Lu}|["“„«»]\s*\p{Lu}|\d)""",
)
_PARAGRAPH = regex.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Blocks of non-empty lines separated by blank lines."""
    spans = []
    for m in _PARAGRAPH.finditer(text):
        start, end = m.span()
        chunk = m.group()
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if chunk.strip():
            spans.append((start + lead, end - trail))
    return spans


def _ends_with_abbreviation(text: str) -> bool:
    m = regex.search(r"(\S+)\.\W*$", text)
    if not m:
        return False
    word = m.group(1).lower().lstrip("\"'“„«(")
    if word in _ABBREVIATIONS:
        return True
    # Single initials ("J. K. Rowling") never end a sentence.
    return len(word) == 1 and word.isalpha()


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph (or any text), shifted by `offset`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        candidate = text[start : m.start()]
        if _ends_with_abbreviation(candidate):
            continue
        if candidate.strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    result = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        result.append((offset + s + lead, offset + e - (len(chunk) - len(chunk.rstrip()))))
    return result


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
