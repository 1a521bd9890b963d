"""Places in source text: where a sentence names a place the table knows, in any case form
("Москвы", "Irans"), by an acronym ("США"), by its adjective where the language makes one with
an ending ("Grazer"), or inside running text in scripts without spaces ("上海南部")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from tqcheck.lang.names import name_key
from tqcheck.lang.places.table import Place, places_for
from tqcheck.lang.profile import get_profile
from tqcheck.lang.script import UNSPACED_SCRIPTS, dominant_script
from tqcheck.text.tokens import Token, is_acronym, is_sentence_initial, tokenize

# A case ending changes up to this many letters after the stem ("Москвы", "Irans").
_CASE_ENDING = 3
_MIN_STEM = 3
# Shorter names are only matched whole: "Peru" is no stem of "Perez".
_MIN_INFLECTED = 5
_MIN_SHORT_CASE = 4
_SAME_WORD = 1000
# Sentence-initial capitals also start ordinary words; a short one ("Того", "Mali") is then
# no evidence of a place.
_MIN_INITIAL = 5
# A place's adjective keeps at least this much of its name ("Wien" of "Wiener").
_MIN_ADJECTIVE_STEM = 4


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    surface: str  # as the source writes it ("Москвы")
    start: int
    end: int


@dataclass(frozen=True)
class _Entry:
    place: Place
    keys: tuple[str, ...]  # name keys of the native name's words
    words: tuple[str, ...]  # the words themselves, lower-case


class Gazetteer:
    """Finds a language's places in its text."""

    def __init__(self, code: str, target: str = "en") -> None:
        self.code = code
        self._by_prefix: dict[str, list[_Entry]] = {}
        # Names by first character, longest first, for scripts without spaces.
        self._starting_with: dict[str, list[Place]] = {}
        # Acronyms ("США", "ООН") are too short for stems: they match letter for letter.
        self._acronyms: dict[str, Place] = {}
        for place in places_for(code, target):
            words = tuple(t.lower for t in tokenize(place.native))
            keys = tuple(name_key(w, code) for w in words)
            if keys and all(keys) and len("".join(keys)) >= 3:
                entry = _Entry(place, keys, words)
                self._by_prefix.setdefault(keys[0][:3], []).append(entry)
            if is_acronym(place.native):
                self._acronyms[place.native] = place
            if len(place.native) >= 2:
                self._starting_with.setdefault(place.native[0], []).append(place)
        for places in self._starting_with.values():
            places.sort(key=lambda p: -len(p.native))
        # One-word places by their name, for the adjectives a language makes of them.
        self._one_word = {p.native: p for p in places_for(code, target) if " " not in p.native}
        self._adjective_endings = sorted(
            get_profile(code).place_adjective_endings, key=len, reverse=True
        )

    def mentions(self, text: str, tokens: list[Token]) -> list[PlaceMention]:
        if dominant_script(text) in UNSPACED_SCRIPTS:
            return self._in_running_text(text)
        profile = get_profile(self.code)
        surfaces = [profile.bare_word(t.text) for t in tokens]
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


@cache
def gazetteer(code: str, target: str = "en") -> Gazetteer:
    """The places of language `code`, with their names in `target`."""
    return Gazetteer(code, target)
