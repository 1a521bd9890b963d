"""Place names across languages, from the Unicode CLDR through Babel: countries, continents and
the cities of the time-zone database, each with its name in a source language and in English
("Londres", "Лондон", "伦敦" → London; "Alemania", "Deutschland" → Germany).

No spelling rule traces "Alemania" to "Germany". Without this table a lost or replaced place
name can only be a guess, and a capitalised German word cannot be told from a noun. With it,
a place the source names is known to be one, and its English forms say whether the MT kept it.
CLDR covers nearly every language, so a new source language gets its places with no data work.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import regex
from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.languages import get_official_languages

from tqcheck.lang.names import name_key
from tqcheck.lang.profile import get_profile
from tqcheck.lang.script import UNSPACED_SCRIPTS, dominant_script
from tqcheck.text.tokens import Token, is_sentence_initial, tokenize, without_elision

# Regions people name in news; CLDR's finer ones ("Western Asia", "Micronesian Region") are
# rarely how a translation says it, and "Americas" is often the United States.
_CONTINENTS = ("002", "003", "005", "009", "013", "029", "142", "150", "419")
# CLDR codes that are no place ("Unknown Region", "Eurozone", pseudo-locales).
_NOT_PLACES = frozenset({"ZZ", "QO", "EZ", "XA", "XB"})
# Time-zone ids whose cities are research stations or US county seats ("Troll", "Center",
# "Knox"): common words in some language more often than places in the news.
_NOT_CITIES = regex.compile(r"^(?:Etc|Antarctica)/|^America/(?:Indiana|Kentucky|North_Dakota)/")
# A case ending changes up to this many letters after the stem ("Москвы", "Irans").
_CASE_ENDING = 3
_MIN_STEM = 3
# English forms of a name share this much with their adjectives ("Iran"/"Iranian"; "Iraq"
# shares only three letters with Iran).
_MIN_ENGLISH_STEM = 4
# Shorter names are only matched whole: "Peru" is no stem of "Perez".
_MIN_INFLECTED = 5
_MIN_SHORT_CASE = 4
_SAME_WORD = 1000
# The distinctive word of a longer name is a name by itself from this length ("Malouines").
_MIN_SHORT_FORM = 6
# Letters a source word and an English place name share where one names the other
# ("amerikanskii"/"american").
_SHARED_STEM = 5
_SHARED_NATIVE_STEM = 4
_ISLANDS = regex.compile(r"\b(?:Islands|Island|Isles)\b")
_PARENTHESIS = regex.compile(r"\s*\(([^)]*)\)")
# Sentence-initial capitals also start ordinary words; a short one ("Того", "Mali") is then
# no evidence of a place.
_MIN_INITIAL = 5
# A place's adjective keeps at least this much of its name ("Wien" of "Wiener").
_MIN_ADJECTIVE_STEM = 4
_MAX_ACRONYM = 5


@dataclass(frozen=True)
class Place:
    native: str  # the source language's name
    english: tuple[str, ...]  # the ways an English translation writes it, most usual first
    country: str | None = None  # CLDR territory code: the country's own, or a city's country


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    surface: str  # as the source writes it ("Москвы")
    start: int
    end: int


def _clean_english(name: str) -> list[str]:
    """CLDR's display names in the forms running text uses: "Myanmar (Burma)" is Myanmar or
    Burma, "Congo - Kinshasa" is the Congo, "St. Lucia" is Saint Lucia."""
    forms = [name]
    aside = _PARENTHESIS.search(name)
    if aside:
        forms += [_PARENTHESIS.sub("", name).strip(), aside.group(1).strip()]
    if " - " in name:
        forms.append(name.split(" - ")[0])
    if name.endswith(" SAR China"):
        forms.append(name.removesuffix(" SAR China"))
    forms += [f.replace("&", "and") for f in forms if "&" in f]
    forms += [f.replace("St. ", "Saint ") for f in forms if f.startswith("St. ")]
    return [f for f in dict.fromkeys(forms) if f and "(" not in f]


@cache
def _data_table(code: str, table: str) -> dict[str, Any]:
    """A table of lang/data/<code>.json: English's other names for places (`place_aliases`),
    a language's names CLDR does not list, such as abbreviations ("США", `place_names`)."""
    path = resources.files("tqcheck.lang") / "data" / f"{code}.json"
    if not path.is_file():
        return {}
    found: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")).get(table, {})
    return found


def _home_language_names(territory: str, english: Locale) -> list[str]:
    """English names of the languages whose home this territory is ("German" for Germany,
    "Filipino" for the Philippines): translations name a place by its adjective too."""
    likely = get_global("likely_subtags")
    names = []
    for language in get_official_languages(territory, de_facto=True):
        if (
            str(likely.get(language, "")).endswith("_" + territory)
            and language in english.languages
        ):
            names.append(english.languages[language])
    return names


def _short_forms(names: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Island groups by their distinctive word alone: French writes "les Malouines" for the
    "îles Malouines", the Falkland Islands. The word for "islands" is the one that recurs
    across the language's names (îles, Islas, острова), so the distinctive word is the one
    that does not."""
    words_of = {native: [t.text for t in tokenize(native)] for native in names}
    recurring = Counter(w.lower() for words in words_of.values() for w in set(words))
    short: dict[str, tuple[str, ...]] = {}
    for native, english in names.items():
        core = _word_sequences(english[0])[-1]
        if len(words_of[native]) < 2 or len(core) != 1 or not _ISLANDS.search(english[0]):
            continue
        own = [
            w
            for w in words_of[native]
            if recurring[w.lower()] == 1 and len(w) >= _MIN_SHORT_FORM and w[:1].isupper()
        ]
        if len(own) == 1:
            short[own[0]] = (core[0], *english)
    return short


def _locales(code: str) -> list[Locale]:
    """The source language's CLDR locales; Serbian is written in Cyrillic and in Latin."""
    found = []
    for ident in (code, f"{code}_Latn") if code == "sr" else (code,):
        try:
            found.append(Locale.parse(ident))
        except (UnknownLocaleError, ValueError):
            continue
    return found


def _city(zone: str, locale: Locale) -> str:
    names = locale.time_zones.get(zone, {})
    city = names.get("city") if hasattr(names, "get") else None
    return str(city) if city else zone.rsplit("/", 1)[-1].replace("_", " ")


def _english_forms(name: str) -> tuple[str, ...]:
    forms = _clean_english(name)
    for form in list(forms):
        forms += _data_table("en", "place_aliases").get(form, [])
    return tuple(dict.fromkeys(forms))


@cache
def places_for(code: str) -> tuple[Place, ...]:
    """Every place CLDR names in language `code` (empty where CLDR has no such locale)."""
    english = Locale("en")
    places: dict[str, Place] = {}
    for locale in _locales(code):
        territories: dict[str, tuple[str, ...]] = {}
        country_of: dict[str, str] = {}
        for territory, native in locale.territories.items():
            if territory in _NOT_PLACES or (territory.isdigit() and territory not in _CONTINENTS):
                continue
            english_name = english.territories.get(territory)
            if not english_name:
                continue
            forms = _english_forms(english_name)
            if territory.isalpha():
                forms = tuple(
                    dict.fromkeys(forms + tuple(_home_language_names(territory, english)))
                )
            for form in _clean_english(native):
                territories.setdefault(form, forms)
                country_of.setdefault(form, str(territory))
        for native, forms in (territories | _short_forms(territories)).items():
            places.setdefault(native, Place(native, forms, country_of.get(native)))
        zones = get_global("zone_territories")
        for zone, territory in zones.items():
            if _NOT_CITIES.search(zone):
                continue
            native = _city(zone, locale)
            city = Place(native, _english_forms(_city(zone, english)), str(territory))
            places.setdefault(native, city)
    # The data file's names win: CLDR's "Внешние малые острова (США)" would make США the
    # Outlying Islands.
    for native, english_name in _data_table(code, "place_names").items():
        places[native] = Place(native, _english_forms(english_name))
    return tuple(places.values())


@dataclass(frozen=True)
class _Entry:
    place: Place
    keys: tuple[str, ...]  # name keys of the native name's words
    words: tuple[str, ...]  # the words themselves, lower-case


class Gazetteer:
    """Finds a language's places in its text, and their English in a translation."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._by_prefix: dict[str, list[_Entry]] = {}
        # Names by first character, longest first, for scripts without spaces.
        self._starting_with: dict[str, list[Place]] = {}
        self._by_english: dict[str, list[Place]] = {}
        # English forms by their first word, for finding places in a translation.
        self._by_english_opening: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
        # Acronyms ("США", "ООН") are too short for stems: they match letter for letter.
        self._acronyms: dict[str, Place] = {}
        for place in places_for(code):
            words = tuple(t.lower for t in tokenize(place.native))
            keys = tuple(name_key(w, code) for w in words)
            if keys and all(keys) and len("".join(keys)) >= 3:
                entry = _Entry(place, keys, words)
                self._by_prefix.setdefault(keys[0][:3], []).append(entry)
            if _is_acronym(place.native):
                self._acronyms[place.native] = place
            if len(place.native) >= 2:
                self._starting_with.setdefault(place.native[0], []).append(place)
            for form in place.english:
                self._by_english.setdefault(form, []).append(place)
                words = tuple(t.text for t in tokenize(form))
                if words:
                    self._by_english_opening.setdefault(words[0], []).append((words, place))
        for places in self._starting_with.values():
            places.sort(key=lambda p: -len(p.native))
        # One-word places by their name, for the adjectives a language makes of them.
        self._one_word = {p.native: p for p in places_for(code) if " " not in p.native}
        self._adjective_endings = sorted(
            get_profile(code).place_adjective_endings, key=len, reverse=True
        )

    def mentions(self, text: str, tokens: list[Token]) -> list[PlaceMention]:
        if dominant_script(text) in UNSPACED_SCRIPTS:
            return self._in_running_text(text)
        surfaces = [without_elision(t.text) for t in tokens]
        keys = [name_key(s, self.code) for s in surfaces]
        found: list[PlaceMention] = []
        i = 0
        while i < len(tokens):
            acronym = self._acronyms.get(surfaces[i].split("-")[0])
            if acronym is not None:
                tok = tokens[i]
                found.append(PlaceMention(acronym, tok.text, tok.start, tok.end))
                i += 1
                continue
            opening = self._opening(text, tokens[i], surfaces[i])
            best = self._best_at(keys, i, opening, [w.lower() for w in surfaces[i : i + 6]])
            if best is None:
                place = self._adjective_of(surfaces[i]) if opening == "any" else None
                if place is not None:
                    tok = tokens[i]
                    found.append(PlaceMention(place, tok.text, tok.start, tok.end))
                i += 1
                continue
            entry, length = best
            first, last = tokens[i], tokens[i + length - 1]
            start = first.start + len(first.text) - len(surfaces[i])
            found.append(PlaceMention(entry.place, text[start : last.end], start, last.end))
            i += length
        return found

    def _adjective_of(self, word: str) -> Place | None:
        """The place a word is the adjective of, where the language makes them with an ending
        (German "Grazer" of Graz, "Münchner" of München, "Dresdner" of Dresden)."""
        for ending in self._adjective_endings:
            stem = word.removesuffix(ending)
            if stem == word or len(stem) < _MIN_ADJECTIVE_STEM:
                continue
            # (The place's own last syllable may go: Bremen, "Bremer"; München, "Münchner".)
            candidates = [stem, stem + "en"] + ([stem[:-1] + "en"] if stem.endswith("n") else [])
            place = next((self._one_word[c] for c in candidates if c in self._one_word), None)
            if place is not None:
                return place
        return None

    @staticmethod
    def _opening(text: str, tok: Token, surface: str) -> str | None:
        """Whether a word can open a place name: "any" form of it, "whole" only (a
        sentence-initial word: "Данный", this, is no case of "Дания"), "exact" (the very
        letters, in a script without case, where a loose romanisation makes "दिल्ली" (Delhi)
        read like "डिली" (Dili)), or None (lower case; a short sentence-initial word such as
        "Того")."""
        first = surface[:1]
        if first.islower():
            return None
        if not first.isupper():
            return "exact"
        if not is_sentence_initial(text, tok.start):
            return "any"
        return "whole" if len(surface) >= _MIN_INITIAL else None

    def _best_at(
        self, keys: list[str], i: int, opening: str | None, surfaces: list[str]
    ) -> tuple[_Entry, int] | None:
        first = keys[i]
        if opening is None or len(first) < 3:
            return None
        best: tuple[int, int, _Entry] | None = None
        for entry in self._by_prefix.get(first[:3], []):
            n = len(entry.keys)
            words = keys[i : i + n]
            if len(words) < n:
                continue
            # Later words of a name are often lower-case ("Costa de Marfil"): only the first
            # needs a capital.
            # (A short name's case needs a word of four letters: "Њу" of "Њу Џерзи" is no
            # Niue.)
            one_word = n == 1 and len(surfaces[0]) >= _MIN_SHORT_CASE
            scores = [_word_match(w, k, one_word) for w, k in zip(words, entry.keys, strict=True)]
            if not all(scores) or (opening == "whole" and scores[0] != _SAME_WORD):
                continue
            if opening == "exact" and tuple(surfaces[:n]) != entry.words:
                continue
            rank = (n, sum(scores))
            if best is None or rank > best[:2]:
                best = (*rank, entry)
        return (best[2], best[0]) if best else None

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
        return not self._stem_in_source({f for p in places for f in p.english}, source_keys)

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
            text = tokens[i].text.removesuffix("'s").removesuffix("’s")
            best: tuple[Place, list[Token]] | None = None
            for words, place in self._by_english_opening.get(text, []):
                rest = tokens[i : i + len(words)]
                spelled = tuple(t.text.removesuffix("'s").removesuffix("’s") for t in rest)
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
        languages = _language_names()
        # Hyphenated words are read part by part ("америчко-кинеских", "UN-a", "l’UE").
        source_words = [
            part
            for tok in tokenize(source_text)
            for part in without_elision(tok.text).split("-")
            if part
        ]
        source_keys = source_keys + [name_key(w, self.code) for w in source_words]
        hints = _data_table(self.code, "place_hints")
        found = []
        for place, words in self.places_in_english(mt_tokens):
            spelled = " ".join(t.text for t in words)
            if spelled in languages:
                continue
            # Acronyms differ between languages ("ОН" is the UN, "UE" the EU, "САД" the USA).
            if _is_acronym(spelled) and any(_is_acronym(w) for w in source_words):
                continue
            english = set(place.english)
            if any(english & set(m.place.english) for m in mentions):
                continue
            if any(english & set(names) for hint, names in hints.items() if hint in source_text):
                continue
            if self._stem_in_source(english, source_keys):
                continue
            found.append((place, words))
        return found

    def _stem_in_source(self, english: set[str], source_keys: list[str]) -> bool:
        """Whether a source word shares a stem with an English form of a place or with one of
        its native names: "amerikanskii" for American, "Rossiiskoi" for Rossiia, "Grčke" for
        Grčka; inside a compound too ("centralnoamerički", "Südostasien")."""
        places = [p for form in english for p in self._by_english.get(form, [])]
        # (Without its h too: other alphabets spell "Afghan" "афган".)
        keys = {name_key(form, "en") for form in english}
        stems = {k[:_SHARED_STEM] for k in keys | {k.replace("h", "") for k in keys}}
        for place in places:
            for word in tokenize(place.native):
                key = name_key(word.text, self.code)
                stems.add((key[:-1] if key[-1:] in "aeiou" else key)[:_SHARED_STEM])
        inside = {s for s in stems if len(s) >= _SHARED_NATIVE_STEM}
        opening = {s for s in stems if len(s) == _SHARED_NATIVE_STEM - 1}
        return any(
            any(s in key for s in inside) or key[: _SHARED_NATIVE_STEM - 1] in opening
            for key in source_keys
        )

    def _in_running_text(self, text: str) -> list[PlaceMention]:
        """Chinese and Japanese: read left to right, the longest place name at each position
        ("上海南部", southern Shanghai, holds Shanghai, not Hainan)."""
        found: list[PlaceMention] = []
        i = 0
        while i < len(text):
            place = next(
                (p for p in self._starting_with.get(text[i], []) if text.startswith(p.native, i)),
                None,
            )
            if place is None:
                i += 1
                continue
            found.append(PlaceMention(place, place.native, i, i + len(place.native)))
            i += len(place.native)
        return found


def _word_match(word: str, native: str, whole_name: bool = False) -> int:
    """How well a source word fits a word of a place name: best the same word, then an
    inflected form of it ("Rossii" of "Rossiia", "Irans" of "Iran") on the longest stem
    ("Nigerii" is Nigeria, not Niger); 0 where it does not fit."""
    if word == native:
        return _SAME_WORD
    # A case ending replaces the nominative's last vowel at most.
    base = native[:-1] if native[-1] in "aeiou" else native
    ending = word[len(base) :]
    # A short one-word name takes one vowel at most ("Rimu" of Rim, "Aziji" of Azija): "Perez"
    # is no case of Peru, nor "Sanna Marin" of San Marino.
    if (
        whole_name
        and len(native) < _MIN_INFLECTED
        and len(base) >= _MIN_STEM
        and word.startswith(base)
        and (ending == "" or (len(ending) == 1 and ending in "aeiouy"))
    ):
        return len(base)
    if (
        len(native) >= _MIN_INFLECTED
        and len(base) >= _MIN_STEM
        and word.startswith(base)
        and len(ending) <= _CASE_ENDING
        # Case endings start with a vowel, or are the genitive -s: "Kongres" is no case
        # of "Kongo".
        and (ending in ("", "s") or ending[0] in "aeiou")
    ):
        return len(base)
    return 0


def _english_word_matches(mt: Token, word: str, exact: bool = False) -> bool:
    """An MT word renders a word of the English name: the same word, or a form of it
    ("Germany's", "Canadian"); a capitalised name only by a capitalised word ("turkey" is a
    bird)."""
    text = mt.text.removesuffix("'s").removesuffix("’s")
    if word[:1].isupper() and not text[:1].isupper():
        return False
    lower, target = text.lower(), word.lower()
    if lower == target:
        return True
    if exact:
        return False
    if word.isupper() and text.isupper():
        return text.startswith(word)  # an acronym inside a longer one ("USOC", "UKIP")
    stem = target[: max(_MIN_ENGLISH_STEM, len(target) - 2)]
    return len(target) >= _MIN_ENGLISH_STEM and lower.startswith(stem)


def _word_sequences(form: str) -> list[list[str]]:
    """An English name's words, and the same without its generic words: "Northern Mariana
    Islands" is rendered by "the Northern Marianas" too."""
    words = [t.text for t in tokenize(form)]
    generic = set(_data_table("en", "place_generic_words"))
    core = [w for w in words if w.lower() not in generic]
    return [words, core] if core and len(core) < len(words) else [words]


def rendering(place: Place, mt_tokens: list[Token], exact: bool = False) -> list[Token] | None:
    """The MT words that render the place in English, or None where it has no rendering.
    With `exact`, only the name itself does, no adjective of it ("Greek" is no rendering of
    Griechenland where the source's own adjective, "griechischer", accounts for it)."""
    for words in (w for form in place.english for w in _word_sequences(form)):
        for i, tok in enumerate(mt_tokens):
            if _english_word_matches(tok, words[0], exact):
                found = _rest_of_name(mt_tokens, i, words, exact)
                if found is not None:
                    return found
    return None


def _rest_of_name(
    tokens: list[Token], i: int, words: list[str], exact: bool = False
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
                if k < len(tokens) and _english_word_matches(tokens[k], word, exact)
            ),
            None,
        )
        if nxt is None:
            return None
        matched.append(tokens[nxt])
        j = nxt
    return matched


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(letters) <= _MAX_ACRONYM and all(c.isupper() for c in letters)


@cache
def _language_names() -> frozenset[str]:
    return frozenset(str(name) for name in Locale("en").languages.values())


@cache
def english_place_names() -> frozenset[str]:
    """Every English name of a place the table knows ("Iceland", "Ireland"): two of them
    spelled alike are two places, not one misspelled."""
    return frozenset(form for place in places_for("en") for form in place.english)


@cache
def gazetteer(code: str) -> Gazetteer:
    return Gazetteer(code)
