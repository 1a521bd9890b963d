"""The names of a Chinese sentence, and whether an English name is one of them.

Chinese writes foreign names in characters chosen for their sound (惠特默, Whitmer) and its own
names in characters an English text spells in pinyin (段梦琪, Duan Mengqi). jieba, a Chinese
word segmenter, tags the words it takes for names of people, places and organisations; those
words, with the one-character words around them (普利/特/维茨 is Plitvice), are where an
English name of the sentence must come from. An English name that no run of those characters
sounds like, and that is no reading of any source characters either, is not the source's.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache

import regex
from pypinyin import Style, pinyin

from tqcheck.lang.han_readings import reads_otherwise
from tqcheck.lang.pinyin_names import pinyin_splits, read_in_syllables
from tqcheck.lang.profile import LanguageProfile, get_profile
from tqcheck.lang.tagged_names import NameRun
from tqcheck.lang.transcription import english_sounds, fit

# jieba's tags for names of people (nr; nrt transcribed, nrfg full), places, organisations and
# other proper nouns.
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
_SHORTEST_PERSON = 2
_LONGEST_PERSON = 5
_LONGEST_NATIVE = 3  # (a surname and a given name of one or two characters)
# jieba's dictionary counts: a word this common is an ordinary word whatever its tag.
_COMMON_WORD_FREQUENCY = 100
_HAN = regex.compile(r"\p{Han}")
# A name the source also gives in Latin letters, in brackets after it ("勒斯滕堡（Rustenburg）",
# "尼拉贡戈火山（Nyiragongo）"): that spelling is the one to look for.
_LATIN_GLOSS = regex.compile(r"\p{Han}{0,4}\s*[(（]\s*\p{Latin}")
# A transcription longer than this many characters is no single word's.
_LONGEST_TRANSCRIPTION = 8
# Characters around a run that a transcription may take in.
_REACH = 2
# Fit (0-1, lang/transcription.py) from which a run of characters transcribes an English name.
# Measured on news names: correct transcriptions fit 0.78 and up; names from elsewhere, against
# the sentence's names, rarely reach it. A short name fits some run by chance more easily.
TRANSCRIPTION_FLOOR = 0.78
SHORT_NAME_FLOOR = 0.85
SHORT_NAME_SOUNDS = 4


@cache
def _tagger():  # type: ignore[no-untyped-def]
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # (it logs its dictionary loading at INFO)
    jieba.dt.check_initialized()
    return jieba


@lru_cache(maxsize=64)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((pair.word, pair.flag) for pair in _tagger().posseg.cut(text))


def person_names(text: str, profile: LanguageProfile) -> list[NameRun]:
    """Where a Chinese text names a person: words jieba tags so, next to each other (格里/沃里
    is one name, Grigory), with one-character sound characters at their ends (廷/巴克图).
    One of them must be rare in jieba's dictionary and written as a name, as jieba also tags
    卫星 (satellite), 洪水 (flood) and 普查表 (census form) so: a transcribed name (nrt) or a full
    one (nrfg) is; a plain "nr" must be all sound characters (帕利, Parly) or a surname and a
    given name (陈光明)."""
    frequency = _tagger().dt.FREQ
    found: list[NameRun] = []
    group: list[tuple[int, int]] = []
    opener = (-1, -1)  # the last word of sound characters
    offset = 0
    for word, flag in [*_tagged(text), ("", "")]:
        person = (
            flag in _PERSON_TAGS
            and _SHORTEST_PERSON <= len(word) <= _LONGEST_PERSON
            and all(_HAN.match(c) for c in word)
            and frequency.get(word, 0) < _COMMON_WORD_FREQUENCY
            and (flag != "nr" or _written_as_name(word, frequency.get(word, 0) > 0, profile))
        )
        sound = all(c in profile.transcription_characters for c in word) and (
            len(word) == 1 or flag in _PERSON_TAGS
        )  # (安达/纳尔 is one name, Andanar, though 安达 alone is too common to be one)
        if person and not group and opener[1] == offset:
            group.append(opener)  # (sound characters before it: 廷/巴克图, Timbuktu)
        if person or (sound and group):
            group.append((offset, offset + len(word)))
        else:
            if group and not _LATIN_GLOSS.match(text, group[-1][1]):
                found.append(NameRun(group[0][0], group[-1][1]))
            group = []
            opener = (offset, offset + len(word)) if sound else (-1, -1)
        offset += len(word)
    return found


def place_names(text: str, profile: LanguageProfile) -> list[NameRun]:
    """Words of a Chinese text jieba tags as places and that are rare in its dictionary
    (韶山, 浦东; not 城市, city, nor 回国, return home, which it also tags so). An English
    text writes them in pinyin or as their sound. A word with a character that abbreviates a
    country (中美: China and the US, `place_hints`) or with a generic character alone before
    its suffix (佛州: Florida) is no such name."""
    frequency = _tagger().dt.FREQ
    found = []
    offset = 0
    for word, flag in _tagged(text):
        # (A place's generic last character is translated: 马略卡岛 is Mallorca, 岛 island.)
        name = word[:-1] if word[-1] in profile.place_suffixes else word
        if (
            flag == "ns"
            and _SHORTEST_PERSON <= len(name) <= _LONGEST_PERSON
            and all(_HAN.match(c) for c in name)
            and not any(c in profile.place_hint_characters for c in name)
            and frequency.get(word, 0) < _COMMON_WORD_FREQUENCY
            and not _LATIN_GLOSS.match(text, offset + len(word))
        ):
            found.append(NameRun(offset, offset + len(name)))
        offset += len(word)
    return found


def _written_as_name(word: str, in_dictionary: bool, profile: LanguageProfile) -> bool:
    """Whether a word jieba tags "nr" is written as a name: all sound characters, or a surname
    and a given name. Two characters in jieba's dictionary (利基, niche) or of its guessing
    (队史第, "the team's history, number ...") prove little either way."""
    if len(word) == _SHORTEST_PERSON and in_dictionary:
        return False
    if all(c in profile.transcription_characters for c in word):
        return True
    return word[0] in profile.surname_characters and (len(word) == _LONGEST_NATIVE or in_dictionary)


def segments(text: str) -> list[tuple[str, int, int]]:
    """jieba's words of the text with their offsets."""
    found = []
    offset = 0
    for word, _flag in _tagged(text):
        found.append((word, offset, offset + len(word)))
        offset += len(word)
    return found


def proper_noun_spans(text: str) -> list[NameRun]:
    """Words jieba tags as names of people, places or organisations (四川省, 三亚): their
    characters are no numerals even where they read as digits."""
    found = []
    offset = 0
    for word, flag in _tagged(text):
        if flag in _NAME_TAGS:
            found.append(NameRun(offset, offset + len(word)))
        offset += len(word)
    return found


def word_starts(text: str) -> frozenset[int]:
    """Where jieba's words begin: a place name inside a word is none (法罗, the Faroes, in
    布法罗, Buffalo)."""
    starts = set()
    offset = 0
    for word, _flag in _tagged(text):
        starts.add(offset)
        offset += len(word)
    return frozenset(starts)


def spoken(chars: str) -> str:
    """Characters in pinyin, for messages ("许正宇": xu zheng yu)."""
    return " ".join(s for s in _syllables(chars) if s != "?")


def rendered_in(name: NameRun, text: str, words: list[str]) -> bool:
    """Whether one of the English words is the name's pinyin or its transcription."""
    chars = text[name.start : name.end]
    return any(
        any(read_in_syllables(split, chars) for split in pinyin_splits(word))
        or reads_otherwise(get_profile("en").without_possessive(word), chars)
        or _fits(word, transcription_fit(word, text, (name,)))
        for word in words
    )


def name_runs(text: str) -> tuple[NameRun, ...]:
    """Runs of name words in a Chinese text, widened by the one-character words next to them."""
    words = _tagged(text)
    runs: list[NameRun] = []
    offset = 0
    run_start: int | None = None
    has_name = False
    for word, flag in [*words, ("", "")]:
        is_name = flag in _NAME_TAGS and bool(_HAN.match(word))
        single = len(word) == 1 and bool(_HAN.match(word))
        if is_name or (single and run_start is not None):
            run_start = offset if run_start is None else run_start
            has_name = has_name or is_name
        else:
            if run_start is not None and has_name:
                runs.append(NameRun(run_start, offset))
            run_start = offset if single else None
            has_name = False
        offset += len(word)
    return tuple(runs)


def _syllables(text: str) -> tuple[str, ...]:
    """Each character's commonest reading; a character pypinyin cannot read stays as it is,
    which no English sound fits."""
    return tuple(
        reading[0].replace("ü", "v") if _HAN.match(char) else "?"
        for char, reading in zip(text, pinyin(list(text), style=Style.NORMAL))
    )


def transcription_fit(
    word: str, text: str, runs: tuple[NameRun, ...], reach: int = _REACH
) -> float:
    """The best fit of the English word to a stretch of characters that overlaps a name run.
    (The stretch may reach past the run: jieba cuts some transcriptions, 普利/特/维茨.)"""
    sounds = english_sounds(word)
    best = 0.0
    for run in runs:
        first = max(0, run.start - reach)
        syllables = _syllables(text[first : run.end + reach])
        core = range(run.start - first, run.end - first)
        for i in range(len(syllables)):
            for j in range(i + 1, min(len(syllables), i + _LONGEST_TRANSCRIPTION) + 1):
                if i < core.stop and j > core.start:
                    best = max(best, fit(sounds, syllables[i:j]))
    return best


def is_source_name(word: str, text: str, runs: tuple[NameRun, ...]) -> bool:
    """Whether an English name word comes from the Chinese text: the pinyin of some of its
    characters ("Xinjiang", 新疆) or the transcription of one of its names ("Whitmer")."""
    bare = get_profile("en").without_possessive(word)
    if any(read_in_syllables(split, text) for split in pinyin_splits(bare)):
        return True
    if reads_otherwise(bare, text):
        return True  # a Japanese or Korean name in its own reading ("Kishida", 岸田)
    return _fits(bare, transcription_fit(bare, text, runs))


def _fits(word: str, score: float) -> bool:
    short = len(english_sounds(word)) <= SHORT_NAME_SOUNDS
    return score >= (SHORT_NAME_FLOOR if short else TRANSCRIPTION_FLOOR)

