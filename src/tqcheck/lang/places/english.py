"""Places in an English translation: whether MT words render a place the source names
("Germany's", "the Northern Marianas"), and which places the MT names that the source does
not ("Belgium" where the source says the U.S.), judged against a source language's table."""

from __future__ import annotations

from functools import cache, cached_property

from tqcheck.lang.names import name_key
from tqcheck.lang.places.gazetteer import PlaceMention
from tqcheck.lang.places.table import Place, language_names, places_for, word_sequences
from tqcheck.lang.profile import get_profile
from tqcheck.text.tokens import Token, is_acronym, tokenize, without_elision

# English forms of a name share this much with their adjectives ("Iran"/"Iranian"; "Iraq"
# shares only three letters with Iran).
_MIN_ENGLISH_STEM = 4
# Letters a source word and an English place name share where one names the other
# ("amerikanskii"/"american").
_SHARED_STEM = 5
_SHARED_NATIVE_STEM = 4


def _bare(word: str, target: str = "en") -> str:
    return get_profile(target).without_possessive(word)


class EnglishPlaces:
    """A source language's places by their English names, to find them in a translation."""

    def __init__(self, code: str, target: str = "en") -> None:
        self.code = code
        self.target = target
        self._by_english: dict[str, list[Place]] = {}
        # English forms by their first word.
        self._by_english_opening: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
        for place in places_for(code, target):
            for form in place.english:
                self._by_english.setdefault(form, []).append(place)
                words = tuple(t.text for t in tokenize(form))
                if words:
                    self._by_english_opening.setdefault(words[0], []).append((words, place))

    def is_foreign_place(
        self, word: str, mentions: list[PlaceMention], source_keys: list[str]
    ) -> bool:
        """Whether an MT word names a known place the source does not: no mention of it and no
        source word sharing its stem ("Американский" accounts for "US" by "American").
        Such a word translates nothing in the source."""
        places = self._by_english.get(word)
        if not places:
            return False
        if any(m.place in places or word in m.place.english for m in mentions):
            return False
        # Adjectives share a stem with the English name or with the native one.
        english = {f for p in places for f in p.english}
        return not self._stem_in_source(english, _SourceKeys(source_keys))

    def same_country(self, place: Place, word: str) -> bool:
        """Whether an English word names the place's country or a city of it: a translation
        may name a country by its capital and the other way round ("Roma" for the Italian
        government)."""
        return place.country is not None and any(
            other.country == place.country for other in self._by_english.get(word, [])
        )

    def places_in_english(self, tokens: list[Token]) -> list[tuple[Place, list[Token]]]:
        """The places an English text names in one of their English forms, with the words
        that name them, the longest form at each word ("New Zealand", not a "New" place).
        Only whole forms count: "Chinese" is a form of China, but "Indiana" is no India."""
        found: list[tuple[Place, list[Token]]] = []
        i = 0
        while i < len(tokens):
            text = _bare(tokens[i].text, self.target)
            best: tuple[Place, list[Token]] | None = None
            for words, place in self._by_english_opening.get(text, []):
                rest = tokens[i : i + len(words)]
                spelled = tuple(_bare(t.text, self.target) for t in rest)
                if spelled == words and (best is None or len(words) > len(best[1])):
                    best = (place, rest)
            if best is None:
                i += 1
                continue
            found.append(best)
            i += len(best[1])
        return found

    def unnamed_places(
        self,
        mt_tokens: list[Token],
        mentions: list[PlaceMention],
        source_text: str,
        source_keys: list[str],
    ) -> list[tuple[Place, list[Token]]]:
        """Places the MT names that the source names in no form: no mention of them, no source
        word sharing their stem ("Российской" accounts for Russia), no abbreviation of them
        in the source (`place_hints`: Chinese "中美" names China and the US). A language's
        name ("German", "English") is no place here: the source may name the language."""
        languages = language_names()
        # Hyphenated words are read part by part ("америчко-кинеских", "UN-a", "l’UE").
        source_words = [
            part
            for tok in tokenize(source_text)
            for part in without_elision(tok.text).split("-")
            if part
        ]
        keys = _SourceKeys(source_keys + [name_key(w, self.code) for w in source_words])
        hints = get_profile(self.code).place_hints
        found = []
        for place, words in self.places_in_english(mt_tokens):
            spelled = " ".join(t.text for t in words)
            if spelled in languages:
                continue
            # Acronyms differ between languages ("ОН" is the UN, "UE" the EU, "САД" the USA).
            if is_acronym(spelled) and any(is_acronym(w) for w in source_words):
                continue
            english = set(place.english)
            if any(english & set(m.place.english) for m in mentions):
                continue
            if any(english & set(names) for hint, names in hints.items() if hint in source_text):
                continue
            if self._stem_in_source(english, keys):
                continue
            found.append((place, words))
        return found

    def _stem_in_source(self, english: set[str], source_keys: _SourceKeys) -> bool:
        """Whether a source word shares a stem with an English form of a place or with one of
        its native names: "amerikanskii" for American, "Rossiiskoi" for Rossiia, "Grčke" for
        Grčka; inside a compound too ("centralnoamerički", "Südostasien")."""
        places = [p for form in english for p in self._by_english.get(form, [])]
        # (Without its h too: other alphabets spell "Afghan" "афган".)
        keys = {name_key(form, self.target) for form in english}
        stems = {k[:_SHARED_STEM] for k in keys | {k.replace("h", "") for k in keys}}
        for place in places:
            for word in tokenize(place.native):
                key = name_key(word.text, self.code)
                stems.add((key[:-1] if key[-1:] in "aeiou" else key)[:_SHARED_STEM])
        inside = {s for s in stems if len(s) >= _SHARED_NATIVE_STEM}
        opening = {s for s in stems if len(s) == _SHARED_NATIVE_STEM - 1}
        return any(s in source_keys.joined for s in inside) or bool(
            opening and opening & source_keys.openings
        )


class _SourceKeys:
    """A source's word keys, asked the way _stem_in_source asks them: whether any key holds
    a stem, or opens with one. Built once for all the places an MT names, as one string and
    one set: a long text (a 1 MB segment has 150,000 keys) is then searched at C speed, not
    key by key in Python for each place."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        # (No key holds the separator, so a stem found in the joined string is in one key.)
        self.joined = "\x00".join(keys)

    @cached_property
    def openings(self) -> set[str]:
        return {k[: _SHARED_NATIVE_STEM - 1] for k in self.keys}


@cache
def english_places(code: str, target: str = "en") -> EnglishPlaces:
    return EnglishPlaces(code, target)


def _english_word_matches(mt: Token, word: str, exact: bool = False, target: str = "en") -> bool:
    """An MT word renders a word of the English name: the same word, or a form of it
    ("Germany's", "Canadian"); a capitalised name only by a capitalised word ("turkey" is a
    bird)."""
    text = _bare(mt.text, target)
    if word[:1].isupper() and not text[:1].isupper():
        return False
    lower, wanted = text.lower(), word.lower()
    if lower == wanted:
        return True
    if exact:
        return False
    if word.isupper() and text.isupper():
        return text.startswith(word)  # an acronym inside a longer one ("USOC", "UKIP")
    stem = wanted[: max(_MIN_ENGLISH_STEM, len(wanted) - 2)]
    return (len(wanted) >= _MIN_ENGLISH_STEM and lower.startswith(stem)) or _is_demonym(
        lower, wanted, get_profile(target).demonym_endings
    )


def _is_demonym(word: str, name: str, endings: tuple[str, ...]) -> bool:
    """ "Roman" of Rome, "Asian" of Asia: short names the stem rule leaves out."""
    bases = {name, name[:-1]} if name[-1:] in "aeiouy" else {name}
    return len(name) >= 3 and any(word == base + e for base in bases for e in endings)


def rendering(place: Place, mt_tokens: list[Token], exact: bool = False) -> list[Token] | None:
    """The MT words that render the place in English, or None where it has no rendering.
    With `exact`, only the name itself does, no adjective of it ("Greek" is no rendering of
    Griechenland where the source's own adjective, "griechischer", accounts for it)."""
    for words in (w for form in place.english for w in word_sequences(form, place.target)):
        for i, tok in enumerate(mt_tokens):
            if _english_word_matches(tok, words[0], exact, place.target):
                found = _rest_of_name(mt_tokens, i, words, exact, place.target)
                if found is not None:
                    return found
    return None


def _rest_of_name(
    tokens: list[Token], i: int, words: list[str], exact: bool = False, target: str = "en"
) -> list[Token] | None:
    """The tokens from `i` that spell `words` in order, one other word allowed between two of
    them ("South West African" renders South Africa as part of a longer name)."""
    matched = [tokens[i]]
    j = i
    for word in words[1:]:
        nxt = next(
            (
                k
                for k in (j + 1, j + 2)
                if k < len(tokens) and _english_word_matches(tokens[k], word, exact, target)
            ),
            None,
        )
        if nxt is None:
            return None
        matched.append(tokens[nxt])
        j = nxt
    return matched
