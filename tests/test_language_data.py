"""Language data files are read through the profile's own fields: a misspelt key is an error
that names the file and the key, never silently ignored."""

from __future__ import annotations

import pytest

from tqcheck.errors import LanguageDataError
from tqcheck.lang.name_taggers import name_tagger
from tqcheck.lang.profile import available_languages, get_profile, profile_from_data
from tqcheck.lang.word_lists import word_list


def test_every_shipped_language_file_loads() -> None:
    for code in available_languages():
        assert get_profile(code).code == code


def test_a_misspelt_key_is_an_error_naming_the_file_and_the_key() -> None:
    with pytest.raises(LanguageDataError) as caught:
        profile_from_data("xx", {"pronouns": {"on": "m"}, "pronuons": {}}, "lang/data/xx.json")
    assert "lang/data/xx.json" in str(caught.value)
    assert "'pronuons'" in str(caught.value)


def test_a_derived_field_cannot_be_set_by_a_file() -> None:
    with pytest.raises(LanguageDataError, match="char_ratio_known"):
        profile_from_data("xx", {"char_ratio_known": True}, "lang/data/xx.json")


def test_values_take_the_fields_types_and_case() -> None:
    profile = profile_from_data(
        "xx",
        {
            "_note": "a comment key is allowed",
            "pronouns": {"ОН": "m"},
            "negation": ["не"],
            "place_hints": {"美": ["United States"]},
            "char_ratio": 1.1,
        },
    )
    assert profile.pronouns == {"он": "m"}
    assert profile.negation == frozenset({"не"})
    assert profile.place_hints == {"美": ("United States",)}
    assert profile.place_hint_characters == frozenset({"美"})
    assert profile.char_ratio_known


def test_an_unknown_name_tagger_is_an_error() -> None:
    profile = profile_from_data("xx", {"name_tagger": "nosuch"})
    with pytest.raises(LanguageDataError, match="nosuch"):
        name_tagger(profile)


def test_every_word_list_is_read_in_its_own_encoding() -> None:
    """Swedish and Norwegian lists are ISO-8859-1, the Greek, Slovenian, Estonian and
    Lithuanian hunspell dictionaries ISO8859-7, -2, -15 and -13 (their affix files' SET):
    read as UTF-8 their words with å, έ, ž or õ would be no words at all."""
    for code, word in (
        *(("sv", "från"), ("nb", "både"), ("el", "σπίτι"), ("sl", "življenje")),
        *(("et", "sõna"), ("lt", "žodis"), ("lv", "vārds"), ("vi", "người")),
    ):
        assert word_list(code).knows(word), (code, word)
    for code in available_languages():
        assert not any("\ufffd" in w for w in word_list(code).entries), code
