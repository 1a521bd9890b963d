"""The analysis stage: per-segment language facts that checks read.

Analysis runs once per side of a document; the Apertium analyser (where installed) sees the
whole batch in one process.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tqcheck.lang.gender_cues import GenderCue, attach_cues, find_cues
from tqcheck.lang.morphology import MorphToken, Reading, analyser_for
from tqcheck.lang.persons import PersonMention, find_persons
from tqcheck.lang.profile import LanguageProfile, get_profile
from tqcheck.text.tokens import Token, tokenize


@dataclass
class TextFacts:
    text: str
    tokens: list[Token]
    morph: list[MorphToken | None] | None
    persons: list[PersonMention] = field(default_factory=list)
    cues: list[GenderCue] = field(default_factory=list)
    person_cues: list[tuple[PersonMention, GenderCue]] = field(default_factory=list)

    @property
    def unknown_words(self) -> list[str]:
        if self.morph is None:
            return []
        return [m.surface for m in self.morph if m is not None and not m.known]


def _align_morph(tokens: list[Token], morph: list[MorphToken]) -> list[MorphToken | None]:
    """Map analyser units onto our tokens by surface form, in order; unmatched tokens get None."""
    units: list[MorphToken] = []
    for unit in morph:
        parts = unit.surface.split()
        # Multiword units ("се согласил") carry their analysis on the last word.
        for part in parts[:-1]:
            units.append(MorphToken(part, (Reading(part, ("mw",)),)))
        units.append(MorphToken(parts[-1] if parts else unit.surface, unit.readings))
    morph = units
    aligned: list[MorphToken | None] = []
    j = 0
    for tok in tokens:
        found = None
        for k in range(j, min(j + 6, len(morph))):
            if morph[k].surface == tok.text:
                found = morph[k]
                j = k + 1
                break
        aligned.append(found)
    return aligned


def analyse_texts(
    texts: list[str], lang: str, known_keys: frozenset[str] = frozenset()
) -> list[TextFacts]:
    profile: LanguageProfile = get_profile(lang)
    analyser = analyser_for(profile.apertium) if profile.script == "Cyrl" or lang != "en" else None
    morphs = analyser.analyse(texts) if analyser else [None] * len(texts)
    facts = []
    for text, morph_units in zip(texts, morphs):
        tokens = tokenize(text)
        morph = _align_morph(tokens, morph_units) if morph_units is not None else None
        persons = find_persons(text, tokens, lang, morph, known_keys)
        cues = find_cues(tokens, profile, morph)
        facts.append(
            TextFacts(
                text=text,
                tokens=tokens,
                morph=morph,
                persons=persons,
                cues=cues,
                person_cues=attach_cues(text, persons, cues),
            )
        )
    return facts
