"""Language tags in localization files (de-DE, pt_BR, sr-Latn) to the language codes
tqcheck's data is keyed by."""

from __future__ import annotations


def base_language(tag: str | None) -> str | None:
    """de-DE -> de, pt_BR -> pt; None stays None."""
    if not tag or not tag.strip():
        return None
    return tag.strip().replace("_", "-").split("-")[0].lower()
