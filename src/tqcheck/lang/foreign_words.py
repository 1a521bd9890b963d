"""Capitalised words that are not words of the language around them.

German capitalises every noun, so a capital does not mark a name there. A capitalised word that
is spelled like no German word ("Murray", "Cuomo", "Asunción", "McCord") is, though, almost
always a name: a language detector that scores letter sequences tells the two apart, where no
word list of names could be complete.
"""

from __future__ import annotations

from functools import lru_cache

from tqcheck.lang.language_id import confidence, language_detector

# Languages whose names most often appear in European news, next to the text's own: the
# detector weighs a word's letters against each.
_NAME_LANGUAGES = ("EN", "FR", "ES", "IT", "PT", "NL", "PL", "TR", "SV", "CS")
# A word this unlikely to be of the text's language is foreign. Measured on DEMETR's German
# sources: below 0.1, three in four such words are names the translation keeps.
FOREIGN_BELOW = 0.1


# (Bounded: a corpus's words are many, and memory must stay flat in its length.)
@lru_cache(maxsize=1 << 16)
def is_foreign_word(word: str, lang: str) -> bool:
    """Whether `word` is spelled like no word of `lang` (False where lingua lacks `lang`)."""
    others = tuple(code.lower() for code in _NAME_LANGUAGES if code != lang.upper())
    found = language_detector((lang, *others))
    if found is None:
        return False
    return confidence(found, word, lang) < FOREIGN_BELOW
