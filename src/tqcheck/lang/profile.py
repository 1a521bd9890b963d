"""Language profiles loaded from lang/data/<code>.json.

Adding a language is adding a JSON file: pronoun genders, negation words, months, number
words, decimal separator and the gender suffixes its morphology uses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from tqcheck.lang.cldr_profile import cldr_fields


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    name: str
    script: str
    apertium: str | None = None
    transliteration: str | None = None
    pronouns: dict[str, str] = field(default_factory=dict)
    ambiguous_pronouns: frozenset[str] = frozenset()
    # Pronouns that may also mean something else (German "sie": she or they) but still say
    # the person is not of the other gender: weak evidence, used where nothing stronger is.
    weak_pronouns: frozenset[str] = frozenset()
    # Object and possessive clitics ("ја", "ga"): never the subject "she"/"he" of a clause.
    object_pronouns: frozenset[str] = frozenset()
    # Auxiliaries and pronouns of the first and second person ("сум", "sam", "я"): a
    # participle next to one speaks of "I" or "you", not of a third person.
    first_second_person: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    # Languages that write pronouns inside words (Chinese 他/她): found in running text,
    # less the words where they are not a pronoun (其他 "other").
    pronouns_in_words: bool = False
    pronoun_exceptions: tuple[str, ...] = ()
    negation: frozenset[str] = frozenset()
    # Negative pronouns and adverbs ("никој", "nothing"): negation even without a negator.
    negative_words: frozenset[str] = frozenset()
    negation_prefixes: tuple[str, ...] = ()
    # Words that carry negation lexically ("failed to", "unable", "regardless"): a
    # translation may render a source negator with one of them.
    negation_soft: frozenset[str] = frozenset()
    negation_soft_prefixes: tuple[str, ...] = ()
    # Languages that write negators inside words (Chinese): counted in running text.
    negation_in_words: bool = False
    negation_exceptions: tuple[str, ...] = ()
    months: dict[str, int] = field(default_factory=dict)
    number_words: dict[str, int] = field(default_factory=dict)
    # Ordinals in every inflected form ("ersten", "первого", "troisième"): data files give
    # them whole (ordinal_words) or as stems with the language's endings.
    ordinal_words: dict[str, int] = field(default_factory=dict)
    # Words for "century", next to which a lone Roman numeral is a number (siglo X).
    century_words: frozenset[str] = frozenset()
    # Scale signs written right after digits (Chinese 万, 亿).
    number_multipliers: dict[str, int] = field(default_factory=dict)
    decimal_separator: str = "."
    gender_suffixes: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    honorifics: dict[str, str] = field(default_factory=dict)
    function_words: frozenset[str] = frozenset()
    # English capitalises month names; lower-case "may" is a verb, not May.
    months_capitalised: bool = False
    # Characters this language needs for what English says in one: length comparisons
    # between languages are scaled by it.
    char_ratio: float = 1.0
    # Whether char_ratio is the language's own (its data file), not the default guess.
    char_ratio_known: bool = False
    # Month names take case endings ("u kolovozu", "в октябре"): matched on their stem.
    inflects_months: bool = False
    # Written after a month's number (Chinese 6月), or before it (Vietnamese "tháng 9").
    month_suffix: str | None = None
    month_prefix: str | None = None
    # German capitalises every noun: capitals do not mark names.
    capitalises_nouns: bool = False
    # Prepositions (and contractions) after which a capitalised word is a place, not a noun
    # ("in Achleiten", "am Lausitzring"), in languages that capitalise nouns.
    place_prepositions: frozenset[str] = frozenset()
    # Phrases this language borrowed whole ("et al", "de facto"): its own text, not words
    # left untranslated.
    borrowed_phrases: tuple[str, ...] = ()
    # One-letter words written onto the next word (Hebrew ב "in", Arabic و "and"): "בנובמבר"
    # is "in November".
    proclitics: tuple[str, ...] = ()
    # Apertium pairs whose analyser for this language is preferred, in order (each pair has
    # its own lexicon; installing another pair must not change the analysis).
    analyser_pairs: tuple[str, ...] = ()
    # Chinese: common surnames in pinyin. An English name opening with one ("Zhang Jike") is
    # the sound of source characters (lang/pinyin_names.py).
    pinyin_surnames: frozenset[str] = frozenset()
    # A word segmenter that tags names ("jieba" for Chinese): where it is set, an English name
    # must be the sound of a source name (lang/chinese_names.py).
    name_tagger: str | None = None
    # Characters of that script that write foreign names by sound (斯, 尔, 特) and that open
    # the language's own people's names (surnames: 陈, 许): with them, a word the tagger calls
    # a person's name is one, and not a common word it mistags.
    transcription_characters: frozenset[str] = frozenset()
    # Characters that end a place's name and are translated, not transcribed (岛, island; 省,
    # province), where pinyin keeps others (山 in "Shaoshan").
    place_suffixes: frozenset[str] = frozenset()
    # Characters that abbreviate a country inside a word (美 in 中美): the keys of the data
    # file's `place_hints`.
    place_hint_characters: frozenset[str] = frozenset()
    # Endings that make a place's adjective of its name (German "Graz-er", "Münchn-er").
    place_adjective_endings: tuple[str, ...] = ()
    surname_characters: frozenset[str] = frozenset()
    # Verbs of saying that put the speaker's name after them in this language ("sagte
    # Putin"): there a lone capitalised word is a person even where nouns are capitalised.
    speech_verbs: frozenset[str] = frozenset()
    # Spelling word lists of the system (Debian's /usr/share/dict), where installed.
    word_lists: tuple[str, ...] = ()
    # How the language joins words into compounds ("Reihe-n-untersuchung"; none where it
    # writes no compounds) and inflects them:
    # a word of the list in such a form is still a word, not a name.
    compound_links: tuple[str, ...] = ()
    inflection_endings: tuple[str, ...] = ()
    # Endings of the dictionary form that an inflection replaces ("Москв-а", "Москв-е").
    lemma_endings: tuple[str, ...] = ()
    # The shortest stem an ending comes off: where the list already holds inflected forms
    # (German "Klos", of Klo), a short stem and an ending make a name ("Klose") a word.
    inflection_min_stem: int = 3

    def without_proclitic(self, word: str) -> list[str]:
        """The word, and the word without a proclitic where it has one."""
        return [word] + [word[len(p) :] for p in self.proclitics if word.startswith(p)]

    @property
    def known(self) -> bool:
        return bool(self.pronouns or self.months)


def _ordinals(raw: dict[str, Any]) -> dict[str, int]:
    words = {k.lower(): int(v) for k, v in raw.get("ordinal_words", {}).items()}
    for stem, value in raw.get("ordinal_stems", {}).items():
        for ending in raw.get("ordinal_endings", []):
            words.setdefault(f"{stem}{ending}".lower(), int(value))
    return words


def _from_json(code: str, raw: dict[str, Any]) -> LanguageProfile:
    return LanguageProfile(
        code=code,
        name=raw.get("name", code),
        script=raw.get("script", "Latn"),
        apertium=raw.get("apertium"),
        transliteration=raw.get("transliteration"),
        pronouns={k.lower(): v for k, v in raw.get("pronouns", {}).items()},
        ambiguous_pronouns=frozenset(raw.get("ambiguous_pronouns", [])),
        weak_pronouns=frozenset(raw.get("weak_pronouns", [])),
        object_pronouns=frozenset(raw.get("object_pronouns", [])),
        first_second_person=frozenset(raw.get("first_second_person", [])),
        subject_pronouns=frozenset(raw.get("subject_pronouns", [])),
        pronouns_in_words=bool(raw.get("pronouns_in_words", False)),
        pronoun_exceptions=tuple(raw.get("pronoun_exceptions", [])),
        negation=frozenset(raw.get("negation", [])),
        negative_words=frozenset(raw.get("negative_words", [])),
        negation_prefixes=tuple(raw.get("negation_prefixes", [])),
        negation_soft=frozenset(raw.get("negation_soft", [])),
        negation_soft_prefixes=tuple(raw.get("negation_soft_prefixes", [])),
        negation_in_words=bool(raw.get("negation_in_words", False)),
        negation_exceptions=tuple(raw.get("negation_exceptions", [])),
        months={k.lower(): v for k, v in raw.get("months", {}).items()},
        number_words={k.lower(): v for k, v in raw.get("number_words", {}).items()},
        ordinal_words=_ordinals(raw),
        century_words=frozenset(w.lower() for w in raw.get("century_words", [])),
        number_multipliers=dict(raw.get("number_multipliers", {})),
        decimal_separator=raw.get("decimal_separator", "."),
        gender_suffixes=raw.get("gender_suffixes", {}),
        honorifics={k.lower(): v for k, v in raw.get("honorifics", {}).items()},
        function_words=frozenset(raw.get("function_words", [])),
        months_capitalised=bool(raw.get("months_capitalised", False)),
        capitalises_nouns=bool(raw.get("capitalises_nouns", False)),
        place_prepositions=frozenset(raw.get("place_prepositions", [])),
        borrowed_phrases=tuple(raw.get("borrowed_phrases", [])),
        proclitics=tuple(raw.get("proclitics", [])),
        month_suffix=raw.get("month_suffix"),
        month_prefix=raw.get("month_prefix"),
        inflects_months=bool(raw.get("inflects_months", False)),
        char_ratio=float(raw.get("char_ratio", 1.0)),
        char_ratio_known="char_ratio" in raw,
        analyser_pairs=tuple(raw.get("analyser_pairs", [])),
        pinyin_surnames=frozenset(raw.get("pinyin_surnames", [])),
        name_tagger=raw.get("name_tagger"),
        transcription_characters=frozenset(raw.get("transcription_characters", "")),
        place_suffixes=frozenset(raw.get("place_suffixes", "")),
        place_adjective_endings=tuple(raw.get("place_adjective_endings", [])),
        place_hint_characters=frozenset(k for k in raw.get("place_hints", {}) if len(k) == 1),
        surname_characters=frozenset(raw.get("surname_characters", "")),
        word_lists=tuple(raw.get("word_lists", [])),
        compound_links=tuple(raw.get("compound_links", [])),
        inflection_endings=tuple(raw.get("inflection_endings", [])),
        lemma_endings=tuple(raw.get("lemma_endings", [])),
        inflection_min_stem=int(raw.get("inflection_min_stem", 3)),
        speech_verbs=frozenset(w.lower() for w in raw.get("speech_verbs", [])),
    )


def available_languages() -> list[str]:
    files = resources.files("tqcheck.lang") / "data"
    return sorted(
        p.name[:-5] for p in files.iterdir() if p.name.endswith(".json") and len(p.name) <= 8
    )


@cache
def get_profile(code: str) -> LanguageProfile:
    """The profile for `code`; an unknown language gets an empty profile, never an error,
    so checks that need no language knowledge still run."""
    if not code.isalpha():
        return LanguageProfile(code=code, name=code, script="Latn")  # never a path
    path = resources.files("tqcheck.lang") / "data" / f"{code.lower()}.json"
    # The CLDR knows every language's script, decimal separator and month names: a data file
    # need not list them, and a language with no file still gets them.
    raw: dict[str, Any] = dict(cldr_fields(code.lower()) or {"name": code, "script": "Latn"})
    if path.is_file():
        given = json.loads(path.read_text(encoding="utf-8"))
        if "months" in given:
            raw.pop("inflects_months", None)
            raw.pop("months_capitalised", None)
        # The CLDR's scale words ("miliarde", "mld") fill in what the file does not list.
        scales = raw.pop("number_words", {})
        raw.update(given)
        raw["number_words"] = {**scales, **raw.get("number_words", {})}
    return _from_json(code.lower(), raw)
