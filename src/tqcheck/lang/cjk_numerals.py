"""Numbers written with digit and unit characters, as Chinese and Japanese write them:
两百万 is 2 × 100 × 10,000 (two million), 26万亿 is 26 × 10,000 × 100,000,000 (26 trillion),
一亿二千万 is 120 million, 300多万 "over three million". Digits (一, 两, or Arabic digits) are
multiplied by the small units after them (十, 百, 千), and the sum so far by the large ones
(万, 亿); a large unit right after another multiplies again (万亿). The characters come from
the language's data (`numeral_digits`, `numeral_units`, `numeral_large_units`,
`numeral_approximations`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from tqcheck.lang.name_taggers import name_tagger
from tqcheck.lang.profile import LanguageProfile

# Arabic digits a small unit (十, 百, 千) multiplies are below this: "5千" is 5,000.
MAX_DIGIT_MULTIPLIED = 10
# Arabic digits, grouped by commas or not ("1,080亿", "3.5亿"), never the tail of a longer number.
_ARABIC = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# A numeral run's pieces: Arabic digits as one, every other character alone.
_PIECE = regex.compile(rf"{_ARABIC}|.")


@dataclass(frozen=True)
class Numeral:
    value: float
    start: int
    end: int
    approximate: bool  # "300多万": more than the value


@cache
def _pattern(chars: str, approximations: str) -> regex.Pattern[str]:
    one = f"[{regex.escape(chars)}]"
    about = f"[{regex.escape(approximations)}]" if approximations else "(?!)"
    # Arabic digits then numeral characters ("26万亿", "3.5亿"), or numeral characters alone.
    return regex.compile(
        rf"(?:{_ARABIC})(?:{about})?(?:{one}(?:{about})?)+|{one}(?:{one}|{about})*"
    )


def _value(run: str, profile: LanguageProfile) -> float | None:
    digits, units, large = (
        profile.numeral_digits,
        profile.numeral_units,
        profile.numeral_large_units,
    )
    total = section = 0.0
    digit: float | None = None
    largest = 0  # the largest large unit the total was multiplied by
    for m in _PIECE.finditer(run):
        piece = m.group()
        if piece[0].isdigit():
            digit = float(piece.replace(",", ""))
        elif piece in digits:
            digit = float(digits[piece])
        elif piece in units:
            section += (1.0 if digit is None else digit) * units[piece]
            digit = None
        elif piece in large:
            section += digit or 0.0
            digit = None
            unit = large[piece]
            if section == 0:
                total *= unit  # 万亿: a large unit right after another
            elif unit > largest:
                total = (total + section) * unit  # 一亿: all so far times it
            else:
                total += section * unit  # 一亿二千万: the 二千 times 万
            largest = max(largest, unit)
            section = 0.0
    value = total + section + (digit or 0.0)
    return value or None


def _numeral_part(run: str, profile: LanguageProfile) -> str:
    """The run up to where it stops being one numeral: a small unit right after a large one,
    or after Arabic digits of ten or more, is a measure's prefix (千瓦, kilowatt; 千米,
    kilometre), not a multiplier: 1000万千瓦 is ten million kilowatts, 300千米 three hundred
    kilometres. Chinese writes 一万二千, never 万千, and 30万, not 300千, for a number."""
    before = ""
    for m in _PIECE.finditer(run):
        piece = m.group()
        if piece in profile.numeral_units and (
            before in profile.numeral_large_units
            or (before[:1].isdigit() and float(before.replace(",", "")) >= MAX_DIGIT_MULTIPLIED)
        ):
            return run[: m.start()]
        before = piece
    return run


def _reads_as_number(run: str, profile: LanguageProfile) -> bool:
    """A run with a digit; or one that opens with the smallest unit, which alone reads as
    one of itself (十年, ten years). Larger units alone are "hundreds of", "by all means"."""
    if any(c.isdigit() or c in profile.numeral_digits for c in run):
        return True
    units = profile.numeral_units
    return bool(units) and units.get(run[0]) == min(units.values())


def _names_at(text: str, profile: LanguageProfile) -> set[int]:
    """Offsets of characters inside names (四川, Sichuan; 三亚, Sanya). A unit right after a
    digit is the unit, whatever the tagger reads (15万剂, 150,000 doses, is no surname 万;
    a digit before 四川 leaves Sichuan a name)."""
    tagger = name_tagger(profile)
    if tagger is None:
        return set()
    return {
        i
        for run in tagger.proper_noun_spans(text)
        if not (run.start and _unit_after_digit(text, run.start, profile))
        for i in range(run.start, run.end)
    }


def _unit_after_digit(text: str, at: int, profile: LanguageProfile) -> bool:
    units = (*profile.numeral_units, *profile.numeral_large_units)
    before = text[at - 1]
    return text[at] in units and (before.isdigit() or before in profile.numeral_digits)


def _digit_sequence(run: str, profile: LanguageProfile) -> list[tuple[int, float]] | None:
    """Digits with no unit: a number read digit by digit (二〇一八, 2018) from three digits;
    two are a range ("六七级", force six or seven), each its own number."""
    if not all(c in profile.numeral_digits for c in run):
        return None
    if len(run) >= 3:
        return [(0, float("".join(str(profile.numeral_digits[c]) for c in run)))]
    return [(i, float(profile.numeral_digits[c])) for i, c in enumerate(run)]


def numerals(text: str, profile: LanguageProfile) -> list[Numeral]:
    """The numbers the text writes with numeral characters (a lone large unit such as 万 or
    千万, "by all means", with no digit is none; nor is one inside a name, a vague one or
    an ordinal)."""
    chars = "".join([*profile.numeral_digits, *profile.numeral_units, *profile.numeral_large_units])
    if not chars:
        return []
    approximations = "".join(profile.numeral_approximations)
    names = _names_at(text, profile)
    found = []
    for m in _pattern(chars, approximations).finditer(text):
        start = m.start()
        end = next((i for i in range(start, m.end()) if i in names), m.end())
        run = _numeral_part(text[start:end].rstrip(approximations), profile)
        markers = (*profile.numeral_vague_markers, *profile.ordinal_prefixes)
        if not run or text.endswith(markers, 0, start):
            continue
        if not _reads_as_number(run, profile):
            continue
        approximate = any(c in approximations for c in text[start:end])
        sequence = _digit_sequence(run, profile)
        if sequence is not None:
            width = 1 if len(sequence) > 1 else len(run)
            found += [Numeral(v, start + i, start + i + width, approximate) for i, v in sequence]
            continue
        value = _value(run, profile)
        if value is not None:
            found.append(Numeral(value, start, start + len(run), approximate))
    return found
