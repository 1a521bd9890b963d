"""Language tags in localization files (de-DE, pt_BR, sr-Latn) to the language codes
tqcheck's data is keyed by."""

from __future__ import annotations

from functools import cache

from babel import Locale

# Codes with one language's data under another code: Norwegian "no" is written Bokmål ("nb")
# in news; "iw" and "in" are the old codes of Hebrew and Indonesian.
_SAME_LANGUAGE = {"no": "nb", "iw": "he", "in": "id"}


def base_language(tag: str | None) -> str | None:
    """de-DE -> de, pt_BR -> pt, no -> nb; None stays None."""
    if not tag or not tag.strip():
        return None
    code = tag.strip().replace("_", "-").split("-")[0].lower()
    return _SAME_LANGUAGE.get(code, code)


@cache
def _language_codes() -> frozenset[str]:
    # (The CLDR names some 600 languages by their ISO 639 codes, each with a locale or not.)
    return frozenset(str(code).split("_")[0].lower() for code in Locale("en").languages)


def is_language(code: str) -> bool:
    """Whether a base code (as base_language gives it) names a language: "mk", "nb", "haw";
    not "xx" or "qq"."""
    return code in _language_codes()
