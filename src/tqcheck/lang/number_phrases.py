"""Phrases that change what the number words in them say: a half added ("two and a half",
"deux ans et demi", "两年半", "zweieinhalb"), a share taken ("half a million", "a quarter of
a million"), a number written as words joined by hyphens (French "dix-neuf", 19; read word by
word it is a ten and a nine), a scale word that alone says "many" ("des millions de
personnes"), and words written with numerals that say no number (Chinese 十分, "very").

Read as single words, each of these is a number the other side does not have: "two and a
half million parts" for "两百五十万个部分" would be a changed 2.5 million. The phrases are the
language's, in its data file (lang/data/*.json).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from tqcheck.lang.number_mention import NumberMention
from tqcheck.lang.profile import LanguageProfile
from tqcheck.text.running_text import find_in_running_text

HALF = 0.5
# The text before a number word looked at for a share ("three quarters of a").
_SHARE_REACH = 40
# A share is taken of a number word this large or larger: "half a dozen", "half a million".
MIN_SHARED = 10


def _key(phrase: str) -> str:
    """A phrase as the data writes it, whatever joins its words ("three-quarters of a")."""
    return " ".join(regex.split(r"[\s-]+", phrase.lower().strip()))


def _phrase(words: str) -> str:
    """A phrase's words, each escaped, joined by spaces or hyphens ("eight-and-a-half")."""
    return r"[\s-]+".join(regex.escape(w) for w in _key(words).split())


def _alternatives(phrases: tuple[str, ...]) -> str:
    """The phrases as one regex alternation, the longest first."""
    return "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))


@cache
def _share_after(phrases: tuple[str, ...], unspaced: bool) -> regex.Pattern[str] | None:
    if not phrases:
        return None
    alternatives = _alternatives(phrases)
    # (One word between, the counted noun: "deux ans et demi"; one character where words
    # are not spaced: 两年半, two and a half years.)
    if unspaced:
        return regex.compile(rf"(\p{{L}}?)({alternatives})")
    return regex.compile(
        rf"(?:[\s-]+([\p{{L}}\p{{M}}]+))?[\s-]+({alternatives})(?![\p{{L}}\p{{M}}])",
        regex.IGNORECASE,
    )


@cache
def _share_before(phrases: tuple[str, ...]) -> regex.Pattern[str] | None:
    if not phrases:
        return None
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])({_alternatives(phrases)})[\s-]+\Z", regex.IGNORECASE
    )


# The number words of several words each profile lists, found by one pattern, by profile
# (as numbers._PLAIN): built once, not on every text.
_COMPOUNDS: dict[int, tuple[LanguageProfile, regex.Pattern[str] | None, dict[str, int]]] = {}


def _compounds(profile: LanguageProfile) -> tuple[regex.Pattern[str] | None, dict[str, int]]:
    found = _COMPOUNDS.get(id(profile))
    if found is None:
        values = {_key(w): v for w, v in profile.number_words.items() if " " in w or "-" in w}
        pattern = None
        if values:
            pattern = regex.compile(
                rf"(?<![\p{{L}}\p{{M}}-])(?:{_alternatives(tuple(values))})(?![\p{{L}}\p{{M}}])",
                regex.IGNORECASE,
            )
        found = _COMPOUNDS[id(profile)] = (profile, pattern, values)
    return found[1], found[2]


def compound_words(text: str, profile: LanguageProfile) -> list[tuple[int, int, int]]:
    """Number words of several words, as the data lists them ("dix-neuf", "quatre-vingts"):
    (value, start, end) of each."""
    pattern, values = _compounds(profile)
    if pattern is None:
        return []
    return [(values[_key(m.group())], m.start(), m.end()) for m in pattern.finditer(text)]


def idiom_spans(text: str, profile: LanguageProfile) -> list[tuple[int, int]]:
    """Where the text has a word written with numerals that says no number (十分)."""
    if not profile.numeral_idioms:
        return []
    table = dict.fromkeys(profile.numeral_idioms, 0)
    found = find_in_running_text(text, table, profile.numeral_idiom_exceptions)
    return [(start, end) for _word, start, end in found]


def half_suffix_value(word: str, profile: LanguageProfile) -> float | None:
    """The value of a number word with a half in it ("zweieinhalb", 2.5)."""
    for suffix in profile.half_suffixes:
        if word.endswith(suffix) and (value := profile.number_words.get(word[: -len(suffix)])):
            return value + HALF
    return None


def with_shares(
    text: str, mentions: list[NumberMention], profile: LanguageProfile
) -> list[NumberMention]:
    """The mentions (in text order) with the shares added after them ("and a half") and
    taken before them ("half a"), each mention's span grown to its phrase."""
    after = _share_after(tuple(profile.fraction_phrases), profile.segmenter is not None)
    before = _share_before(tuple(profile.fraction_prefixes))
    if after is None and before is None:
        return mentions
    shared = []
    # (What a half took is no share of the next number: "two and a half million".)
    claimed = 0
    # (A half after an hour is a clock time, half past it: 三点半.)
    clock = profile.whole_hour_signs + profile.hour_signs
    for i, n in enumerate(mentions):
        if n.start < claimed:
            continue  # (the "trois" of "12 ans trois quarts": part of the share)
        # (The word between a number and its half is no number: "twenty five and a half".)
        following = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        if n.kind == "number" and not n.in_code and float(n.value).is_integer():
            m = after.match(text, n.end) if after is not None else None
            if m is not None and m.start(2) <= following and m.group(1) not in clock:
                # (Where the half is also half past the hour, "седум и пол", seven thirty,
                # the hour alone is the other reading.)
                added = {_key(p): v for p, v in profile.fraction_phrases.items()}
                n = replace(
                    n,
                    value=n.value + added[_key(m.group(2))],
                    text=text[n.start : m.end()],
                    end=m.end(),
                    alternative=n.value,
                )
                claimed = m.end()
            elif before is not None and n.from_word and n.value >= MIN_SHARED:
                reach = max(claimed, n.start - _SHARE_REACH)
                if m := before.search(text, reach, n.start):
                    shares = {_key(p): v for p, v in profile.fraction_prefixes.items()}
                    share = shares[_key(m.group(1))]
                    start = m.start()
                    n = replace(n, value=n.value * share, text=text[start : n.end], start=start)
        shared.append(n)
    return shared


def without_vague_plurals(
    mentions: list[NumberMention], profile: LanguageProfile
) -> list[NumberMention]:
    """The mentions, less the plural scale words that stand alone ("millions of people")."""
    if not profile.plural_scale_words:
        return mentions
    return [
        n for n in mentions if not (n.from_word and n.text.lower() in profile.plural_scale_words)
    ]
