"""A name's sounds as its spelling tells them: the key of a name written by sound.

Other alphabets write foreign names as they sound, and the press does the same in Latin
script ("Kowloon" is Каулун, "Chase" Чејс, "Stone" Стоун, "Auckland" Окланд): the letters of
the English spelling and the transcription differ where the sounds agree. The target
language's `name_sounds` (lang/data) rewrite its spellings into the sounds they make, and the
result is keyed like any name (lang/names.py), so it meets the transcription's key.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from tqcheck.lang.names import name_key
from tqcheck.lang.profile import get_profile


@cache
def _rules(lang: str) -> tuple[tuple[regex.Pattern[str], str], ...]:
    return tuple((regex.compile(k), v) for k, v in get_profile(lang).name_sounds.items())


@lru_cache(maxsize=1 << 16)
def spoken_key(name: str, lang: str) -> str:
    """The key of how `name` sounds in `lang`; its plain key where the language's spellings
    are not described."""
    rules = _rules(lang)
    if not rules:
        return name_key(name, lang)
    spoken = name.lower()
    for pattern, sound in rules:
        spoken = pattern.sub(sound, spoken)
    return name_key(spoken, lang)
