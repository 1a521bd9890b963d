"""Capitalised words that are not words of the language around them.

German capitalises every noun, so a capital does not mark a name there. A capitalised word that
is spelled like no German word ("Murray", "Cuomo", "Asunción", "McCord") is, though, almost
always a name: a language detector that scores letter sequences tells the two apart, where no
word list of names could be complete.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# Languages whose names most often appear in European news, next to the text's own: the
# detector weighs a word's letters against each.
_NAME_LANGUAGES = ("EN", "FR", "ES", "IT", "PT", "NL", "PL", "TR", "SV", "CS")
# A word this unlikely to be of the text's language is foreign. Measured on DEMETR's German
# sources: below 0.1, three in four such words are names the translation keeps.
FOREIGN_BELOW = 0.1


@cache
def _detector(lang: str) -> tuple[Any, Any] | None:
    """A lingua detector for `lang` against the name languages, and `lang`'s Language."""
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    except ImportError:
        return None
    try:
        own = Language.from_iso_code_639_1(getattr(IsoCode639_1, lang.upper()))
    except (AttributeError, ValueError):
        return None
    others = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, code))
        for code in _NAME_LANGUAGES
        if code != lang.upper()
    ]
    return LanguageDetectorBuilder.from_languages(own, *others).build(), own


@cache
def is_foreign_word(word: str, lang: str) -> bool:
    """Whether `word` is spelled like no word of `lang` (False where lingua lacks `lang`)."""
    found = _detector(lang)
    if found is None:
        return False
    detector, own = found
    return bool(detector.compute_language_confidence(word, own) < FOREIGN_BELOW)
