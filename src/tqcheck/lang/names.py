"""Person names across scripts: a spelling-independent key and first-name genders.

`name_key` maps "Сергеј", "Sergej", "Sergey" and "Sergei" to one skeleton so that names can be
compared across Cyrillic and Latin and across English transliteration conventions.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from importlib import resources

import cyrtranslit
import regex
from anyascii import anyascii

from tqcheck.lang.script import UNSPACED_SCRIPTS, dominant_script

_CYRTRANSLIT_CODES = {"mk": "mk", "sr": "sr", "ru": "ru", "bg": "bg", "uk": "ua", "be": "by"}

# Digraphs of English-style romanisation folded to the letters a scholarly romanisation uses.
_DIGRAPHS = (
    ("shch", "s"),
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "c"),
    ("zh", "z"),
    ("kh", "h"),
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("dj", "d"),
    ("dz", "z"),
    ("gj", "g"),
    ("kj", "k"),
    ("ya", "ia"),
    ("yu", "iu"),
    ("ye", "ie"),
    ("yo", "io"),
    ("ey", "ei"),
    ("ay", "ai"),
    ("oy", "oi"),
    ("uy", "ui"),
    ("iy", "i"),
    ("ij", "i"),
    ("ej", "ei"),
    ("aj", "ai"),
    ("oj", "oi"),
    ("uj", "ui"),
)
_LETTERS = str.maketrans({"j": "i", "y": "i", "w": "v", "q": "k", "x": "ks"})


_NOT_LETTER = regex.compile(r"[^a-z]")
_DOUBLED = regex.compile(r"(.)\1+")
_SOFT_C = regex.compile(r"c(?=[eiy])")
# English "g" before e, i, y sounds as Slavic "dž" ("George"/"Џорџ"), which keys spell "z".
_SOFT_G = regex.compile(r"g(?=[eiy])")
_VOWEL = regex.compile(r"[aeiou]")


# Names and words recur across a document and a run; the keys are pure functions of the
# text, so each is computed once.
@lru_cache(maxsize=1 << 16)
def to_latin(text: str, lang: str | None = None) -> str:
    """Romanise Cyrillic with the language's own table, and other alphabets (Greek,
    Devanagari, Arabic, Hebrew, Georgian...) with anyascii's phonetic tables; Latin text and
    unspaced scripts are returned unchanged."""
    script = dominant_script(text)
    if script == "Cyrl":
        code = _CYRTRANSLIT_CODES.get((lang or "").lower(), "ru")
        return str(cyrtranslit.to_latin(text, code))
    if script in (None, "Latn") or script in UNSPACED_SCRIPTS:
        return text
    return str(anyascii(text))


_LATIN_NON_ASCII = regex.compile(r"[^\x00-\x7f](?<=\p{Latin})")


def ascii_fold(text: str) -> str:
    """Accents off ("Dvořák" -> "Dvorak"), and Latin letters with no decomposition spelled in
    ASCII ("Łódź" -> "Lodz", "Søren" -> "Soren", "Straße" -> "Strasse")."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return str(_LATIN_NON_ASCII.sub(lambda m: str(anyascii(m.group())), folded))


@lru_cache(maxsize=1 << 16)
def name_key(text: str, lang: str | None = None) -> str:
    """Spelling skeleton of a name: romanised, accents and digraphs folded, doubles collapsed."""
    # Macedonian ќ/ѓ romanise as ḱ/ǵ; the same names in Serbian or Croatian spell ć/đ.
    s = to_latin(text, lang).lower().replace("ḱ", "ć").replace("ǵ", "đ")
    s = ascii_fold(s)
    s = _NOT_LETTER.sub("", s)

    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = s.translate(_LETTERS)
    return str(_DOUBLED.sub(r"\1", s))


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    path = resources.files("tqcheck.lang") / "data" / "first_names.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for gender in ("f", "m"):
        for name in raw[gender]:
            table[name_key(name)] = gender
    return table


def first_name_gender(name: str, lang: str | None = None) -> str | None:
    """'f' or 'm' for a first name that tells its bearer's gender, else None."""
    return _first_names().get(name_key(name, lang))


@lru_cache(maxsize=1 << 16)
def consonant_key(key: str) -> str:
    """Consonant skeleton of a name key: English spelling of a name and its phonetic
    Cyrillic rendering ("Wallace"/"Волас") differ in vowels and silent letters."""
    s = _SOFT_G.sub("z", _SOFT_C.sub("s", key)).replace("c", "k")
    if s.endswith("e"):
        s = s[:-1]
    if s.endswith("f"):
        s = s[:-1] + "v"  # Russian -ов written -off
    return str(_DOUBLED.sub(r"\1", _VOWEL.sub("", s)))
