"""One sentence pair as the names comparison reads it: the keys of the source's words (and of
their lemmas), of the engine's translation of the source and of the MT translated back; the
places the source names with the MT words that render them; and the MT's capitalised words
that nothing in the source accounts for."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from tqcheck.checks.base import DocumentContext
from tqcheck.checks.entities.words import hyphen_parts, lemma_keys, mt_key, mt_sound_key
from tqcheck.lang.analysis import TextFacts
from tqcheck.lang.cldr_profile import calendar_words
from tqcheck.lang.name_index import NameKeys
from tqcheck.lang.name_match import MIN_STEM, matches_any, sound_similarity
from tqcheck.lang.name_taggers import name_tagger
from tqcheck.lang.names import name_key
from tqcheck.lang.places import PlaceMention, english_places, gazetteer, rendering
from tqcheck.lang.places.english import EnglishPlaces
from tqcheck.lang.places.gazetteer import Gazetteer
from tqcheck.lang.proper_nouns import mt_name_tokens, source_name_tokens
from tqcheck.lang.script import UNSPACED_SCRIPTS, dominant_script
from tqcheck.lang.tagged_names import NameRun, NameTagger
from tqcheck.lang.word_lists import WordList, word_list
from tqcheck.text.tokens import Token, is_sentence_initial, tokenize

# A capitalised MT word at least this close (rapidfuzz ratio of the keys, on stems and sounds)
# to an unrendered source name is a respelling of it ("Камиј"/"Camille", "Ruande"/"Rwanda");
# a less similar one has replaced it.
RESPELLING_FLOOR = 65
# Letters a place and another source word share when that word is the place's adjective.
KIN_STEM = 5
# A segment of more source tokens than this (a whole text on one line) is compared window by
# window: an MT word is looked for among the source's and the engine's words near the same
# relative place, WINDOW_TOKENS either side, not among all of them (which made a long line
# take minutes: every name compared with every word).
LONG_TEXT_TOKENS = 600
WINDOW_TOKENS = 200


def _has_kin(mention: PlaceMention, src: TextFacts) -> bool:
    """Whether another source word shares the place's stem ("griechischer" next to
    "Griechenland"): the MT's adjective ("Greek") is then that word's, not the place's."""
    stem = mention.surface.lower()[:KIN_STEM]
    return len(stem) == KIN_STEM and any(
        t.lower.startswith(stem) and not mention.start <= t.start < mention.end
        for t in _tokens_near(src, mention.start)
    )


def _tokens_near(facts: TextFacts, start: int) -> list[Token]:
    """The tokens of a short text; of a long one, those within WINDOW_TOKENS of `start`."""
    if len(facts.tokens) <= LONG_TEXT_TOKENS:
        return facts.tokens
    k = facts.first_at_or_after(start)
    return facts.tokens[max(0, k - WINDOW_TOKENS) : k + WINDOW_TOKENS]


@dataclass(frozen=True)
class MtWindow:
    """The part of the MT a source name is looked for in (tqcheck.checks.entities)."""

    tokens: list[Token]
    keys: list[str]  # its words' keys, its names' sounds, and the back-translation's keys
    back_keys: list[str]
    fwd_keys: list[str]  # the engine's translation of the source, at the same place

    @cached_property
    def names(self) -> NameKeys:
        """`keys`, indexed: every source name is looked for among them."""
        return NameKeys(self.keys)

    @cached_property
    def back_names(self) -> NameKeys:
        return NameKeys(self.back_keys)


@dataclass
class SentencePair:
    src: TextFacts
    mt: TextFacts
    forward: str | None  # the engine's translation of the source
    backward: str | None  # the engine's translation of the MT back into the source language
    ctx: DocumentContext
    places: list[PlaceMention] = field(default_factory=list)
    # Each source place (by its start) with the MT words that render it in English.
    renderings: dict[int, list[Token] | None] = field(default_factory=dict)
    # The MT of the sentences just before: a name it gives may be a pronoun here.
    earlier_mt: list[TextFacts] = field(default_factory=list)

    @classmethod
    def read(
        cls,
        src: TextFacts,
        mt: TextFacts,
        forward: str | None,
        backward: str | None,
        ctx: DocumentContext,
    ) -> SentencePair:
        pair = cls(src, mt, forward, backward, ctx)
        places = pair.source_places.mentions(src.text, src.tokens)
        if pair.tagger is not None:
            starts = pair.tagger.word_starts(src.text)
            places = [m for m in places if m.start in starts]
        pair.places = places
        pair.renderings = {
            m.start: rendering(m.place, pair.mt_near(m.start).tokens, _has_kin(m, src))
            for m in places
        }
        return pair

    @cached_property
    def tagger(self) -> NameTagger | None:
        return name_tagger(self.ctx.src)

    @cached_property
    def runs(self) -> tuple[NameRun, ...] | None:
        """The source's name runs, where a tagger picks them out and no engine translates."""
        if self.tagger is None or self.forward is not None:
            return None
        return self.tagger.name_runs(self.src.text)

    @cached_property
    def source_places(self) -> Gazetteer:
        return gazetteer(self.ctx.src.code, self.ctx.tgt.code)

    @cached_property
    def english(self) -> EnglishPlaces:
        return english_places(self.ctx.src.code, self.ctx.tgt.code)

    @cached_property
    def dictionary(self) -> WordList:
        """The MT language's spelling list: it knows words its analyser does not
        ("Screenplay")."""
        return word_list(self.ctx.tgt.code)

    @cached_property
    def rendered(self) -> set[int]:
        return {t.start for words in self.renderings.values() if words for t in words}

    @cached_property
    def src_keys(self) -> list[str]:
        code = self.ctx.src.code
        keys = [name_key(self.ctx.src.bare_word(t.text), code) for t in self.src.tokens]
        # (Each key once: a long text repeats its words, and every MT name is compared with
        # every key.)
        return list(dict.fromkeys(keys + lemma_keys(self.src, code)))

    @cached_property
    def fwd_tokens(self) -> list[Token]:
        return tokenize(self.forward or "")

    @cached_property
    def fwd_keys(self) -> list[str]:
        return list(dict.fromkeys(name_key(t.text, self.ctx.src.code) for t in self.fwd_tokens))

    @cached_property
    def back_keys(self) -> list[str]:
        """The MT translated back: "Greece" comes back as "Grčka", the source's "Grčkoj"."""
        code = self.ctx.src.code
        return list(dict.fromkeys(name_key(t.text, code) for t in tokenize(self.backward or "")))

    @cached_property
    def mt_words(self) -> list[Token]:
        """The MT's tokens, and the parts of its hyphenated ones as tokens of their own."""
        return self.mt.tokens + hyphen_parts(self.mt.tokens)

    @cached_property
    def mt_keys(self) -> list[str]:
        """The MT's words, its names also by their sounds ("Kowloon" as Каулун), and the MT
        translated back."""
        sounds = [mt_sound_key(t, self.ctx) for t in self.mt_words if t.is_capitalised]
        keys = [mt_key(t, self.ctx) for t in self.mt_words] + sounds + self.back_keys
        return list(dict.fromkeys(keys))

    @cached_property
    def source_script(self) -> str | None:
        return dominant_script(self.src.text)

    @cached_property
    def sound_keys(self) -> list[str]:
        """Names in alphabets romanised phonetically (Devanagari "नरेंद्र" reads "nremdr")
        match their English spelling only by sound."""
        phonetic = self.source_script not in ("Latn", "Cyrl", None, *UNSPACED_SCRIPTS)
        return [k for k in self.src_keys if len(k) >= MIN_STEM - 1] if phonetic else []

    def named_before(self, key: str) -> bool:
        """Whether the MT of the sentences before names the source name (by its letters or its
        sounds) and this MT sentence has a pronoun that may stand for it ("Timbuktu ... In
        1990, it was added")."""
        pronouns = self.ctx.tgt.pronouns.keys() | self.ctx.tgt.inanimate_pronouns
        if not any(t.lower in pronouns for t in self.mt.tokens):
            return False
        earlier = [
            k
            for facts in self.earlier_mt
            for t in facts.tokens
            if t.is_capitalised
            for k in (mt_key(t, self.ctx), mt_sound_key(t, self.ctx))
        ]
        return matches_any(key, earlier, exact=True)

    def traced(self, tok: Token) -> bool:
        """Whether a source word, a source place or the engine's translation accounts for an
        MT word."""
        if tok.start in self.rendered:
            return True
        key, sound = mt_key(tok, self.ctx), mt_sound_key(tok, self.ctx)
        block = self._block(tok)
        # (A word the MT repeats is looked up once: in a long text, the same names recur.)
        known = self._traced_keys.get((key, sound, block))
        if known is None:
            src_keys, _engine_keys = self._keys_near(block)
            phonetic = [k for k in src_keys if len(k) >= MIN_STEM - 1] if self.sound_keys else []
            near = self._names_near(block)
            known = self._traced_keys[key, sound, block] = (
                any(all_names.near(key) for _, all_names in near)
                or any(src_names.near(sound, exact=True) for src_names, _ in near)
                or any(sound_similarity(k, key) >= RESPELLING_FLOOR for k in phonetic)
            )
        return known

    def _names_near(self, block: int | None) -> list[tuple[NameKeys, NameKeys]]:
        """The source's keys near a window, and those with the engine's, indexed: for a long
        text, by each of the window's three blocks, so that a block is indexed once and not
        for each window it is in (a name is near a window's keys where it is near one
        block's)."""
        if block is None:
            return [self._indexed_block(None)]
        return [self._indexed_block(b) for b in (block - 1, block, block + 1) if b >= 0]

    def _indexed_block(self, block: int | None) -> tuple[NameKeys, NameKeys]:
        found = self._indexed_blocks.get(block)
        if found is None:
            src_keys, engine_keys = (
                (self.src_keys, self.fwd_keys) if block is None else self._block_keys(block)
            )
            found = NameKeys(src_keys), NameKeys(src_keys + engine_keys)
            self._indexed_blocks[block] = found
        return found

    @cached_property
    def _indexed_blocks(self) -> dict[int | None, tuple[NameKeys, NameKeys]]:
        return {}

    def _block(self, tok: Token) -> int | None:
        """Which window of a long text the MT word falls in (None: the text is short)."""
        if len(self.src.tokens) <= LONG_TEXT_TOKENS:
            return None
        where = tok.start / max(1, len(self.mt.text))
        return int(where * len(self.src.tokens)) // WINDOW_TOKENS

    def _keys_near(self, block: int | None) -> tuple[list[str], list[str]]:
        """The source's keys and the engine's near a window (all of them for a short text):
        those of the window's block and the blocks either side."""
        if block is None:
            return self.src_keys, self.fwd_keys
        found = self._windows.get(block)
        if found is None:
            parts = [self._block_keys(b) for b in (block - 1, block, block + 1) if b >= 0]
            found = (
                list(dict.fromkeys(k for src, _ in parts for k in src)),
                list(dict.fromkeys(k for _, fwd in parts for k in fwd)),
            )
            self._windows[block] = found
        return found

    def _block_keys(self, block: int) -> tuple[list[str], list[str]]:
        """The source's keys (its words and their lemmas) in one block of WINDOW_TOKENS
        tokens, and the engine's at the same relative place."""
        found = self._blocks.get(block)
        if found is None:
            code = self.ctx.src.code
            start, end = block * WINDOW_TOKENS, (block + 1) * WINDOW_TOKENS
            words = self.src.tokens[start:end]
            src = [name_key(self.ctx.src.bare_word(t.text), code) for t in words]
            morph = self.src.morph[start:end] if self.src.morph else []
            src += [name_key(r.lemma, code) for m in morph if m is not None for r in m.readings[:2]]
            n_src, n_fwd = len(self.src.tokens), len(self.fwd_tokens)
            fwd = self.fwd_tokens[start * n_fwd // n_src : end * n_fwd // n_src]
            found = (
                list(dict.fromkeys(src)),
                list(dict.fromkeys(name_key(t.text, code) for t in fwd)),
            )
            self._blocks[block] = found
        return found

    @cached_property
    def _windows(self) -> dict[int, tuple[list[str], list[str]]]:
        return {}

    @cached_property
    def _blocks(self) -> dict[int, tuple[list[str], list[str]]]:
        return {}

    def mt_near(self, src_start: int) -> MtWindow:
        """The MT (its tokens, keys and the keys of its back-translation) near the relative
        place of a source position: all of it for a short text."""
        if len(self.src.tokens) <= LONG_TEXT_TOKENS:
            return MtWindow(self.mt.tokens, self.mt_keys, self.back_keys, self.fwd_keys)
        where = src_start / max(1, len(self.src.text))
        block = int(where * len(self.src.tokens)) // WINDOW_TOKENS
        found = self._mt_windows.get(block)
        if found is None:
            n_src = len(self.src.tokens)

            def part(items: list[Token]) -> list[Token]:
                start, end = max(0, (block - 1) * WINDOW_TOKENS), (block + 2) * WINDOW_TOKENS
                return items[start * len(items) // n_src : end * len(items) // n_src]

            tokens = part(self.mt.tokens)
            code = self.ctx.src.code
            words = tokens + hyphen_parts(tokens)
            keys = [mt_key(t, self.ctx) for t in words]
            keys += [mt_sound_key(t, self.ctx) for t in words if t.is_capitalised]
            back = [name_key(t.text, code) for t in part(tokenize(self.backward or ""))]
            fwd = [name_key(t.text, code) for t in part(self.fwd_tokens)]
            found = MtWindow(
                tokens,
                list(dict.fromkeys(keys + back)),
                list(dict.fromkeys(back)),
                list(dict.fromkeys(fwd)),
            )
            self._mt_windows[block] = found
        return found

    @cached_property
    def _mt_windows(self) -> dict[int, MtWindow]:
        return {}

    @cached_property
    def first_starts(self) -> dict[str, int]:
        """Where each source word first occurs (its bare form)."""
        starts: dict[str, int] = {}
        for t in self.src.tokens:
            starts.setdefault(self.ctx.src.bare_word(t.text), t.start)
        return starts

    @cached_property
    def _traced_keys(self) -> dict[tuple[str, str, int | None], bool]:
        return {}

    @cached_property
    def sourceless(self) -> list[Token]:
        """MT names no source word and no word of the engine's translation accounts for, and
        that sound like no source name: the engine may translate a name as a word ("Мери",
        also the plural of "мера", came out "Measures"), and the MT's "Mary" is then its
        respelling, not a name the source lacks."""
        names = mt_name_tokens(
            self.mt, self.ctx.tgt, known_places_are_names=self.forward is not None
        )
        return [
            t
            for t in names
            if not self.traced(t)
            and not self._sounds_like_source_name(t)
            and not self._inside_source_compound(t)
        ]

    @cached_property
    def src_name_keys(self) -> list[str]:
        """The keys of the source's names, of those long enough to compare by sound."""
        code = self.ctx.src.code
        keys = [
            name_key(self.ctx.src.bare_word(t.text), code)
            for t in source_name_tokens(self.src, self.ctx.src)
        ]
        # (Each key once: a long text repeats its names.)
        return list(dict.fromkeys(k for k in keys if len(k) >= MIN_STEM - 1))

    def _inside_source_compound(self, tok: Token) -> bool:
        """Whether the MT name is the second part of a source compound ("источноиндиска",
        East Indian: the MT's "East India Company")."""
        key = mt_key(tok, self.ctx)
        stem = key[:-1] if key[-1:] in "aeiouy" else key
        if len(stem) < MIN_STEM:
            return False
        return any(stem in k[1:] and len(k) >= len(stem) + MIN_STEM for k in self.src_keys)

    def _sounds_like_source_name(self, tok: Token) -> bool:
        keys = {mt_key(tok, self.ctx), mt_sound_key(tok, self.ctx)}
        return any(
            sound_similarity(k, key) >= RESPELLING_FLOOR for k in self.src_name_keys for key in keys
        )

    @cached_property
    def untraced(self) -> list[Token]:
        """Capitalised MT words (acronyms and title-cased words too: "GMT", "the Holy See")
        that nothing in the source or the engine translation accounts for. Days and months
        are capitalised in English but no names ("on Thursday")."""
        fwd_words = {t.lower for t in self.fwd_tokens}
        calendar = calendar_words(self.ctx.tgt.code)
        # (Where the MT language capitalises every noun, only its names and acronyms.)
        nouns = self.ctx.tgt.capitalises_nouns
        names = {t.start for t in mt_name_tokens(self.mt, self.ctx.tgt)} if nouns else set()
        return [
            t
            for t in self.mt.tokens
            if t.is_capitalised
            and t.text[0].isalpha()
            # (An initial, "George W. Bush", or "Jr" translates no source name.)
            and len(t.text) > 1
            and t.lower not in self.ctx.tgt.name_suffixes
            and not is_sentence_initial(self.mt.text, t.start)
            and t.lower not in fwd_words
            and t.lower not in calendar
            and (not nouns or t.start in names or t.text.isupper())
            and not self.traced(t)
        ]

    @cached_property
    def untraced_names(self) -> list[Token]:
        """Of the untraced words, the names and acronyms: what a lost name may have become."""
        name_starts = {t.start for t in mt_name_tokens(self.mt, self.ctx.tgt)}
        return [t for t in self.untraced if t.start in name_starts or t.text.isupper()]
