"""Numbers, years, dates and months as values, in any language's conventions.

"1.000,5" in Macedonian and "1,000.5" in English are the same value; "four" and "4" are too;
"февруари" and "February" are the same month. Values are compared, never strings.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import cache

import regex

from tqcheck.lang.cjk_numerals import numerals
from tqcheck.lang.clock_times import clock_times
from tqcheck.lang.month_names import (
    MIN_STEM_LOOKUP,
    month_lookup,
    near_month_or_century,
    reads_as_month,
)
from tqcheck.lang.number_mention import NumberMention
from tqcheck.lang.number_phrases import (
    compound_words,
    half_suffix_value,
    idiom_spans,
    with_shares,
    without_vague_plurals,
)
from tqcheck.lang.profile import LanguageProfile
from tqcheck.text.running_text import find_in_running_text
from tqcheck.text.tokens import before_spaces

_DATE = regex.compile(r"(?<![\d.,])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d])")
# Digits, grouped ("1.000,5", "1 000") or not; an ordinal's ending or dot may follow ("21st",
# "5-ти", "5."). Digits glued to Latin or Cyrillic letters are codes ("M16", "Covid-19");
# Chinese writes "25年", Hebrew "ב-8" (on the 8th).
_NUMBER = (
    r"(?<![\p{Latin}\p{Cyrillic}\p{Greek}\d])(?<![\p{Latin}\p{Cyrillic}\p{Greek}]-)"
    # (Nor the rest of a code's version: the "3" of "TLSv1.3", the "13" of "tar-1.13".)
    r"(?<![\p{Latin}\p{Cyrillic}\p{Greek}]-?\d+\.)"
    r"(\d{1,3}(?:([.,\u00a0\u202f ])\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:{suffixes}\.)?(?!\d)"
)
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
# Digits glued to letters: model and code names ("Covid-19", "iPhone6", "Су-35", "Formel-1"),
# versions ("TLSv1.3", "tar-1.13.x": read as 1.3 and 1.13).
_CODE = regex.compile(
    r"(?<=[\p{Latin}\p{Cyrillic}\p{Greek}]-?)(\d+(?:\.\d+)?)(?:\.\d+)*(?![.,]?\d)"
)
# Roman numerals: centuries and regnal numbers ("siglo XV", "XIVe siècle", "Elizabeth II").
# Only I, V and X: D, M, C and L make too many acronyms (DC, CV, XL).
_ROMAN = regex.compile(r"(?<![\p{L}\d])([IVX]+)(e|er|re|ème)?(?![\p{L}\d])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# A number followed by a scale word or sign: "35 million", "16万", "2 млрд".
# ("35 million", "16万"; "a $90-million project" joins them with a hyphen.)
_SCALE_AFTER = regex.compile(r"[\s-]?(\p{L}[\p{L}\p{M}]*\.?)")
SCALE_MIN = 1000




def _parse_digits(raw: str, decimal_separator: str) -> float | None:
    group = "," if decimal_separator == "." else "."
    s = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if regex.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s) and s.count(s[-4]) >= 1:
        sep = s[-4]
        # "1.000" is a thousand where the dot groups digits, one where it is the decimal point.
        if sep == group or s.count(sep) > 1:
            return float(s.replace(sep, ""))
    if group in s and decimal_separator in s:
        s = s.replace(group, "").replace(decimal_separator, ".")
    elif decimal_separator in s or group in s:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _abbreviated_scale(
    text: str, start: int, end: int, profile: LanguageProfile
) -> tuple[int, float] | None:
    """A scale abbreviation of an amount of money: right after digits a currency sign opens
    ("$5m", "£2bn"; "5m" alone is five metres) or before a currency sign ("500 M$", "4,2
    Md$"): where it ends and its factor."""
    money_before = text.endswith(_CURRENCY_SIGNS, 0, before_spaces(text, start))
    for abbreviation, factor in profile.scale_abbreviations.items():
        for gap in ("", " ", "\u00a0", "\u202f"):  # (French sets a no-break space before M$)
            start = end + len(gap)
            stop = start + len(abbreviation)
            if text[end:start] != gap or text[start:stop] != abbreviation:
                continue
            after = text[stop : stop + 1]
            if (gap == "" and money_before and not after.isalnum()) or after in _CURRENCY_SIGNS:
                return stop, float(factor)
    return None


_CURRENCY_SIGNS = ("$", "£", "€", "¥")


def _scale(match: regex.Match[str], profile: LanguageProfile) -> float | None:
    word = match.group(1).lower().rstrip(".")
    factor = profile.number_multipliers.get(word) or _stem_lookup(word, profile.number_words)
    if factor is None and word.endswith("s"):
        factor = profile.number_words.get(word[:-1])
    return float(factor) if factor and factor >= SCALE_MIN else None


def _ambiguous_alternative(raw: str, value: float) -> float | None:
    """The other reading of "1,400"/"1.400": a thousands group or a decimal fraction."""
    if not regex.fullmatch(r"\d{1,3}[.,]\d{3}", raw):
        return None
    grouped = float(raw.replace(",", "").replace(".", ""))
    decimal = float(raw.replace(",", "."))
    return decimal if value == grouped else grouped


def _stem_lookup(word: str, table: dict[str, int]) -> int | None:
    """A table entry for `word` or for a declined form of it ("kolovozu", "dvadesetim")."""
    if word in table:
        return table[word]
    for name, value in table.items():
        if len(name) >= MIN_STEM_LOOKUP and word.startswith(name) and len(word) - len(name) <= 3:
            return value
    return None


def _preceded_by(text: str, start: int, word: str) -> bool:
    before = text[max(0, start - len(word) - 1) : start]
    return before.lower() == word.lower() + " "


def roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral of I, V and X, else None."""
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if 0 < total < 40 and _to_roman(total) == numeral else None


def _to_roman(value: int) -> str:
    out = ""
    for number, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out += letters
            value -= number
    return out


def _near_century_word(text: str, m: regex.Match[str], profile: LanguageProfile) -> bool:
    before = _WORD.findall(text[max(0, m.start() - 30) : m.start()])
    after = _WORD.findall(text[m.end() : m.end() + 30])
    near = before[-1:] + after[:1]
    return any(w.lower() in profile.century_words for w in near)


def _weak_mentions(
    text: str, profile: LanguageProfile, taken: list[tuple[int, int]]
) -> Iterator[NumberMention]:
    """Roman numerals and numbers inside codes: evidence only against a different number
    in their place, never on their own."""
    for m in _ROMAN.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        numeral, suffix = m.group(1), m.group(2)
        if not (suffix or len(numeral) > 1 or _near_century_word(text, m, profile)):
            continue  # a lone "I" or "V" is a pronoun, a letter, an initial
        value = roman_value(numeral)
        if value is not None:
            taken.append(m.span())
            yield NumberMention(
                float(value), "number", m.group(), m.start(), m.end(), from_word=True
            )
    for m in _CODE.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            yield NumberMention(
                float(m.group(1)),
                "number",
                m.group(),
                m.start(),
                m.end(),
                from_word=True,
                in_code=True,
            )


@cache
def _number_pattern(suffixes: tuple[str, ...]) -> regex.Pattern[str]:
    ordered = sorted(suffixes, key=len, reverse=True)
    return regex.compile(
        _NUMBER.replace("{suffixes}", "".join(f"{regex.escape(x)}|" for x in ordered))
    )


def _free(taken: list[tuple[int, int]], start: int) -> bool:
    return not any(a <= start < b for a, b in taken)


def _dates(text: str, found: list[NumberMention], taken: list[tuple[int, int]]) -> None:
    """ "12.03.2021": a day, a month and a year."""
    for m in _DATE.finditer(text):
        day, month, year = (int(g) for g in m.groups())
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append(NumberMention(day, "number", m.group(1), m.start(1), m.end(1)))
            found.append(NumberMention(month, "month", m.group(2), m.start(2), m.end(2)))
            found.append(NumberMention(year, "number", m.group(3), m.start(3), m.end(3)))
            taken.append(m.span())


def _times(
    text: str, profile: LanguageProfile, found: list[NumberMention], taken: list[tuple[int, int]]
) -> None:
    for time in clock_times(text, profile):
        if _free(taken, time.start):
            found.append(
                NumberMention(
                    time.minutes, "time", text[time.start : time.end], time.start, time.end
                )
            )
            taken.append((time.start, time.end))


# A range of months written with one month sign (Chinese 1-8月, January to August).
_MONTH_RANGE = regex.compile(r"\s?[-–~至到]\s?(\d{1,2})")


def _numbered_month(
    text: str, m: regex.Match[str], value: float, profile: LanguageProfile
) -> NumberMention | None:
    """A month written as its number with a word: Chinese 6月 (June), Vietnamese "tháng 9";
    the first month of a range (1-8月)."""
    if not 1 <= value <= 12:
        return None
    suffix, prefix = profile.month_suffix, profile.month_prefix
    if suffix and text.startswith(suffix, m.end(1)):
        end = m.end(1) + len(suffix)
        return NumberMention(value, "month", text[m.start(1) : end], m.start(1), end)
    later = _MONTH_RANGE.match(text, m.end(1)) if suffix else None
    if later and suffix and text.startswith(suffix, later.end()) and int(later.group(1)) <= 12:
        return NumberMention(value, "month", m.group(1), m.start(1), m.end(1))
    if prefix and _preceded_by(text, m.start(1), prefix):
        start = m.start(1) - len(prefix) - 1
        return NumberMention(value, "month", text[start : m.end(1)], start, m.end(1))
    return None


# A fraction written with a slash: "1/3", "2/3" (not a date or a fiscal year, "2012/13").
_FRACTION = regex.compile(r"(?<![\d/])([1-9])/([2-9]|10)(?![\d/])")


def _spelled_numbered_months(
    text: str, profile: LanguageProfile, found: list[NumberMention], taken: list[tuple[int, int]]
) -> None:
    """A month written as its prefix word and its number spelled out: Vietnamese "tháng tư"
    (April), "tháng mười hai" (December)."""
    pattern = _spelled_month_pattern(profile.month_prefix or "", tuple(profile.month_number_words))
    if pattern is None:
        return
    for m in pattern.finditer(text):
        if _free(taken, m.start()):
            value = profile.month_number_words[" ".join(m.group(1).lower().split())]
            found.append(NumberMention(value, "month", m.group(), m.start(), m.end()))
            taken.append(m.span())


@cache
def _spelled_month_pattern(prefix: str, words: tuple[str, ...]) -> regex.Pattern[str] | None:
    if not prefix or not words:
        return None
    # (Longest first: "mười hai" is December, not October and a two.)
    spelled = "|".join(
        r"\s+".join(regex.escape(part) for part in w.split())
        for w in sorted(words, key=len, reverse=True)
    )
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}]){regex.escape(prefix)}\s+({spelled})(?![\p{{L}}\p{{M}}\d])",
        regex.IGNORECASE,
    )


def _fractions(text: str, found: list[NumberMention], taken: list[tuple[int, int]]) -> None:
    """ "1/3" is a third, written "one-third" as often: evidence only against another number."""
    for m in _FRACTION.finditer(text):
        numerator, denominator = int(m.group(1)), int(m.group(2))
        if numerator < denominator and _free(taken, m.start()):
            value = numerator / denominator
            mention = NumberMention(value, "number", m.group(), m.start(), m.end(), True)
            found.append(mention)
            taken.append(m.span())


# The two ends of a range that share its scale are of one order of magnitude, within this
# factor ("4,2 à 4,1 Md$", "325 and 340 million"; not "in 2004 to 0.138 billion").
RANGE_SPREAD = 100


def _comparable(a: float, b: float) -> bool:
    low, high = sorted((abs(a), abs(b)))
    return low > 0 and high / low <= RANGE_SPREAD


def _in_range(
    text: str, before: NumberMention, m: regex.Match[str], profile: LanguageProfile
) -> bool:
    """Whether only a range's joining word stands between two numbers ("4,2 à 4,1")."""
    between = text[before.end : m.start(1)].strip().lower()
    return between in ("-", "–", "—") or between in profile.range_words


def _digits(
    text: str, profile: LanguageProfile, found: list[NumberMention], taken: list[tuple[int, int]]
) -> None:
    """Numbers in digits, with the scale word or sign that multiplies them ("35 million",
    "16万", "2 млрд"), months written as numbers, decades ("1970s")."""
    unscaled: NumberMention | None = None  # the number before, if it took no scale
    for m in _number_pattern(profile.ordinal_suffixes).finditer(text):
        if not _free(taken, m.start()):
            continue
        value = _parse_digits(m.group(1), profile.decimal_separator)
        if value is None:
            continue
        raw = value
        alternative = _ambiguous_alternative(m.group(1), value)
        sign = next((k for k in profile.number_multipliers if text.startswith(k, m.end())), None)
        scale = _SCALE_AFTER.match(text, m.end())
        factor = _scale(scale, profile) if scale else None
        abbreviated = _abbreviated_scale(text, m.start(), m.end(), profile)
        if abbreviated and not sign:
            taken.append((m.end(), abbreviated[0]))
            value, alternative = value * abbreviated[1], None
        elif sign:
            # "417.6万": the sign multiplies, and the word it starts is no number of its own.
            taken.append((m.end(), m.end() + len(sign)))
            value, alternative = value * profile.number_multipliers[sign], None
        elif scale and factor:
            # "4.176 million", "1 млн": one value, the scale word no mention of its own.
            taken.append(scale.span(1))
            value, alternative = value * factor, None
        month = _numbered_month(text, m, value, profile)
        if month is not None:
            found.append(month)
            taken.append((month.start, month.end))
            continue
        if (
            value != raw
            and unscaled is not None
            and _in_range(text, unscaled, m, profile)
            and _comparable(unscaled.value, raw)
        ):
            # "de 4,2 à 4,1 Md$", "between 325 and 340 million": the scale is both numbers'.
            scaled = NumberMention(
                unscaled.value * value / raw, "number", unscaled.text, unscaled.start, unscaled.end
            )
            found[found.index(unscaled)] = scaled
        decade = value % 10 == 0 and text.startswith(("s", "'s", "’s"), m.end(1))
        # An ordinal or a weekday written with digits (第5, "the fifth"): only evidence against
        # another number in its place, as a spelled-out one.
        weak = (
            text[: m.start(1)].endswith(profile.ordinal_prefixes)
            if profile.ordinal_prefixes
            else False
        )
        mention = NumberMention(
            value, "number", m.group(1), m.start(1), m.end(1), weak, alternative, decade
        )
        found.append(mention)
        unscaled = mention if value == raw else None


def _numerals(
    text: str, profile: LanguageProfile, found: list[NumberMention], taken: list[tuple[int, int]]
) -> None:
    """Numbers in digit and unit characters (两百万, 26万亿): spelled out, they are evidence
    only against another number in their place; with Arabic digits, as any number."""
    for n in numerals(text, profile):
        if not any(a <= n.start < b or a < n.end <= b for a, b in taken):
            spelled = not any(c.isdigit() for c in text[n.start : n.end])
            if spelled and n.value == 1:
                continue  # 一 is as often "a" (一波, a wave) as one: no evidence
            found.append(
                NumberMention(n.value, "number", text[n.start : n.end], n.start, n.end, spelled)
            )
            taken.append((n.start, n.end))


def _in_running_text(
    text: str,
    profile: LanguageProfile,
    found: list[NumberMention],
    taken: list[tuple[int, int]],
    tables: tuple[str, ...] = ("month", "number"),
) -> None:
    """Scripts without spaces (Chinese 二月初, 三天): month names and number words are found
    in running text."""
    for table, kind in ((profile.months, "month"), (profile.number_words, "number")):
        if kind not in tables:
            continue
        for name, start, end in find_in_running_text(text, table):
            if not any(a <= start < b or a < end <= b for a, b in taken):
                # (Month mentions keep the table's number as it is, as everywhere else.)
                value = float(table[name]) if kind == "number" else table[name]
                mention = NumberMention(value, kind, name, start, end, from_word=kind == "number")
                found.append(mention)
                taken.append((start, end))


def _month_of(text: str, m: regex.Match[str], profile: LanguageProfile) -> int | None:
    value = _month_named(m.group().lower(), profile)
    if value is not None:
        return value if reads_as_month(text, m, profile) else None
    return None


# The month each word names, by profile (kept alive here, so its id stays its own): every
# word of every text is looked up.
_MONTH_NAMED: dict[int, tuple[LanguageProfile, dict[str, int | None]]] = {}


def _month_named(word: str, profile: LanguageProfile) -> int | None:
    _, named = _MONTH_NAMED.setdefault(id(profile), (profile, {}))
    if word not in named:
        named[word] = next(
            (
                value
                for form in profile.without_proclitic(word)
                if (
                    value := month_lookup(form, profile.months)
                    if profile.inflects_months
                    else profile.months.get(form)
                )
                is not None
            ),
            None,
        )
    return named[word]


# Words known to name no month and no number, by profile (as _MONTH_NAMED).
_PLAIN: dict[int, tuple[LanguageProfile, _PlainWords]] = {}


class _PlainWords:
    """A set-like view: whether a word (lower case) names no month and no number in any
    context, learnt word by word."""

    def __init__(self, profile: LanguageProfile) -> None:
        self.profile = profile
        self.known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        plain = self.known.get(word)
        if plain is None:
            p = self.profile
            plain = self.known[word] = (
                _month_named(word, p) is None
                and word not in p.number_words
                and word[:-1] not in p.number_words
                and word not in p.ordinal_words
                and _multiple(word, p) is None
                and half_suffix_value(word, p) is None
            )
        return plain


def _plain_words(profile: LanguageProfile) -> _PlainWords:
    return _PLAIN.setdefault(id(profile), (profile, _PlainWords(profile)))[1]


def _multiple(word: str, profile: LanguageProfile) -> int | None:
    """The number of a word that is a number word and a multiplicative ending ("zehnmal",
    "dreifache", "tenfold")."""
    for suffix in profile.multiplicative_suffixes:
        if word.endswith(suffix) and (value := profile.number_words.get(word[: -len(suffix)])):
            return value
    return None


def _number_word(text: str, m: regex.Match[str], profile: LanguageProfile) -> float | None:
    # Number words match whole: a stem would make ordinals ("fourth", "šestom") cardinals.
    word = m.group().lower()
    value: float | None = profile.number_words.get(word)
    if value is None and word.endswith("s") and profile.number_words.get(word[:-1]):
        return None  # "thousands", "dozens", "tens of": a vague quantity, no number
    if value is None:
        value = _multiple(word, profile) or half_suffix_value(word, profile)
    if value is None:
        # Ordinals keep their value ("am ersten November" is November 1st), but only in dates
        # and centuries: elsewhere "prvi", "first" or "petom" are as often ranks, adverbs or
        # other words that happen to look the same.
        value = profile.ordinal_words.get(word)
        return value if value is not None and near_month_or_century(text, m, profile) else None
    # "one"/"еден" is as often an article or pronoun as a number: not evidence.
    return None if value == 1 else value


def _words(
    text: str, profile: LanguageProfile, found: list[NumberMention], taken: list[tuple[int, int]]
) -> None:
    """Month names and number words."""
    for compound, start, end in compound_words(text, profile):
        if _free(taken, start):
            found.append(NumberMention(compound, "number", text[start:end], start, end, True))
            taken.append((start, end))
    plain = _plain_words(profile)
    for m in _WORD.finditer(text):
        # (Most words are neither: one look-up says so, and the next word is taken.)
        if m.group().lower() in plain or not _free(taken, m.start()):
            continue
        month = _month_of(text, m, profile)
        if month is not None:
            found.append(NumberMention(month, "month", m.group(), *m.span()))
            continue
        value = _number_word(text, m, profile)
        if value is not None:
            found.append(
                NumberMention(float(value), "number", m.group(), m.start(), m.end(), from_word=True)
            )


def extract_numbers(text: str, profile: LanguageProfile) -> list[NumberMention]:
    found: list[NumberMention] = []
    # (Words written with numerals that say no number are no place for one: 十分, very.)
    taken: list[tuple[int, int]] = idiom_spans(text, profile)
    _dates(text, found, taken)
    _times(text, profile, found, taken)
    _fractions(text, found, taken)
    if profile.month_number_words:
        _spelled_numbered_months(text, profile, found, taken)
    if profile.numeral_units:
        # (Month names first: 十月 is October, not ten.)
        _in_running_text(text, profile, found, taken, ("month",))
        _numerals(text, profile, found, taken)
    _digits(text, profile, found, taken)
    found.extend(_weak_mentions(text, profile, taken))
    if profile.pronouns_in_words and not profile.numeral_units:
        _in_running_text(text, profile, found, taken)
    _words(text, profile, found, taken)
    found.sort(key=lambda n: n.start)
    found = with_shares(text, found, profile)
    return without_vague_plurals(_join_number_words(text, found), profile)


def _joined_value(prev: NumberMention, n: NumberMention) -> float | None:
    """The value of two adjacent number words read as one: a round tens or hundreds and a
    smaller number ("twenty five", "сто осам"), or a number and a scale ("two hundred");
    None for two numbers ("two three-point shots")."""
    if prev.value > n.value and prev.value >= 20 and prev.value % 10 == 0:
        return prev.value + n.value
    if prev.value < n.value and n.value >= 100 and math.log10(n.value).is_integer():
        return prev.value * n.value
    return None


def _join_number_words(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """ "сто осам" is 108 and "two hundred" 200: adjacent number words make one number."""
    joined: list[NumberMention] = []
    for n in found:
        prev = joined[-1] if joined else None
        between = text[prev.end : n.start] if prev is not None else ""
        joiner = regex.fullmatch(r"\s+(?:(и|i|and)\s+|-\s*)?|-", between)
        value = _joined_value(prev, n) if prev is not None else None
        if (
            prev is not None
            and value is not None
            and prev.from_word
            and n.from_word
            and joiner
            # "сто и осум" is 108, but "millions and millions" or "fifth and sixth" is a list.
            and (prev.value > n.value or not joiner.group(1))
        ):
            joined[-1] = NumberMention(
                value, "number", text[prev.start : n.end], prev.start, n.end, from_word=True
            )
            continue
        joined.append(n)
    return joined
