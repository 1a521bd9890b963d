"""Morphological analysis through Apertium's lttoolbox analysers (`lt-proc -w`).

Apertium pairs ship an analyser per source language (e.g. mkd-eng.automorf.bin); its tags say
what Macedonian spells out and English does not: the gender of an l-participle ("изјавила" is
<lp><f>), of a noun ("министерка" is <n><f>), of a pronoun. One lt-proc process analyses a
whole batch of sentences.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import regex

from tqcheck.errors import EngineError
from tqcheck.lang.apertium_process import run_lines

APERTIUM_DATA_DIRS = (Path("/usr/share/apertium"), Path("/usr/local/share/apertium"))
_UNIT = regex.compile(r"\^((?:[^$\\]|\\.)*)\$")
_TAG = regex.compile(r"<([^>]+)>")
# Characters that the Apertium stream format reserves; they must be backslash-escaped.
_RESERVED = regex.compile(r"([\\^$/<>\[\]{}@*#+~|])")


def escape_stream(text: str) -> str:
    return str(_RESERVED.sub(r"\\\1", text))


@dataclass(frozen=True)
class Reading:
    lemma: str
    tags: tuple[str, ...]

    def has(self, *tags: str) -> bool:
        # (A loop, not all() over a generator: every check asks this of every reading.)
        own = self.tags
        for tag in tags:  # noqa: SIM110
            if tag not in own:
                return False
        return True

    @property
    def gender(self) -> str | None:
        for g in ("f", "m", "nt"):
            if g in self.tags:
                return g
        return None


@dataclass(frozen=True)
class MorphToken:
    surface: str
    readings: tuple[Reading, ...]

    @property
    def known(self) -> bool:
        return bool(self.readings)


@cache
def find_analyser(apertium_code: str, preferred: tuple[str, ...] = ()) -> Path | None:
    """The installed automorf.bin that analyses `apertium_code`. Every pair ships its own
    analyser for each side, with its own lexicon; the one used must not change when an
    unrelated pair is installed, so a language's data names the pairs it prefers
    (`analyser_pairs`), and otherwise the first pair in name order is used."""
    found = [
        path
        for base in APERTIUM_DATA_DIRS
        if base.is_dir()
        for path in sorted(base.glob(f"apertium-*/{apertium_code}-*.automorf.bin"))
    ]
    for partner in preferred:
        for path in found:
            if path.name == f"{apertium_code}-{partner}.automorf.bin":
                return path
    return found[0] if found else None


def parse_stream(text: str) -> list[MorphToken]:
    return [_parse_unit(m.group(1)) for m in _UNIT.finditer(text)]


@lru_cache(maxsize=1 << 16)
def _parse_unit(unit: str) -> MorphToken:
    """One ^surface/reading/...$ unit. Words recur (articles, prepositions, names), and
    tokens are immutable, so each distinct unit is parsed once."""
    parts = unit.split("/")
    surface = parts[0].replace("\\", "")
    readings = []
    for analysis in parts[1:]:
        if analysis.startswith("*"):
            continue
        lemma = analysis.split("<", 1)[0]
        readings.append(Reading(lemma=lemma, tags=tuple(_TAG.findall(analysis))))
    return MorphToken(surface=surface, readings=tuple(readings))


class Analyser:
    def __init__(self, automorf: Path) -> None:
        self.automorf = automorf
        if shutil.which("lt-proc") is None:
            raise EngineError("lt-proc not found: install lttoolbox (apt-get install lttoolbox)")

    def analyse(self, sentences: list[str]) -> list[list[MorphToken]]:
        """One lt-proc run for the batch; sentences travel as lines."""
        if not sentences:
            return []
        lines = [escape_stream(s.replace("\n", " ")) for s in sentences]
        out_lines = run_lines(["lt-proc", "-w", str(self.automorf)], lines, "lt-proc")
        return [parse_stream(line) for line in out_lines]


@cache
def analyser_for(apertium_code: str | None, preferred: tuple[str, ...] = ()) -> Analyser | None:
    if not apertium_code:
        return None
    path = find_analyser(apertium_code, preferred)
    if path is None or shutil.which("lt-proc") is None:
        return None
    return Analyser(path)
