"""Word translations a catalog teaches by itself: which target word comes with a source word
across the catalog's units (the Dice coefficient of the units they share), so that a check can
ask whether a translation has the words that translate its source's words ("directory" is
"папка" in a Bulgarian catalog whose strings pair them again and again). No dictionary is
needed and every language pair gets one; a catalog of a few hundred strings teaches its
frequent words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import regex

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
# Words are compared by their first letters, so that an inflected form is the same word
# ("папка", "папката"; "atribut", "atributa"); words under three letters are mostly
# function words, which pair with everything.
STEM = 5
MIN_LETTERS = 3
# A unit longer than this (a help page) pairs too many words with each other to teach any.
MAX_WORDS = 40
# A target word translates a source word when they share this many units at least, and at
# least this share of the units either occurs in (Dice).
MIN_SHARED = 2
MIN_DICE = 0.3


def word_keys(text: str, leave_out: frozenset[str] = frozenset()) -> list[str]:
    """The text's words as compared, in order, each once; `leave_out` names (lower-case)
    words to skip, such as the language's function words."""
    words = (w.lower() for w in _WORD.findall(text) if len(w) >= MIN_LETTERS)
    return list(dict.fromkeys(w[:STEM] for w in words if w not in leave_out))


@dataclass(frozen=True)
class CatalogLexicon:
    translations: dict[str, str]

    @classmethod
    def learn(cls, pairs: Iterable[tuple[str, str]]) -> CatalogLexicon:
        """Each source word's translation, from (source, translation) pairs."""
        in_source: Counter[str] = Counter()
        in_target: Counter[str] = Counter()
        shared: Counter[tuple[str, str]] = Counter()
        for source, target in pairs:
            src, tgt = word_keys(source), word_keys(target)
            if not src or not tgt or len(src) > MAX_WORDS or len(tgt) > MAX_WORDS:
                continue
            in_source.update(src)
            in_target.update(tgt)
            shared.update((s, t) for s in src for t in tgt)
        # A pair counts where each is the other's likeliest partner: "corrupted" comes with
        # "realloc:" in every bash message that has it, but "realloc:" comes with itself.
        best_target: dict[str, tuple[float, str]] = {}
        best_source: dict[str, tuple[float, str]] = {}
        for (s, t), count in shared.items():
            if count < MIN_SHARED:
                continue
            dice = 2 * count / (in_source[s] + in_target[t])
            if dice < MIN_DICE:
                continue
            if dice > best_target.get(s, (0.0, ""))[0]:
                best_target[s] = (dice, t)
            if dice > best_source.get(t, (0.0, ""))[0]:
                best_source[t] = (dice, s)
        best = {s: t for s, (_, t) in best_target.items() if best_source[t][1] == s}
        return cls(best)

    def translated_share(self, source_words: list[str], target: str) -> tuple[int, float] | None:
        """How many of the source's words (keys, in order) have a learnt translation, and
        what share of them that is, where the translation has each of those translations and
        the last source word is one of them; None where the translation lacks one (or the
        last word has none learnt)."""
        if not source_words or source_words[-1] not in self.translations:
            return None
        known = [self.translations[w] for w in source_words if w in self.translations]
        present = set(word_keys(target))
        if not all(t in present for t in known):
            return None
        return len(known), len(known) / len(source_words)
