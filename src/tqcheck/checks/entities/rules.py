"""When a name finding is sure enough to be major: named rules, each one kind of evidence.

A place, people or organisation may have an English name no spelling traces ("Alemania"/
"Germany", "Talijani"/"Italians", "Equipo Nacional"/"National Team"), so a lost name is sure
only for a person, a place whose English is known, or a word no translation changes; a
replacement where the MT word in its place is surely another name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tqcheck.checks.entities.pairing import Pairing
from tqcheck.checks.entities.sentence import SentencePair
from tqcheck.checks.entities.source_names import LostNames
from tqcheck.checks.entities.words import (
    common_word,
    is_person,
    is_place,
    known_word,
    opens_title,
    untranslatable,
)
from tqcheck.lang.places import english_place_names
from tqcheck.lang.script import UNROMANISABLE_SCRIPTS
from tqcheck.text.tokens import Token, is_acronym

# Below this similarity (0-100) a place name cannot be a respelling or a translation of the
# name whose place it took.
UNLIKE_PLACE = 50


@dataclass(frozen=True)
class Replacement:
    """A lost source name and the MT word in its place."""

    pair: SentencePair
    lost: LostNames
    name: str
    partner: Token
    similarity: float

    @property
    def partner_bare(self) -> str:
        return self.pair.ctx.tgt.without_possessive(self.partner.text)


LostRule = Callable[[SentencePair, LostNames, str], bool]
ReplacementRule = Callable[[Replacement], bool]

# A lost name is surely an error whatever the MT has in its place.
SURE_LOSS: tuple[tuple[str, LostRule], ...] = (
    ("lost-person", lambda pair, lost, name: name in lost.person_words),
    ("lost-known-place", lambda pair, lost, name: name in lost.english_of),
    ("lost-untranslatable-name", lambda pair, lost, name: untranslatable(name, pair.ctx)),
)

# The MT word in a lost name's place is surely another name.
SURE_REPLACEMENT: tuple[tuple[str, ReplacementRule], ...] = (
    ("person-in-its-place", lambda r: is_person(r.pair.mt, r.partner, r.pair.ctx)),
    # (A common English word, "Defense" for "Минобороны", is the translation of an
    # organisation's name as often as a replacement.)
    (
        "unknown-word-in-its-place",
        lambda r: not (
            known_word(r.pair.mt, r.partner, r.pair.ctx)
            or r.pair.dictionary.is_common(r.partner.text)
        ),
    ),
    # A place nothing like the name ("Antikythera" for "Iwata"): the CLDR's places are traced
    # before, so this one translates no source place. (Not an abbreviation: "St" of
    # St. Petersburg.)
    (
        "unlike-place-in-its-place",
        lambda r: is_place(r.pair.mt, r.partner)
        and len(r.partner.text) > 2
        and r.similarity < UNLIKE_PLACE,
    ),
    # A known place the source does not name ("USA" for "Сиэтле") replaces it.
    (
        "foreign-place-in-its-place",
        lambda r: r.pair.english.is_foreign_place(r.partner.text, r.pair.places, r.pair.src_keys),
    ),
    (
        "name-the-engine-lacks",
        lambda r: r.pair.forward is not None and not common_word(r.pair.mt, r.partner),
    ),
)

# The MT word may render the lost name after all.
DOUBTFUL_REPLACEMENT: tuple[tuple[str, ReplacementRule], ...] = (
    # Characters another language reads otherwise (福冈, Fukuoka): a place may be their reading.
    (
        "place-of-another-reading",
        lambda r: r.name in r.lost.read_otherwise
        and (is_place(r.pair.mt, r.partner) or r.partner_bare in english_place_names()),
    ),
    # A capital for its country, or the other way round.
    (
        "same-country",
        lambda r: r.name in r.lost.lost_places
        and r.pair.english.same_country(r.lost.lost_places[r.name], r.partner_bare),
    ),
)


def sure_loss(pair: SentencePair, lost: LostNames, name: str) -> bool:
    return any(rule(pair, lost, name) for _, rule in SURE_LOSS)


def sure_replacement(r: Replacement) -> bool:
    if is_acronym(r.name) and r.pair.forward is None and opens_title(r.pair.mt, r.partner):
        # A translation spells acronyms out ("ČSÚ", the Czech Statistical Office): only a
        # person in its place is surely another name.
        return r.name in r.lost.person_words or is_person(r.pair.mt, r.partner, r.pair.ctx)
    if not (
        sure_loss(r.pair, r.lost, r.name) or any(rule(r) for _, rule in SURE_REPLACEMENT)
    ):
        return False
    return not any(rule(r) for _, rule in DOUBTFUL_REPLACEMENT)


def sure_omission(pair: SentencePair, lost: LostNames, name: str, pairing: Pairing) -> bool:
    """A lost name with nothing in its place: sure by its own evidence, or where no untraced MT
    name is left to be its translation (an acronym may come out as another, first word or
    not: OTAN as NATO)."""
    return sure_loss(pair, lost, name) or (
        not pairing.unclaimed(pair.untraced_names)
        and not (is_acronym(name) and pairing.untraced_acronyms)
    )


def sure_unfounded(pair: SentencePair, tok: Token, parts: list[str]) -> bool:
    """An MT name with no source counterpart. Exonyms and demonyms ("Finland" for "Finska")
    are traced by no spelling; a person's name with no source counterpart is surely wrong,
    where the source's names can be read (not Chinese 陈光明 with no engine); so is, in a source
    written in the MT's script, a word the target language does not know ("Semilarski"):
    such a name is copied, and the source does not have it. A name the spelling list knows
    ("Kim", "Toyota") may come from a Japanese or Korean reading of Chinese characters, which
    pinyin does not give."""
    mt, ctx = pair.mt, pair.ctx
    readable = pair.forward is not None or pair.source_script not in UNROMANISABLE_SCRIPTS
    if readable and is_person(mt, tok, ctx):
        return True
    unknown = (
        not known_word(mt, tok, ctx)
        and not common_word(mt, tok)
        and not pair.dictionary.knows(tok.text)
    )
    if unknown and pair.source_script == ctx.tgt.script and pair.forward is None:
        return True
    return unknown and pair.runs is not None and bool(parts)
