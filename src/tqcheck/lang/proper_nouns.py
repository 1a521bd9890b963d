"""Which words of a sentence are names: the source's (to find in the MT) and the MT's (to trace
back to the source).

The analyser decides where one is installed: a proper-noun reading (<np>) makes a name, a
common-word reading makes none, and a capitalised word it does not know is most likely a
foreign name. Without an analyser, capitalisation inside the sentence decides, except in
languages that capitalise every noun (German), where recognised person names and words spelled
like no word of the language count.
"""

from __future__ import annotations

import regex

from tqcheck.lang.analysis import TextFacts
from tqcheck.lang.foreign_words import is_foreign_word
from tqcheck.lang.profile import LanguageProfile
from tqcheck.lang.word_lists import word_list
from tqcheck.text.tokens import Token, is_sentence_initial, without_elision

MIN_NAME_LENGTH = 3


def _looks_like_name(facts: TextFacts, tok: Token) -> bool:
    return (
        tok.text[0].isalpha()
        and tok.is_capitalised
        and len(tok.text) >= MIN_NAME_LENGTH
        and not is_sentence_initial(facts.text, tok.start)
    )


def _is_ordinary_word(tok: Token, profile: LanguageProfile) -> bool:
    lower = tok.lower
    return (
        lower in profile.months
        or lower in profile.number_words
        or lower in profile.function_words
        or lower.rstrip(".") in profile.honorifics
        or lower in profile.polite_pronouns
    )


# Letters a word needs before its spelling says which language it is from; a sentence's first
# word needs more, as most are ordinary words ("Sin embargo").
MIN_FOREIGN_LENGTH = 4
MIN_FOREIGN_INITIAL = 5


def _foreign_name(facts: TextFacts, tok: Token, profile: LanguageProfile) -> Token | None:
    """The name in a word spelled like no word of the language: the word itself, or the part
    of a hyphenated German compound before its noun ("Rakoczy-Reitturnier": Rakoczy)."""
    if is_sentence_initial(facts.text, tok.start) and (
        len(tok.text) < MIN_FOREIGN_INITIAL or facts.morph is not None
    ):
        # (Where an analyser is installed, a sentence's first word it does not know is as
        # often a rare word as a name.)
        return None
    word = without_elision(tok.text)
    parts = word.split("-")
    if _unlisted(parts[-1], profile) or (
        _foreign_word(parts[-1], profile) and not _listed(parts[-1], profile)
    ):
        return tok
    if not profile.capitalises_nouns or len(parts) < 2 or not parts[-1][:1].isupper():
        return None
    offset = tok.end - len(word)
    for part in parts[:-1]:
        if _foreign_word(part, profile):
            return Token(part, offset, offset + len(part))
        offset += len(part) + 1
    return None


def _foreign_word(word: str, profile: LanguageProfile) -> bool:
    return (
        word[:1].isupper()
        and len(word) >= MIN_FOREIGN_LENGTH
        and is_foreign_word(word, profile.code)
    )


def _listed(word: str, profile: LanguageProfile) -> bool:
    """A word of the language's spelling list, as written ("Person", "Graveur": loanwords
    whose spelling looks foreign)."""
    return word_list(profile.code).knows(word)


def _unlisted(word: str, profile: LanguageProfile) -> bool:
    """A capitalised word the language's spelling list knows in no form, inflected or as a
    compound: in German, where every noun is capitalised, most such words are names
    ("Fleetwood", "Klose")."""
    words = word_list(profile.code)
    return (
        profile.capitalises_nouns
        and bool(words)
        and word[:1].isupper()
        and len(word) >= MIN_FOREIGN_LENGTH
        and not word.isupper()
        and not words.knows_any_form(word, profile)
    )


_ROMAN_NUMERAL = regex.compile(r"[IVXLCDM]+(?:e|er|re|ème)?")


def source_name_tokens(facts: TextFacts, profile: LanguageProfile) -> list[Token]:
    person_words = {w for m in facts.persons for w in m.tokens}
    names: list[Token] = []
    for i, tok in enumerate(facts.tokens):
        if not tok.text[0].isalpha() or len(tok.text) < MIN_NAME_LENGTH:
            continue
        if _ROMAN_NUMERAL.fullmatch(tok.text):
            continue  # "XIe siècle", "Louis XIV": numbers, which the numbers check compares
        if _is_ordinary_word(tok, profile) and tok.text not in person_words:
            continue
        morph = facts.morph[i] if facts.morph else None
        if tok.text in person_words:
            names.append(tok)
        elif morph is not None and morph.known:
            # (A sentence's first word is capitalised whatever it is: with a common reading
            # too, "Сега" is "now" before it is Sega.)
            initial = is_sentence_initial(facts.text, tok.start)
            readings = morph.readings
            if (
                tok.is_capitalised
                and any(r.has("np") for r in readings)
                and not (initial and any(not r.has("np") for r in readings))
            ):
                names.append(tok)
        elif _looks_like_name(facts, tok) and (not profile.capitalises_nouns or tok.text.isupper()):
            # (Where every noun is capitalised, an acronym still stands out: "die NSA".)
            names.append(tok)
        elif (foreign := _foreign_name(facts, tok, profile)) is not None:
            # German capitalises every noun, and every language a sentence's first word:
            # there a word spelled like no word of the language is a name ("Murray verlor").
            names.append(foreign)
    return names


def mt_name_tokens(
    facts: TextFacts, profile: LanguageProfile, known_places_are_names: bool = True
) -> list[Token]:
    """Capitalised words of an MT that are names rather than title-cased words (or, in a
    language that capitalises every noun, nouns: there a name is a word its spelling list
    knows in no form).

    With `known_places_are_names` false, places the analyser knows (Germany, Moscow) are left
    out: without an engine they cannot be traced to a source that calls them Deutschland.
    """
    names: list[Token] = []
    for i, tok in enumerate(facts.tokens):
        if not _looks_like_name(facts, tok) or tok.text.isupper():
            continue
        if tok.lower.rstrip(".") in profile.honorifics:
            continue  # "Madam Elizabeth": a title, the source's common noun ("госпоѓа")
        if profile.capitalises_nouns and not _unlisted(without_elision(tok.text), profile):
            continue  # ("Einkommensunterschiede": a compound noun)
        if any(part[:1].islower() for part in tok.text.split("-")):
            continue  # "T-shirt", "U-boats": a word, not a name
        morph = facts.morph[i] if facts.morph else None
        if morph is not None and morph.known:
            if not all(r.has("np") for r in morph.readings):
                continue  # an ordinary word, title-cased ("the Government")
            if not known_places_are_names and any(r.has("top") for r in morph.readings):
                continue
        names.append(tok)
    return names
