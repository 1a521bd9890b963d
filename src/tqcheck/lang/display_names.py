"""What a language calls the world's languages, scripts and countries, from the Unicode CLDR
through Babel: "Mongolian" is "mongolski" in Croatian, "Sri Lanka" "Šri Lanka", "Guam" "Гуам"
in Macedonian. A catalog string that is such a name, copied from English where the target
language names it otherwise, is untranslated."""

from __future__ import annotations

from functools import cache

import regex
from babel import Locale, UnknownLocaleError

_NOT_LETTERS = regex.compile(r"[^\p{L}\p{M}]+")
# A note in brackets after a name ("Myanmar (Burma)", "Congo (DRC)").
_NOTE = regex.compile(r"\s*\([^()]*\)")


def name_key(text: str) -> str:
    """A name as compared: lower case, letters only ("Côte d'Ivoire": "côte d ivoire")."""
    return str(_NOT_LETTERS.sub(" ", text)).strip().lower()


def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@cache
def display_names(src: str, tgt: str) -> dict[str, frozenset[str]]:
    """The source language's names of languages, scripts and countries (as name_key gives
    them) -> the target language's names of the same (the same way), where it has any."""
    source, target = _locale(src), _locale(tgt)
    if source is None or target is None:
        return {}
    names: dict[str, set[str]] = {}
    for kind in ("languages", "scripts", "territories"):
        theirs = getattr(target, kind)
        for code, name in getattr(source, kind).items():
            if code in theirs:
                ours, their = str(name), str(theirs[code])
                names.setdefault(name_key(ours), set()).add(name_key(their))
                # (A name with a note, "Myanmar (Burma)", is also written without it.)
                if _NOTE.search(ours):
                    names.setdefault(name_key(_NOTE.sub("", ours)), set()).add(
                        name_key(_NOTE.sub("", their))
                    )
    return {k: frozenset(v) for k, v in names.items() if k}
