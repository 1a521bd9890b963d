"""Numbers, years, dates and months as values, in any language's conventions.

"1.000,5" in Macedonian and "1,000.5" in English are the same value; "four" and "4" are too;
"февруари" and "February" are the same month. Values are compared, never strings.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from tqcheck.lang.profile import LanguageProfile
from tqcheck.text.running_text import find_in_running_text
from tqcheck.text.tokens import is_sentence_initial

_DATE = regex.compile(r"(?<![\d.,])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d])")
_NUMBER = regex.compile(
    # Digits glued to Latin or Cyrillic letters are codes ("M16", "Covid-19"); Chinese
    # writes "25年".
    r"(?<![\p{Latin}\p{Cyrillic}\p{Greek}\d])(?<!\p{L}-)"
    r"(\d{1,3}(?:([.,\u00a0\u202f ])\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:st|nd|rd|th|-?ти|-?ри|-?ви|\.)?(?!\d)"
)
_WORD = regex.compile(r"\p{L}+")
# Clock times: "22:08", "10:08 p.m.", "23:35 ч".
_TIME = regex.compile(
    r"(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(\s*(?:[ap]\.?m\.?|h\b|ч\.?))?"
    # "3.40 Uhr", "12 h 00", "15时50分": a dot or an hour sign only next to a clock word.
    r"|(?<![\d:.,])([01]?\d|2[0-3])\.([0-5]\d)(\s*(?:Uhr|h|ч|sati|horas)\b)"
    r"|(?<![\d:.,])([01]?\d|2[0-3])\s?(?:h|时|點|点)\s?([0-5]\d)(分)?"
)
# A number followed by a scale word or sign: "35 million", "16万", "2 млрд".
_SCALE_AFTER = regex.compile(r"\s?(\p{L}+\.?)")
SCALE_MIN = 1000
# Shorter month names and number words ("мај", "pet") are matched whole, never as stems.
MIN_STEM_LOOKUP = 4


@dataclass(frozen=True)
class NumberMention:
    value: float
    kind: str  # "number", "month" or "time"
    text: str
    start: int
    end: int
    # Spelled-out numbers ("three", "тројца") satisfy a match but are too irregular across
    # languages (collective numerals, idioms) to be evidence of an error on their own.
    from_word: bool = False
    # "1,400" is 1400 or 1.4 depending on the writer's convention: the other reading.
    alternative: float | None = None


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


def _clock_minutes(hours: int, minutes: int) -> int:
    """Minutes past midnight or noon: "22:00", "10:00 pm" and "10:00" are one time."""
    return (hours % 12) * 60 + minutes


def _stem_lookup(word: str, table: dict[str, int]) -> int | None:
    """A table entry for `word` or for a declined form of it ("kolovozu", "dvadesetim")."""
    if word in table:
        return table[word]
    for name, value in table.items():
        if len(name) >= MIN_STEM_LOOKUP and word.startswith(name) and len(word) - len(name) <= 3:
            return value
    return None


def _is_month(text: str, m: regex.Match[str], profile: LanguageProfile) -> bool:
    word = m.group()
    if profile.months_capitalised:
        return word[0].isupper()  # lower-case "may" is a verb
    # Where months are written lower-case, a capitalised one inside a sentence is a name
    # ("Life on Mars").
    return word[0].islower() or is_sentence_initial(text, m.start())


def extract_numbers(text: str, profile: LanguageProfile) -> list[NumberMention]:
    found: list[NumberMention] = []
    taken: list[tuple[int, int]] = []
    for m in _DATE.finditer(text):
        day, month, year = (int(g) for g in m.groups())
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append(NumberMention(day, "number", m.group(1), m.start(1), m.end(1)))
            found.append(NumberMention(month, "month", m.group(2), m.start(2), m.end(2)))
            found.append(NumberMention(year, "number", m.group(3), m.start(3), m.end(3)))
            taken.append(m.span())
    for m in _TIME.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        hours, mins = next((m.group(i), m.group(i + 1)) for i in (1, 4, 7) if m.group(i))
        minutes = _clock_minutes(int(hours), int(mins))
        found.append(NumberMention(minutes, "time", m.group(), m.start(), m.end()))
        taken.append(m.span())
    for m in _NUMBER.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value = _parse_digits(m.group(1), profile.decimal_separator)
        if value is None:
            continue
        alternative = _ambiguous_alternative(m.group(1), value)
        sign = next((k for k in profile.number_multipliers if text.startswith(k, m.end())), None)
        scale = _SCALE_AFTER.match(text, m.end())
        factor = _scale(scale, profile) if scale else None
        if sign:
            # "417.6万": the sign multiplies, and the word it starts is no number of its own.
            taken.append((m.end(), m.end() + len(sign)))
            value, alternative = value * profile.number_multipliers[sign], None
        elif scale and factor:
            # "4.176 million", "1 млн": one value, the scale word no mention of its own.
            taken.append(scale.span(1))
            value, alternative = value * factor, None
        suffix = profile.month_suffix
        if suffix and text.startswith(suffix, m.end(1)) and 1 <= value <= 12:
            # Chinese writes months as numbers: 6月 is June.
            end = m.end(1) + len(suffix)
            found.append(NumberMention(value, "month", text[m.start(1) : end], m.start(1), end))
            taken.append((m.start(1), end))
            continue
        found.append(
            NumberMention(value, "number", m.group(1), m.start(1), m.end(1), False, alternative)
        )
    if profile.pronouns_in_words:
        # Scripts without spaces (Chinese 二月初): month names are found in running text.
        for name, start, end in find_in_running_text(text, profile.months):
            if not any(a <= start < b or a < end <= b for a, b in taken):
                found.append(NumberMention(profile.months[name], "month", name, start, end))
                taken.append((start, end))
    for m in _WORD.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        word = m.group().lower()
        month_value = (
            _stem_lookup(word, profile.months)
            if profile.inflects_months
            else profile.months.get(word)
        )
        if month_value is not None and _is_month(text, m, profile):
            found.append(NumberMention(month_value, "month", m.group(), *m.span()))
            continue
        # Number words match whole: a stem would make ordinals ("fourth", "šestom") cardinals.
        word_value = profile.number_words.get(word)
        if word_value is None and word.endswith("s"):
            word_value = profile.number_words.get(word[:-1])  # "thousands", "millions"
        # "one"/"еден" is as often an article or pronoun as a number: not evidence.
        if word_value is not None and word_value != 1:
            found.append(
                NumberMention(
                    float(word_value), "number", m.group(), m.start(), m.end(), from_word=True
                )
            )
    found.sort(key=lambda n: n.start)
    return _join_number_words(text, found)


def _join_number_words(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """ "сто осам" is 108 and "two hundred" 200: adjacent number words make one number."""
    joined: list[NumberMention] = []
    for n in found:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.from_word
            and n.from_word
            and regex.fullmatch(r"\s+(?:и\s+|i\s+|and\s+|-\s*)?", text[prev.end : n.start])
        ):
            value = prev.value + n.value if prev.value > n.value else prev.value * n.value
            joined[-1] = NumberMention(
                value, "number", text[prev.start : n.end], prev.start, n.end, from_word=True
            )
            continue
        joined.append(n)
    return joined
