"""A language's spelling word list, where the system has one (Debian's `wamerican`,
`wbritish`: SCOWL, /usr/share/dict).

Apertium's English analyser knows the words its pairs need, not "screenplay", "slalom" or
"congresswoman". A title-cased MT word that no analyser knows looks like a name copied from
nowhere; the spelling list says it is an English word. Its lower-case entries are common
words, its capitalised ones names ("Hancock", "Mecca"). Where no list is installed, nothing is
known from it and the checks fall back to the analyser alone.
"""

from __future__ import annotations

import codecs
import itertools
from collections.abc import Iterable, Iterator
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
# The parts of two words run together, unless the second is a particle.
_MIN_JOINED_PART = 5


@dataclass(frozen=True)
class WordList:
    # The entries as spelled: lower-case ones are common words, capitalised ones names. (One
    # set: a list of millions of forms, Polish's, is built once and never split.)
    entries: frozenset[str]
    # A hunspell dictionary lists stems, not the forms its affix rules make: it knows an
    # inflected word only through the language's endings (profile.inflection_endings).
    stems_only: bool = False
    # The list's language, for its possessive ending ("Hancock's").
    profile: LanguageProfile | None = field(default=None, compare=False)

    def _bare(self, word: str) -> str:
        return self.profile.without_possessive(word) if self.profile else word

    def knows(self, word: str) -> bool:
        """A common word in any case ("Screenplay"), or a name as the list spells it."""
        word = self._bare(word)
        return word.lower() in self.entries or self.is_name(word)

    def is_common(self, word: str) -> bool:
        # (A lower-cased word in the list is one of its lower-case entries.)
        return self._bare(word).lower() in self.entries

    def is_name(self, word: str) -> bool:
        """A capitalised entry, as spelled ("Hancock", "Mecca")."""
        return word[:1].isupper() and word in self.entries

    def joins_two_words(self, word: str) -> bool:
        """Whether a word the list lacks is two of its common words run together ("File-
        system"), or a word and one of the language's particles ("Hang-up", "Pop-up"). Short
        parts make names too easily ("Tan-gut", "Stall-man")."""
        lower = self._bare(word).lower()
        if lower in self.entries or self.profile is None:
            return False
        particles = self.profile.compound_particles
        return any(
            lower[:cut] in self.entries
            and (lower[cut:] in particles or len(lower) - cut >= _MIN_JOINED_PART)
            and lower[cut:] in self.entries
            for cut in range(_MIN_PART, len(lower) - 1)
        )

    def knows_any_form(self, word: str, profile: LanguageProfile) -> bool:
        """A listed word in some form, or a typo of one: no name."""
        return self.knows_form(word, profile) or self.misspells(word)

    def misspells(self, word: str) -> bool:
        """Whether a long word is one letter away from a listed word ("Motoradfahrer",
        "Jahrunderts"): a typo, not a name."""
        if len(word) < _MIN_TYPO_LENGTH:
            return False
        lower = word.lower()
        opening = lower[:_OPENING]
        if len(self.entries) < _HUGE:
            candidates = _by_opening(self).get(opening, ())
            return any(Levenshtein.distance(lower, c, score_cutoff=1) <= 1 for c in candidates)
        # (A list of millions of forms, Polish's, is never indexed: every string one edit away
        # is looked up in it instead.)
        listed = self.entries
        return any(
            c[:_OPENING] == opening and (c in listed or c[:1].upper() + c[1:] in listed)
            for c in _one_edit_away(lower, _alphabet(self))
        )

    def _listed(self, word: str) -> bool:
        return word.lower() in self.entries or self.is_name(word[:1].upper() + word[1:])

    def __bool__(self) -> bool:
        return bool(self.entries)

    def knows_form(self, word: str, profile: LanguageProfile) -> bool:
        """Whether a word is in the list, inflected ("Imperialisten" of "Imperialist", "Москве"
        of "Москва") or as a compound of listed words joined by a linking letter
        ("Reihe-n-Untersuchung"), as the language writes them. A noun-capitalising language's
        list mixes its nouns with names, so only a word it knows in no form is surely a name."""
        return self._known(word, profile, 0)

    def knows_word(self, word: str, profile: LanguageProfile) -> bool:
        """Whether a word is in the list as it is or inflected, not as a compound: English
        "Aborting" is no German "Abort-Ing"."""
        return self.knows(word) or self._inflected(word, profile)

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
    for w in _typo_targets(words):
        grouped.setdefault(w[:_OPENING], []).append(w)
    return {k: tuple(v) for k, v in grouped.items()}


@cache
def _typo_targets(words: WordList) -> frozenset[str]:
    """The list's words a long word may be a typo of, in lower case."""
    return frozenset(w.lower() for w in words.entries if len(w) >= _MIN_TYPO_LENGTH - 1)


# Lists this large are not indexed by their words' openings (misspells).
_HUGE = 1_000_000
# A sample this large of a list's words holds every letter of its alphabet.
_ALPHABET_SAMPLE = 200_000


@cache
def _alphabet(words: WordList) -> str:
    letters = set("".join(itertools.islice(iter(words.entries), _ALPHABET_SAMPLE)).lower())
    return "".join(sorted(c for c in letters if c.isalpha()))


def _one_edit_away(word: str, alphabet: str) -> Iterator[str]:
    """Every string a deletion, a substitution or an insertion away from the word."""
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            yield head + tail[1:]
        for c in alphabet:
            if tail and c != tail[0]:
                yield head + c + tail[1:]
            yield head + c + tail


@cache
def word_list(code: str) -> WordList:
    # (The forms of each file go straight into one frozenset: Polish lists 4 million, and a
    # set copied into a frozenset costs a second more.)
    parts: list[Iterable[str]] = []
    stems_only = False
    profile = get_profile(code)
    for path in profile.word_lists:
        file = Path(path)
        if not file.is_file():
            continue
        text = _read_list(file)
        lines = text.splitlines()
        if path.endswith(".dic") and lines and lines[0].strip().isdigit():
            # (A hunspell dictionary: its size, then word/flags.)
            parts.append(line.split("/", 1)[0].strip() for line in lines[1:])
            stems_only = True
        elif "'s\n" in text:
            # (English lists have possessives, "Hancock's", which say nothing more.)
            parts.append(line.strip() for line in lines if not line.endswith("'s"))
        else:
            parts.append(lines)  # (millions of forms, one word a line: no loop here)
    entries = frozenset(itertools.chain.from_iterable(parts))
    if "" in entries:
        entries = entries - {""}
    return WordList(entries, stems_only, profile)


def _read_list(file: Path) -> str:
    """A list's text in its own encoding: a hunspell dictionary's is its affix file's SET line
    (Greek's ISO8859-7, Slovenian's ISO8859-2); a plain list is UTF-8 or, where it is not,
    ISO-8859-1, as Debian's older lists are (wswedish, wnorwegian)."""
    data = file.read_bytes()
    if file.suffix == ".dic":
        encoding = _affix_encoding(file.with_suffix(".aff"))
        if encoding:
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _affix_encoding(aff: Path) -> str | None:
    try:
        with aff.open("rb") as lines:
            for raw in itertools.islice(lines, 200):
                if raw.startswith(b"SET "):
                    name = raw[4:].strip().decode("ascii", errors="replace")
                    codecs.lookup(name)
                    return name
    except (OSError, LookupError):
        return None
    return None


def knows_inflected_forms(words: WordList, profile: LanguageProfile) -> bool:
    """Whether the list can tell an inflected word of the language ("Nijemcima", "uhitili"):
    a list of full forms can, a list of stems only with the language's endings."""
    return bool(words) and (not words.stems_only or bool(profile.inflection_endings))
