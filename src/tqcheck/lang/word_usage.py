"""How often a language's texts use a word: wordfreq's frequency lists (subtitles, Wikipedia,
news, books and web text of each language), on the Zipf scale (6 is a word such as "have",
3 one in a million words, 0 none).

A spelling list says whether a word is the language's, not how much: the Polish list carries
English loanwords in every form ("sleep", "return", "family"), and a Polish interface string
left as "Sleep" reads like Polish to it. Use tells them apart: English texts use "sleep" about
70 times as often as Polish texts do, and "status" or "system" about as often."""

from __future__ import annotations

from functools import cache, lru_cache

from tqcheck.lang.profile import LanguageProfile


# (wordfreq is imported when first asked: it takes about 0.14 s, and a run that reads no
# catalog never asks.)
@cache
def _lists() -> frozenset[str]:
    from wordfreq import available_languages

    return frozenset(available_languages())


def has_usage(lang: LanguageProfile) -> bool:
    """Whether wordfreq has a list for the language (never a nearest other language's)."""
    return lang.usage_list in _lists()


def zipf(word: str, lang: LanguageProfile) -> float:
    """The word's frequency in the language's texts on the Zipf scale; 0 for a word they do
    not use, or a language without a list."""
    return _zipf(word, lang.usage_list) if has_usage(lang) else 0.0


# (Bounded: a catalog asks of its copied words only, a long run of many languages more.)
@lru_cache(maxsize=65536)
def _zipf(word: str, code: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, code))


def used_more_in(word: str, more: LanguageProfile, than: LanguageProfile) -> float | None:
    """How many Zipf points (powers of ten) more `more`'s texts use the word than `than`'s;
    None where either language has no list."""
    if not (has_usage(more) and has_usage(than)):
        return None
    return zipf(word, more) - zipf(word, than)
