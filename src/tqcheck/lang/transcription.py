"""Whether an English name sounds like a run of syllables: the test for a foreign name that a
source language writes in its own syllables ("Whitmer" is 惠特默, hui te mo; "Alonso" 阿隆索,
a long suo).

Both sides are reduced to coarse sound classes: consonants that transcriptions swap for one
another share a class (b/p, d/t, l/r, s/z/sh/ch/j/x), vowels fall into three. A transcription
adds vowels between consonants ("Trump": te lang pu) and drops a final r or s ("Miller": mi le)
and an r after a vowel ("Merkel": mo ke er), so those edits cost little; a consonant that is not
there costs a full point. The score is one less the edit cost per English sound: 1.0 is a
perfect fit.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex
from anyascii import anyascii

_VOWELS = frozenset("AEO")
_CONSONANTS = {
    "b": "P", "p": "P", "d": "T", "t": "T", "k": "K", "g": "K", "q": "K", "f": "F", "v": "F",
    "l": "L", "r": "L", "m": "M", "n": "N", "s": "S", "z": "S", "j": "S", "h": "H",
}  # fmt: skip
# English letter groups that make one sound.
_DIGRAPHS = {
    "sch": "S", "tch": "S", "ch": "S", "sh": "S", "tz": "S", "ts": "S", "zz": "S", "dg": "S",
    "dj": "S", "cz": "S", "sz": "S", "ph": "F", "th": "T", "wh": "H", "ck": "K", "gh": "",
}  # fmt: skip
# Pinyin initials, longest first.
_INITIALS = (
    ("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "P"), ("p", "P"), ("d", "T"), ("t", "T"),
    ("g", "K"), ("k", "K"), ("f", "F"), ("w", "F"), ("h", "H"), ("j", "S"), ("q", "S"),
    ("x", "S"), ("z", "S"), ("c", "S"), ("s", "S"), ("l", "L"), ("r", "L"), ("m", "M"),
    ("n", "N"), ("y", ""),
)  # fmt: skip
# Sound classes that transcriptions swap: a palatal t becomes j (Putin, 普京 pu jing), German ch
# becomes h (Schumacher, 舒马赫 shu ma he), a final m becomes ng (Trump, 朗 lang).
_NEAR = frozenset(frozenset(p) for p in ("ST", "SH", "KH", "FH", "SK", "LN", "PF"))
_CLOSE = frozenset({frozenset("MN")})


def _vowel(letter: str) -> str:
    return "A" if letter == "a" else "O" if letter in "ou" else "E"


# (Bounded: a corpus's words are many, and memory must stay flat in its length.)
@lru_cache(maxsize=1 << 16)
def english_sounds(word: str) -> tuple[str, ...]:
    """Sound classes of an English spelling ("Whitmer": H E T M E R)."""
    text = regex.sub(r"[^a-z]", "", anyascii(word).lower())
    sounds: list[str] = []
    i = 0
    while i < len(text):
        group = next((g for g in (text[i : i + 3], text[i : i + 2]) if g in _DIGRAPHS), None)
        if group is not None:
            sounds += [_DIGRAPHS[group]] if _DIGRAPHS[group] else []
            i += len(group)
            continue
        letter, after = text[i], text[i + 1 : i + 2]
        if letter == "x":
            sounds += ["K", "S"]
        elif letter == "c":
            sounds.append("S" if after and after in "eiy" else "K")
        elif letter == "w":
            # (After a vowel it is part of the vowel: "Lewis", 刘易斯 liu yi si.)
            before_vowel = bool(after) and after in "aeiou"
            sounds.append("F" if before_vowel and not (sounds and sounds[-1] in _VOWELS) else "O")
        elif letter in "aeiouy":
            sounds.append(_vowel(letter))
        elif letter == "r" and sounds and sounds[-1] in _VOWELS and after not in "aeiouy":
            sounds.append("R")  # ("Merkel": a transcription often drops it, 默克尔 mo ke er)
        elif letter in _CONSONANTS and not (i and text[i - 1] == letter):  # ("ll" is one l)
            sounds.append(_CONSONANTS[letter])
        i += 1
    return _one_vowel_per_run(sounds)


def _one_vowel_per_run(sounds: list[str]) -> tuple[str, ...]:
    kept: list[str] = []
    for sound in sounds:
        if not (sound in _VOWELS and kept and kept[-1] in _VOWELS):
            kept.append(sound)
    return tuple(kept)


@cache
def syllable_sounds(syllable: str) -> tuple[str, ...]:
    """Sound classes of a pinyin syllable without tone ("lang": L A N)."""
    if syllable == "er":  # (尔, the usual transcription of a final r)
        return ("E", "L")
    sounds = []
    rest = syllable
    for initial, sound in _INITIALS:
        if rest.startswith(initial):
            sounds += [sound] if sound else []
            rest = rest[len(initial) :]
            break
    nasal = rest.endswith(("n", "ng"))  # (n and ng alike)
    rest = rest.removesuffix("ng") if rest.endswith("ng") else rest.removesuffix("n")
    if rest:
        sounds.append(_vowel(rest[0]))
    if nasal:
        sounds.append("N")
    return tuple(sounds)


def _swap_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if (a in _VOWELS) != (b in _VOWELS):
        return 2.0
    if {a, b} == {"R", "L"}:
        return 0.0
    if a in _VOWELS or frozenset((a, b)) in _CLOSE:
        return 0.3
    return 0.6 if frozenset((a, b)) in _NEAR else 1.0


def _added_cost(sound: str) -> float:
    """A sound the transcription adds: vowels between consonants, h and nasals often."""
    return 0.25 if sound in _VOWELS else 0.5 if sound in "HN" else 1.0


def _dropped_cost(sound: str, last: bool) -> float:
    """An English sound the transcription leaves out: vowels, h, a final r or s."""
    if sound in _VOWELS:
        return 0.4
    if sound in "HR" or (last and sound in "LS"):
        return 0.4
    return 1.0


def fit(english: tuple[str, ...], syllables: tuple[str, ...]) -> float:
    """How well the syllables' sounds transcribe the English sounds: 1.0 is a perfect fit."""
    if not english:
        return 0.0
    heard = [s for syllable in syllables for s in syllable_sounds(syllable)]
    n = len(english)
    previous = [0.0]
    for sound in heard:
        previous.append(previous[-1] + _added_cost(sound))
    for i, sound in enumerate(english, start=1):
        dropped = _dropped_cost(sound, i == n)
        row = [previous[0] + dropped]
        for j, other in enumerate(heard, start=1):
            row.append(
                min(
                    previous[j] + dropped,
                    row[j - 1] + _added_cost(other),
                    previous[j - 1] + _swap_cost(sound, other),
                )
            )
        previous = row
    return 1.0 - previous[-1] / n
