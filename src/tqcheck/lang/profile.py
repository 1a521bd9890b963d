"""Language profiles loaded from lang/data/<code>.json.

Adding a language is adding a JSON file: pronoun genders, negation words, months, number
words, decimal separator and the gender suffixes its morphology uses.
"""

from __future__ import annotations

import json
from dataclasses import Field, dataclass, field, fields
from functools import cache
from importlib import resources
from typing import Any, get_args, get_origin, get_type_hints

import regex

from tqcheck.errors import LanguageDataError
from tqcheck.lang.cldr_profile import cldr_fields
from tqcheck.text.tokens import without_elision

# Field markers: keys and words read lower-case; a value computed from other keys, which no
# data file may set.
_LOWER = {"lower": True}
_DERIVED = {"derived": True}


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    name: str
    script: str
    apertium: str | None = None
    transliteration: str | None = None
    pronouns: dict[str, str] = field(default_factory=dict, metadata=_LOWER)
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
    # Third-person forms of one gender that also stand for neuter nouns (Macedonian "го",
    # "му": him or it): only the other gender's forms say the referent is no thing.
    pronouns_also_neuter: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # Pronouns for a thing ("it", "its"): a person's pronoun rendered so is the person made a
    # thing ("Moscow agreed to visit it", for "ја прими", receive her).
    inanimate_pronouns: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # Third-person pronouns that follow a noun's grammatical gender (German "er" for der
    # Tisch, French "elle" for la table): in a translation they say little of a person's sex.
    pronouns_follow_noun_gender: bool = False
    # Languages that write pronouns inside words (Chinese 他/她): found in running text,
    # less the words where they are not a pronoun (其他 "other").
    pronouns_in_words: bool = False
    pronoun_exceptions: tuple[str, ...] = ()
    # Subject pronouns written onto their verb with a hyphen (French "dit-il", "a-t-elle").
    hyphenated_pronouns: bool = False
    # Phrases in which a pronoun of two readings refers to no one (French "il y a", "il
    # s'agit", "il faut"): no gender cue there.
    impersonal_phrases: tuple[str, ...] = ()
    negation: frozenset[str] = frozenset()
    # Negative pronouns and adverbs ("никој", "nothing"): negation even without a negator.
    negative_words: frozenset[str] = frozenset()
    negation_prefixes: tuple[str, ...] = ()
    # Words that carry negation lexically ("failed to", "unable", "regardless"): a
    # translation may render a source negator with one of them.
    negation_soft: frozenset[str] = frozenset()
    negation_soft_prefixes: tuple[str, ...] = ()
    # Prefixes that negate only adjectives (English "in-" of "incomplete", not of "income"):
    # soft where the rest is a word with one of adjective_endings.
    negation_soft_adjective_prefixes: tuple[str, ...] = ()
    adjective_endings: tuple[str, ...] = ()
    # Endings of nouns made from adjectives ("uncertainty", "insecurity", "unhappiness"): such
    # a noun negated by a prefix renders a negation as its adjective does.
    negation_soft_noun_endings: tuple[str, ...] = ()
    # Suffixes that negate the word they end ("boundless", "ageless").
    negation_soft_suffixes: tuple[str, ...] = ()
    # Phrases that carry negation lexically ("far from", "anything but").
    negation_soft_phrases: tuple[str, ...] = ()
    # What follows such a prefix (or precedes a negating suffix) without being negated by it
    # (Russian "сколько" of "несколько", several; English "mediate" of "immediate"), and
    # the words that begin with it (Macedonian "гов" of "неговиот", his).
    negation_soft_exceptions: frozenset[str] = frozenset()
    # Languages that write negators inside words (Chinese): counted in running text.
    negation_in_words: bool = False
    # Words that begin or hold a negator and do not negate ("n'importe"; Chinese 不仅; in a
    # spaced language, a negator and the next word: "not only").
    negation_exceptions: tuple[str, ...] = ()
    # Particles that negate only with a partner (French "ne" of "ne ... pas"): alone they are
    # expletive or restrictive ("ne ... que", only).
    negation_needs_partner: tuple[str, ...] = ()
    negation_partners: frozenset[str] = frozenset()
    # Negative words that negate only after such a particle in their clause (French
    # "jamais" of "n'a jamais", but "à jamais", forever; "le plus beau jamais vu", ever).
    negation_needs_particle: frozenset[str] = frozenset()
    # Negators that are also a noun after these words (French "pas": "à deux pas", "le
    # premier pas", a step).
    negation_noun_after: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Negators that before a word form a lexical negative of it, as a prefix would
    # (French "non urgent", elective; "à but non lucratif", non-profit).
    negation_as_prefix: frozenset[str] = frozenset()
    # Negators that are also a pronoun (Macedonian "не", us): where the translation has
    # the pronoun of that person (pronoun_persons), the word may be the pronoun.
    negation_pronoun_homographs: dict[str, str] = field(default_factory=dict)
    # The language's pronouns by person and number ("1pl": we, us, our).
    pronoun_persons: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Where a segmenter reads the language's words (`segmenter`), the words that negate the
    # clause though they hold more than a negator (Chinese 不会 "will not", 无法 "cannot");
    # other words that hold one are lexical ("不平等", inequality).
    negation_compounds: frozenset[str] = frozenset()
    # Characters that strengthen a negator written after them in one word (并非, 从未).
    negation_intensifiers: frozenset[str] = frozenset()
    # Questions of the form "A not A" (Chinese 会不会, "will it or not"): no negation.
    a_not_a_questions: bool = False
    # A word segmenter for a language written without spaces (lang/segmenters.py).
    segmenter: str | None = None
    months: dict[str, int] = field(default_factory=dict, metadata=_LOWER)
    number_words: dict[str, int] = field(default_factory=dict, metadata=_LOWER)
    # Endings that make a number word a multiple of it in one word ("zehnmal", "zehnfach",
    # "tenfold"): the word still says its number.
    multiplicative_suffixes: tuple[str, ...] = ()
    # Scale words in the form they take after numbers other than one ("millions",
    # "милиони", "Millionen"; the CLDR's, and the file's): alone, with no number before them,
    # they say "many" ("des millions de personnes", "тысячи людей"), no number.
    plural_scale_words: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # Phrases that add a share to the number before them, right after it or after one word
    # (one character in a script without spaces), and the share: "two and a half", "deux
    # ans et demi", "два с половиной", "两年半", "12 ans trois quarts"; words in the phrase
    # may be joined by hyphens.
    fraction_phrases: dict[str, float] = field(default_factory=dict, metadata=_LOWER)
    # Endings that add a half to a number word in one word ("zweieinhalb", "tweeënhalf").
    half_suffixes: tuple[str, ...] = ()
    # Phrases before a number word that take a share of it ("half a million", "a quarter of
    # a million", "pola milijuna", "medio millón"): the share by phrase.
    fraction_prefixes: dict[str, float] = field(default_factory=dict, metadata=_LOWER)
    # Words written with numerals that say no number (Chinese 十分 "very", 两岸 "both
    # sides of the strait", 零下 "below zero", the sign of the number after it).
    numeral_idioms: tuple[str, ...] = ()
    # ... and the longer words around them that are numbers (十分钟, ten minutes).
    numeral_idiom_exceptions: tuple[str, ...] = ()
    # Ordinals in every inflected form ("ersten", "первого", "troisième"): data files give
    # them whole (ordinal_words) or as stems with the language's endings; the profile's
    # ordinal_words hold both.
    ordinal_words: dict[str, int] = field(default_factory=dict)
    ordinal_stems: dict[str, int] = field(default_factory=dict)
    ordinal_endings: tuple[str, ...] = ()
    # Endings written onto an ordinal's digits ("21st", "5-ти").
    ordinal_suffixes: tuple[str, ...] = ()
    # Clock times beyond "22:08" and the hour symbol "h", which every language reads: words
    # after a whole hour ("um 18 Uhr", "во 18 часот"); words after a dotted time that make it
    # one ("3.40 Uhr"); the hour's abbreviation after a time ("23:35 ч"); signs between the
    # hour and the minutes ("15时50分") and after a whole hour ("9点"); the sign of half past
    # ("9点半"); the marks of a twelve-hour clock, with or without dots ("6 p.m.", "11am").
    hour_words: tuple[str, ...] = ()
    dotted_time_words: tuple[str, ...] = ()
    hour_abbreviations: tuple[str, ...] = ()
    hour_signs: tuple[str, ...] = ()
    whole_hour_signs: tuple[str, ...] = ()
    minute_sign: str | None = None
    half_hour_sign: str | None = None
    meridiem_marks: tuple[str, ...] = ()
    # Words for "century", next to which a lone Roman numeral is a number (siglo X).
    century_words: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # Numerals written with digit and unit characters (lang/cjk_numerals.py: 两百万, 26万亿):
    # the digits, the small units (十, 百, 千), the large ones (万, 亿) and the signs of "more
    # than" between a number and its unit (300多万).
    numeral_digits: dict[str, int] = field(default_factory=dict)
    numeral_units: dict[str, int] = field(default_factory=dict)
    numeral_large_units: dict[str, int] = field(default_factory=dict)
    numeral_approximations: tuple[str, ...] = ()
    # Signs before a number that make it vague (数十, "dozens"; 几万, "tens of thousands") or
    # an ordinal (第三, "third"): no value to compare.
    numeral_vague_markers: tuple[str, ...] = ()
    ordinal_prefixes: tuple[str, ...] = ()
    # Words that join the two ends of a range ("from 305 to 315 million", "de 4,2 à 4,1
    # Md$"): a scale after the second is the first's too.
    range_words: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # Scale abbreviations written right after digits or before a currency sign ("$5m",
    # "£2bn", French "500 M$", "4,2 Md$"), as the language writes them (case counts).
    scale_abbreviations: dict[str, int] = field(default_factory=dict)
    # Scale signs written right after digits (Chinese 万, 亿).
    number_multipliers: dict[str, int] = field(default_factory=dict)
    decimal_separator: str = "."
    gender_suffixes: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # The analyser's tags of a gendered past-tense verb: Macedonian and Serbo-Croatian
    # l-participles are <lp>, Russian past forms <vblex><past>.
    past_tense_tags: tuple[str, ...] = ("lp",)
    # The analyser's tag of an inanimate noun (Russian "комиссия" <nn>), where it marks
    # animacy, and the tags of proper nouns that name no person (places, organisations): a
    # past-tense verb agreeing with one says nothing of a person's gender
    # (lang/verb_subjects.py).
    inanimate_noun_tag: str = ""
    thing_name_tags: tuple[str, ...] = ()
    # The tag of an animate noun ("актера" <aa>): a noun naming a person the sentence
    # mentions besides its subject, whom a pronoun may mean (lang/person_nouns.py).
    animate_noun_tag: str = ""
    # Whether the analyser's lexicon lists the language's proper nouns. Apertium's Macedonian
    # one does ("Скопје" <np><top>); its Russian one (apertium-rus-ukr) lists few: "Путин" is
    # unknown and "Маска" (Musk's) reads only as маска, a mask. Where it does not, names are
    # judged by their spelling, as with no analyser, and the analyser serves the grammar of
    # gender cues alone.
    analyser_lists_names: bool = True
    # Endings of past-tense forms a dictionary of lemmas lists as words of their own
    # (Russian hunspell: "пришла", "ушёл"): verbs still, not nouns.
    participle_lemma_endings: tuple[str, ...] = ()
    honorifics: dict[str, str] = field(default_factory=dict, metadata=_LOWER)
    function_words: frozenset[str] = frozenset()
    # Words no phrase ends with (conjunctions, prepositions, articles; not separable verb
    # prefixes, clitics or pronouns, which may): a string that ends with one was cut off.
    dangling_words: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # English capitalises month names; lower-case "may" is a verb, not May.
    months_capitalised: bool = False
    # ... and where the file lists the month names that are also words ("may", "march"),
    # only those need their capital: "on september 30" is a date.
    month_homographs: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # Month names that are also verbs opening a question or a wish, and the subjects after
    # which they are the verb: "May I ask", "May they rest" (not "May 5").
    verb_months: dict[str, frozenset[str]] = field(default_factory=dict, metadata=_LOWER)
    # Characters this language needs for what English says in one: length comparisons
    # between languages are scaled by it.
    char_ratio: float = 1.0
    # Whether char_ratio is the language's own (its data file), not the default guess.
    char_ratio_known: bool = field(default=False, metadata=_DERIVED)
    # Month names take case endings ("u kolovozu", "в октябре"): matched on their stem.
    inflects_months: bool = False
    # Written after a month's number (Chinese 6月), or before it (Vietnamese "tháng 9").
    month_suffix: str | None = None
    month_prefix: str | None = None
    # Languages so like this one that language identification cannot tell a string of one
    # from the other (Croatian and Bosnian, Czech and Slovak): a string it reads as one of
    # them is no string in the wrong language.
    close_languages: tuple[str, ...] = ()
    # A month's number spelled out after month_prefix, or its own name for it (Vietnamese
    # "tháng tư", April; "tháng giêng", January): the calendars of UI catalogs write them.
    month_number_words: dict[str, int] = field(default_factory=dict, metadata=_LOWER)
    # The sign after a day of the month (Chinese 1日): news datelines write the day alone,
    # "30日", and leave the month to the reader; a translation writes it ("September 30").
    day_suffix: str | None = None
    # German capitalises every noun: capitals do not mark names.
    capitalises_nouns: bool = False
    # Endings of derived nouns ("-ung", "-keit"): a capitalised word with one is no name.
    noun_suffixes: tuple[str, ...] = ()
    # Prepositions (and contractions) after which a capitalised word is a place, not a noun
    # ("in Achleiten", "am Lausitzring"), in languages that capitalise nouns.
    place_prepositions: frozenset[str] = frozenset()
    # Phrases this language borrowed whole ("et al", "de facto"): its own text, not words
    # left untranslated.
    borrowed_phrases: tuple[str, ...] = ()
    # Case endings written after an apostrophe onto names (Turkish "Ankara'da", in Ankara).
    suffix_after_apostrophe: bool = False
    # Endings of the possessive, and contracted auxiliaries, that names take ("Bush's",
    # "Tom'll"): no part of the name.
    possessive_suffixes: tuple[str, ...] = ()
    # Articles: a word that is a surname and a noun ("King", "Green") is the noun after one.
    articles: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # Whether the language writes articles as words of their own (Russian and Croatian write
    # none, Macedonian and Bulgarian suffix them): where it does not, a source's articles are
    # no length its translation owes.
    article_words: bool = True
    # Units named after people ("degrees Celsius"): no person's name.
    unit_names: frozenset[str] = frozenset()
    # Units of measure written after a number, lower-case, and the unit each names ("feet"
    # and "ft": ft; "километри": km; "公里": km): a changed value with other units on the two
    # sides may be a conversion.
    measure_units: dict[str, str] = field(default_factory=dict)
    # Pronouns of polite address, which the language capitalises inside a sentence ("Вам",
    # "Vaš", "Ihnen"): no names.
    polite_pronouns: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # Endings that make a place's adjective or people ("Rome"/"Roman", "Asia"/"Asian",
    # "Iraq"/"Iraqi"), after the name or the name without its final vowel.
    demonym_endings: tuple[str, ...] = ()
    # Scripts whose names the language's texts keep as they are spelled ("Tesla", "Reuters",
    # "Joe Donnelly" in a Russian or Chinese article). Unless a file says otherwise: the Latin
    # script for a language written in another, none for one written in Latin (an English
    # text spells every name in its own letters).
    kept_name_scripts: tuple[str, ...] = ()
    # Words written after a person's name that are no part of it ("Jr", "Sr").
    name_suffixes: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # Words of names that translations translate, with their English ("Санкт" of
    # Санкт Петербург, "Saint"): where the MT has the translation, the word is not lost.
    translated_name_words: dict[str, str] = field(default_factory=dict, metadata=_LOWER)
    # How the language abbreviates words in names ("saint": "St"; "mount": "Mt").
    word_abbreviations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # How the language spells sounds in names, as ordered regular expressions over a
    # lower-case name and what each spells in a phonetic (Slavic-style) romanisation: other
    # alphabets write foreign names by sound ("Kowloon" is Каулун, "Chase" Чејс, "Auckland"
    # Окланд), so a name's sounds, not its letters, meet their transcription.
    name_sounds: dict[str, str] = field(default_factory=dict)
    # Subject pronouns that, right after a person's name, name the subject twice ("Sergei
    # Shoigu he also agreed").
    resumptive_pronouns: tuple[str, ...] = ()
    # Words that, right before the name, make it an object, so that the pronoun after it
    # begins a clause of its own: prepositions ("the death of Johnson he will ask") and verbs
    # that take a person before a clause ("I told Tom he was welcome").
    resumptive_blockers: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # Words the language doubles on purpose ("had had", "very very").
    allowed_doublings: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # Words that join two pronouns into one that names no one's gender ("he or she").
    pronoun_pair_joiners: tuple[str, ...] = ()
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
    # Words and characters that name a country inside a word (美 in 中美: the United States),
    # with the English names of the places they name.
    place_hints: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The one-character keys of `place_hints`.
    place_hint_characters: frozenset[str] = field(default=frozenset(), metadata=_DERIVED)
    # The language's names of places the CLDR does not list, such as abbreviations ("США"),
    # with their English names; they win over the CLDR's.
    place_names: dict[str, str] = field(default_factory=dict)
    # English only: other names of a place than the CLDR's ("US", "Britain").
    place_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # English only: the generic words of place names ("Islands", "Republic"), lower-case.
    place_generic_words: frozenset[str] = frozenset()
    # Endings that make a place's adjective of its name (German "Graz-er", "Münchn-er").
    place_adjective_endings: tuple[str, ...] = ()
    surname_characters: frozenset[str] = frozenset()
    # Verbs of saying that put the speaker's name after them in this language ("sagte
    # Putin"): there a lone capitalised word is a person even where nouns are capitalised.
    speech_verbs: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    # Words that introduce an example ("e.g.", "např.", "z. B."): a user-interface string's
    # examples are the translator's to localize (a date in the locale's own form).
    example_markers: tuple[str, ...] = ()
    # The legends printed on a keyboard's keys in this language ("Shift", "Home", "Esc"): a
    # user interface that names a key shows its legend, which many locales keep as it is.
    key_legends: frozenset[str] = frozenset()
    # Spelling word lists of the system (Debian's /usr/share/dict), where installed.
    word_lists: tuple[str, ...] = ()
    # The language's word-frequency list in wordfreq, where its code is another ("sh" for
    # Croatian, Serbian and Bosnian); by default the language's own code.
    usage_list: str = ""
    # How the language joins words into compounds ("Reihe-n-untersuchung"; none where it
    # writes no compounds) and inflects them:
    # a word of the list in such a form is still a word, not a name.
    compound_links: tuple[str, ...] = ()
    # Particles a language runs into the word before ("hangup", "popup", "checkout").
    compound_particles: frozenset[str] = field(default=frozenset(), metadata=_LOWER)
    inflection_endings: tuple[str, ...] = ()
    # Endings of the dictionary form that an inflection replaces ("Москв-а", "Москв-е").
    lemma_endings: tuple[str, ...] = ()
    # The shortest stem an ending comes off: where the list already holds inflected forms
    # (German "Klos", of Klo), a short stem and an ending make a name ("Klose") a word.
    inflection_min_stem: int = 3

    def bare_word(self, word: str) -> str:
        """The word proper: without an elided article ("Allemagne" of "l'Allemagne") and,
        where the language writes case endings after an apostrophe, without them
        (Turkish "Ankara" of "Ankara'da")."""
        word = without_elision(word)
        if self.suffix_after_apostrophe:
            word = regex.split(r"['’]", word, maxsplit=1)[0]
        return word

    def without_possessive(self, word: str) -> str:
        """The word without a possessive ending ("Bush" of "Bush's")."""
        if not word.endswith(self.possessive_suffixes):
            return word  # (most words: one test, not one per ending)
        for suffix in self.possessive_suffixes:
            if word.endswith(suffix) and len(word) > len(suffix):
                return word[: -len(suffix)]
        return word

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


def _converted(spec: Field[Any], hint: Any, value: Any) -> Any:
    """A data file's value in the form the field's type declares: JSON lists become tuples or
    frozensets (a string, a set of its characters), keys and words lower-case where the field
    says so."""
    lower = bool(spec.metadata.get("lower"))
    origin = get_origin(hint)
    if origin is frozenset:
        return frozenset(v.lower() if lower else v for v in value)
    if origin is tuple:
        return tuple(value)
    if origin is dict:
        item = get_args(hint)[1]
        table = {k.lower() if lower else k: v for k, v in value.items()}
        if get_origin(item) is tuple:
            return {k: tuple(v) for k, v in table.items()}
        if get_origin(item) is frozenset:
            return {k: frozenset(w.lower() if lower else w for w in v) for k, v in table.items()}
        return table
    if hint in (bool, float, int):
        return hint(value)
    return value


@cache
def _fields() -> dict[str, tuple[Field[Any], Any]]:
    hints = get_type_hints(LanguageProfile)
    return {f.name: (f, hints[f.name]) for f in fields(LanguageProfile)}


def profile_from_data(code: str, raw: dict[str, Any], given: str = "") -> LanguageProfile:
    """A profile from a data file's keys (and the CLDR's), each read through its field.
    A key that names no field, or one derived from others, is an error naming `given`, the
    file it came from: a misspelt key must not be silently ignored."""
    known = _fields()
    values: dict[str, Any] = {"code": code, "name": code, "script": "Latn"}
    for key, value in raw.items():
        if key.startswith("_"):
            continue  # a comment ("_note")
        if key not in known or key == "code" or known[key][0].metadata.get("derived"):
            raise LanguageDataError(f"{given or code}: unknown key {key!r} in language data")
        values[key] = _converted(*known[key], value)
    if "kept_name_scripts" not in raw:
        values["kept_name_scripts"] = ("Latn",) if values["script"] != "Latn" else ()
    values.setdefault("usage_list", code)
    values["ordinal_words"] = _ordinals(raw)
    values["char_ratio_known"] = "char_ratio" in raw
    hints = raw.get("place_hints", {})
    values["place_hint_characters"] = frozenset(k for k in hints if len(k) == 1)
    return LanguageProfile(**values)


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
        # The CLDR's scale words ("miliarde", "mld") and their plurals fill in what the file
        # does not list.
        scales = raw.pop("number_words", {})
        plurals = raw.pop("plural_scale_words", [])
        raw.update(given)
        raw["number_words"] = {**scales, **raw.get("number_words", {})}
        raw["plural_scale_words"] = [*plurals, *raw.get("plural_scale_words", [])]
    return profile_from_data(code.lower(), raw, f"lang/data/{code.lower()}.json")


def is_language_data(profile: LanguageProfile) -> bool:
    """Whether `profile` is the one its language's data gives (get_profile's), so that what
    is worked out from it may be cached by the language's code; a profile built from other
    data is not."""
    return profile is get_profile(profile.code)
