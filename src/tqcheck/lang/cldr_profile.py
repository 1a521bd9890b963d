"""A profile for a language with no data file, from the Unicode CLDR through Babel.

A language tqcheck has no file for still has its script, its decimal separator and its month
names in the CLDR. Without them a correct "12 marca" or "2,5" reads as a changed date or
number; with them the number and date checks work in any language the CLDR covers.
"""

from __future__ import annotations

from functools import cache

import regex
from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.numbers import get_currency_name

# A case-declining language's month stem: what its format (genitive, "березня") and
# stand-alone (nominative, "березень") forms share, if this long.
MIN_MONTH_STEM = 4
# A month name written in letters (and vowel signs: Hindi "जनवरी"), not "1月".
_WORD = regex.compile(r"[\p{L}\p{M}]+")
# Powers of ten that have a word of their own in news ("million"), not 10,000 or 100,000.
_SCALES = frozenset({1000, 1000000, 1000000000, 1000000000000})
# The word after the number in a compact format: "0 de miliarde" -> "miliarde".
_SCALE_WORD = regex.compile(r"0\s*(?:\p{L}+\s+)?([\p{L}\p{M}]+\.?)\s*$")
_LAST_WORD = regex.compile(r"([\p{L}\p{M}]+\.?)\s*$")
_NUMBERED_MONTH = regex.compile(r"(\D*?)\s?(\d+)\s?(\D*)")
# CLDR's script codes for mixed scripts, as lang/script.py names what a text is written in.
_SCRIPT_NAMES = {"Hans": "Hani", "Hant": "Hani", "Kore": "Hang"}


def _common_prefix(a: str, b: str) -> str:
    length = 0
    while length < min(len(a), len(b)) and a[length] == b[length]:
        length += 1
    return a[:length]


def cldr_fields(code: str) -> dict[str, object] | None:
    """LanguageProfile fields for `code` from the CLDR, or None where it has no locale."""
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    likely = str(get_global("likely_subtags").get(code, ""))
    script = next((part for part in likely.split("_") if len(part) == 4), "Latn")
    script = _SCRIPT_NAMES.get(script, script)
    months: dict[str, int] = {}
    capitals: list[bool] = []
    differ = False
    for number in range(1, 13):
        forms = {
            str(locale.months[context]["wide"][number])
            for context in ("format", "stand-alone")
            if number in locale.months[context]["wide"]
        }
        words = sorted(f for f in forms if _WORD.fullmatch(f))
        for word in words:
            months[word.lower()] = number
            capitals.append(word[:1].isupper())
        if len(words) == 2:
            differ = True
            stem = _common_prefix(words[0].lower(), words[1].lower())
            if len(stem) >= MIN_MONTH_STEM:
                months.setdefault(stem, number)
    month_affixes = _numbered_months(locale)
    symbols = locale.number_symbols
    latin = symbols.get("latn", symbols) if hasattr(symbols, "get") else symbols
    decimal = str(latin.get("decimal", ".")) if hasattr(latin, "get") else "."
    return {
        "name": str(Locale("en").languages.get(code, code)),
        "script": script,
        "months": months,
        # A language whose month names take another form after a day ("12 березня") declines
        # them: other case forms are matched on the stem.
        "inflects_months": differ,
        "months_capitalised": bool(capitals) and all(capitals),
        "decimal_separator": decimal if decimal in ",." else ".",
        "number_words": _scale_words(locale),
        "plural_scale_words": sorted(_plural_scale_words(locale)),
        **month_affixes,
    }


def _scale_words(locale: Locale) -> dict[str, int]:
    """Thousand, million, billion and trillion as the language writes them after a number
    ("2,5 miliarde", "1,2 miljoen", "3 mld."): the CLDR's compact number formats."""
    words: dict[str, int] = {}
    formats = locale._data.get("compact_decimal_formats", {})
    for width in ("long", "short"):
        for patterns in dict(formats.get(width, {})).values():
            for magnitude, pattern in dict(patterns).items():
                value = int(magnitude)
                if value not in _SCALES:
                    continue
                text = str(getattr(pattern, "pattern", pattern)).replace("\u200f", "")
                found = _SCALE_WORD.search(text)
                if found and len(found.group(1).rstrip(".")) >= 2:
                    words.setdefault(found.group(1).rstrip(".").lower(), value)
    return words


def _plural_scale_words(locale: Locale) -> set[str]:
    """The scale words the CLDR writes after numbers other than one ("millions", "милиони",
    "Millionen", "millones"), where it writes another after one: alone, with no number before
    them, they say "many", no number ("des millions de personnes")."""
    formats = dict(locale._data.get("compact_decimal_formats", {}).get("long", {}))
    singular: dict[int, set[str]] = {}
    other: dict[int, set[str]] = {}
    for category, patterns in formats.items():
        # ("1" is the form for exactly one, without its digit: French "mille", invariable.)
        forms = singular if category in ("one", "1") else other
        for magnitude, pattern in dict(patterns).items():
            text = str(getattr(pattern, "pattern", pattern)).replace("\u200f", "")
            found = _SCALE_WORD.search(text) or _LAST_WORD.search(text)
            if int(magnitude) in _SCALES and found:
                word = found.group(1).rstrip(".").lower()
                forms.setdefault(int(magnitude), set()).add(word)
    # (A language with one form for every number, Chinese or Turkish, has no "one".)
    return {
        word
        for magnitude, words in other.items()
        if magnitude in singular
        for word in words - singular[magnitude]
    }


def _numbered_months(locale: Locale) -> dict[str, str]:
    """Months written as numbers with a word: "9월", "9月" (suffix), "tháng 9" (prefix)."""
    names = [str(locale.months["format"]["wide"].get(n, "")) for n in range(1, 13)]
    found = [_NUMBERED_MONTH.fullmatch(name) for name in names]
    if not all(found):
        return {}
    prefixes = {m.group(1).strip() for m in found if m}
    suffixes = {m.group(3).strip() for m in found if m}
    if len(prefixes) != 1 or len(suffixes) != 1:
        return {}
    prefix, suffix = prefixes.pop(), suffixes.pop()
    if suffix and not prefix:
        return {"month_suffix": suffix}
    if prefix and not suffix:
        return {"month_prefix": prefix}
    return {}


@cache
def month_names(code: str) -> tuple[str, ...]:
    """The twelve months' names in language `code` ("January"), for messages; English's
    where the CLDR has no such locale."""
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        locale = Locale("en")
    wide = locale.months["stand-alone"]["wide"]
    return tuple(str(wide[number]) for number in range(1, 13))


@cache
def calendar_words(code: str) -> frozenset[str]:
    """A language's day, month and era names, lower-case: capitalised, they are still no
    names."""
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    words = {str(d).lower() for d in locale.days["format"]["wide"].values()}
    words |= {str(m).lower() for m in locale.months["format"]["wide"].values()}
    # Eras ("prije Krista", "BC"): no names either. CLDR's secular variants (BCE, CE) are not
    # in Babel's tables.
    for width in ("wide", "abbreviated"):
        for era in locale.eras.get(width, {}).values():
            words |= {w.lower() for w in regex.findall(r"\w{2,}", str(era))}
    if locale.language == "en":
        words |= {"bce", "ce"}
    return frozenset(words)


@cache
def currency_units(code: str) -> frozenset[str]:
    """The words a language names currency units with, singular and plural, lower-case:
    English writes "kroner", "zlotys" and "lei" as its own words."""
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    words = set()
    for currency in locale.currencies:
        for count in (1, 2):
            name = get_currency_name(str(currency), count=count, locale=locale).split()
            if name and name[-1].isalpha():
                words.add(name[-1].lower())
    return frozenset(words)
