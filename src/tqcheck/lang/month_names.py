"""Month names in running text, in any case form: "kolovozu" of "kolovoz", "березні" of
"берез", "marcu" of "marca"; and whether a word that spells a month is one there ("may" is a
verb, "Life on Mars" a title)."""

from __future__ import annotations

import unicodedata

import regex

from tqcheck.lang.names import first_name_gender
from tqcheck.lang.profile import LanguageProfile
from tqcheck.text.tokens import is_sentence_initial

# Shorter month names ("мај") are matched whole, never as stems.
MIN_STEM_LOOKUP = 4
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")


# Lookups already made, by table (kept alive here, so its id stays its own): every word of
# every text is looked up, most of them many times. With them, the table's forms by their
# first MIN_STEM_LOOKUP letters: a form or stem matches only a word that begins with it.
_LOOKED_UP: dict[int, tuple[dict[str, int], dict[str, int | None], dict[str, list[str]]]] = {}


def month_lookup(word: str, months: dict[str, int]) -> int | None:
    """A month in any case: a listed form or stem with a case ending ("kolovozu" of
    "kolovoz", "березні" of "берез"), or a form whose last letter a vowel replaces ("marcu",
    in March, of "marca"). A form that ends in a vowel takes no ending: "јуниор" (junior) is
    no case of "јуни", nor "studente" (students) of "studeni"."""
    if word in months:
        return months[word]
    found = _LOOKED_UP.get(id(months))
    if found is None:
        by_start: dict[str, list[str]] = {}
        for name in months:  # (in the table's order: the first form that fits decides)
            by_start.setdefault(name[:MIN_STEM_LOOKUP], []).append(name)
        found = _LOOKED_UP[id(months)] = (months, {}, by_start)
    _, seen, by_start = found
    if word not in seen:
        seen[word] = _month_of_form(word, months, by_start.get(word[:MIN_STEM_LOOKUP], []))
    return seen[word]


def _month_of_form(word: str, months: dict[str, int], names: list[str]) -> int | None:
    """The month of a case form, among the table's `names` that begin as the word does."""
    for name in names:
        ending = word[len(name) :]
        if (
            len(name) >= MIN_STEM_LOOKUP
            and not _starts_with_vowel(name[-1:])
            and word.startswith(name)
            and len(ending) <= 3
        ):
            return months[name]
    for name in names:
        stem, ending = name[:-1], word[len(name) - 1 :]
        if (
            len(stem) >= MIN_STEM_LOOKUP
            and word.startswith(stem)
            and 0 < len(ending) <= 3
            and _starts_with_vowel(ending)
        ):
            return months[name]
    return None


# Vowels of the Latin, Cyrillic and Greek alphabets, before accents.
_VOWELS = frozenset("aeiouyаеиоуыэюяіїєёαεηιουω")


def _starts_with_vowel(text: str) -> bool:
    base = unicodedata.normalize("NFD", text[:1].lower())[:1]
    return base in _VOWELS


def _is_calendar_word(text: str, start: int, profile: LanguageProfile) -> bool:
    """Whether the word at `start` is itself a month ("June July"), as in a list."""
    word = _WORD.match(text, start)
    return word is not None and month_lookup(word.group().lower(), profile.months) is not None


def _needs_capital(word: str, profile: LanguageProfile) -> bool:
    """Whether the month name counts only capitalised, as English writes its months."""
    if not profile.months_capitalised:
        return False
    return not profile.month_homographs or word in profile.month_homographs


def near_month_or_century(text: str, m: regex.Match[str], profile: LanguageProfile) -> bool:
    """Whether a word stands next to a month name or a word for "century"."""
    near = _WORD.findall(text[max(0, m.start() - 20) : m.start()])[-2:]
    near += _WORD.findall(text[m.end() : m.end() + 20])[:2]
    for word in near:
        lowered = word.lower()
        if lowered in profile.century_words:
            return True
        month = (
            month_lookup(lowered, profile.months) if profile.inflects_months else None
        ) or profile.months.get(lowered)
        if month is not None and (not _needs_capital(lowered, profile) or word[0].isupper()):
            return True
    return False


def _after_a_given_name(text: str, start: int, profile: LanguageProfile) -> bool:
    """Whether a first name or an honorific stands right before ("Theresa May", "Mrs May")."""
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if before is None:
        return False
    word = before.group(1)
    return word.lower() in profile.honorifics or (
        word[0].isupper() and first_name_gender(word, profile.code) is not None
    )


# A capitalised word right after: the month's name is a first name ("April Ryan", "June
# Carter", "Maja Petrovska").
_NAME_AFTER = regex.compile(r"\s+\p{Lu}\p{Ll}")


# The word right before, with one space between: a first name or an honorific there makes
# the month's name a surname ("Theresa May", "Mrs May", "Brian May").
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}\p{M}]*)\.? $")
# The word right after, for a month that is also a verb ("May I ask").
_WORD_AFTER = regex.compile(r"\s+(\p{L}+)")


def reads_as_month(text: str, m: regex.Match[str], profile: LanguageProfile) -> bool:
    word = str(m.group())
    after = _NAME_AFTER.match(text, m.end())
    if word[0].isupper() and after and not _is_calendar_word(text, after.end() - 2, profile):
        return False
    if word[0].isupper() and _after_a_given_name(text, m.start(), profile):
        return False
    subjects = profile.verb_months.get(word.lower())
    if subjects and is_sentence_initial(text, m.start()):
        subject = _WORD_AFTER.match(text, m.end())
        if subject and subject.group(1).lower() in subjects:
            return False
    if profile.months_capitalised:
        # (Lower-case "may" is a verb; "september" is still the month.)
        return word[0].isupper() or not _needs_capital(word.lower(), profile)
    # Where months are written lower-case, a capitalised one inside a sentence is a name
    # ("Life on Mars").
    # (Scripts without case, such as Devanagari, have no such names.)
    return not word[0].isupper() or is_sentence_initial(text, m.start())
