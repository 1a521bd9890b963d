"""Language tags in localization files (de-DE, pt_BR, sr-Latn) to the language codes
tqcheck's data is keyed by."""

from __future__ import annotations

# Codes with one language's data under another code: Norwegian "no" is written Bokmål ("nb")
# in news; "iw" and "in" are the old codes of Hebrew and Indonesian.
_SAME_LANGUAGE = {"no": "nb", "iw": "he", "in": "id"}


def base_language(tag: str | None) -> str | None:
    """de-DE -> de, pt_BR -> pt, no -> nb; None stays None."""
    if not tag or not tag.strip():
        return None
    code = tag.strip().replace("_", "-").split("-")[0].lower()
    return _SAME_LANGUAGE.get(code, code)
