"""A language's spelling word list, where the system has one (Debian's `wamerican`,
`wbritish`: SCOWL, /usr/share/dict).

Apertium's English analyser knows the words its pairs need, not "screenplay", "slalom" or
"congresswoman". A title-cased MT word that no analyser knows looks like a name copied from
nowhere; the spelling list says it is an English word. Its lower-case entries are common
words, its capitalised ones names ("Hancock", "Mecca"). Where no list is installed, nothing is
known from it and the checks fall back to the analyser alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from tqcheck.lang.profile import LanguageProfile, get_profile

# Words this long are checked for typos, by their first letters.
_MIN_TYPO_LENGTH = 8
_OPENING = 3
# A compound's parts: at least this long, at most this many.
_MIN_PART = 3
_MAX_COMPOUND_PARTS = 3


@dataclass(frozen=True)
class WordList:
    common: frozenset[str]  # lower-case entries
    names: frozenset[str]  # capitalised entries, as spelled
    # The list's language, for its possessive ending ("Hancock's").
    profile: LanguageProfile | None = field(default=None, compare=False)

    def _bare(self, word: str) -> str:
        return self.profile.without_possessive(word) if self.profile else word

    def knows(self, word: str) -> bool:
        """A common word in any case ("Screenplay"), or a name as the list spells it."""
        word = self._bare(word)
        return word.lower() in self.common or word in self.names

    def is_common(self, word: str) -> bool:
        return self._bare(word).lower() in self.common

    def knows_any_form(self, word: str, profile: LanguageProfile) -> bool:
        """A listed word in some form, or a typo of one: no name."""
        return self.knows_form(word, profile) or self.misspells(word)

    def misspells(self, word: str) -> bool:
        """Whether a long word is one letter away from a listed word ("Motoradfahrer",
        "Jahrunderts"): a typo, not a name."""
        if len(word) < _MIN_TYPO_LENGTH:
            return False
        lower = word.lower()
        candidates = _by_opening(self).get(lower[:_OPENING], ())
        return any(Levenshtein.distance(lower, c, score_cutoff=1) <= 1 for c in candidates)

    def _listed(self, word: str) -> bool:
        return word.lower() in self.common or word[:1].upper() + word[1:] in self.names

    def __bool__(self) -> bool:
        return bool(self.common or self.names)

    def knows_form(self, word: str, profile: LanguageProfile) -> bool:
        """Whether a word is in the list, inflected ("Imperialisten" of "Imperialist", "Москве"
        of "Москва") or as a compound of listed words joined by a linking letter
        ("Reihe-n-Untersuchung"), as the language writes them. A noun-capitalising language's
        list mixes its nouns with names, so only a word it knows in no form is surely a name."""
        return self._known(word, profile, 0)

    def _inflected(self, word: str, profile: LanguageProfile) -> bool:
        """An inflected form of a listed word: an ending off, the dictionary form's ending on."""
        return any(
            self.knows(word[: -len(ending)] + lemma)
            for ending in profile.inflection_endings
            if word.endswith(ending) and len(word) - len(ending) >= profile.inflection_min_stem
            for lemma in ("", *profile.lemma_endings)
        )

    def _known(self, word: str, profile: LanguageProfile, depth: int) -> bool:
        if self.knows(word) or self._inflected(word, profile):
            return True
        if depth >= _MAX_COMPOUND_PARTS - 1 or not profile.compound_links:
            return False
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            left, right = word[:cut], word[cut:]
            head = right[0].upper() + right[1:]
            if not self._known(head, profile, depth + 1):
                continue
            for link in ("", *profile.compound_links):
                if link and not left.endswith(link):
                    continue
                base = left.removesuffix(link) if link else left
                # (A compound may drop the first word's final e: "Erd-erwärmung" of Erde.)
                if len(base) >= _MIN_PART and any(self._listed(b) for b in (base, base + "e")):
                    return True
        return False


@cache
def _by_opening(words: WordList) -> dict[str, tuple[str, ...]]:
    """The list's long words by their first letters."""
    grouped: dict[str, list[str]] = {}
    for w in words.common | {n.lower() for n in words.names}:
        if len(w) >= _MIN_TYPO_LENGTH - 1:
            grouped.setdefault(w[:_OPENING], []).append(w)
    return {k: tuple(v) for k, v in grouped.items()}


@cache
def word_list(code: str) -> WordList:
    common: set[str] = set()
    names: set[str] = set()
    profile = get_profile(code)
    for path in profile.word_lists:
        file = Path(path)
        if not file.is_file():
            continue
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
        if path.endswith(".dic") and lines and lines[0].strip().isdigit():
            lines = lines[1:]  # (a hunspell dictionary: its size, then word/flags)
        for line in lines:
            word = line.split("/", 1)[0].strip()
            if not word or word.endswith("'s"):
                continue
            (names if word[:1].isupper() else common).add(word)
    return WordList(frozenset(common), frozenset(names), profile)
