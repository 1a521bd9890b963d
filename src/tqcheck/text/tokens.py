"""Word tokens with offsets, shared by every check so spans agree."""

from __future__ import annotations

from dataclasses import dataclass

import regex

# A word may end in a combining mark: Devanagari vowel signs ("नहीं"), decomposed accents.
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*[\p{L}\p{M}]|\p{L}\p{M}*|\d[\d.,]*\d|\d")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


# French, Italian and Catalan elide an article or particle onto the next word ("l’Allemagne",
# "qu'Emin", "dell'Italia"): the word proper starts after the apostrophe.
_ELISION = regex.compile(r"^\p{L}{1,7}['’](?=\p{L})")


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
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def is_sentence_initial(text: str, start: int) -> bool:
    """True when only punctuation or spaces precede `start` since the last sentence end."""
    # Spanish opens questions and exclamations with ¿ and ¡.
    before = text[:start].rstrip(" \t\"'“„«(‘-–—¡¿")
    return not before or before[-1] in ".!?:…\n"
