"""Months a translation spells out where the source leaves them to the reader: a Chinese
dateline's day alone ("1日", "October 1"), a range's one month ("с 25 по 29 сентября",
"September 25 to September 29"). Such a month adds nothing to the numbers compared."""

from __future__ import annotations

from collections import Counter

import regex

from tqcheck.lang.number_mention import NumberMention

# What may stand between a month and its day: "October 1", "1 October", "October, 1".
_MONTH_DAY_GAP = regex.compile(r"[\s,.]{0,3}")


def _beside(a: NumberMention, b: NumberMention, text: str) -> bool:
    """Whether two mentions stand side by side, as a month and its day ("October 1")."""
    if b.start >= a.end:
        return bool(_MONTH_DAY_GAP.fullmatch(text, a.end, b.start))
    return a.start >= b.end and bool(_MONTH_DAY_GAP.fullmatch(text, b.end, a.start))


def without_repeated_range_months(
    mt_nums: list[NumberMention], mt: str, src_nums: list[NumberMention]
) -> list[NumberMention]:
    """A range's month the source writes once and the MT with each day ("с 28 по 30
    сентября", "from September 28 to September 30"): the repeat adds nothing. Only beside a
    day the source has, one repeat for each such day."""
    src_months = Counter(n.value for n in src_nums if n.kind == "month")
    repeats = Counter(n.value for n in mt_nums if n.kind == "month") - src_months
    repeats = Counter({v: k for v, k in repeats.items() if src_months[v]})
    if not repeats:
        return mt_nums
    days = Counter(n.value for n in src_nums if n.kind == "number" and 1 <= n.value <= 31)
    kept = []
    # (From the end: the range's first month is the one the source writes.)
    for n in reversed(mt_nums):
        repeated = n.kind == "month" and repeats[n.value] > 0
        day = _day_beside(n, mt, mt_nums, days) if repeated else None
        if day is not None:
            repeats[n.value] -= 1
            days[day] -= 1
            continue
        kept.append(n)
    return kept[::-1]


def _day_beside(
    month: NumberMention, mt: str, mt_nums: list[NumberMention], days: Counter[float]
) -> float | None:
    """The value of a day among `days` that stands beside the month ("October 1")."""
    for n in mt_nums:
        if n.kind != "number" or days[n.value] <= 0:
            continue
        if _beside(month, n, mt):
            return n.value
    return None


def without_implied_months(
    mt_nums: list[NumberMention],
    mt: str,
    src_nums: list[NumberMention],
    source: str,
    day_suffix: str | None,
) -> list[NumberMention]:
    """A month the MT writes beside a day the source gives alone ("1日" as "October 1"): the
    source leaves the month to its dateline, the translation spells it out, so it adds
    nothing. A source day after a month of its own ("9月30日") implies none."""
    if not day_suffix:
        return mt_nums
    months_end = {n.end for n in src_nums if n.kind == "month"}
    lone_days = Counter(
        n.value
        for n in src_nums
        if n.kind == "number"
        and source.startswith(day_suffix, n.end)
        and not any(0 <= n.start - end <= 1 for end in months_end)
    )
    if not lone_days:
        return mt_nums
    # (Only months the source does not name itself: "9月30日电 ... 30日" is "September 30
    # ... on September 30", and one of the two is the source's own September; and one month
    # for each lone day.)
    unnamed = Counter(n.value for n in mt_nums if n.kind == "month")
    unnamed -= Counter(n.value for n in src_nums if n.kind == "month")
    kept = []
    for n in mt_nums:
        day = (
            _day_beside(n, mt, mt_nums, lone_days)
            if n.kind == "month" and unnamed[n.value] > 0
            else None
        )
        if day is not None:
            unnamed[n.value] -= 1
            lone_days[day] -= 1
            continue
        kept.append(n)
    return kept
