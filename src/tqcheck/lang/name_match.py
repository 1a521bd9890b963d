"""Whether two name keys (lang/names.py) spell the same name: a case form ("Kalifornije" of
"Kalifornija"), another transliteration ("Sergei"/"Sergey"), a near spelling
("Pendarovksi"), or the same sounds ("Кембриџ"/"Cambridge")."""

from __future__ import annotations

import regex
from rapidfuzz import fuzz

from tqcheck.lang.names import consonant_key
from tqcheck.lang.person_registry import same_name

# Keys this close are the same name in another transliteration or case form.
SAME_NAME_FLOOR = 82
_HARD_C = regex.compile(r"c(?![eiy])")
# Shorter consonant skeletons match by chance ("zmb"/"mbt").
MIN_CONSONANTS = 4
# Slavic case endings change up to this many letters at the end of a name ("Kalifornije",
# "Pittsburgu", "Лавровиот"): names also match on the stem before them.
CASE_ENDING = 3
MIN_STEM = 4


def stem_matches(key: str, other: str, exact: bool) -> bool:
    stem = key[: max(MIN_STEM, len(key) - CASE_ENDING)]
    if len(stem) < MIN_STEM or len(other) < MIN_STEM:
        return False
    if exact:
        # A case ending replaces the nominative's final vowel at most: "Kalifornije" and
        # "California" share "kaliforni"; "Pendarovksi" is no case of "Pendarovski".
        base = other.rstrip("aeiou")
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
        fuzz.ratio(_HARD_C.sub("k", key), _HARD_C.sub("k", other)) >= SAME_NAME_FLOOR
    )


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
