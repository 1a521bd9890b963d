"""When a name finding is sure enough to be major: named rules, each one kind of evidence.

A place, people or organisation may have an English name no spelling traces ("Alemania"/
"Germany", "Talijani"/"Italians", "Equipo Nacional"/"National Team"), so a lost name is sure
only for a person, a place whose English is known, or a word no translation changes; a
replacement where the MT word in its place is surely another name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from tqcheck.checks.entities.pairing import Pairing
from tqcheck.checks.entities.sentence import SentencePair
from tqcheck.checks.entities.source_names import LostNames
from tqcheck.checks.entities.words import (
    common_word,
    has_person_reading,
    is_person,
    is_place,
    known_word,
    opens_title,
    untranslatable,
)
from tqcheck.lang.places import english_place_names
from tqcheck.lang.script import UNROMANISABLE_SCRIPTS
from tqcheck.lang.word_lists import word_list
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


def _common_word_only(pair: SentencePair, tok: Token) -> bool:
    """A word the spelling list knows as a common word and the analyser as no first name or
    surname ("(Shrine)"): taken for a person only from its capital."""
    return pair.dictionary.is_common(tok.text) and not has_person_reading(
        pair.mt, tok.start, tok.end
    )


# The MT word in a lost name's place is surely another name.
SURE_REPLACEMENT: tuple[tuple[str, ReplacementRule], ...] = (
    (
        "person-in-its-place",
        lambda r: (
            is_person(r.pair.mt, r.partner, r.pair.ctx) and not _common_word_only(r.pair, r.partner)
        ),
    ),
    # (A common English word, "Defense" for "Минобороны", is the translation of an
    # organisation's name as often as a replacement.)
    (
        "unknown-word-in-its-place",
        lambda r: (
            not (
                known_word(r.pair.mt, r.partner, r.pair.ctx)
                or r.pair.dictionary.is_common(r.partner.text)
            )
        ),
    ),
    # A place nothing like the name ("Antikythera" for "Iwata"): the CLDR's places are traced
    # before, so this one translates no source place. (Not an abbreviation: "St" of
    # St. Petersburg.)
    (
        "unlike-place-in-its-place",
        lambda r: (
            is_place(r.pair.mt, r.partner)
            and len(r.partner.text) > 2
            and r.similarity < UNLIKE_PLACE
        ),
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
        lambda r: (
            r.name in r.lost.read_otherwise
            and (
                is_place(r.pair.mt, r.partner)
                or r.partner_bare in english_place_names(r.pair.ctx.tgt.code)
            )
        ),
    ),
    # A capital for its country, or the other way round.
    (
        "same-country",
        lambda r: (
            r.name in r.lost.lost_places
            and r.pair.english.same_country(r.lost.lost_places[r.name], r.partner_bare)
        ),
    ),
)


def loss_evidence(pair: SentencePair, lost: LostNames, name: str) -> str | None:
    """The rule that makes a lost name surely an error, or None."""
    return next((rule for rule, holds in SURE_LOSS if holds(pair, lost, name)), None)


def replacement_evidence(r: Replacement) -> str | None:
    """The rule that makes the MT word in a lost name's place surely another name, or None."""
    if is_acronym(r.name) and r.pair.forward is None and opens_title(r.pair.mt, r.partner):
        # A translation spells acronyms out ("ČSÚ", the Czech Statistical Office): only a
        # person in its place is surely another name.
        if r.name in r.lost.person_words:
            return "lost-person"
        return "person-in-its-place" if is_person(r.pair.mt, r.partner, r.pair.ctx) else None
    found = loss_evidence(r.pair, r.lost, r.name) or next(
        (rule for rule, holds in SURE_REPLACEMENT if holds(r)), None
    )
    if found is None or any(doubt(r) for _, doubt in DOUBTFUL_REPLACEMENT):
        return None
    return found


def omission_evidence(
    pair: SentencePair, lost: LostNames, name: str, pairing: Pairing
) -> str | None:
    """A lost name with nothing in its place: sure by its own evidence, or where no untraced MT
    name is left to be its translation (an acronym may come out as another, first word or
    not: OTAN as NATO)."""
    found = loss_evidence(pair, lost, name)
    if found is None and (
        not pairing.unclaimed(pair.untraced_names)
        and not (is_acronym(name) and pairing.untraced_acronyms)
        and not _folded_into_acronym(pair, lost.romanised(name, pair.ctx.src.code))
        # (A capitalised common word, "Terre", "État", "Sommet", is translated as a word.)
        and not word_list(pair.ctx.src.code).is_common(name)
    ):
        return "no-name-left"
    return found


def _folded_into_acronym(pair: SentencePair, romanised: str) -> bool:
    """Whether the MT has an acronym the source does not write, with the name's initial in
    it: "Олимпискиот комитет на САД" may be the MT's "USOC", "Формула 1" its "F1"."""
    initial = romanised[:1].upper()
    source = pair.src.text
    return bool(initial) and any(
        initial in acronym and acronym not in source for acronym in _ACRONYM.findall(pair.mt.text)
    )


# Capitals, with digits too ("USOC", "PTWC", "F1").
_ACRONYM = regex.compile(r"\b\p{Lu}[\p{Lu}\d&]*[\p{Lu}\d]\b")


def unfounded_evidence(pair: SentencePair, tok: Token, parts: list[str]) -> str | None:
    """An MT name with no source counterpart. Exonyms and demonyms ("Finland" for "Finska")
    are traced by no spelling; a person's name with no source counterpart is surely wrong,
    where the source's names can be read (not Chinese 陈光明 with no engine); so is, in a source
    written in the MT's script, a word the target language does not know ("Semilarski"):
    such a name is copied, and the source does not have it. A name the spelling list knows
    ("Kim", "Toyota") may come from a Japanese or Korean reading of Chinese characters, which
    pinyin does not give."""
    mt, ctx = pair.mt, pair.ctx
    readable = pair.forward is not None or pair.source_script not in UNROMANISABLE_SCRIPTS
    if readable and is_person(mt, tok, ctx) and not _common_word_only(pair, tok):
        return "person"
    unknown = (
        not known_word(mt, tok, ctx)
        and not common_word(mt, tok)
        and not pair.dictionary.knows_any_form(tok.text, ctx.tgt)
    )
    if unknown and pair.source_script == ctx.tgt.script and pair.forward is None:
        return "copied-unknown-word"
    if unknown and pair.runs is not None and parts:
        return "unread-in-tagged-source"
    return None


def declared_rules() -> dict[str, str]:
    """Every rule the names check can cite, for its `rules`."""
    rules = {
        "respelled": "a source name the MT spells another way (minor: languages respell names)",
        "pinyin-not-in-source": "a Chinese name in pinyin that no source characters read",
        "spelled-two-ways": "one name spelled two ways in one document",
        "unnamed-place": "a known place the source names in no form",
        "unnamed-place-also-person": "a known place the source names in no form that is also "
        "a person's name",
        "replaced.weak": "a lost source name with an MT word in its place that may translate it",
        "replaced.consistent": "a lost source name with the same MT word in its place wherever "
        "the document names it: the document's rendering of it (minor)",
        "lost.weak": "a source name the MT lacks, where an MT name may translate it",
        "lost.named-before": "a source name the MT lacks but named in the sentences before, "
        "where a pronoun may stand for it (minor: a translator's choice)",
        "unfounded.weak": "an MT name no source word accounts for, which may be a translation",
        "lost.no-name-left": "a source name the MT lacks, with no MT name left to translate it",
        "unfounded.person": "a person's name with no counterpart in the source",
        "unfounded.copied-unknown-word": "an MT name unknown to the target language, in a "
        "source of the same script that does not have it",
        "unfounded.unread-in-tagged-source": "an MT name unknown to the target language that "
        "reads as no name of a Chinese source",
    }
    for kind in ("replaced", "lost"):
        for rule, _ in SURE_LOSS:
            rules[f"{kind}.{rule}"] = f"a lost source name: {rule.replace('-', ' ')}"
    for rule, _ in SURE_REPLACEMENT:
        rules[f"replaced.{rule}"] = f"a lost source name: {rule.replace('-', ' ')}"
    engine = "; the engine's translation has the source name"
    for rule in [
        r
        for r in rules
        if r.startswith(("lost.", "replaced."))
        and not r.endswith(("weak", "engine-lacks", "named-before", "consistent"))
    ]:
        rules[f"{rule}.vs-engine"] = rules[rule] + engine
    lacks = "; the engine's translation lacks it too"
    for rule in [r for r in rules if r.startswith(("unfounded.", "unnamed-place"))]:
        if not rule.endswith("weak"):
            rules[f"{rule}.vs-engine"] = rules[rule] + lacks
    return rules
