"""Where a sentence marks a person's gender, and whose.

Macedonian, Serbian and other Slavic languages mark the subject's gender on past-tense
l-participles ("изјавила"/"изјавил"), on role nouns ("министерка") and on pronouns
("таа", "нејзин"); English marks it only on pronouns. A cue is one such word; when a person
mention stands next to it (subject of the participle, noun in apposition) the cue is
attached to that person.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tqcheck.lang.morphology import MorphToken, Reading
from tqcheck.lang.persons import PersonMention
from tqcheck.lang.profile import LanguageProfile, get_profile, is_language_data
from tqcheck.lang.verb_subjects import SPEAKER, THING, verb_subject
from tqcheck.lang.word_lists import word_list
from tqcheck.text.running_text import find_in_running_text
from tqcheck.text.tokens import Token, without_elision

# Words that end a clause: a participle after one of them has its own subject.
_CLAUSE_BREAKS = {",", ";", ":", "—", "–", "(", ")"}


@dataclass(frozen=True)
class GenderCue:
    gender: str
    word: str
    start: int
    end: int
    kind: str  # "pronoun", "weak_pronoun", "participle", "role_noun", "honorific"


def _cue_from_morph(tok: Token, morph: MorphToken, profile: LanguageProfile) -> GenderCue | None:
    if is_language_data(profile):
        found = _known_morph_gender(tok.lower, morph.readings, profile.code)
    else:  # (a profile built from other data: judged afresh)
        found = _morph_gender(tok.lower, morph.readings, profile)
    return GenderCue(found[0], tok.text, tok.start, tok.end, found[1]) if found else None


# (A document repeats its words with the same readings: each is judged once.)
@lru_cache(maxsize=1 << 16)
def _known_morph_gender(
    lower: str, readings: tuple[Reading, ...], code: str
) -> tuple[str, str] | None:
    return _morph_gender(lower, readings, get_profile(code))


def _morph_gender(
    lower: str, readings: tuple[Reading, ...], profile: LanguageProfile
) -> tuple[str, str] | None:
    """The gender a word's readings mark and the kind of cue ("pronoun", "participle",
    "role_noun"), or None."""
    for reading in readings:
        # Possessives agree with the possessed noun; the lemma tells the possessor.
        if reading.has("prn") or reading.has("det", "pos"):
            gender = profile.pronouns.get(lower)
            if gender is None and reading.has("pos"):
                gender = profile.pronouns.get(reading.lemma.lower())
            if gender and lower not in profile.ambiguous_pronouns:
                return gender, "pronoun"
    lp = [r for r in readings if r.has(*profile.past_tense_tags, "sg") and r.gender in ("f", "m")]
    if lp and len({r.gender for r in lp}) == 1 and lp[0].gender:
        return lp[0].gender, "participle"
    fem_suffixes = profile.gender_suffixes.get("role_noun", {}).get("f", [])
    nouns = [r for r in readings if r.has("n", "f", "sg")]
    if nouns and any(lower.endswith(sfx) for sfx in fem_suffixes) and len(lower) > 5:
        return "f", "role_noun"
    return None


# Words either side of a participle where its auxiliary or subject pronoun stands.
PERSON_WINDOW = 2
# Shorter words ending in a participle suffix are too often nouns ("сила", "pol").
MIN_PARTICIPLE_LENGTH = 5


def _cue_from_suffix(tok: Token, profile: LanguageProfile) -> GenderCue | None:
    """A past-tense verb the analyser does not know (or that no analyser covers), by its
    gendered ending: Russian "сказала", Croatian "ispalio". Capitalised words are names."""
    lower = tok.lower
    if len(lower) < MIN_PARTICIPLE_LENGTH or tok.is_capitalised:
        return None
    table = profile.gender_suffixes.get("l_participle", {})
    # The longest matching ending decides: "-ла" (f) before "-л" (m).
    best = max(
        ((g, sfx) for g, sfxs in table.items() for sfx in sfxs if lower.endswith(sfx)),
        key=lambda x: len(x[1]),
        default=None,
    )
    if best is None or _listed_word(lower, table, profile):
        return None
    return GenderCue(best[0], tok.text, tok.start, tok.end, "participle")


def _listed_word(lower: str, table: dict[str, list[str]], profile: LanguageProfile) -> bool:
    """Whether a word with a past-tense ending is another word by the language's dictionary
    of lemmas (hunspell's, which lists verbs by their infinitive): a listed word
    ("сначала", at first; "канал", a channel), or a case form of a listed word that has
    the ending itself ("телеканала" of "телеканал"). Past forms the dictionary lists as
    lemmas (profile participle_lemma_endings: "пришла", "ушёл") stay verbs."""
    words = word_list(profile.code)
    if not words.stems_only:
        return False  # (a list of full forms holds every past form too)
    if lower.endswith(profile.participle_lemma_endings):
        return False
    if lower in words.entries:
        return True
    stem = lower[:-1]
    return stem in words.entries and any(stem.endswith(e) for es in table.values() for e in es)


def _cue_from_tables(
    tok: Token, profile: LanguageProfile, known: bool, after: Token | None = None
) -> GenderCue | None:
    lower = tok.lower
    gender = profile.pronouns.get(lower)
    if gender and lower not in profile.ambiguous_pronouns:
        return GenderCue(gender, tok.text, tok.start, tok.end, "pronoun")
    if gender and lower in profile.weak_pronouns:
        return GenderCue(gender, tok.text, tok.start, tok.end, "weak_pronoun")
    honorific = profile.honorifics.get(lower.rstrip("."))
    # (An honorific comes before a name: French "15 m au-dessus" is fifteen metres.)
    if honorific and after is not None and after.is_capitalised:
        return GenderCue(honorific, tok.text, tok.start, tok.end, "honorific")
    if not known:
        return _cue_from_suffix(tok, profile)
    return None


def _cues_in_running_text(text: str, profile: LanguageProfile) -> list[GenderCue]:
    found = find_in_running_text(text, profile.pronouns, profile.pronoun_exceptions)
    return [
        GenderCue(profile.pronouns[word], word, start, end, "pronoun") for word, start, end in found
    ]


def find_cues(
    tokens: list[Token],
    profile: LanguageProfile,
    morph: list[MorphToken | None] | None,
    text: str = "",
) -> list[GenderCue]:
    if profile.pronouns_in_words:
        return _cues_in_running_text(text, profile)
    cues = []
    for i, tok in enumerate(tokens):
        cue = None
        m = morph[i] if morph else None
        if m is not None and m.known:
            cue = _cue_from_morph(tok, m, profile)
        if cue is None:
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            word = _attached_pronoun(tok, profile)
            cue = _cue_from_tables(word, profile, m is not None and m.known, after)
        if cue and cue.kind == "participle" and _first_or_second_person(tokens, i, profile):
            cue = None  # "Изгубио сам" is "I lost": no third person's gender
        if (
            cue
            and cue.kind == "participle"
            and morph
            and verb_subject(tokens, i, morph, cue.gender, profile) in (SPEAKER, THING)
        ):
            cue = None  # "комиссия позволила", "я сомневалась": no third person's gender
        if cue and cue.kind == "weak_pronoun" and _begins_impersonal(tokens, i, profile):
            cue = None  # "Il s'agit de la fille": "il" is no one
        if cue:
            cues.append(cue)
    return cues


def _attached_pronoun(tok: Token, profile: LanguageProfile) -> Token:
    """The pronoun a word carries after an elided particle ("qu'elle", "s'il") or, where the
    language writes it so, after its verb and a hyphen ("dit-il", "a-t-elle"); else the
    word."""
    if tok.lower in profile.pronouns or not any(mark in tok.text for mark in "'’-"):
        return tok  # (most words: no particle or verb to carry a pronoun)
    part = without_elision(tok.text)
    if profile.hyphenated_pronouns and "-" in part:
        part = part.rsplit("-", 1)[1]
    if part == tok.text or part.lower() not in profile.pronouns:
        return tok
    start = tok.end - len(part)
    return Token(part, start, tok.end)


def _begins_impersonal(tokens: list[Token], i: int, profile: LanguageProfile) -> bool:
    words = [t.lower.replace("’", "'") for t in tokens[i : i + 5]]
    words[0] = _attached_pronoun(tokens[i], profile).lower  # ("s'il y a", "qu'il faut")
    return any(
        words[: len(phrase.split())] == phrase.split() for phrase in profile.impersonal_phrases
    )


def _first_or_second_person(tokens: list[Token], i: int, profile: LanguageProfile) -> bool:
    window = tokens[max(0, i - PERSON_WINDOW) : i + PERSON_WINDOW + 1]
    return any(t.lower in profile.first_second_person for t in window)


def _clause_break_between(text: str, a: int, b: int) -> bool:
    between = text[a:b]
    return any(ch in between for ch in _CLAUSE_BREAKS)


def attach_cues(
    text: str, persons: list[PersonMention], cues: list[GenderCue], window: int = 60
) -> list[tuple[PersonMention, GenderCue]]:
    """Pairs (person, cue) where the cue marks that person's gender.

    A participle or honorific belongs to the nearest person before it in the same clause
    (or, failing that, right after it: "рекла Ана"); a role noun belongs to the person it
    stands in apposition to ("министерката ... Лиз Трус"). Pronouns are never attached: their
    referent is what the pronoun check is trying to verify.
    """
    pairs = []
    for cue in cues:
        if cue.kind in ("pronoun", "weak_pronoun"):
            continue
        before = [p for p in persons if p.end <= cue.start and cue.start - p.end <= window]
        after = [p for p in persons if p.start >= cue.end and p.start - cue.end <= window // 2]
        if cue.kind in ("role_noun", "honorific"):
            if after and not _clause_break_between(text, cue.end, after[0].start):
                pairs.append((after[0], cue))
            elif before and text[before[-1].end : cue.start].strip(" ,") == "":
                pairs.append((before[-1], cue))
            continue
        if before and not _clause_break_between(text, before[-1].end, cue.start):
            # Two persons joined by "и"/"and" share a plural verb; a singular participle after
            # them belongs to neither with certainty.
            pairs.append((before[-1], cue))
        elif after and not _clause_break_between(text, cue.end, after[0].start):
            pairs.append((after[0], cue))
    return pairs
