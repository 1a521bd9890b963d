"""Many name keys, indexed so that asking whether any of them is the same name as a key
(lang/name_match.py) costs a few dictionary lookups and C-speed fuzzy scans, not a Python
call per key: a long text (a whole article on one line, a 1 MB segment) has thousands of
keys, and every MT name is compared with them.

The index only narrows: each rule of `same_or_near` and `keys_match` needs the two keys to
share their first letters, their consonants, or a fuzzy ratio over a floor, so the keys that
can match are those found by prefix, by consonant skeleton or by rapidfuzz's scan with that
floor; the rule itself then decides on those few. The answer is the plain loop's, always.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property

from rapidfuzz import fuzz, process

from tqcheck.lang.name_match import (
    CASE_ENDING,
    MIN_STEM,
    SAME_NAME_FLOOR,
    hard_c_spelling,
    keys_match,
    same_or_near,
)
from tqcheck.lang.names import consonant_key

# Below this many keys the plain loop is quicker than building the index.
INDEXED_FROM = 48
# Letters two keys share at the start when a rule matches them by prefix or by stem (the
# shortest stem or prefix a rule takes is three letters: "Џон" in "Џона").
_PREFIX = MIN_STEM - 1
# rapidfuzz's scan keeps keys a little under the rules' floors (the rule decides on them).
_SCAN_SLACK = 2
# keys_match's fuzzy floor (lang/name_match.py).
_LINK_FLOOR = 85


def _stem(key: str) -> str:
    return key[: max(MIN_STEM, len(key) - CASE_ENDING)]


class NameKeys:
    """A list of name keys that answers "is any of them this name?"."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = list(dict.fromkeys(keys))

    def __len__(self) -> int:
        return len(self.keys)

    def near(self, key: str, exact: bool = False) -> bool:
        """Whether some key is the same name as `key`: `same_or_near` of any of them."""
        if len(self.keys) < INDEXED_FROM:
            return any(same_or_near(key, k, exact) for k in self.keys)
        return any(same_or_near(key, k, exact) for k in self._near_candidates(key, exact))

    def linked(self, key: str) -> bool:
        """Whether some key may name the same person: `keys_match` of any of them."""
        if len(self.keys) < INDEXED_FROM:
            return any(keys_match(key, k) for k in self.keys)
        candidates = self._shared_letters(key)
        if len(key) >= 4:
            candidates |= self._scan(key, self.keys, _LINK_FLOOR)
        return any(keys_match(key, k) for k in candidates)

    def _near_candidates(self, key: str, exact: bool) -> set[str]:
        found = self._shared_letters(key)
        if exact:
            return found
        if len(key) >= 5:
            found |= self._scan(key, self.keys, SAME_NAME_FLOOR)
            hard = self._scan_indices(hard_c_spelling(key), self._hard_c_spellings, SAME_NAME_FLOOR)
            found |= {self._hard_c_keys[i] for i in hard}
        stem = _stem(key)
        if len(stem) >= MIN_STEM:
            # The key's stem against each key's beginning as long ("Kalifornije"/"California").
            prefixes = self._prefixes(len(stem))
            found |= {self.keys[i] for i in self._scan_indices(stem, prefixes, SAME_NAME_FLOOR)}
            # Each key's stem against the key's beginning as long.
            for length, (stems, owners) in self._stems_by_length.items():
                indices = self._scan_indices(key[:length], stems, SAME_NAME_FLOOR)
                found |= {owners[i] for i in indices}
        return found

    def _shared_letters(self, key: str) -> set[str]:
        """Keys equal to `key`, sharing its first three letters, or its consonant skeleton
        (with or without a final s)."""
        found = set(self._by_prefix.get(key[:_PREFIX], ()))
        if key in self._set:
            found.add(key)
        consonants = consonant_key(key)
        for skeleton in {consonants, consonants.removesuffix("s")}:
            found.update(self._by_consonants.get(skeleton, ()))
        return found

    @staticmethod
    def _scan(key: str, choices: list[str], floor: int) -> set[str]:
        return {choices[i] for i in NameKeys._scan_indices(key, choices, floor)}

    @staticmethod
    def _scan_indices(key: str, choices: list[str], floor: int) -> list[int]:
        hits = process.extract(
            key, choices, scorer=fuzz.ratio, score_cutoff=floor - _SCAN_SLACK, limit=None
        )
        return [index for _choice, _score, index in hits]

    @cached_property
    def _set(self) -> set[str]:
        return set(self.keys)

    @cached_property
    def _by_prefix(self) -> dict[str, list[str]]:
        table: dict[str, list[str]] = defaultdict(list)
        for k in self.keys:
            table[k[:_PREFIX]].append(k)
        return table

    @cached_property
    def _by_consonants(self) -> dict[str, list[str]]:
        table: dict[str, list[str]] = defaultdict(list)
        for k in self.keys:
            consonants = consonant_key(k)
            for skeleton in {consonants, consonants.removesuffix("s")}:
                table[skeleton].append(k)
        return table

    @cached_property
    def _hard_c_keys(self) -> list[str]:
        return [k for k in self.keys if len(k) >= 5]

    @cached_property
    def _hard_c_spellings(self) -> list[str]:
        """The long keys with a hard c written k, as English writes what others spell k."""
        return [hard_c_spelling(k) for k in self._hard_c_keys]

    def _prefixes(self, length: int) -> list[str]:
        found = self._prefix_lists.get(length)
        if found is None:
            found = self._prefix_lists[length] = [k[:length] for k in self.keys]
        return found

    @cached_property
    def _prefix_lists(self) -> dict[int, list[str]]:
        return {}

    @cached_property
    def _stems_by_length(self) -> dict[int, tuple[list[str], list[str]]]:
        table: dict[int, tuple[list[str], list[str]]] = {}
        for k in self.keys:
            stem = _stem(k)
            if len(stem) >= MIN_STEM and len(k) >= MIN_STEM:
                stems, owners = table.setdefault(len(stem), ([], []))
                stems.append(stem)
                owners.append(k)
        return table
