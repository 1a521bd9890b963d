"""Names: a source name missing, replaced or respelled in the MT, a name in the MT that the
source does not have, and one name spelled two ways in one document ("Sergey"/"Sergei").

Names are compared through a spelling-independent key (lang/names.py), so Cyrillic "Шојгу"
matches Latin "Shoigu" and Macedonian "Лавровиот" matches "Lavrov". Where the name is
translated rather than transliterated ("Обединетите Нации", "Deutschland"), the engine's own
translation of the source, and the MT translated back, say what the MT should contain.
"""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.lang.analysis import TextFacts
from tqcheck.lang.chinese_names import (
    is_source_name,
    name_runs,
    person_names,
    place_names,
    rendered_in,
    spoken,
    word_starts,
)
from tqcheck.lang.cldr_profile import calendar_words
from tqcheck.lang.morphology import MorphToken
from tqcheck.lang.name_match import (
    MIN_STEM,
    SAME_NAME_FLOOR,
    matches_any,
    same_or_near,
    sound_similarity,
)
from tqcheck.lang.names import name_key, to_latin
from tqcheck.lang.pinyin_names import pinyin_names, read_in
from tqcheck.lang.places import Place, PlaceMention, english_place_names, gazetteer, rendering
from tqcheck.lang.proper_nouns import mt_name_tokens, source_name_tokens
from tqcheck.lang.script import UNSPACED_SCRIPTS, dominant_script
from tqcheck.lang.word_lists import WordList, word_list
from tqcheck.text.tokens import Token, is_sentence_initial, tokenize, without_elision
from tqcheck.types import Finding

# A capitalised MT word at least this close (rapidfuzz ratio of the keys, on stems and sounds)
# to an unrendered source name is a respelling of it ("Камиј"/"Camille", "Ruande"/"Rwanda");
# a less similar one has replaced it.
RESPELLING_FLOOR = 65
MAX_ACRONYM = 6


# Scripts whose names tqcheck cannot pick out or romanise closely enough to say an MT name is
# not among them: those written without spaces (Chinese 陈光明), and alphabets that leave out
# vowels (Arabic "عبد الفتاح" reads "bd lftah").
_UNREADABLE = (*UNSPACED_SCRIPTS, "Arab", "Hebr")

# Below this similarity (0-100) a place name cannot be a respelling or a translation of the
# name whose place it took.
UNLIKE_PLACE = 50
_ARTICLES = frozenset({"the", "a", "an"})
# Letters a place and another source word share when that word is the place's adjective.
KIN_STEM = 5
# Alphabets whose names an English text spells out letter for letter.
_SPELLED_OUT = ("Latn", "Cyrl", "Grek")
# A shorter part of a hyphenated name ("Tri-Nation") is a prefix, not a name of its own.
MIN_PART = 4
# Units named after people: "degrees Celsius" is no person.
_UNIT_NAMES = frozenset({"Celsius", "Fahrenheit", "Kelvin", "Richter"})


def _mt_key(tok: Token, lang: str) -> str:
    """Name key of an MT word without the English possessive ("Bush's")."""
    return name_key(tok.text.removesuffix("'s").removesuffix("’s"), lang)


def _lemma_keys(facts: TextFacts, lang: str) -> list[str]:
    """Keys of the analyser's lemmas: the nominative "Kalifornija" behind "Kalifornije"."""
    if facts.morph is None:
        return []
    return [name_key(r.lemma, lang) for m in facts.morph if m is not None for r in m.readings[:2]]


def _is_acronym(name: str) -> bool:
    """Acronyms in another script are translated, not transliterated (ДНК/DNA)."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= MAX_ACRONYM and all(c.isupper() for c in letters)


def _morph_of(facts: TextFacts, tok: Token) -> MorphToken | None:
    if facts.morph is None:
        return None
    i = next((k for k, t in enumerate(facts.tokens) if t.start == tok.start), None)
    return facts.morph[i] if i is not None else None


def _known_word(facts: TextFacts, tok: Token) -> bool:
    """Whether the MT language's analyser knows the word (a common word or a known place)."""
    morph = _morph_of(facts, tok)
    return (
        morph is not None
        and morph.known
        and (
            not any(r.has("ant") or r.has("cog") for r in morph.readings)
            or _noun_after_article(facts, tok)
        )
    )


def _common_word(facts: TextFacts, tok: Token) -> bool:
    """A word the analyser knows as something other than a proper noun."""
    morph = _morph_of(facts, tok)
    return morph is not None and any(not r.has("np") for r in morph.readings)


def _opens_title(facts: TextFacts, tok: Token) -> bool:
    """Whether a capitalised word starts a run of them ("Czech Statistical Office")."""
    i = next((k for k, t in enumerate(facts.tokens) if t.start == tok.start), None)
    if i is None or i + 1 >= len(facts.tokens):
        return False
    after = facts.tokens[i + 1]
    return after.is_capitalised and facts.text[tok.end : after.start] == " "


def _is_place(facts: TextFacts, tok: Token) -> bool:
    morph = _morph_of(facts, tok)
    return morph is not None and any(r.has("top") for r in morph.readings)


def _is_person(facts: TextFacts, tok: Token) -> bool:
    if tok.text in _UNIT_NAMES or _noun_after_article(facts, tok):
        return False
    if any(m.start <= tok.start < m.end for m in facts.persons):
        return True
    morph = _morph_of(facts, tok)
    return morph is not None and any(r.has("ant") or r.has("cog") for r in morph.readings)


def _noun_after_article(facts: TextFacts, tok: Token) -> bool:
    """A word that is a surname and a noun ("King", "Green") is the noun after an article:
    "the King" is no person's name."""
    before = facts.text[: tok.start].split()
    return bool(before) and before[-1].lower() in _ARTICLES and _common_word(facts, tok)


def _has_kin(mention: PlaceMention, src: TextFacts) -> bool:
    """Whether another source word shares the place's stem ("griechischer" next to
    "Griechenland"): the MT's adjective ("Greek") is then that word's, not the place's."""
    stem = mention.surface.lower()[:KIN_STEM]
    return len(stem) == KIN_STEM and any(
        t.lower.startswith(stem) and not mention.start <= t.start < mention.end for t in src.tokens
    )


def _unrendered_names(
    src: TextFacts,
    mt: TextFacts,
    places: list[PlaceMention],
    rendered: set[int],
    ctx: DocumentContext,
) -> Iterator[tuple[str, bool]]:
    """The people and rare places a Chinese source names (by its tagger) that no MT word
    renders in pinyin or by sound, each with whether it is a person. Places the gazetteer
    found are judged with their English names instead."""
    dictionary = word_list(ctx.tgt.code)
    mt_words = [
        t.text
        for t in mt.tokens
        if t.is_capitalised
        and t.text[0].isalpha()
        and t.start not in rendered  # ("China" is 中国's, and no reading of 习近平)
        and not (
            is_sentence_initial(mt.text, t.start)
            and dictionary.is_common(t.text)
            and t.text.removesuffix("'s") not in dictionary.names
        )
    ]
    candidates = [(n, True) for n in person_names(src.text, ctx.src)]
    candidates += [(n, False) for n in place_names(src.text, ctx.src)]
    for named, is_person in candidates:
        if any(m.start < named.end and named.start < m.end for m in places):
            continue
        if not rendered_in(named, src.text, mt_words):
            yield src.text[named.start : named.end], is_person


def _untranslatable(name: str, ctx: DocumentContext) -> bool:
    """A source name that no translation changes: no word of the source language in any form
    ("Walmart", "Agremex", "Hinteregger", "Гришко", by the language's spelling list), in an
    alphabet names are spelled out from; an acronym only where English has it too (CEDH is
    ECHR in English). Its loss is sure."""
    if _is_acronym(name):
        # An acronym English writes the same way ("NSA", "ESPN", by its spelling list) stays.
        return dominant_script(name) == ctx.tgt.script and name in word_list(ctx.tgt.code).names
    words = word_list(ctx.src.code)
    if not words or dominant_script(name) not in _SPELLED_OUT:
        return False
    parts = [p for p in name.split("-") if p]  # ("Военно-морского": two words, both known)
    return not all(words.knows_any_form(p, ctx.src) for p in parts)


def _name_parts(tok: Token, dictionary: WordList) -> list[str]:
    """The parts of a hyphenated name that are names ("Buffalo-Pittsburgh"; not "Nation" of
    "Tri-Nation", nor the 19 of "Covid-19"): each comes from the source on its own."""
    return [
        part
        for part in tok.text.split("-")
        if len(part) >= MIN_PART and part.isalpha() and not dictionary.is_common(part)
    ]


def _pair_up(
    lost: list[tuple[str, str]], candidates: list[Token], lang: str
) -> dict[str, tuple[Token, float]]:
    """Each lost source name with the MT name that took its place, most alike pairs first."""
    scored = sorted(
        (
            (sound_similarity(key, _mt_key(tok, lang)), name, tok)
            for name, key in lost
            for tok in candidates
        ),
        key=lambda x: -x[0],
    )
    pairs: dict[str, tuple[Token, float]] = {}
    used: set[int] = set()
    for similarity, name, tok in scored:
        if name not in pairs and tok.start not in used:
            pairs[name] = (tok, similarity)
            used.add(tok.start)
    return pairs


class EntitiesCheck(Check):
    name = "entities"
    needs_engine = False

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
            if src.text.strip() and mt.text.strip():
                forward = ctx.forward[index] if ctx.forward else None
                backward = ctx.backward[index] if ctx.backward else None
                for finding in self._compare(src, mt, forward, backward, ctx):
                    yield index, finding
        yield from self._spelled_two_ways(ctx)

    def _compare(
        self,
        src: TextFacts,
        mt: TextFacts,
        forward: str | None,
        backward: str | None,
        ctx: DocumentContext,
    ) -> Iterator[Finding]:
        src_code, tgt_code = ctx.src.code, ctx.tgt.code
        # The MT language's spelling list knows words its analyser does not ("Screenplay").
        dictionary = word_list(tgt_code)
        src_keys = [name_key(without_elision(t.text), src_code) for t in src.tokens]
        src_keys += _lemma_keys(src, src_code)
        fwd_tokens = tokenize(forward or "")
        fwd_keys = [name_key(t.text, src_code) for t in fwd_tokens]
        # The MT translated back: "Greece" comes back as "Grčka", the source's "Grčkoj".
        back_keys = [name_key(t.text, src_code) for t in tokenize(backward or "")]
        mt_keys = [_mt_key(t, tgt_code) for t in mt.tokens] + back_keys

        # Places the source names, with the MT words that render them in English.
        places_here = gazetteer(src_code)
        places = places_here.mentions(src.text, src.tokens)
        if ctx.src.name_tagger == "jieba":
            starts = word_starts(src.text)
            places = [m for m in places if m.start in starts]
        renderings = {m.start: rendering(m.place, mt.tokens, _has_kin(m, src)) for m in places}
        rendered = {t.start for words in renderings.values() if words for t in words}

        source_script = dominant_script(src.text)
        # Names in alphabets romanised phonetically (Devanagari "नरेंद्र" reads "nremdr") match
        # their English spelling only by sound.
        phonetic = source_script not in ("Latn", "Cyrl", None, *UNSPACED_SCRIPTS)
        sound_keys = [k for k in src_keys if len(k) >= MIN_STEM - 1] if phonetic else []

        def traced(tok: Token) -> bool:
            key = _mt_key(tok, tgt_code)
            return (
                tok.start in rendered
                or matches_any(key, src_keys + fwd_keys)
                or any(sound_similarity(k, key) >= RESPELLING_FLOOR for k in sound_keys)
            )

        # MT names no source word and no word of the engine's translation accounts for.
        sourceless = [
            t
            for t in mt_name_tokens(mt, known_places_are_names=forward is not None)
            if not traced(t)
        ]
        # Capitalised MT words (acronyms and title-cased words too: "GMT", "the Holy See")
        # that nothing in the source or the engine translation accounts for.
        fwd_words = {t.lower for t in fwd_tokens}
        # Days and months are capitalised in English but no names ("on Thursday").
        calendar = calendar_words(tgt_code)
        untraced = [
            t
            for t in mt.tokens
            if t.is_capitalised
            and t.text[0].isalpha()
            and not is_sentence_initial(mt.text, t.start)
            and t.lower not in fwd_words
            and t.lower not in calendar
            and not traced(t)
        ]
        person_words = {w for m in src.persons for w in m.tokens}
        # Of those, the ones that are names or acronyms: what a lost name may have become.
        name_starts = {t.start for t in mt_name_tokens(mt)}
        untraced_names = [t for t in untraced if t.start in name_starts or t.text.isupper()]
        lost: list[tuple[str, str]] = []
        english_of: dict[str, str] = {}  # a lost place's English name
        sounds_of: dict[str, str] = {}  # a lost name's sounds, where its script has no letters
        # Lost places whose characters another language may read otherwise (福冈, Fukuoka, in
        # its Japanese reading): a known place in their stead may be their rendering.
        read_otherwise: set[str] = set()
        lost_places: dict[str, Place] = {}
        for name, place in self._source_names(src, ctx, places):
            key = name_key(name, src_code)
            if place is not None:
                if renderings[place.start] is not None or (
                    len(key) >= 3 and matches_any(key, mt_keys, exact=True)
                ):
                    continue  # rendered in English, or kept as the source spells it
                english = place.place.english[0]
                english_key = name_key(english, tgt_code)
                # A misspelling of the whole English name ("Madagaskar" left for Madagascar);
                # no stem rule here: "southern" is no spelling of South Africa.
                near = next(
                    (
                        t
                        for t in mt.tokens
                        if t.is_capitalised
                        and t.text not in english_place_names()
                        and fuzz.ratio(english_key, _mt_key(t, tgt_code)) >= SAME_NAME_FLOOR
                    ),
                    None,
                )
                if near is not None:
                    yield self._respelled(name, english, near)
                else:
                    # Where the place's English is known, its loss is sure, engine or not.
                    english_of[name] = english
                    lost_places[name] = place.place
                    lost.append((name, english_key))
                continue
            if len(key) < 3 or matches_any(key, mt_keys, exact=True):
                continue
            if forward is None and _is_acronym(name) and dominant_script(name) != ctx.tgt.script:
                continue  # (with an engine, its translation says whether the acronym stays)
            near = next(
                (t for t in mt.tokens if same_or_near(key, _mt_key(t, tgt_code), False)), None
            )
            if near is not None:
                if not matches_any(key, back_keys):  # a respelling, unless it reads back right
                    yield self._respelled(name, to_latin(name, src_code), near)
            elif forward is None or matches_any(key, fwd_keys):
                # (Where the engine translates the name too, the MT-side check judges it.)
                lost.append((name, key))
        # Where a tagger picks out the source's names (Chinese: jieba), an MT name must sound
        # like one of them or read as source characters ("Whitmer" is 惠特默, "Xinjiang" 新疆),
        # and a person the source names must be in the MT in pinyin or transcribed.
        runs = name_runs(src.text) if ctx.src.name_tagger == "jieba" and forward is None else None
        if runs is not None:
            for chars, is_person in _unrendered_names(src, mt, places, rendered, ctx):
                lost.append((chars, name_key(chars, src_code)))
                sounds_of[chars] = spoken(chars)
                (person_words if is_person else read_otherwise).add(chars)
        # Names take a lost name's place before title-cased words do.
        pairs = _pair_up(lost, untraced_names, tgt_code)
        rest = [t for t in untraced if t.start not in {p.start for p, _ in pairs.values()}]
        # A person's name is no title-cased word ("Goran" is not "the Championship").
        others = [x for x in lost if x[0] not in pairs and x[0] not in person_words]
        pairs.update(_pair_up(others, rest, tgt_code))
        claimed = {tok.start for tok, _ in pairs.values()}
        # (Without an engine only: MT acronyms a lost source acronym may have become.)
        untraced_acronyms = [
            t
            for t in (mt.tokens if forward is None else [])
            if len(t.text) > 1 and _is_acronym(t.text) and t.start not in claimed and not traced(t)
        ]
        # Known places the source names in no form ("Belgium" where the source says the U.S.)
        # translate nothing there: the gazetteer knows their names in the source language, so
        # this holds with no engine and in any script. One may have taken a lost place's place.
        unnamed = []
        for _place, words in places_here.unnamed_places(mt.tokens, places, src.text, src_keys):
            if not any(t.start in claimed or traced(t) for t in words):
                first, last = words[0], words[-1]
                unnamed.append(Token(mt.text[first.start : last.end], first.start, last.end))
                claimed |= {t.start for t in words}
        # Chinese people's names in pinyin are the sounds of source characters.
        surnames = ctx.src.pinyin_surnames
        for person in pinyin_names(mt.text, mt.tokens, surnames) if surnames else []:
            if person.start in claimed | rendered or person.text in english_place_names():
                continue  # ("Hong Kong" reads hong kong, and is no person)
            claimed |= {t.start for t in mt.tokens if person.start <= t.start < person.end}
            if read_in(person, src.text):
                continue
            yield self.finding(
                category="Accuracy/Mistranslation",
                severity="major",
                start=person.start,
                end=person.end,
                message=(
                    f"MT name '{person.text}' is not in the source: no characters there "
                    f"read {person.sounds}"
                ),
                evidence={"mt": person.text, "pinyin": person.sounds},
            )
        # A place the source does not name may be a lost name's respelling ("Джорджии", the
        # US state, is "Georgia", which the gazetteer knows as the country), or took a lost
        # place's place.
        for name, key in lost:
            if not unnamed:
                break
            current = pairs.get(name)
            similarity, closest = max(
                (sound_similarity(key, _mt_key(t, tgt_code)), i) for i, t in enumerate(unnamed)
            )
            if similarity >= RESPELLING_FLOOR and (current is None or current[1] < similarity):
                pairs[name] = (unnamed.pop(closest), similarity)
            elif current is None and name in english_of:
                pairs[name] = (unnamed.pop(0), 0.0)
        for name, _key in lost:
            romanised = english_of.get(name) or sounds_of.get(name) or to_latin(name, src_code)
            # A place, people or organisation may have an English name no spelling traces
            # ("Alemania"/"Germany", "Talijani"/"Italians", "Equipo Nacional"/"National Team"):
            # a lost name is sure only for a person, or where no MT name is left to be its
            # translation; a replacement where the MT word is a person's name or no word the
            # target language's analyser knows (with an engine: no title-cased common word).
            sure = name in person_words or name in english_of or _untranslatable(name, ctx)
            if name in pairs:
                partner, similarity = pairs[name]
                if name in english_of:
                    similarity = 0.0  # (a misspelt English name was found above)
                # (A common English word, "Defense" for "Минобороны", is the translation of
                # an organisation's name as often as a replacement.)
                sure = sure or _is_person(mt, partner)
                sure = sure or not (_known_word(mt, partner) or dictionary.is_common(partner.text))
                # A place nothing like the name ("Antikythera" for "Iwata"): the CLDR's
                # places are traced above, so this one translates no source place. (Not an
                # abbreviation: "St" of St. Petersburg.)
                sure = sure or (
                    _is_place(mt, partner) and len(partner.text) > 2 and similarity < UNLIKE_PLACE
                )
                # A known place the source does not name ("USA" for "Сиэтле") replaces it.
                sure = sure or places_here.is_foreign_place(partner.text, places, src_keys)
                sure = sure or (forward is not None and not _common_word(mt, partner))
                if name in read_otherwise and (
                    _is_place(mt, partner)
                    or partner.text.removesuffix("'s") in english_place_names()
                ):
                    sure = False
                if name in lost_places and places_here.same_country(
                    lost_places[name], partner.text.removesuffix("'s")
                ):
                    sure = False  # a capital for its country, or the other way round
                if _is_acronym(name) and forward is None and _opens_title(mt, partner):
                    # A translation spells acronyms out ("ČSÚ", the Czech Statistical Office):
                    # only a person in its place is surely another name.
                    sure = name in person_words or _is_person(mt, partner)
                yield self._changed(name, romanised, partner, similarity, ctx, sure)
                continue
            # (An acronym may come out as another, first word or not: OTAN as NATO.)
            sure = sure or (
                not [t for t in untraced_names if t.start not in claimed]
                and not (_is_acronym(name) and untraced_acronyms)
            )
            yield self.finding(
                category="Accuracy/Omission",
                severity="major" if sure else "minor",
                start=None,
                end=None,
                message=f"source name '{name}' ({romanised}) is missing from the MT",
                evidence={"source_name": name, "romanised": romanised},
            )
        for tok in unnamed:
            # "Jordan", "Georgia", "Paris": also people's names (the analyser reads them so),
            # or a US state named like a country: worth a look, not sure.
            ambiguous = any(
                r.has("ant") or r.has("cog")
                for t in mt.tokens
                if tok.start <= t.start < tok.end and (m := _morph_of(mt, t)) is not None
                for r in m.readings
            )
            yield self._unfounded(
                tok, f"MT names '{tok.text}', a place the source does not name", not ambiguous
            )
        # Names in a script tqcheck cannot romanise (Chinese 陈光明, 普京) and no engine to
        # translate them: an MT name is then untraceable rather than unfounded.
        readable = forward is not None or source_script not in _UNREADABLE
        for tok in sourceless:
            if tok.start in claimed:
                continue
            parts = _name_parts(tok, dictionary)
            if runs is not None and parts and all(is_source_name(p, src.text, runs) for p in parts):
                continue  # the pinyin or the sound of a source name ("Drian", 勒德里昂)
            # Exonyms and demonyms ("Finland" for "Finska") are traced by no spelling; a
            # person's name with no source counterpart is surely wrong, and so is, in a
            # source written in the MT's script, a word the target language does not know
            # ("Semilarski"): such a name is copied, and the source does not have it.
            sure = readable and _is_person(mt, tok)
            sure = sure or (
                source_script == ctx.tgt.script
                and forward is None
                and not _known_word(mt, tok)
                and not _common_word(mt, tok)
                and not dictionary.knows(tok.text)
            )
            # (A name the spelling list knows, "Kim" or "Toyota", may come from a Japanese or
            # Korean reading of the characters, which pinyin does not give.)
            sure = sure or (
                runs is not None
                and not _known_word(mt, tok)
                and not _common_word(mt, tok)
                and not dictionary.knows(tok.text)
                and bool(parts)  # (past the skip above: not every part is the source's)
            )
            yield self._unfounded(
                tok, f"MT name '{tok.text}' has no counterpart in the source", sure
            )

    def _unfounded(self, tok: Token, message: str, sure: bool) -> Finding:
        """A finding on an MT name that translates nothing in the source."""
        return self.finding(
            category="Accuracy/Mistranslation",
            severity="major" if sure else "minor",
            start=tok.start,
            end=tok.end,
            message=message,
            evidence={"mt": tok.text},
        )

    @staticmethod
    def _source_names(
        src: TextFacts, ctx: DocumentContext, places: list[PlaceMention]
    ) -> list[tuple[str, PlaceMention | None]]:
        """The source's names, each once: places the gazetteer knows (with their English),
        then the other name words outside them."""
        inside = {t.start for m in places for t in src.tokens if m.start <= t.start < m.end}
        names: dict[str, PlaceMention | None] = {m.surface: m for m in places}
        calendar = calendar_words(ctx.src.code)
        for tok in source_name_tokens(src, ctx.src):
            if tok.start not in inside and tok.lower not in calendar:
                names.setdefault(without_elision(tok.text), None)
        return list(names.items())

    def _changed(
        self,
        name: str,
        romanised: str,
        tok: Token,
        similarity: float,
        ctx: DocumentContext,
        sure: bool,
    ) -> Finding:
        if similarity >= RESPELLING_FLOOR:
            return self._respelled(name, romanised, tok)
        return self.finding(
            category="Accuracy/Mistranslation",
            severity="major" if sure else "minor",
            start=tok.start,
            end=tok.end,
            message=f"source name '{name}' ({romanised}) is replaced by '{tok.text}' in the MT",
            evidence={"source_name": name, "romanised": romanised, "mt": tok.text},
        )

    def _respelled(self, name: str, romanised: str, tok: Token) -> Finding:
        # Languages spell foreign names their own way (Трамп/Trump, Kazablanka/Casablanca,
        # Kreti/Crete): a respelling is worth a look, not proof of an error.
        return self.finding(
            category="Accuracy/Mistranslation",
            severity="minor",
            start=tok.start,
            end=tok.end,
            message=f"source name '{name}' ({romanised}) is spelled '{tok.text}' in the MT",
            evidence={"source_name": name, "romanised": romanised, "mt": tok.text},
        )

    def _spelled_two_ways(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        first_seen: dict[str, tuple[str, int]] = {}
        reported: set[tuple[str, str]] = set()
        for index, facts in enumerate(ctx.mt_facts):
            for tok in facts.tokens:
                if (
                    not tok.is_capitalised
                    or len(tok.text) < 4
                    or is_sentence_initial(facts.text, tok.start)
                ):
                    continue
                surface = tok.text.removesuffix("'s").removesuffix("’s")
                key = name_key(surface, ctx.tgt.code)
                if key not in first_seen:
                    first_seen[key] = (surface, index)
                    continue
                earlier, earlier_index = first_seen[key]
                pair = (earlier, surface)
                if surface == earlier or earlier.lower() == surface.lower() or pair in reported:
                    continue
                reported.add(pair)
                yield (
                    index,
                    self.finding(
                        category="Terminology/Inconsistent",
                        severity="minor",
                        start=tok.start,
                        end=tok.end,
                        message=(
                            f"name spelled two ways in one document: '{earlier}' and '{surface}'"
                        ),
                        evidence={"spellings": [earlier, surface], "first_segment": earlier_index},
                    ),
                )
