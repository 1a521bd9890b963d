"""Language profiles loaded from lang/data/<code>.json.

Adding a language is adding a JSON file: pronoun genders, negation words, months, number
words, decimal separator and the gender suffixes its morphology uses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    name: str
    script: str
    apertium: str | None = None
    transliteration: str | None = None
    pronouns: dict[str, str] = field(default_factory=dict)
    ambiguous_pronouns: frozenset[str] = frozenset()
    negation: frozenset[str] = frozenset()
    months: dict[str, int] = field(default_factory=dict)
    number_words: dict[str, int] = field(default_factory=dict)
    decimal_separator: str = "."
    gender_suffixes: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    honorifics: dict[str, str] = field(default_factory=dict)
    function_words: frozenset[str] = frozenset()
    # English capitalises month names; lower-case "may" is a verb, not May.
    months_capitalised: bool = False

    @property
    def known(self) -> bool:
        return bool(self.pronouns or self.months)


def _from_json(code: str, raw: dict[str, Any]) -> LanguageProfile:
    return LanguageProfile(
        code=code,
        name=raw.get("name", code),
        script=raw.get("script", "Latn"),
        apertium=raw.get("apertium"),
        transliteration=raw.get("transliteration"),
        pronouns={k.lower(): v for k, v in raw.get("pronouns", {}).items()},
        ambiguous_pronouns=frozenset(raw.get("ambiguous_pronouns", [])),
        negation=frozenset(raw.get("negation", [])),
        months={k.lower(): v for k, v in raw.get("months", {}).items()},
        number_words={k.lower(): v for k, v in raw.get("number_words", {}).items()},
        decimal_separator=raw.get("decimal_separator", "."),
        gender_suffixes=raw.get("gender_suffixes", {}),
        honorifics={k.lower(): v for k, v in raw.get("honorifics", {}).items()},
        function_words=frozenset(raw.get("function_words", [])),
        months_capitalised=bool(raw.get("months_capitalised", False)),
    )


def available_languages() -> list[str]:
    files = resources.files("tqcheck.lang") / "data"
    return sorted(
        p.name[:-5] for p in files.iterdir() if p.name.endswith(".json") and len(p.name) <= 8
    )


@cache
def get_profile(code: str) -> LanguageProfile:
    """The profile for `code`; an unknown language gets an empty profile, never an error,
    so checks that need no language knowledge still run."""
    path = resources.files("tqcheck.lang") / "data" / f"{code.lower()}.json"
    if not path.is_file():
        return LanguageProfile(code=code, name=code, script="Latn")
    return _from_json(code.lower(), json.loads(path.read_text(encoding="utf-8")))
