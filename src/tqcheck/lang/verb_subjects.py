"""Who a gendered past-tense verb agrees with, by the analyser's readings of its clause.

A Slavic past-tense verb takes the gender of its grammatical subject, and that subject need
not be a person: Russian "комиссия позволила" (the commission allowed) and "информация не
подтвердилась" (the report was not confirmed) are feminine because the nouns are, and "я
сомневалась" (I doubted) is the speaker. Such a verb says nothing about the gender of a third
person the translation may call "he" or "she". Where the analyser gives nouns their animacy
(Apertium's Russian analyser tags "комиссия" <nn>, "жена" <aa>), a subject that is a thing can
be told from one that is a person; a first- or second-person subject pronoun is told by any
analyser.
"""

from __future__ import annotations

from tqcheck.lang.morphology import MorphToken, Reading
from tqcheck.lang.profile import LanguageProfile
from tqcheck.text.tokens import Token

# Words that end a clause: a verb's subject stands on its own side of one.
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")", '"', "«", "»", ".", "!", "?"})
# How many words back from its verb a subject may stand ("Комиссия по ценным бумагам и
# биржам США обвинила": six), and forward, where the subject follows ("понравилась игра").
SUBJECT_REACH_BACK = 8
SUBJECT_REACH_FORWARD = 3

# What the subject is: the speaker or listener, a thing, or a person (or a name).
SPEAKER = "speaker"
THING = "thing"
PERSON = "person"


def _subject_pronoun(readings: tuple[Reading, ...]) -> str | None:
    """SPEAKER for a nominative first- or second-person pronoun, PERSON for a third
    person's, else None."""
    for r in readings:
        if r.has("prn", "nom"):
            if r.has("p1") or r.has("p2"):
                return SPEAKER
            if r.has("p3"):
                return PERSON
    return None


def _agreeing_noun(
    readings: tuple[Reading, ...], gender: str, profile: LanguageProfile, after_verb: bool
) -> str | None:
    """THING or PERSON where the word is a singular nominative noun of the verb's gender,
    else None. Only a language whose analyser marks animacy can say THING; after the verb
    the noun must not read as an object too ("принял закон": "закон" is also accusative)."""
    nouns = [
        r
        for r in readings
        if (r.has("n") or r.has("np")) and r.has("sg", "nom") and r.gender == gender
    ]
    if not nouns:
        return None
    if after_verb and any(r.has("acc") for r in readings):
        return None
    inanimate = profile.inanimate_noun_tag
    things = profile.thing_name_tags
    if inanimate and all(
        r.has(inanimate) if r.has("n") else any(r.has(t) for t in things) for r in nouns
    ):
        return THING
    return PERSON


def _subject_at(
    tok: Token, morph: MorphToken | None, gender: str, profile: LanguageProfile, after: bool
) -> str | None:
    if morph is None or not morph.known:
        # An unknown capitalised word may be the person's name: the search ends there.
        return PERSON if tok.is_capitalised else None
    return _subject_pronoun(morph.readings) or _agreeing_noun(
        morph.readings, gender, profile, after
    )


def verb_subject(
    tokens: list[Token],
    i: int,
    morph: list[MorphToken | None],
    gender: str,
    profile: LanguageProfile,
) -> str | None:
    """SPEAKER or THING where the clause names the subject of the gendered verb at
    `tokens[i]` as the speaker or listener, or as a noun that is not a person; PERSON or
    None otherwise (a person, a name, or no subject found: the verb may mark a person)."""
    for j in range(i - 1, max(-1, i - 1 - SUBJECT_REACH_BACK), -1):
        if tokens[j].text in CLAUSE_BREAKS:
            break
        found = _subject_at(tokens[j], morph[j], gender, profile, after=False)
        if found:
            return found
    for j in range(i + 1, min(len(tokens), i + 1 + SUBJECT_REACH_FORWARD)):
        if tokens[j].text in CLAUSE_BREAKS:
            break
        found = _subject_at(tokens[j], morph[j], gender, profile, after=True)
        if found:
            return found
    return None
