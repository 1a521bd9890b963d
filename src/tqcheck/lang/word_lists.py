"""A language's spelling word list, where the system has one (Debian's `wamerican`,
`wbritish`: SCOWL, /usr/share/dict).

Apertium's English analyser knows the words its pairs need, not "screenplay", "slalom" or
"congresswoman". A title-cased MT word that no analyser knows looks like a name copied from
nowhere; the spelling list says it is an English word. Its lower-case entries are common
words, its capitalised ones names ("Hancock", "Mecca"). Where no list is installed, nothing is
known from it and the checks fall back to the analyser alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tqcheck.lang.profile import get_profile


@dataclass(frozen=True)
class WordList:
    common: frozenset[str]  # lower-case entries
    names: frozenset[str]  # capitalised entries, as spelled

    def knows(self, word: str) -> bool:
        """A common word in any case ("Screenplay"), or a name as the list spells it."""
        word = word.removesuffix("'s").removesuffix("’s")
        return word.lower() in self.common or word in self.names

    def is_common(self, word: str) -> bool:
        return word.removesuffix("'s").removesuffix("’s").lower() in self.common


@cache
def word_list(code: str) -> WordList:
    common: set[str] = set()
    names: set[str] = set()
    for path in get_profile(code).word_lists:
        file = Path(path)
        if not file.is_file():
            continue
        for line in file.read_text(encoding="utf-8", errors="replace").splitlines():
            word = line.strip()
            if not word or word.endswith("'s"):
                continue
            (names if word[:1].isupper() else common).add(word)
    return WordList(frozenset(common), frozenset(names))
