"""The other readings of Chinese characters: Japanese, Korean, Cantonese and Vietnamese.

A Chinese text writes Japanese and Korean names in their own characters, and an English
translation spells them as Japanese or Korean reads them, not in pinyin: 岸田文雄 is "Fumio
Kishida" (kishi-da fumi-o), 金正恩 "Kim Jong Un", 奈良 "Nara". Unicode's Unihan database (Debian
`unicode-data`, read from /usr/share/unicode where installed) lists each character's readings.
An English name that reads as one reading of each of a run of source characters is theirs.
Where the database is missing, no name is read this way.
"""

from __future__ import annotations

import bz2
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

import regex
from anyascii import anyascii

_UNIHAN = Path("/usr/share/unicode/Unihan_Readings.txt.bz2")
_FIELDS = frozenset(
    {"kJapaneseKun", "kJapaneseOn", "kKorean", "kHangul", "kCantonese", "kVietnamese"}
)
# Spellings that vary between romanisations: long vowels ("Shinzou", "Shinzo"), Korean eo
# ("jeong", "Jong"), Cantonese ei ("lei", "Lee").
_SAME_SOUNDS = (("ou", "o"), ("oo", "o"), ("uu", "u"), ("eo", "o"), ("ee", "i"), ("ei", "i"))
# A Japanese name's later characters voice their first consonant ("Kishi" + "ta": Kishida).
_VOICED = (("k", "g"), ("s", "z"), ("sh", "j"), ("t", "d"), ("ch", "j"), ("h", "b"), ("f", "b"))
_NOT_LETTERS = regex.compile(r"[^a-z]")


def _plain(text: str) -> str:
    spelled = str(_NOT_LETTERS.sub("", anyascii(text).lower()))
    for long, short in _SAME_SOUNDS:
        spelled = spelled.replace(long, short)
    return spelled


@cache
def _readings() -> dict[str, frozenset[str]]:
    if not _UNIHAN.is_file():
        return {}
    found: dict[str, set[str]] = {}
    with bz2.open(_UNIHAN, "rt", encoding="utf-8") as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] not in _FIELDS:
                continue
            char = chr(int(parts[0][2:], 16))
            for reading in parts[2].split():
                plain = _plain(reading.split(":")[0])  # (kHangul: "김:0N")
                if plain:
                    found.setdefault(char, set()).add(plain)
    return {char: frozenset(readings) for char, readings in found.items()}


def _forms(char: str, later: bool) -> Iterator[str]:
    for reading in _readings().get(char, ()):
        yield reading
        if later:
            for plain, voiced in _VOICED:
                if reading.startswith(plain):
                    yield voiced + reading[len(plain) :]


@lru_cache(maxsize=4096)
def reads_otherwise(word: str, chars: str) -> bool:
    """Whether the word is one reading each of a run of the characters, in Japanese, Korean,
    Cantonese or Vietnamese ("Kishida": 岸 kishi, 田 ta voiced)."""
    target = _plain(word)
    if not target:
        return False

    def rest(j: int, p: int) -> bool:
        if p == len(target):
            return True
        if j >= len(chars):
            return False
        return any(
            target.startswith(form, p) and rest(j + 1, p + len(form))
            for form in set(_forms(chars[j], later=p > 0))
        )

    return any(rest(start, 0) for start in range(len(chars)))
