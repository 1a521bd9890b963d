"""Writing-system facts: which script a text or word is in."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

# Scripts written without spaces between words: a name or a word is found inside the running
# text, and a "word" token there is a whole phrase.
UNSPACED_SCRIPTS = frozenset({"Hani", "Jpan", "Thai"})
# Scripts whose names cannot be picked out or romanised closely enough to say a Latin name is
# not among them: those written without spaces (Chinese 陈光明), and alphabets that leave out
# vowels (Arabic "عبد الفتاح" reads "bd lftah").
UNROMANISABLE_SCRIPTS = frozenset({*UNSPACED_SCRIPTS, "Arab", "Hebr"})
# Alphabets whose names an English text spells out letter for letter.
SPELLED_OUT_SCRIPTS = frozenset({"Latn", "Cyrl", "Grek"})

_SCRIPT_PREFIXES = {
    "CYRILLIC": "Cyrl",
    "LATIN": "Latn",
    "GREEK": "Grek",
    "ARABIC": "Arab",
    "HEBREW": "Hebr",
    "CJK": "Hani",
    "HIRAGANA": "Jpan",
    "KATAKANA": "Jpan",
    "HANGUL": "Hang",
    "DEVANAGARI": "Deva",
    "THAI": "Thai",
    "GEORGIAN": "Geor",
    "ARMENIAN": "Armn",
}


@cache
def char_script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for prefix, script in _SCRIPT_PREFIXES.items():
        if name.startswith(prefix):
            return script
    return "Other"


# (Called for every token of every text: the same words recur.)
@lru_cache(maxsize=65536)
def dominant_script(text: str) -> str | None:
    counts: dict[str, int] = {}
    for ch in text:
        script = char_script(ch)
        if script:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda s: counts[s])
