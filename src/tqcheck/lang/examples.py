"""Where a text gives examples: from a word that introduces one ("e.g.", "např.", "z. B.",
"Example:") to the bracket, line or text that ends it. A user-interface string's examples
illustrate a format ("e.g., 12/31/99"), and translators write them as their locale does
("např. 14.01.2007"): their values are not the message."""

from __future__ import annotations

import regex

from tqcheck.lang.profile import LanguageProfile

# An example runs to the bracket that closes it, or to the end of its line.
_EXAMPLE_END = regex.compile(r"[)\]\n]")


# Compiled markers by profile (profiles are not hashable; the profile is kept so its id is
# not reused).
_COMPILED: dict[int, tuple[LanguageProfile, regex.Pattern[str] | None]] = {}


def _markers(profile: LanguageProfile) -> regex.Pattern[str] | None:
    if id(profile) not in _COMPILED:
        _COMPILED[id(profile)] = (profile, _compiled(profile))
    return _COMPILED[id(profile)][1]


def _compiled(profile: LanguageProfile) -> regex.Pattern[str] | None:
    if not profile.example_markers:
        return None
    words = sorted(profile.example_markers, key=len, reverse=True)
    # (A space in a marker is any space: "z.\u00a0B.".)
    alternatives = "|".join(r"\s*".join(regex.escape(p) for p in w.split(" ")) for w in words)
    # (A marker is a word of its own: not the "es." that ends "Ines.".)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})", regex.IGNORECASE)


def example_spans(text: str, profile: LanguageProfile) -> list[tuple[int, int]]:
    """The spans of the text that are examples, markers excluded."""
    pattern = _markers(profile)
    if pattern is None:
        return []
    spans = []
    for m in pattern.finditer(text):
        end = _EXAMPLE_END.search(text, m.end())
        spans.append((m.end(), end.start() if end else len(text)))
    return spans


def has_examples(profile: LanguageProfile) -> bool:
    """Whether the language data says how the language introduces examples."""
    return bool(profile.example_markers)


def in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)
