"""Tests on single words of a sentence pair: is an MT word a person's name, a place, a word the
MT language knows; is a source name one no translation changes."""

from __future__ import annotations

from tqcheck.checks.base import DocumentContext
from tqcheck.lang.analysis import TextFacts
from tqcheck.lang.morphology import MorphToken
from tqcheck.lang.name_sounds import spoken_key
from tqcheck.lang.names import name_key
from tqcheck.lang.script import SPELLED_OUT_SCRIPTS, dominant_script
from tqcheck.lang.word_lists import WordList, knows_inflected_forms, word_list
from tqcheck.text.tokens import Token, is_acronym, word_before

# A shorter part of a hyphenated name ("Tri-Nation") is a prefix, not a name of its own.
MIN_PART = 4


def mt_key(tok: Token, ctx: DocumentContext) -> str:
    """Name key of an MT word without the possessive ("Bush's")."""
    return name_key(ctx.tgt.without_possessive(tok.text), ctx.tgt.code)


def mt_sound_key(tok: Token, ctx: DocumentContext) -> str:
    """Key of how an MT name sounds ("Kowloon" as kaulun): what a source that writes foreign
    names by sound spells (Каулун)."""
    return spoken_key(ctx.tgt.without_possessive(tok.text), ctx.tgt.code)


def lemma_keys(facts: TextFacts, lang: str) -> list[str]:
    """Keys of the analyser's lemmas: the nominative "Kalifornija" behind "Kalifornije"."""
    if facts.morph is None:
        return []
    return [name_key(r.lemma, lang) for m in facts.morph if m is not None for r in m.readings[:2]]


def morph_of(facts: TextFacts, tok: Token) -> MorphToken | None:
    if facts.morph is None:
        return None
    i = facts.index_of(tok)
    return facts.morph[i] if i is not None else None


def known_word(facts: TextFacts, tok: Token, ctx: DocumentContext) -> bool:
    """Whether the MT language's analyser knows the word (a common word or a known place)."""
    morph = morph_of(facts, tok)
    return (
        morph is not None
        and morph.known
        and (
            not any(r.has("ant") or r.has("cog") for r in morph.readings)
            or noun_after_article(facts, tok, ctx)
        )
    )


def common_word(facts: TextFacts, tok: Token) -> bool:
    """A word the analyser knows as something other than a proper noun."""
    morph = morph_of(facts, tok)
    return morph is not None and any(not r.has("np") for r in morph.readings)


def opens_title(facts: TextFacts, tok: Token) -> bool:
    """Whether a capitalised word starts a run of them ("Czech Statistical Office")."""
    i = facts.index_of(tok)
    if i is None or i + 1 >= len(facts.tokens):
        return False
    after = facts.tokens[i + 1]
    return after.is_capitalised and facts.text[tok.end : after.start] == " "


def is_place(facts: TextFacts, tok: Token) -> bool:
    morph = morph_of(facts, tok)
    return morph is not None and any(r.has("top") for r in morph.readings)


def is_person(facts: TextFacts, tok: Token, ctx: DocumentContext) -> bool:
    if tok.text in ctx.tgt.unit_names or noun_after_article(facts, tok, ctx):
        return False
    if any(m.start <= tok.start < m.end for m in facts.persons):
        return True
    morph = morph_of(facts, tok)
    if morph is None:
        return False
    readings = morph.readings
    # A lone surname that is also a common word ("Queen", "Shrine") is the word as often.
    return any(r.has("ant") or r.has("cog") for r in readings) and not any(
        not r.has("np") for r in readings
    )


def has_person_reading(facts: TextFacts, start: int, end: int) -> bool:
    """Whether the analyser reads a word between the offsets as a first name or surname
    ("Jordan", "Georgia", "Paris")."""
    return any(
        r.has("ant") or r.has("cog")
        for t in facts.tokens
        if start <= t.start < end and (m := morph_of(facts, t)) is not None
        for r in m.readings
    )


def noun_after_article(facts: TextFacts, tok: Token, ctx: DocumentContext) -> bool:
    """A word that is a surname and a noun ("King", "Green") is the noun after an article:
    "the King" is no person's name."""
    before = word_before(facts.text, tok.start)
    return bool(before) and before.lower() in ctx.tgt.articles and common_word(facts, tok)


def untranslatable(name: str, ctx: DocumentContext) -> bool:
    """A source name that no translation changes: no word of the source language in any form
    ("Walmart", "Agremex", "Hinteregger", "Гришко", by the language's spelling list), in an
    alphabet names are spelled out from; an acronym only where English has it too (CEDH is
    ECHR in English). Its loss is sure."""
    if is_acronym(name):
        # An acronym English writes the same way ("NSA", "ESPN", by its spelling list) stays.
        return dominant_script(name) == ctx.tgt.script and word_list(ctx.tgt.code).is_name(name)
    words = word_list(ctx.src.code)
    if (
        not knows_inflected_forms(words, ctx.src)
        or dominant_script(name) not in SPELLED_OUT_SCRIPTS
    ):
        return False
    parts = [p for p in name.split("-") if p]  # ("Военно-морского": two words, both known)
    return not all(
        words.knows_any_form(p, ctx.src) or _noun_of_a_capitalising_language(p, ctx) for p in parts
    )


# The shortest compound or derived noun read by its ending ("Umrahmung", "Eingängigkeit").
MIN_DERIVED_NOUN = 8


def _noun_of_a_capitalising_language(word: str, ctx: DocumentContext) -> bool:
    """In a language that capitalises nouns, a word its spelling list lacks is as likely a
    compound or derived noun (Eingängigkeit, Elloks) as a name: one with a noun's ending
    (noun_suffixes) is a noun."""
    src = ctx.src
    if not src.capitalises_nouns or len(word) < MIN_DERIVED_NOUN:
        return False
    return word.lower().endswith(src.noun_suffixes)


def hyphen_parts(tokens: list[Token]) -> list[Token]:
    """The parts of the hyphenated words among the tokens, as tokens of their own: the MT
    may join what the source writes apart ("Saint-Georges" for "Сен Жорж", "pro-Kremlin")."""
    parts = []
    for tok in tokens:
        if "-" not in tok.text:
            continue
        at = tok.start
        for piece in tok.text.split("-"):
            if piece:
                parts.append(Token(piece, at, at + len(piece)))
            at += len(piece) + 1
    return parts


def name_parts(tok: Token, dictionary: WordList) -> list[str]:
    """The parts of a hyphenated name that are names ("Buffalo-Pittsburgh"; not "Nation" of
    "Tri-Nation", nor the 19 of "Covid-19"): each comes from the source on its own."""
    return [
        part
        for part in tok.text.split("-")
        if len(part) >= MIN_PART and part.isalpha() and not dictionary.is_common(part)
    ]
