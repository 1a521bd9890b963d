"""Clock times as minutes past midnight or noon, in a language's own notation: "22:08" and
"10:08 p.m." everywhere, "um 18 Uhr", "3.40 Uhr", "à 12 h 00", "15时50分", "9点半", "во 18
часот". The colon and the hour symbol "h" are every language's; the words and signs come from
the language's data (`hour_words`, `hour_signs`, `meridiem_marks`, ...)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex

from tqcheck.lang.profile import LanguageProfile

_HOUR = r"[01]?\d|2[0-3]"
_TWELVE_HOUR = r"1[0-2]|0?\d"
_MINUTES = r"[0-5]\d"
# A time does not continue a number ("1.22:08", "3,12 h").
_START = r"(?<![\d:∶.,])"
_NOTHING = r"(?!)"


@dataclass(frozen=True)
class ClockTime:
    minutes: int  # past midnight or noon: "22:00", "10:00 pm" and "10:00" are one time
    start: int
    end: int


def _either(words: Iterable[str]) -> str:
    """An alternation of the words, longest first; it matches nothing where there are none."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w) for w in ordered) or _NOTHING


def _meridiem(marks: tuple[str, ...]) -> str:
    """ "p.m.", "pm": a mark's letters with or without dots between them."""
    return "|".join(r"\.?".join(regex.escape(c) for c in mark) for mark in marks) or _NOTHING


@cache
def _pattern(
    hour_words: tuple[str, ...],
    dotted_words: tuple[str, ...],
    abbreviations: tuple[str, ...],
    signs: tuple[str, ...],
    whole_signs: tuple[str, ...],
    minute_sign: str | None,
    half_sign: str | None,
    meridiem_marks: tuple[str, ...],
) -> regex.Pattern[str]:
    meridiem = _meridiem(meridiem_marks)
    after_time = "|".join(
        [rf"(?:{meridiem})\.?", r"h\b", *(rf"{regex.escape(a)}\.?" for a in abbreviations)]
    )
    minute = rf"(?:{regex.escape(minute_sign)})?" if minute_sign else ""
    half = regex.escape(half_sign) if half_sign else _NOTHING
    not_half = rf"(?![\d{regex.escape(half_sign)}])" if half_sign else r"(?!\d)"
    whole_sign = "".join(f"|{regex.escape(s)}{not_half}" for s in whole_signs)
    dot_words = _either((*abbreviations, *dotted_words))
    alternatives = [
        # "22:08", "10:08 p.m.", "23:35 ч"
        # (GTK writes the ratio sign for the colon: "15∶30".)
        rf"(?P<h1>{_HOUR})[:∶](?P<m1>{_MINUTES})(?![\d:∶])(?:\s*(?:{after_time}))?",
        # "3.40 Uhr", "12.30 h": a dot only next to a clock word
        rf"(?P<h2>{_HOUR})\.(?P<m2>{_MINUTES})\s*(?:h|{dot_words})\b",
        # "12 h 00", "15时50分"
        rf"(?P<h3>{_HOUR})\s?(?:h|{_either(signs)})\s?(?P<m3>{_MINUTES}){minute}",
        # "9点半": half past nine
        rf"(?P<half>{_HOUR})(?:{_either(signs)})(?:{half})",
        # "à 12 h GMT", "9点": whole hours
        rf"(?P<whole>{_HOUR})(?:\s?h(?![\w\d]){whole_sign})",
        # "6 p.m.", "11am"
        rf"(?P<twelve>{_TWELVE_HOUR})\s?(?:{meridiem})\b\.?",
        # "um 18 Uhr", "во 18 часот"
        rf"(?P<worded>{_HOUR})\s(?:{_either(hour_words)})\b",
    ]
    return regex.compile("|".join(_START + a for a in alternatives))


def time_pattern(profile: LanguageProfile) -> regex.Pattern[str]:
    return _pattern(
        profile.hour_words,
        profile.dotted_time_words,
        profile.hour_abbreviations,
        profile.hour_signs,
        profile.whole_hour_signs,
        profile.minute_sign,
        profile.half_hour_sign,
        profile.meridiem_marks,
    )


def _hours_and_minutes(m: regex.Match[str]) -> tuple[str, str]:
    if m.group("half"):
        return m.group("half"), "30"
    whole = m.group("whole") or m.group("twelve") or m.group("worded")
    if whole:
        return whole, "0"
    return next((m.group(f"h{i}"), m.group(f"m{i}")) for i in (1, 2, 3) if m.group(f"h{i}"))


def clock_times(text: str, profile: LanguageProfile) -> list[ClockTime]:
    found = []
    for m in time_pattern(profile).finditer(text):
        hours, minutes = _hours_and_minutes(m)
        found.append(ClockTime((int(hours) % 12) * 60 + int(minutes), m.start(), m.end()))
    return found
