"""Other names of one place in the target language ("America", "the U.S.", "the United
States"): where a translation writes one of them and an engine another, the place is kept.
From the language's `place_aliases` data."""

from __future__ import annotations

from functools import cache

import regex

from tqcheck.lang.names import name_key
from tqcheck.lang.profile import get_profile


@cache
def _groups(target: str) -> dict[str, tuple[str, ...]]:
    """Each name's key to all names of its place (the name itself among them)."""
    groups: dict[str, tuple[str, ...]] = {}
    for name, others in get_profile(target).place_aliases.items():
        names = (name, *others)
        for form in names:
            groups[name_key(form, target)] = names
    return groups


def other_name_written(key: str, text: str, target: str) -> bool:
    """Whether the text writes the place whose name has this key by any of its names."""
    return any(
        regex.search(rf"(?<!\w){regex.escape(form)}(?!\w)", text)
        for form in _groups(target).get(key, ())
    )
