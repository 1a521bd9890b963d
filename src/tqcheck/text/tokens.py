"""Word tokens with offsets, shared by every check so spans agree."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

# A word may end in a combining mark: Devanagari vowel signs ("नहीं"), decomposed accents.
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*[\p{L}\p{M}]|\p{L}\p{M}*|\d[\d.,]*\d|\d")


# (Slots: a run holds the tokens of thousands of texts in _tokens' cache below.)
@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    # (Set once, when the token is made: every check asks them of every token, and a
    # property, or a cached one, costs more than the lower-casing itself.)
    lower: str = field(init=False, repr=False, compare=False)
    is_capitalised: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())
        object.__setattr__(self, "is_capitalised", self.text[:1].isupper())


# French, Italian and Catalan elide an article or particle onto the next word ("l’Allemagne",
# "qu'Emin", "jusqu'à", "dell'Italia"): the word proper starts after the apostrophe. Only
# such particles elide; "aujourd'hui" is one word.
_ELISION = regex.compile(
    r"^(?:\p{L}{1,2}|\p{L}{0,5}qu|[dnsc]?[ae]ll|dall|coll|quell|sull|nell|bell)['’](?=\p{L})",
    regex.IGNORECASE,
)


def without_elision(word: str) -> str:
    """The word after an elided article ("Allemagne" of "l’Allemagne")."""
    elided = _ELISION.match(word)
    return word[elided.end() :] if elided and elided.end() < len(word) else word


# Acronyms are short; a longer word in capitals is a shouted word or a heading.
MAX_ACRONYM_LETTERS = 6


def is_acronym(word: str) -> bool:
    """A word of two to six letters, all capitals, dots aside ("NATO", "США", "U.S.")."""
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(letters) <= MAX_ACRONYM_LETTERS and all(c.isupper() for c in letters)


def tokenize(text: str) -> list[Token]:
    return list(_tokens(text))


# (The analyses and the checks tokenize each string several times.)
@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text))


# What may stand between a sentence's end and its first word: spaces, quotes, brackets,
# dashes. (Spanish opens questions and exclamations with ¿ and ¡; French sets a no-break space
# inside its guillemets: "« Cette".)
_OPENERS = frozenset(" \t\u00a0\u202f\"'“„«(‘-–—¡¿")


def is_sentence_initial(text: str, start: int) -> bool:
    """True when only punctuation or spaces precede `start` since the last sentence end."""
    # (Stepping back from `start`, never copying what is before it: a long text asks this of
    # every word.)
    i = start
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    return i == 0 or text[i - 1] in ".!?:…\n"


def before_spaces(text: str, start: int) -> int:
    """Where the whitespace just before `start` begins (`start` where there is none), found
    by stepping back rather than stripping all that precedes it."""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start


def word_before(text: str, start: int) -> str:
    """The whitespace-delimited word before `start` ("" at the start of the text)."""
    end = before_spaces(text, start)
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]
