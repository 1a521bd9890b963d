"""Whether a translation is in a third language, neither the source's nor the target's (a
French string pasted into a German catalog). Three signals must agree: lingua reads its
words as another language (its quick models among all languages, then its full models for
the target, the source and that one), the target's spelling list knows under half of them,
and that other language's list knows half or more. Words the source also has ("Sao Tome" in
"São Tomé ja Príncipe") are names or terms carried over, no evidence of a language."""

from __future__ import annotations

from dataclasses import dataclass

from tqcheck.lang.language_id import (
    confidence,
    identifiable,
    language_detector,
    likeliest_language,
)
from tqcheck.lang.names import ascii_fold
from tqcheck.lang.profile import LanguageProfile, get_profile
from tqcheck.lang.word_lists import WordList, word_list

# Fewer words say too little: lingua reads three-word UI strings of one language as
# another's too often.
MIN_WORDS = 4
# A language's spelling list knows at least this share of a string in that language.
KNOWN_SHARE = 0.5
# With the spelling lists' say, lingua this sure of the other language decides.
MIN_CONFIDENCE = 0.75


@dataclass(frozen=True)
class ThirdLanguage:
    code: str
    confidence: float
    known_in_target: int
    words: int


def _share_known(words: list[str], words_of: WordList, profile: LanguageProfile) -> float:
    return sum(words_of.knows_word(w, profile) for w in words) / len(words)


def third_language(
    words: list[str], source: str, src: LanguageProfile, tgt: LanguageProfile
) -> ThirdLanguage | None:
    """The third language the words (a translation's prose, its code left out) are in, or
    None where the signals do not all say so."""
    if not identifiable(tgt.code):
        return None  # (lingua has no Galician: it reads Galician as Spanish)
    target = word_list(tgt.code)
    if not target:
        return None
    # (Accents and case aside: "São" of "Sao".)
    carried = {ascii_fold(w.lower()) for w in source.split()}
    own = [w for w in words if ascii_fold(w.lower()) not in carried]
    if len(own) < MIN_WORDS:
        return None
    in_target = _share_known(own, target, tgt)
    if in_target >= KNOWN_SHARE:
        return None
    guess = likeliest_language(" ".join(own))
    if guess is None:
        return None
    code, value = guess
    if code in (tgt.code, src.code, *tgt.close_languages) or value < MIN_CONFIDENCE:
        return None
    # (The guess among all languages is lingua's quick one; its full models, for the target,
    # the source and the guess alone, must agree: the quick one reads Croatian as Slovenian,
    # Slovak as French, and an English synopsis left in a Greek catalog as French.)
    few = language_detector(tuple(sorted({tgt.code, src.code, code})))
    if few is None or confidence(few, " ".join(own), code) < MIN_CONFIDENCE:
        return None
    other = word_list(code)
    if not other or _share_known(own, other, get_profile(code)) < KNOWN_SHARE:
        return None  # ("kôdirane" reads as Vietnamese, whose list knows no such word)
    return ThirdLanguage(code, value, round(in_target * len(own)), len(own))
