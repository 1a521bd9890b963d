"""What a name tagger tells about a source sentence in a script whose names tqcheck cannot
romanise (Chinese): where its words start, where it names people and places, and whether an
English word renders one of them. Languages pick a tagger by name (`name_tagger` in their
data, lang/name_taggers.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from tqcheck.lang.profile import LanguageProfile


@dataclass(frozen=True)
class NameRun:
    """Characters of a source text that name someone or something."""

    start: int
    end: int


class NameTagger(Protocol):
    def word_starts(self, text: str) -> frozenset[int]:
        """Where the text's words begin: a name inside a longer word is none."""
        ...

    def name_runs(self, text: str) -> tuple[NameRun, ...]:
        """Stretches of the text that hold names, widened by the characters next to them."""
        ...

    def person_names(self, text: str, profile: LanguageProfile) -> list[NameRun]:
        """Where the text names a person."""
        ...

    def place_names(self, text: str, profile: LanguageProfile) -> list[NameRun]:
        """Where the text names a rare place, which an English text writes by its sound."""
        ...

    def rendered_in(self, name: NameRun, text: str, words: list[str]) -> bool:
        """Whether one of the English words renders the name."""
        ...

    def is_source_name(self, word: str, text: str, runs: tuple[NameRun, ...]) -> bool:
        """Whether an English name word comes from the source text."""
        ...

    def proper_noun_spans(self, text: str) -> list[NameRun]:
        """Words the tagger takes for names, whatever their characters otherwise mean."""
        ...

    def spoken(self, chars: str) -> str:
        """The name's sounds, for messages."""
        ...
