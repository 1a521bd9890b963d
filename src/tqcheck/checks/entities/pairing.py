"""Which MT word took a lost source name's place: names and acronyms first, most alike pairs
first, then title-cased words; places the source does not name, which may be a lost name's
respelling or a lost place's replacement; and what is left unclaimed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tqcheck.checks.base import DocumentContext
from tqcheck.checks.entities.sentence import RESPELLING_FLOOR, SentencePair
from tqcheck.checks.entities.source_names import LostNames
from tqcheck.checks.entities.words import mt_key, mt_sound_key
from tqcheck.lang.name_match import same_or_near, sound_similarity
from tqcheck.text.tokens import Token, is_acronym

# A lost name with the MT word in its place and how alike the two sound (0-100).
Pairs = dict[str, tuple[Token, float]]


@dataclass
class Pairing:
    pairs: Pairs
    # MT words (by start) that stand for a lost name or a place: no finding of their own.
    claimed: set[int]
    # (Without an engine only: MT acronyms a lost source acronym may have become.)
    untraced_acronyms: list[Token] = field(default_factory=list)
    # MT words naming a known place the source names in no form.
    unnamed: list[Token] = field(default_factory=list)

    def unclaimed(self, tokens: list[Token]) -> list[Token]:
        return [t for t in tokens if t.start not in self.claimed]


def _similarity(key: str, tok: Token, ctx: DocumentContext) -> float:
    """How alike a lost name and an MT word sound, by the MT word's letters or its sounds."""
    return _keys_similarity(key, (mt_key(tok, ctx), mt_sound_key(tok, ctx)))


def _keys_similarity(key: str, mt_keys: tuple[str, str]) -> float:
    return max(sound_similarity(key, mt_keys[0]), sound_similarity(key, mt_keys[1]))


def pair_up(
    lost: list[tuple[str, str]],
    candidates: list[Token],
    ctx: DocumentContext,
    eligible: Callable[[str, Token], bool] = lambda _name, _tok: True,
    floor: float = 0.0,
) -> Pairs:
    """Each lost source name with the MT name that took its place, most alike pairs first. A
    name the MT writes twice ("Ed Davey ... the job Davey is vacating") stands for one source
    name: the second is no other name's replacement."""
    # (Each word's keys once, and each pair of keys once: a long text repeats its names, and
    # every lost name meets every candidate.)
    keys_of = {tok.text: (mt_key(tok, ctx), mt_sound_key(tok, ctx)) for tok in candidates}
    known: dict[tuple[str, tuple[str, str]], float] = {}

    def similarity_of(key: str, tok: Token) -> float:
        pair = (key, keys_of[tok.text])
        if pair not in known:
            known[pair] = _keys_similarity(*pair)
        return known[pair]

    scored = sorted(
        (
            (similarity, name, key, tok)
            for name, key in lost
            for tok in candidates
            if eligible(name, tok) and (similarity := similarity_of(key, tok)) >= floor
        ),
        key=lambda x: -x[0],
    )
    pairs: Pairs = {}
    used: dict[str, str] = {}  # MT word -> the key of the source name it stands for
    for similarity, name, key, tok in scored:
        taker = used.get(tok.text)
        # (Two forms of one name, "Џон" and "Џона", may both be the MT's "John".)
        if name not in pairs and (taker is None or same_or_near(key, taker, False)):
            pairs[name] = (tok, similarity)
            used.setdefault(tok.text, key)
    return pairs


def pair_lost_names(pair: SentencePair, lost: LostNames) -> Pairing:
    ctx = pair.ctx
    people = lost.person_words

    # A person's name takes the place of an MT name, never of an acronym ("MP", "PMO").
    def eligible(name: str, tok: Token) -> bool:
        return name not in people or not (len(tok.text) > 1 and tok.text.isupper())

    pairs = pair_up(lost.names, pair.untraced_names, ctx, eligible)

    def left(candidates: list[Token], persons: bool) -> tuple[list[tuple[str, str]], list[Token]]:
        taken = {p.text for p, _ in pairs.values()}
        names = [x for x in lost.names if x[0] not in pairs and (x[0] in people) == persons]
        return names, [t for t in candidates if t.text not in taken]

    # Other names then take a title-cased word's place; a person's name is only respelled as
    # one ("Лемб" as "Lamb"), never replaced by it ("Goran" is not "the Championship").
    pairs.update(pair_up(*left(pair.untraced, persons=False), ctx))
    pairs.update(pair_up(*left(pair.untraced, persons=True), ctx, floor=RESPELLING_FLOOR))
    partners = {tok.text for tok, _ in pairs.values()}
    pairing = Pairing(pairs, {t.start for t in pair.mt.tokens if t.text in partners})
    if pair.forward is None:
        pairing.untraced_acronyms = [
            t
            for t in pair.mt.tokens
            if is_acronym(t.text) and t.start not in pairing.claimed and not pair.traced(t)
        ]
    _claim_unnamed_places(pair, pairing)
    return pairing


def _claim_unnamed_places(pair: SentencePair, pairing: Pairing) -> None:
    """Known places the source names in no form ("Belgium" where the source says the U.S.)
    translate nothing there: the gazetteer knows their names in the source language, so this
    holds with no engine and in any script. One may have taken a lost place's place."""
    mt = pair.mt
    found = pair.english.unnamed_places(mt.tokens, pair.places, pair.src.text, pair.src_keys)
    for _place, words in found:
        if not any(t.start in pairing.claimed or pair.traced(t) for t in words):
            first, last = words[0], words[-1]
            pairing.unnamed.append(Token(mt.text[first.start : last.end], first.start, last.end))
            pairing.claimed |= {t.start for t in words}


def reassign_unnamed_places(pair: SentencePair, lost: LostNames, pairing: Pairing) -> None:
    """A place the source does not name may be a lost name's respelling ("Джорджии", the US
    state, is "Georgia", which the gazetteer knows as the country), or took a lost place's
    place."""
    unnamed = pairing.unnamed
    for name, key in lost.names:
        if not unnamed:
            break
        current = pairing.pairs.get(name)
        similarity, closest = max((_similarity(key, t, pair.ctx), i) for i, t in enumerate(unnamed))
        if similarity >= RESPELLING_FLOOR and (current is None or current[1] < similarity):
            pairing.pairs[name] = (unnamed.pop(closest), similarity)
        elif current is None and name in lost.english_of:
            pairing.pairs[name] = (unnamed.pop(0), 0.0)
