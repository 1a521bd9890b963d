"""The analysis stage: per-segment language facts that checks read.

Analysis runs once per side of a document; the Apertium analyser (where installed) sees the
whole batch in one process.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from tqcheck.lang.gender_cues import GenderCue, attach_cues, find_cues
from tqcheck.lang.morphology import MorphToken, Reading, analyser_for
from tqcheck.lang.names import to_latin
from tqcheck.lang.person_nouns import other_person_genders
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
    # The genders of common nouns naming another person than the subject ("актера"), where
    # the analyser tags animacy.
    other_person_genders: frozenset[str] = frozenset()
    # Token start -> place in `tokens`, built at the first index_of.
    _places: dict[int, int] | None = field(default=None, repr=False, compare=False)
    _starts: list[int] | None = field(default=None, repr=False, compare=False)

    @property
    def unknown_words(self) -> list[str]:
        if self.morph is None:
            return []
        return [m.surface for m in self.morph if m is not None and not m.known]

    def index_of(self, tok: Token) -> int | None:
        """The place of the token that starts where `tok` does, or None (a lookup, not a scan:
        checks ask for every token of a long text)."""
        if self._places is None:
            self._places = {t.start: k for k, t in enumerate(self.tokens)}
        return self._places.get(tok.start)

    def first_at_or_after(self, start: int) -> int:
        """The place of the first token that starts at `start` or later (by bisection)."""
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        return bisect_left(self._starts, start)


# The English possessive ending the analyser splits off ("Children" + "'s").
_POSSESSIVE_ENDINGS = ("'s", "’s")


def _align_morph(
    tokens: list[Token], morph: list[MorphToken], romanise: str | None = None
) -> list[MorphToken | None]:
    """Map analyser units onto our tokens by surface form, in order; unmatched tokens get None."""
    units: list[MorphToken] = []
    for unit in morph:
        parts = unit.surface.split()
        if len(parts) == 1 and parts[0] == unit.surface:
            units.append(unit)  # (one word, as most are: kept, not rebuilt)
            continue
        # Multiword units ("се согласил") carry their analysis on the last word.
        for part in parts[:-1]:
            units.append(MorphToken(part, (Reading(part, ("mw",)),)))
        units.append(MorphToken(parts[-1] if parts else unit.surface, unit.readings))
    morph = units
    aligned: list[MorphToken | None] = []
    j = 0
    for tok in tokens:
        found = None
        # The analyser splits the English possessive off ("Children" + "'s").
        surface = to_latin(tok.text, romanise) if romanise else tok.text
        bare = surface[:-2] if surface.endswith(_POSSESSIVE_ENDINGS) else surface
        for k in range(j, min(j + 6, len(morph))):
            if morph[k].surface in (surface, bare):
                found = morph[k]
                j = k + 1
                break
        aligned.append(found)
    return aligned


Morphology = list[MorphToken]


def analyse_morphology(texts: list[str], lang: str) -> list[Morphology | None]:
    """The analyser's units for each text (one process for the whole batch), or None per text
    where no analyser for the language is installed."""
    profile: LanguageProfile = get_profile(lang)
    analyser = analyser_for(profile.apertium, profile.analyser_pairs)
    if analyser is None:
        return [None] * len(texts)
    if _reads_latin_only(profile):
        texts = [to_latin(t, lang) for t in texts]
    return list(analyser.analyse(texts))


def _reads_latin_only(profile: LanguageProfile) -> bool:
    # Apertium's Serbo-Croatian analyser reads Latin script only; Serbian Cyrillic is
    # romanised for it, and tokens are matched to its units through the same romanisation.
    return profile.apertium == "hbs" and profile.script == "Cyrl"


def analyse_texts(
    texts: list[str],
    lang: str,
    known_keys: frozenset[str] = frozenset(),
    morphs: list[Morphology | None] | None = None,
    people: bool = True,
) -> list[TextFacts]:
    """Facts for each text; pass `morphs` from `analyse_morphology` to analyse many documents
    with one analyser run. Without `people`, no persons or gender cues are looked for (no
    check of the run reads them: a catalog's strings)."""
    profile: LanguageProfile = get_profile(lang)
    if morphs is None:
        morphs = analyse_morphology(texts, lang)
    facts = []
    for text, morph_units in zip(texts, morphs):
        tokens = tokenize(text)
        romanise = lang if _reads_latin_only(profile) else None
        morph = _align_morph(tokens, morph_units, romanise) if morph_units is not None else None
        cues = find_cues(tokens, profile, morph, text) if people else []
        others = other_person_genders(morph, profile) if people and morph else frozenset()
        if not profile.analyser_lists_names:
            morph = None  # (the checks read names from it: see the profile's field)
        persons = find_persons(text, tokens, lang, morph, known_keys) if people else []
        person_cues = attach_cues(text, persons, cues)
        # A feminine role noun marks a person only in apposition to a name; alone, the suffix
        # is as often an inanimate noun's ("трката", "набавка").
        attached = {id(c) for _, c in person_cues}
        cues = [c for c in cues if c.kind != "role_noun" or id(c) in attached]
        facts.append(
            TextFacts(
                text=text,
                tokens=tokens,
                morph=morph,
                persons=persons,
                cues=cues,
                person_cues=person_cues,
                other_person_genders=others,
            )
        )
    return facts
