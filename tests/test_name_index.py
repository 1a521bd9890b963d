"""Name keys looked up in an index (a long text's thousands of words) give the answers the
name rules give one key at a time: a case form, a transliteration, a near spelling and the
same sounds are found among many keys, and unrelated names are not."""

from __future__ import annotations

from itertools import product

import pytest

from tqcheck.lang.name_index import INDEXED_FROM, NameKeys
from tqcheck.lang.name_match import keys_match, same_or_near
from tqcheck.lang.names import name_key

# Made-up words of two or three syllables: many keys, none a name below.
_SYLLABLES = ["ba", "do", "fe", "gu", "hi", "jo", "lu", "mi", "no", "pe", "ru", "ti", "vo"]
FILLER = ["".join(p) for p in product(_SYLLABLES, repeat=3)][:400]

# (what the text has, what is looked up, whether the rules call them the same name)
CASES = [
    ("Kalifornija", "Калифорнија", True),  # the same name in another script
    ("Kalifornije", "California", True),  # a case ending, and English's c
    ("Pendarovski", "Pendarovksi", True),  # a near spelling
    ("Sergey", "Sergei", True),  # another transliteration
    ("Wallace", "Волас", True),  # the same consonants, written by sound
    ("Lavrov", "Лавровиот", True),  # a definite ending
    ("Goma", "Гоме", True),  # a short name's case form
    ("Truss", "Трас", True),  # another transcription of the vowel
    ("Karolina", "Carolina", True),
    # The stem of one, near the beginning of the other, written with k or c:
    ("Declaration", "Декларација", True),
    ("Commonwealth", "Комонвелтот", True),
    ("Екваторот", "Екуатор", True),  # (the other way round: the listed key's stem)
    ("Blinken", "Shoigu", False),
    ("Skopje", "Струмица", False),
    ("Macron", "Merkel", False),
]


@pytest.mark.parametrize(("listed", "asked", "expected"), CASES)
def test_a_name_among_many_keys_is_found_as_the_rules_find_it(
    listed: str, asked: str, expected: bool
) -> None:
    keys = [*FILLER, name_key(listed, "mk")]
    assert len(keys) >= INDEXED_FROM  # (the index, not the plain loop, answers)
    index = NameKeys(keys)
    key = name_key(asked, "mk")
    for exact in (False, True):
        plain = any(same_or_near(key, k, exact) for k in keys)
        assert index.near(key, exact) == plain
    assert (index.near(key) or index.near(key, exact=True) or index.linked(key)) == expected
    assert index.linked(key) == any(keys_match(key, k) for k in keys)


def test_every_filler_word_finds_itself_and_its_case_forms() -> None:
    index = NameKeys(FILLER)
    for word in FILLER[::37]:
        assert index.near(word, exact=True)
        assert index.near(word + "ot") == any(same_or_near(word + "ot", k, False) for k in FILLER)
