"""Language identification through lingua, restricted to the languages in question: a
detector over a handful of languages is small, fast and far more accurate on short text than
one over seventy-five."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _language(code: str) -> Any | None:
    """lingua's Language for an ISO 639-1 code, or None where lingua lacks it."""
    try:
        from lingua import IsoCode639_1, Language
    except ImportError:
        return None
    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
    except (AttributeError, ValueError):
        return None


def identifiable(code: str) -> bool:
    """Whether lingua can identify the language (it has no Galician, for one)."""
    return _language(code) is not None


@cache
def language_detector(codes: tuple[str, ...], low_accuracy: bool = False) -> Any | None:
    """A detector that tells these languages apart; None where lingua is not installed, lacks
    one of them, or there are fewer than two. `low_accuracy`: lingua's trigram models only,
    a tenth of the memory, for many languages at once."""
    found = [_language(code) for code in codes]
    languages = [lang for lang in found if lang is not None]
    if len(languages) < len(found) or len(set(languages)) < 2:
        return None
    from lingua import LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_languages(*languages)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def confidence(found: Any, text: str, code: str) -> float:
    """How sure the detector is that `text` is in language `code` (0-1)."""
    return float(found.compute_language_confidence(text, _language(code)))


def best_guess(found: Any, text: str) -> tuple[str, float]:
    """The detector's likeliest language for `text` and its confidence."""
    top = found.compute_language_confidence_values(text)[0]
    return top.language.iso_code_639_1.name.lower(), float(top.value)


@cache
def _every_language_detector() -> Any | None:
    """A detector over every language tqcheck has data for that lingua knows: in lingua's
    low-accuracy mode, as the high-accuracy models of forty languages take 600 MB and five
    seconds to load (the spelling lists confirm what it reads)."""
    from tqcheck.lang.profile import available_languages

    codes = tuple(c for c in available_languages() if identifiable(c))
    return language_detector(codes, low_accuracy=True)


def likeliest_language(text: str) -> tuple[str, float] | None:
    """The likeliest of every language tqcheck knows for `text`, and the detector's
    confidence; None where lingua is not installed."""
    found = _every_language_detector()
    return None if found is None else best_guess(found, text)
