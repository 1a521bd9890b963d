"""The source's names and which of them the MT lost: places it names (which must come out in
their English form), other name words (which must come out in some spelling), and, where a
tagger picks them out (Chinese), the people and rare places written by sound."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz

from tqcheck.checks.entities.sentence import SentencePair
from tqcheck.checks.entities.words import mt_key, mt_sound_key
from tqcheck.lang.cldr_profile import calendar_words
from tqcheck.lang.name_match import SAME_NAME_FLOOR, same_or_near
from tqcheck.lang.names import name_key, to_latin
from tqcheck.lang.places import Place, PlaceMention, english_place_names
from tqcheck.lang.places.aliases import other_name_written
from tqcheck.lang.proper_nouns import source_name_tokens
from tqcheck.lang.script import dominant_script
from tqcheck.text.tokens import Token, is_acronym, is_sentence_initial


@dataclass(frozen=True)
class Respelling:
    """A source name the MT spells another way."""

    name: str
    romanised: str
    mt: Token


@dataclass
class LostNames:
    """Source names no MT word renders, each with its key, in the order found."""

    names: list[tuple[str, str]] = field(default_factory=list)
    # A lost place's English name.
    english_of: dict[str, str] = field(default_factory=dict)
    # A lost name's sounds, where its script has no letters.
    sounds_of: dict[str, str] = field(default_factory=dict)
    lost_places: dict[str, Place] = field(default_factory=dict)
    # Source words of people's names (a lost one is surely an error).
    person_words: set[str] = field(default_factory=set)
    # Lost places whose characters another language may read otherwise (福冈, Fukuoka, in its
    # Japanese reading): a known place in their stead may be their rendering.
    read_otherwise: set[str] = field(default_factory=set)
    respellings: list[Respelling] = field(default_factory=list)

    def romanised(self, name: str, lang: str) -> str:
        return self.english_of.get(name) or self.sounds_of.get(name) or to_latin(name, lang)


def source_names(pair: SentencePair) -> list[tuple[str, PlaceMention | None]]:
    """The source's names, each once: places the gazetteer knows (with their English), then
    the other name words outside them."""
    src = pair.src
    glosses = acronym_glosses(pair)
    places = [m for m in pair.places if m.start not in glosses]
    starts = [t.start for t in src.tokens]
    # (The tokens inside each place, found by bisection: a long text has many of both.)
    inside = {
        starts[k]
        for m in places
        for k in range(bisect_left(starts, m.start), bisect_left(starts, m.end))
    }
    names: dict[str, PlaceMention | None] = {m.surface: m for m in places}
    calendar = calendar_words(pair.ctx.src.code)
    translated = pair.ctx.src.translated_name_words
    mt_words = {t.lower for t in pair.mt_words}
    for tok in source_name_tokens(src, pair.ctx.src):
        bare = pair.ctx.src.bare_word(tok.text)
        english = translated.get(bare.lower(), "")
        if english and {english, *pair.ctx.tgt.word_abbreviations.get(english, ())} & mt_words:
            continue  # ("Санкт Петербург" is Saint Petersburg, St. Petersburg, Saint-Pierre)
        if tok.start not in inside | glosses and bare.lower() not in calendar:
            names.setdefault(bare, None)
    return list(names.items())


_GLOSS = regex.compile(r"\b(\p{Lu}{2,})\s*\(([^()]{3,200})\)")


def acronym_glosses(pair: SentencePair) -> set[int]:
    """Starts of source words inside a parenthesis that spells out the acronym before it
    ("GMT (Средно време по Гринич)"), where the MT keeps the acronym: a translation may leave
    the gloss out, and its names are then no loss."""
    mt_words = {pair.ctx.tgt.without_possessive(t.text) for t in pair.mt.tokens}
    starts: set[int] = set()
    for match in _GLOSS.finditer(pair.src.text):
        acronym = match.group(1)
        if {acronym, to_latin(acronym, pair.ctx.src.code)} & mt_words:
            starts |= {t.start for t in pair.src.tokens if match.start(2) <= t.start < match.end(2)}
    return starts


def lost_names(pair: SentencePair) -> LostNames:
    lost = LostNames(person_words={w for m in pair.src.persons for w in m.tokens})
    for name, place in source_names(pair):
        if place is not None:
            _judge_place(pair, lost, name, place)
        else:
            _judge_name(pair, lost, name)
    if pair.runs is not None:
        _add_tagged_names(pair, lost)
    return lost


def _judge_place(pair: SentencePair, lost: LostNames, name: str, place: PlaceMention) -> None:
    key = name_key(name, pair.ctx.src.code)
    near_mt = pair.mt_near(place.start)
    if pair.renderings[place.start] is not None or (
        len(key) >= 3 and near_mt.names.near(key, exact=True)
    ):
        return  # rendered in English, or kept as the source spells it
    english = place.place.english[0]
    english_key = name_key(english, pair.ctx.tgt.code)
    # A misspelling of the whole English name ("Madagaskar" left for Madagascar); no stem rule
    # here: "southern" is no spelling of South Africa.
    near = next(
        (
            t
            for t in near_mt.tokens
            if t.is_capitalised
            and t.text not in english_place_names(pair.ctx.tgt.code)
            and fuzz.ratio(english_key, mt_key(t, pair.ctx)) >= SAME_NAME_FLOOR
        ),
        None,
    )
    if near is not None:
        lost.respellings.append(Respelling(name, english, near))
        return
    # Where the place's English is known, its loss is sure, engine or not.
    lost.english_of[name] = english
    lost.lost_places[name] = place.place
    lost.names.append((name, english_key))


def _judge_name(pair: SentencePair, lost: LostNames, name: str) -> None:
    ctx = pair.ctx
    key = name_key(name, ctx.src.code)
    near_mt = pair.mt_near(pair.first_starts.get(name, 0))
    if len(key) < 3 or near_mt.names.near(key, exact=True) or _head_kept(pair, name):
        return
    if pair.forward is None and is_acronym(name) and dominant_script(name) != ctx.tgt.script:
        return  # (with an engine, its translation says whether the acronym stays)
    # (The window's keys hold every token's: where none is near, no token is.)
    near = None
    if near_mt.names.near(key):
        near = next(
            (
                t
                for t in near_mt.tokens
                if same_or_near(key, mt_key(t, ctx), False)
                # (By its sounds too: "Џона", of Џон, is the MT's "John".)
                or (t.is_capitalised and same_or_near(key, mt_sound_key(t, ctx), False))
            ),
            None,
        )
    if near is not None:
        if not near_mt.back_names.near(key):  # a respelling, unless it reads back right
            lost.respellings.append(Respelling(name, to_latin(name, ctx.src.code), near))
    elif pair.forward is None:
        lost.names.append((name, key))
    elif (
        (engine_words := [k for k in near_mt.fwd_keys if same_or_near(key, k, False)])
        and not any(near_mt.names.near(k) for k in engine_words)
        # (Nor where the MT names the engine's place otherwise: "America" as "U.S.".)
        and not any(other_name_written(k, pair.mt.text, ctx.tgt.code) for k in engine_words)
    ):
        # Lost unless the MT shares the engine's spelling of the name ("Стивен": the engine's
        # "Steven", the MT's "Stephen"). (Where the engine translates the name, the MT-side
        # check judges it.)
        lost.names.append((name, key))


def _add_tagged_names(pair: SentencePair, lost: LostNames) -> None:
    """Where a tagger picks out the source's names (Chinese: jieba), an MT name must sound like
    one of them or read as source characters ("Whitmer" is 惠特默, "Xinjiang" 新疆), and a
    person the source names must be in the MT in pinyin or transcribed."""
    tagger = pair.tagger
    assert tagger is not None
    for chars, is_person in _unrendered_names(pair):
        lost.names.append((chars, name_key(chars, pair.ctx.src.code)))
        lost.sounds_of[chars] = tagger.spoken(chars)
        (lost.person_words if is_person else lost.read_otherwise).add(chars)


def _unrendered_names(pair: SentencePair) -> list[tuple[str, bool]]:
    """The people and rare places the source names (by its tagger) that no MT word renders in
    pinyin or by sound, each with whether it is a person. Places the gazetteer found are
    judged with their English names instead."""
    tagger, src, mt, ctx = pair.tagger, pair.src, pair.mt, pair.ctx
    assert tagger is not None
    dictionary = pair.dictionary
    mt_words = [
        t.text
        for t in mt.tokens
        if t.is_capitalised
        and t.text[0].isalpha()
        and t.start not in pair.rendered  # ("China" is 中国's, and no reading of 习近平)
        and not (
            is_sentence_initial(mt.text, t.start)
            and dictionary.is_common(t.text)
            and not dictionary.is_name(ctx.tgt.without_possessive(t.text))
        )
    ]
    candidates = [(n, True) for n in tagger.person_names(src.text, ctx.src)]
    candidates += [(n, False) for n in tagger.place_names(src.text, ctx.src)]
    found = []
    for named, is_person in candidates:
        if any(m.start < named.end and named.start < m.end for m in pair.places):
            continue
        if not tagger.rendered_in(named, src.text, mt_words):
            found.append((src.text[named.start : named.end], is_person))
    return found


def _head_kept(pair: SentencePair, name: str) -> bool:
    """A hyphenated name whose head the MT keeps at the head of a hyphenated or abbreviated
    word ("У-подморници" as "U-boats", "Т-рекс" as "T. rex"): the rest is a word translated."""
    head, _, rest = name.partition("-")
    if not head or not rest:
        return False
    wanted = to_latin(head, pair.ctx.src.code).lower()
    text = pair.mt.text
    for tok in pair.mt.tokens:
        first, hyphen, _ = tok.text.partition("-")
        if first.lower() == wanted and (hyphen or text[tok.end : tok.end + 2] == ". "):
            return True
    return False
