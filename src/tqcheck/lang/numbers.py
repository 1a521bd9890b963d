"""Numbers, years, dates and months as values, in any language's conventions.

"1.000,5" in Macedonian and "1,000.5" in English are the same value; "four" and "4" are too;
"февруари" and "February" are the same month. Values are compared, never strings.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from tqcheck.lang.profile import LanguageProfile
from tqcheck.text.running_text import find_in_running_text
from tqcheck.text.tokens import is_sentence_initial

_DATE = regex.compile(r"(?<![\d.,])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d])")
_NUMBER = regex.compile(
    # Digits glued to Latin or Cyrillic letters are codes ("M16", "Covid-19"); Chinese
    # writes "25年", Hebrew "ב-8" (on the 8th).
    r"(?<![\p{Latin}\p{Cyrillic}\p{Greek}\d])(?<![\p{Latin}\p{Cyrillic}\p{Greek}]-)"
    r"(\d{1,3}(?:([.,\u00a0\u202f ])\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:st|nd|rd|th|-?ти|-?ри|-?ви|\.)?(?!\d)"
)
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
# Digits glued to letters: model and code names ("Covid-19", "iPhone6", "Су-35", "Formel-1").
_CODE = regex.compile(r"(?<=[\p{Latin}\p{Cyrillic}\p{Greek}]-?)\d+(?![\d.,]?\d)")
# Roman numerals: centuries and regnal numbers ("siglo XV", "XIVe siècle", "Elizabeth II").
# Only I, V and X: D, M, C and L make too many acronyms (DC, CV, XL).
_ROMAN = regex.compile(r"(?<![\p{L}\d])([IVX]+)(e|er|re|ème)?(?![\p{L}\d])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# Clock times: "22:08", "10:08 p.m.", "23:35 ч".
_TIME = regex.compile(
    r"(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(\s*(?:[ap]\.?m\.?|h\b|ч\.?))?"
    # "3.40 Uhr", "12 h 00", "15时50分": a dot or an hour sign only next to a clock word.
    r"|(?<![\d:.,])([01]?\d|2[0-3])\.([0-5]\d)(\s*(?:Uhr|h|ч|sati|horas)\b)"
    r"|(?<![\d:.,])([01]?\d|2[0-3])\s?(?:h|时|點|点)\s?([0-5]\d)(分)?"
    # "9点半" is half past nine; "à 12 h GMT", "9点" are whole hours.
    r"|(?<![\d:.,])([01]?\d|2[0-3])(?:点|點|时)(半)"
    r"|(?<![\d:.,])([01]?\d|2[0-3])(?:\s?h(?![\w\d])|点(?![\d半])|點(?![\d半]))"
    # "6 p.m.", "11am", "во 18 часот", "um 18 Uhr": whole hours.
    r"|(?<![\d:.,])(1[0-2]|0?\d)\s?[ap]\.?m\b\.?"
    r"|(?<![\d:.,])([01]?\d|2[0-3])\s(?:часот|часа|часов|sati|sata|Uhr|heures|horas)\b"
)
# A number followed by a scale word or sign: "35 million", "16万", "2 млрд".
_SCALE_AFTER = regex.compile(r"\s?(\p{L}[\p{L}\p{M}]*\.?)")
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
    # Written as a decade ("1970s", "1850's").
    decade: bool = False


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


def _preceded_by(text: str, start: int, word: str) -> bool:
    before = text[max(0, start - len(word) - 1) : start]
    return before.lower() == word.lower() + " "


def _month_lookup(word: str, months: dict[str, int]) -> int | None:
    """A month in any case: a listed form or stem with a case ending ("kolovozu" of
    "kolovoz", "березні" of "берез"), or a form whose last letter a vowel replaces ("marcu",
    in March, of "marca"). A form that ends in a vowel takes no ending: "јуниор" (junior) is
    no case of "јуни", nor "studente" (students) of "studeni"."""
    if word in months:
        return months[word]
    for name, value in months.items():
        ending = word[len(name) :]
        if (
            len(name) >= MIN_STEM_LOOKUP
            and not _starts_with_vowel(name[-1:])
            and word.startswith(name)
            and len(ending) <= 3
        ):
            return value
    for name, value in months.items():
        stem, ending = name[:-1], word[len(name) - 1 :]
        if (
            len(stem) >= MIN_STEM_LOOKUP
            and word.startswith(stem)
            and 0 < len(ending) <= 3
            and _starts_with_vowel(ending)
        ):
            return value
    return None


# Vowels of the Latin, Cyrillic and Greek alphabets, before accents.
_VOWELS = frozenset("aeiouyаеиоуыэюяіїєёαεηιουω")


def _starts_with_vowel(text: str) -> bool:
    base = unicodedata.normalize("NFD", text[:1].lower())[:1]
    return base in _VOWELS


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
                float(m.group()), "number", m.group(), m.start(), m.end(), from_word=True
            )


def _in_date(text: str, m: regex.Match[str], profile: LanguageProfile) -> bool:
    """Whether a word stands next to a month name or a word for "century"."""
    near = _WORD.findall(text[max(0, m.start() - 20) : m.start()])[-2:]
    near += _WORD.findall(text[m.end() : m.end() + 20])[:2]
    for word in near:
        lowered = word.lower()
        if lowered in profile.century_words:
            return True
        month = (
            _month_lookup(lowered, profile.months) if profile.inflects_months else None
        ) or profile.months.get(lowered)
        if month is not None and (not profile.months_capitalised or word[0].isupper()):
            return True
    return False


def _is_month(text: str, m: regex.Match[str], profile: LanguageProfile) -> bool:
    word = m.group()
    if profile.months_capitalised:
        return word[0].isupper()  # lower-case "may" is a verb
    # Where months are written lower-case, a capitalised one inside a sentence is a name
    # ("Life on Mars").
    # (Scripts without case, such as Devanagari, have no such names.)
    return not word[0].isupper() or is_sentence_initial(text, m.start())


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
        if m.group(10):
            hours, mins = m.group(10), "30"
        elif m.group(12) or m.group(13) or m.group(14):
            hours, mins = m.group(12) or m.group(13) or m.group(14), "0"
        else:
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
        prefix = profile.month_prefix
        if prefix and 1 <= value <= 12 and _preceded_by(text, m.start(1), prefix):
            # Vietnamese too, after a word: "tháng 9" is September.
            start = m.start(1) - len(prefix) - 1
            found.append(NumberMention(value, "month", text[start : m.end(1)], start, m.end(1)))
            taken.append((start, m.end(1)))
            continue
        decade = value % 10 == 0 and text.startswith(("s", "'s", "’s"), m.end(1))
        found.append(
            NumberMention(
                value, "number", m.group(1), m.start(1), m.end(1), False, alternative, decade
            )
        )
    found.extend(_weak_mentions(text, profile, taken))
    if profile.pronouns_in_words:
        # Scripts without spaces (Chinese 二月初, 三天): month names and number words are
        # found in running text.
        for name, start, end in find_in_running_text(text, profile.months):
            if not any(a <= start < b or a < end <= b for a, b in taken):
                found.append(NumberMention(profile.months[name], "month", name, start, end))
                taken.append((start, end))
        for name, start, end in find_in_running_text(text, profile.number_words):
            if not any(a <= start < b or a < end <= b for a, b in taken):
                value = float(profile.number_words[name])
                found.append(NumberMention(value, "number", name, start, end, from_word=True))
                taken.append((start, end))
    for m in _WORD.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        word = m.group().lower()
        month_value = None
        for form in profile.without_proclitic(word):
            month_value = (
                _month_lookup(form, profile.months)
                if profile.inflects_months
                else profile.months.get(form)
            )
            if month_value is not None:
                break
        if month_value is not None and _is_month(text, m, profile):
            found.append(NumberMention(month_value, "month", m.group(), *m.span()))
            continue
        # Number words match whole: a stem would make ordinals ("fourth", "šestom") cardinals.
        word_value = profile.number_words.get(word)
        if word_value is None and word.endswith("s"):
            word_value = profile.number_words.get(word[:-1])  # "thousands", "millions"
        if word_value is None:
            # Ordinals keep their value ("am ersten November" is November 1st), but only in
            # dates and centuries: elsewhere "prvi", "first" or "petom" are as often ranks,
            # adverbs or other words that happen to look the same.
            word_value = profile.ordinal_words.get(word)
            if word_value is not None and not _in_date(text, m, profile):
                word_value = None
        elif word_value == 1:
            # "one"/"еден" is as often an article or pronoun as a number: not evidence.
            word_value = None
        if word_value is not None:
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
        between = text[prev.end : n.start] if prev is not None else ""
        joiner = regex.fullmatch(r"\s+(?:(и|i|and)\s+|-\s*)?|-", between)
        if (
            prev is not None
            and prev.from_word
            and n.from_word
            and joiner
            # "сто и осум" is 108, but "millions and millions" or "fifth and sixth" is a list.
            and (prev.value > n.value or not joiner.group(1))
        ):
            value = prev.value + n.value if prev.value > n.value else prev.value * n.value
            joined[-1] = NumberMention(
                value, "number", text[prev.start : n.end], prev.start, n.end, from_word=True
            )
            continue
        joined.append(n)
    return joined
