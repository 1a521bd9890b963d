"""Place names across languages, from the Unicode CLDR through Babel: countries, continents and
the cities of the time-zone database, each with its name in a source language and in English
("Londres", "Лондон", "伦敦" → London; "Alemania", "Deutschland" → Germany), plus the names a
language's data file adds (`place_names`, and English's `place_aliases`).

No spelling rule traces "Alemania" to "Germany". Without this table a lost or replaced place
name can only be a guess, and a capitalised German word cannot be told from a noun. With it,
a place the source names is known to be one, and its English forms say whether the MT kept it.
CLDR covers nearly every language, so a new source language gets its places with no data work.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

import regex
from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.languages import get_official_languages

from tqcheck.lang.profile import get_profile
from tqcheck.text.tokens import tokenize

# Regions people name in news; CLDR's finer ones ("Western Asia", "Micronesian Region") are
# rarely how a translation says it, and "Americas" is often the United States.
_CONTINENTS = ("002", "003", "005", "009", "013", "029", "142", "150", "419")
# CLDR codes that are no place ("Unknown Region", "Eurozone", pseudo-locales).
_NOT_PLACES = frozenset({"ZZ", "QO", "EZ", "XA", "XB"})
# Time-zone ids whose cities are research stations or US county seats ("Troll", "Center",
# "Knox"): common words in some language more often than places in the news.
_NOT_CITIES = regex.compile(r"^(?:Etc|Antarctica)/|^America/(?:Indiana|Kentucky|North_Dakota)/")
# The distinctive word of a longer name is a name by itself from this length ("Malouines").
_MIN_SHORT_FORM = 6
_ISLANDS = regex.compile(r"\b(?:Islands|Island|Isles)\b")
_PARENTHESIS = regex.compile(r"\s*\(([^)]*)\)")


@dataclass(frozen=True)
class Place:
    native: str  # the source language's name
    # The ways a translation writes it, most usual first: in English, or in the target
    # language the table was built for (`target`).
    english: tuple[str, ...]
    country: str | None = None  # CLDR territory code: the country's own, or a city's country
    target: str = "en"


def _clean_english(name: str) -> list[str]:
    """CLDR's display names in the forms running text uses: "Myanmar (Burma)" is Myanmar or
    Burma, "Congo - Kinshasa" is the Congo, "St. Lucia" is Saint Lucia."""
    forms = [name]
    aside = _PARENTHESIS.search(name)
    if aside:
        forms += [_PARENTHESIS.sub("", name).strip(), aside.group(1).strip()]
    if " - " in name:
        forms.append(name.split(" - ")[0])
    if name.endswith(" SAR China"):
        forms.append(name.removesuffix(" SAR China"))
    forms += [f.replace("&", "and") for f in forms if "&" in f]
    forms += [f.replace("St. ", "Saint ") for f in forms if f.startswith("St. ")]
    return [f for f in dict.fromkeys(forms) if f and "(" not in f]


def _home_language_names(territory: str, english: Locale) -> list[str]:
    """English names of the languages whose home this territory is ("German" for Germany,
    "Filipino" for the Philippines): translations name a place by its adjective too."""
    likely = get_global("likely_subtags")
    names = []
    for language in get_official_languages(territory, de_facto=True):
        if (
            str(likely.get(language, "")).endswith("_" + territory)
            and language in english.languages
        ):
            names.append(english.languages[language])
    return names


def word_sequences(form: str, target: str = "en") -> list[list[str]]:
    """A name's words in the target language, and the same without its generic words:
    "Northern Mariana Islands" is rendered by "the Northern Marianas" too."""
    words = [t.text for t in tokenize(form)]
    generic = get_profile(target).place_generic_words
    core = [w for w in words if w.lower() not in generic]
    return [words, core] if core and len(core) < len(words) else [words]


def _short_forms(
    names: dict[str, tuple[str, ...]], target: str = "en"
) -> dict[str, tuple[str, ...]]:
    """Island groups by their distinctive word alone: French writes "les Malouines" for the
    "îles Malouines", the Falkland Islands. The word for "islands" is the one that recurs
    across the language's names (îles, Islas, острова), so the distinctive word is the one
    that does not."""
    words_of = {native: [t.text for t in tokenize(native)] for native in names}
    recurring = Counter(w.lower() for words in words_of.values() for w in set(words))
    short: dict[str, tuple[str, ...]] = {}
    for native, english in names.items():
        core = word_sequences(english[0], target)[-1]
        if len(words_of[native]) < 2 or len(core) != 1 or not _ISLANDS.search(english[0]):
            continue
        own = [
            w
            for w in words_of[native]
            if recurring[w.lower()] == 1 and len(w) >= _MIN_SHORT_FORM and w[:1].isupper()
        ]
        if len(own) == 1:
            short[own[0]] = (core[0], *english)
    return short


def _locales(code: str) -> list[Locale]:
    """The source language's CLDR locales; Serbian is written in Cyrillic and in Latin."""
    found = []
    for ident in (code, f"{code}_Latn") if code == "sr" else (code,):
        try:
            found.append(Locale.parse(ident))
        except (UnknownLocaleError, ValueError):
            continue
    return found


def _city(zone: str, locale: Locale) -> str:
    names = locale.time_zones.get(zone, {})
    city = names.get("city") if hasattr(names, "get") else None
    return str(city) if city else zone.rsplit("/", 1)[-1].replace("_", " ")


def _english_forms(name: str, target: str = "en") -> tuple[str, ...]:
    forms = _clean_english(name)
    aliases = get_profile(target).place_aliases
    for form in list(forms):
        forms += aliases.get(form, ())
    return tuple(dict.fromkeys(forms))


def _target_locale(target: str) -> Locale:
    try:
        return Locale.parse(target)
    except (UnknownLocaleError, ValueError):
        return Locale("en")


@cache
def places_for(code: str, target: str = "en") -> tuple[Place, ...]:
    """Every place CLDR names in language `code` (empty where CLDR has no such locale), with
    its names in the target language (English unless `target` says otherwise)."""
    english = _target_locale(target)
    places: dict[str, Place] = {}
    for locale in _locales(code):
        territories: dict[str, tuple[str, ...]] = {}
        country_of: dict[str, str] = {}
        for territory, native in locale.territories.items():
            if territory in _NOT_PLACES or (territory.isdigit() and territory not in _CONTINENTS):
                continue
            english_name = english.territories.get(territory)
            if not english_name:
                continue
            forms = _english_forms(english_name, target)
            if territory.isalpha():
                forms = tuple(
                    dict.fromkeys(forms + tuple(_home_language_names(territory, english)))
                )
            for form in _clean_english(native):
                territories.setdefault(form, forms)
                country_of.setdefault(form, str(territory))
        for native, forms in (territories | _short_forms(territories, target)).items():
            places.setdefault(native, Place(native, forms, country_of.get(native), target))
        zones = get_global("zone_territories")
        for zone, territory in zones.items():
            if _NOT_CITIES.search(zone):
                continue
            native = _city(zone, locale)
            city = Place(
                native, _english_forms(_city(zone, english), target), str(territory), target
            )
            places.setdefault(native, city)
    # The data file's names win: CLDR's "Внешние малые острова (США)" would make США the
    # Outlying Islands.
    # (Their names are English: for another target, the CLDR's own stand.)
    for native, english_name in get_profile(code).place_names.items() if target == "en" else ():
        places[native] = Place(native, _english_forms(english_name))
    return tuple(places.values())


@cache
def language_names() -> frozenset[str]:
    """The English names of languages ("German", "English"): a translation may name the
    language, not its place."""
    return frozenset(str(name) for name in Locale("en").languages.values())


@cache
def english_place_names(target: str = "en") -> frozenset[str]:
    """Every name of a place the table knows in the target language ("Iceland", "Ireland"):
    two of them spelled alike are two places, not one misspelled."""
    return frozenset(form for place in places_for(target, target) for form in place.english)
