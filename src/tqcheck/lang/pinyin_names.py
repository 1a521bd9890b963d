"""Chinese people's names in an English translation, read back against the Chinese source.

An English text writes a Chinese person's name in pinyin, surname first: "Zhang Jike" is
张继科, "Xi Jinping" is 习近平. Those sounds are the source characters' own, so a pinyin name
whose syllables no run of source characters reads is not the source's: a name the MT put in
("Zhang Jike" for 郭梅) or misspelled ("Xi Jingping"). Characters have several readings
(行: xing, hang); any of them counts.

Only names that open with a common surname (`pinyin_surnames` in the language data) followed by
a given name of one or two syllables are judged: "Mike" and "Polo" spell pinyin too, and
Cantonese or Wade-Giles spellings ("Tsang", "Ing-wen") are no pinyin at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from tqcheck.lang.profile import get_profile
from tqcheck.text.tokens import Token

# Pinyin syllables are at most six letters ("zhuang", "shuang").
_LONGEST_SYLLABLE = 6
_GIVEN_NAME_SYLLABLES = 2
# Interjections and bare finals that would let almost any English word split into pinyin.
_NOT_NAME_SYLLABLES = frozenset({"m", "n", "ng", "hm", "hng", "o", "e", "ei", "eng", "ê"})


@dataclass(frozen=True)
class PinyinName:
    text: str  # as the MT writes it ("Zhang Jike")
    start: int
    end: int
    readings: tuple[tuple[str, ...], ...]  # the ways to split it into syllables

    @property
    def sounds(self) -> str:
        return " ".join(self.readings[0])


@cache
def _syllables() -> frozenset[str]:
    # (pypinyin takes a quarter of a second to import: only runs that read Chinese pay it.)
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict

    found = set()
    for readings in pinyin_dict.values():
        for reading in readings.split(","):
            plain = to_normal(reading).replace("ü", "v")
            if plain.isalpha():
                found.add(plain)
    return frozenset(found - _NOT_NAME_SYLLABLES)


def pinyin_splits(word: str) -> list[tuple[str, ...]]:
    """Every way to spell `word` as pinyin syllables ("xian": xian, xi an)."""
    syllables = _syllables()
    word = word.lower()

    @cache
    def rest(i: int) -> list[tuple[str, ...]]:
        if i == len(word):
            return [()]
        found = []
        for j in range(i + 1, min(len(word), i + _LONGEST_SYLLABLE) + 1):
            if word[i:j] in syllables:
                found += [(word[i:j], *tail) for tail in rest(j)]
        return found

    return rest(0)


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def pinyin_names(text: str, tokens: list[Token], surnames: frozenset[str]) -> list[PinyinName]:
    """Surname-first pinyin names in an English text ("Guo Mei", "Xi Jinping's")."""
    english = get_profile("en")
    names = []
    for first, second in pairwise(tokens):
        given = english.without_possessive(second.text)
        if (
            first.text.lower() not in surnames
            or not _is_name_word(first.text)
            or not _is_name_word(given)
            or text[first.end : second.start] != " "
        ):
            continue
        readings = tuple(
            (first.text.lower(), *split)
            for split in pinyin_splits(given)
            if len(split) <= _GIVEN_NAME_SYLLABLES
        )
        if readings:
            end = second.start + len(given)
            names.append(PinyinName(text[first.start : end], first.start, end, readings))
    return names


@lru_cache(maxsize=64)
def _lattice(source: str) -> tuple[frozenset[str], ...]:
    """Each source character's readings (other text comes back as it is, a run of it as one
    item: no syllable)."""
    from pypinyin import Style, pinyin

    return tuple(
        frozenset(r.replace("ü", "v") for r in readings)
        for readings in pinyin(source, style=Style.NORMAL, heteronym=True)
    )


def read_in_syllables(syllables: tuple[str, ...], source: str) -> bool:
    """Whether a run of source characters reads as the syllables, in any reading of each."""
    lattice = _lattice(source)
    n = len(syllables)
    return n > 0 and any(
        all(syllables[k] in lattice[i + k] for k in range(n)) for i in range(len(lattice) - n + 1)
    )


def read_in(name: PinyinName, source: str) -> bool:
    """Whether a run of source characters reads as the name, in any reading of each."""
    return any(read_in_syllables(reading, source) for reading in name.readings)
