"""Whether two name keys (lang/names.py) spell the same name: a case form ("Kalifornije" of
"Kalifornija"), another transliteration ("Sergei"/"Sergey"), a near spelling
("Pendarovksi"), or the same sounds ("Кембриџ"/"Cambridge")."""

from __future__ import annotations

from functools import lru_cache

import regex
from rapidfuzz import fuzz

from tqcheck.lang.names import consonant_key


def same_name(a: str, b: str) -> bool:
    """Same name in another script, transliteration or Slavic case ending: no respelling."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 4:
        return True
    # English spellings of names written phonetically in Cyrillic ("Wallace"/"Волас") differ
    # in vowels and length; same-length vowel swaps ("Bruno"/"Bruni") are respellings.
    ca, cb = consonant_key(a), consonant_key(b)
    # A genitive -s ("Mohammeds", "Muhammad's") is no part of the name.
    alike = ca == cb or ca.removesuffix("s") == cb or cb.removesuffix("s") == ca
    return min(len(ca), len(cb)) >= 3 and alike and a[0] == b[0] and len(a) != len(b)


def transcribed_alike(a: str, b: str) -> bool:
    """The same surname in two transcriptions: the press writes foreign names by sound, so
    one person may be "Трус" and "Трас", "Блинкен" and "Блинкн" in one article; the
    consonants and the first letter agree whatever the vowels."""
    ca, cb = consonant_key(a), consonant_key(b)
    return len(ca) >= 3 and ca == cb and a[:1] == b[:1]


def keys_match(a: str, b: str) -> bool:
    """Same person, even when one side misspells or transcribes the name otherwise (for
    linking mentions)."""
    if same_name(a, b) or transcribed_alike(a, b):
        return True
    return min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 85


# Keys this close are the same name in another transliteration or case form.
SAME_NAME_FLOOR = 82
HARD_C = regex.compile(r"c(?![eiy])")
# Shorter consonant skeletons match by chance ("zmb"/"mbt").
MIN_CONSONANTS = 4
# Slavic case endings change up to this many letters at the end of a name ("Kalifornije",
# "Pittsburgu", "Лавровиот"): names also match on the stem before them.
CASE_ENDING = 3
MIN_STEM = 4
# The case endings of a short name ("Gom-e", "Gom-om", "Pag-a"): a vowel, then m or j (keyed i).
_SHORT_CASE_ENDING = regex.compile(r"[aeiou][mi]?")


def stem_matches(key: str, other: str, exact: bool) -> bool:
    if len(other) == MIN_STEM - 1 and other[-1] not in "aeiou":
        # A three-letter name ending in a consonant takes its case ending after it ("Џона",
        # "Џоном" of Џон, John).
        ending = key[len(other) :]
        return key.startswith(other) and _SHORT_CASE_ENDING.fullmatch(ending) is not None
    stem = key[: max(MIN_STEM, len(key) - CASE_ENDING)]
    if len(stem) < MIN_STEM or len(other) < MIN_STEM:
        return False
    if exact:
        # A case ending replaces the nominative's final vowel at most: "Kalifornije" and
        # "California" share "kaliforni"; "Pendarovksi" is no case of "Pendarovski".
        base = other.rstrip("aeiou")
        if len(base) == MIN_STEM - 1 and len(other) == MIN_STEM:
            # A short name's final vowel takes the case ending ("Gome" of "Goma", "Paga" of
            # "Pago"): the three letters before it are the stem.
            ending = key[len(base) :]
            return key.startswith(base) and _SHORT_CASE_ENDING.fullmatch(ending) is not None
        return len(base) >= MIN_STEM and any(
            key[: len(key) - k] == base for k in range(CASE_ENDING + 1)
        )
    return fuzz.ratio(stem, other[: len(stem)]) >= SAME_NAME_FLOOR


def same_or_near(key: str, other: str, exact: bool) -> bool:
    """Same name; with `exact` false, also a near spelling ("Pendarovksi")."""
    if same_name(key, other) or stem_matches(key, other, exact) or stem_matches(other, key, exact):
        return True
    if exact or min(len(key), len(other)) < 5:
        return False
    # English writes a hard "c" where other alphabets write k ("Carolina"/"Каролины").
    return fuzz.ratio(key, other) >= SAME_NAME_FLOOR or (
        fuzz.ratio(hard_c_spelling(key), hard_c_spelling(other)) >= SAME_NAME_FLOOR
    )


# (Every name is compared with many others: its respelling is made once.)
@lru_cache(maxsize=1 << 16)
def hard_c_spelling(key: str) -> str:
    """The key with a hard c written k."""
    return str(HARD_C.sub("k", key))


def matches_any(key: str, keys: list[str], exact: bool = False) -> bool:
    return any(same_or_near(key, k, exact) for k in keys)


def sound_similarity(a: str, b: str) -> float:
    """How alike a source name key and an MT name key sound: also without a Slavic case
    ending on the source side ("Ruande"/"Rwanda", "Annom"/"Anna"), and reading an initial J
    both ways (Slavic "Jovan", English "John", the sound Slavic spells "џ"/"dž")."""
    variants = [b, "z" + b[1:]] if b.startswith("i") and a.startswith("z") else [b]
    stems = [a[: len(a) - k] for k in range(CASE_ENDING + 1) if len(a) - k >= MIN_STEM - 1]
    return max((letters_or_sounds(stem, v) for stem in stems or [a] for v in variants), default=0.0)


def letters_or_sounds(a: str, b: str) -> float:
    """How alike two name keys sound: letters, or consonants where both have four or more
    (phonetic Cyrillic renderings: "Кембриџ"/"Cambridge", "Данди"/"Dundee")."""
    ca, cb = consonant_key(a), consonant_key(b)
    if ca == cb and len(ca) >= 2:
        sound = 100.0
    else:
        sound = fuzz.ratio(ca, cb) if min(len(ca), len(cb)) >= MIN_CONSONANTS else 0.0
    return max(fuzz.ratio(a, b), sound)
