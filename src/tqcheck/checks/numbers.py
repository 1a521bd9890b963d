"""Numbers, years, dates and months in the source that are missing or changed in the MT, and
numbers the MT has that the source does not."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import ClassVar

import regex

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.checks.implied_months import without_implied_months, without_repeated_range_months
from tqcheck.lang.calendar_names import calendar_names
from tqcheck.lang.cldr_profile import calendar_words, month_names
from tqcheck.lang.examples import example_spans, has_examples, in_spans
from tqcheck.lang.name_index import NameKeys
from tqcheck.lang.names import name_key
from tqcheck.lang.number_mention import NumberMention
from tqcheck.lang.numbers import SCALE_MIN, extract_numbers
from tqcheck.lang.profile import LanguageProfile
from tqcheck.text.tokens import tokenize
from tqcheck.types import Finding

SMALL_NUMBER = 12
# Years a two-digit number may stand for ("Q1/15" for 2015).
_YEARS = (1900, 2099)
_WORD = regex.compile(r"\w+")
_THIRD_PART = regex.compile(r"[/.]\d")


def _resolve(mentions: list[NumberMention], other: list[NumberMention]) -> list[NumberMention]:
    """Read an ambiguous "1,400" the way that agrees with the other side, if only that way
    does."""
    values = {(n.kind, n.value) for n in other}
    resolved = []
    for n in mentions:
        alternative = n.alternative
        if alternative is not None and (n.kind, n.value) not in values:
            n = replace(n, value=alternative) if (n.kind, alternative) in values else n
        resolved.append(n)
    return resolved


def _slash_dates(
    mentions: list[NumberMention], text: str, other: list[NumberMention]
) -> list[NumberMention]:
    """A day and a month joined by a slash with no year ("9/11", "11/9") is that date where
    the other side names that day of that month ("l'après-11 septembre", "post-9/11"). Either
    order, as English writes the month first and most languages the day; without the other
    side's day and month the two stay numbers (a score, a ratio)."""
    months = {n.value for n in other if n.kind == "month"}
    days = {n.value for n in other if n.kind == "number"}
    if not months or not days:
        return mentions
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind != "number" or b.kind != "number" or text[a.end : b.start] != "/":
            continue
        if _THIRD_PART.match(text, b.end) or (a.start and text[a.start - 1] in "/."):
            continue  # (A third part: "9/11/2001" is a full date, read elsewhere.)
        for at, month, day in ((i, a, b), (i + 1, b, a)):
            if month.value in months and day.value in days and 1 <= day.value <= 31:
                out[at] = replace(month, kind="month")
                break
    return out


def _short_years(mentions: list[NumberMention], other: list[NumberMention]) -> list[NumberMention]:
    """A year the other side writes in full, written here with two digits ("Q1/15", "'15",
    "FY15" for 2015), is that year, where the other side has no such two-digit number."""
    years = {
        n.value
        for n in other
        if n.kind == "number" and n.value.is_integer() and _YEARS[0] <= n.value <= _YEARS[1]
    }
    values = {(n.kind, n.value) for n in other}
    resolved = []
    for n in mentions:
        if (
            n.kind == "number"
            and len(n.text) == 2
            and n.text.isdigit()
            and (n.kind, n.value) not in values
        ):
            full = next((y for y in sorted(years) if y % 100 == n.value), None)
            n = replace(n, value=full) if full is not None else n
        resolved.append(n)
    return resolved


def _untime(mentions: list[NumberMention], other: list[NumberMention]) -> list[NumberMention]:
    """A "21:20" the other side writes as a score ("21 to 20") or "12:00" as "1200 GMT" is
    read as those numbers."""
    times = {n.value for n in other if n.kind == "time"}
    numbers = {n.value for n in other if n.kind == "number"}
    out: list[NumberMention] = []
    for n in mentions:
        clock = regex.fullmatch(r"(\d{1,2})[.,](\d{2})", n.text) if n.kind == "number" else None
        if clock and n.value not in numbers:
            # "у 8.30 увече" where the other side writes "8:30 p.m.".
            hours, minutes = int(clock.group(1)), int(clock.group(2))
            if hours < 24 and minutes < 60 and (hours % 12) * 60 + minutes in times:
                out.append(replace(n, kind="time", value=float((hours % 12) * 60 + minutes)))
                continue
            if hours < 24 and minutes < 60 and hours * 100 + minutes in numbers:
                # "околу 12.00" where the other side writes "1200 GMT".
                out.append(replace(n, value=float(hours * 100 + minutes)))
                continue
        if n.kind == "time" and n.value not in times:
            # (Any sign or word after the hour: "12 h", "9点", "6 pm", "18 Uhr".)
            whole_hour = regex.match(r"(\d+)\s?\p{L}", n.text)
            if whole_hour and int(whole_hour.group(1)) in numbers:
                # "12 h" the other side reads as a duration ("12 hours").
                out.append(replace(n, kind="number", value=float(whole_hour.group(1))))
                continue
        parts = regex.match(r"(\d+)\D+(\d+)", n.text) if n.kind == "time" else None
        if parts is None or n.value in times:
            out.append(n)
            continue
        hours, minutes = int(parts.group(1)), int(parts.group(2))
        if hours * 100 + minutes in numbers:
            out.append(replace(n, kind="number", value=float(hours * 100 + minutes)))
        elif hours in numbers and minutes in numbers:
            out.append(replace(n, kind="number", value=float(hours)))
            out.append(replace(n, kind="number", value=float(minutes)))
        else:
            out.append(n)
    return out


# Digits joined by a comma that does not group thousands: a decimal written the other way
# ("1,5") or a list ("[1,1]").
_DECIMAL_OR_LIST = regex.compile(r"(\d+),(\d{1,2})")


def _unlist(
    mentions: list[NumberMention], other: list[NumberMention], profile: LanguageProfile
) -> list[NumberMention]:
    """ "[1,1]" the other side writes as "[1, 1]": where the point is the decimal sign, a list
    of two numbers, not 1.1."""
    if profile.decimal_separator != ".":
        return mentions
    values = Counter(n.value for n in other if n.kind == "number")
    out: list[NumberMention] = []
    for n in mentions:
        parts = _DECIMAL_OR_LIST.fullmatch(n.text) if n.kind == "number" else None
        if parts and n.value not in values:
            first, second = float(parts.group(1)), float(parts.group(2))
            wanted = Counter((first, second))
            if all(values[v] >= k for v, k in wanted.items()):
                middle = n.start + len(parts.group(1)) + 1
                out.append(replace(n, value=first, text=parts.group(1), end=middle - 1))
                out.append(replace(n, value=second, text=parts.group(2), start=middle))
                continue
        out.append(n)
    return out


# An ordinal written with digits and a dot ("den 8. Platz", "8. mjesto"): a word follows.
_ORDINAL_DOT = regex.compile(r"\.\s+\p{L}")


def _as_ordinal(n: NumberMention, source: str, mt: str, ctx: DocumentContext) -> bool:
    """Whether a source ordinal written with digits, a dot or an ordinal ending ("belegen
    den 8. Platz", "son 5e anniversaire"), or an ordinal word, is in the MT as the target's
    ordinal word ("eighth place", "fifth anniversary"), which counts only in dates."""
    ordinals = ctx.tgt.ordinal_words
    if n.from_word:
        # (An ordinal word, counted in a date: "шестой ... сентября", "sixth-highest".)
        return n.text.lower() in ctx.src.ordinal_words and any(
            ordinals.get(part) == n.value for t in tokenize(mt) for part in t.lower.split("-")
        )
    rest = source[n.end : n.end + 4]
    ending = any(
        rest.startswith(suffix) and not rest[len(suffix) : len(suffix) + 1].isalpha()
        for suffix in ctx.src.ordinal_suffixes
    )
    if not (ending or _ORDINAL_DOT.match(source, n.end)):
        return False
    return any(ordinals.get(part) == n.value for t in tokenize(mt) for part in t.lower.split("-"))


def _one_in_words(n: NumberMention, mt: str, ctx: DocumentContext) -> bool:
    """Whether a source 1 in digits is the MT's word for one ("1 médecin pour 5 000
    habitants", "one doctor for every 5,000"), which is no number of its own: it is as often
    an article."""
    if n.from_word or n.value != 1:
        return False
    ones = {word for word, value in ctx.tgt.number_words.items() if value == 1}
    return any(t.lower in ones for t in tokenize(mt))


def _names_not_months(
    mentions: list[NumberMention], mt: str, ctx: DocumentContext
) -> list[NumberMention]:
    """A name that begins like a month ("Мартели" like "март") is the name where the MT
    spells it as one ("Martelly"): no month."""
    calendar = calendar_words(ctx.tgt.code)
    names = NameKeys(
        name_key(t.text, ctx.tgt.code)
        for t in tokenize(mt)
        if t.is_capitalised and t.lower not in calendar
    )
    return [
        n
        for n in mentions
        if n.kind != "month"
        or not n.text[:1].isalpha()
        or not names.near(name_key(n.text, ctx.src.code))
    ]


def _decades(mentions: list[NumberMention], other: list[NumberMention]) -> list[NumberMention]:
    """ "les années 70" is "the 1970s": a round two-digit number the other side writes as a
    decade of a century ("1970s", "1850's") is read as that decade, and a century's number
    as the hundreds the other side writes ("19-от век", "the 1800s")."""
    values = {n.value for n in other}
    decades = {n.value for n in other if n.decade and 1000 <= n.value < 2100}
    out = []
    for n in mentions:
        if n.kind == "number" and n.value in range(10, 100, 10) and n.value not in values:
            match = next((d for d in sorted(decades) if d % 100 == n.value), None)
            if match is not None:
                n = replace(n, value=match)
        elif (
            n.kind == "number"
            and n.value in range(2, 22)
            and n.value not in values
            and (n.value - 1) * 100 in decades
        ):
            n = replace(n, value=(n.value - 1) * 100)  # "the 19th century" is "the 1800s"
        out.append(n)
    return out


def _abbreviated_alike(n: NumberMention, mt: str, ctx: DocumentContext) -> bool:
    """Whether a source month written in a form that is also its abbreviation ("May") is in
    the MT as the target's abbreviation of that month (Czech "kvě", Croatian "svi"). Only
    then: alone, "svi" is Croatian for "all"."""
    if n.kind != "month":
        return False
    month = ("month", int(n.value))
    if month not in calendar_names(ctx.src.code).abbreviated.get(n.text.lower().rstrip("."), ()):
        return False
    target = calendar_names(ctx.tgt.code).abbreviated
    return any(month in target.get(t.lower(), ()) for t in _WORD.findall(mt))


def _without_added_codes(
    mt: list[NumberMention], source: list[NumberMention]
) -> list[NumberMention]:
    """The MT's numbers without the digits of codes the translator added, where they would
    hide a change: in "signal 4 (SIGUSR2)" for "signal 2" the code's 2 is the translator's
    gloss, and the 4 is what became of the source's 2. A code whose value the source also has
    in a code ("UTF-8") stays, as do codes where no plain MT number is unexplained."""
    source_codes = {(n.kind, n.value) for n in source if n.in_code}
    source_values = {(n.kind, n.value) for n in source}
    if not any(not m.from_word and (m.kind, m.value) not in source_values for m in mt):
        return mt
    return [m for m in mt if not m.in_code or (m.kind, m.value) in source_codes]


def _digits(n: NumberMention) -> bool:
    """Whether the mention is written in digits, in a code or not (no number word)."""
    return n.in_code or not n.from_word


# A fraction written with a slash ("6/7", as lang/numbers.py reads it).
_SLASHED = regex.compile(r"(\d+)/(\d+)")


def _fractions_as_parts(
    mentions: list[NumberMention], other: list[NumberMention]
) -> list[NumberMention]:
    """A slash read as a fraction ("6/7", six sevenths) that the other side writes not as
    that fraction but with one of its numbers in digits ("Sun Type 6/17", "6 of 7", "6/9")
    is two numbers: a model, a version, a score, a count of a total."""
    values = {(n.kind, n.value) for n in other}
    digits = {n.value for n in other if n.kind == "number" and not n.from_word}
    for n in other:
        if n.kind == "number" and (theirs := _SLASHED.fullmatch(n.text)):
            digits |= {float(part) for part in theirs.groups()}
    out = []
    for n in mentions:
        slashed = _SLASHED.fullmatch(n.text) if n.kind == "number" and n.from_word else None
        if slashed is None or (n.kind, n.value) in values:
            out.append(n)
            continue
        a, b = slashed.groups()
        if not {float(a), float(b)} & digits:
            out.append(n)
            continue
        out.append(NumberMention(float(a), "number", a, n.start, n.start + len(a)))
        out.append(NumberMention(float(b), "number", b, n.end - len(b), n.end))
    return out


def _explained(
    lacks: list[NumberMention],
    extra: list[NumberMention],
    texts: tuple[str, str],
    ctx: DocumentContext,
) -> dict[int, NumberMention]:
    """Source numbers the MT lacks, each with an extra MT number that converts or rounds it
    (148 kg as 327 pounds, 12.75 as 12.8): those pairs are made first."""
    pairs: dict[int, NumberMention] = {}
    taken: set[int] = set()
    for n in lacks:
        if n.from_word or n.kind != "number":
            continue
        for m in extra:
            if id(m) in taken or m.from_word or m.kind != n.kind:
                continue
            if _change_rule(n, m, texts, ctx) in ("changed.converted", "changed.rounded"):
                pairs[id(n)] = m
                taken.add(id(m))
                break
    return pairs


def _could_replace(source: NumberMention, mt: NumberMention) -> bool:
    """Whether `mt` can be what a translation put in place of `source`. A spelled-out,
    Roman or code source number is paired only with a small number or one of its own order
    of magnitude ("cinco millones" / "four million"), never with an unrelated year."""
    if not source.from_word or mt.value <= SMALL_NUMBER:
        return True
    return 0.1 < mt.value / source.value < 10 if source.value else False


def _lacking(
    mentions: list[NumberMention],
    missing: Counter[tuple[str, float]],
    mt_mentions: list[NumberMention],
) -> list[NumberMention]:
    """The mentions of each missing value, as many as are missing: spelled-out ones first,
    then digits, and last a code the MT keeps ("GPLv3" beside "version 3": the MT that keeps
    "GPLv3" and writes "version 10" lacks the version, not the code)."""
    kept_codes = {(m.kind, m.value) for m in mt_mentions if m.in_code}

    def order(m: NumberMention) -> int:
        if m.in_code:
            return 2 if (m.kind, m.value) in kept_codes else 1
        return 0 if m.from_word else 1

    left = Counter(missing)
    chosen = []
    for n in sorted(mentions, key=order):
        if left[(n.kind, n.value)] > 0:
            left[(n.kind, n.value)] -= 1
            chosen.append(n)
    return chosen


# The conversions a translation makes for its readers, by the two units (as lang/data's
# measure_units name them): how many of the smaller unit the larger holds.
_CONVERSIONS = {
    frozenset(pair): factor
    for pair, factor in (
        (("kg", "lb"), 2.2046),
        (("t", "lb"), 2204.6),
        (("g", "oz"), 28.35),
        (("kg", "oz"), 35.274),
        (("km", "mi"), 1.6093),
        (("km/h", "mph"), 1.6093),
        (("m", "ft"), 3.2808),
        (("km", "ft"), 3280.8),
        (("m", "yd"), 1.0936),
        (("m", "in"), 39.37),
        (("cm", "in"), 2.54),
        (("mm", "in"), 25.4),
        (("cm", "ft"), 30.48),
        (("l", "gal"), 3.7854),
        (("ha", "acre"), 2.4711),
        (("ha", "mu"), 15.0),
        (("cum", "cu"), 35.315),
        (("sqm", "sq"), 10.764),
    )
}
# (Loose: a translator rounds the converted value, 120 feet as "40 metres"; a unit on both
# sides, and two different ones, keep it from excusing a changed number.)
_CONVERSION_SLACK = 0.12


def _significant_digits(value: float) -> int:
    digits = f"{abs(value):.10g}".replace(".", "").lstrip("0").rstrip("0")
    return max(len(digits), 1)


def _rounds_to(precise: float, rounded: float) -> bool:
    """Whether `rounded` is `precise` at fewer significant digits (4.176 million as 4.2
    million, 148 as 150, 12.75 as 12.8)."""
    places = _significant_digits(rounded)
    # (A rounding keeps two digits at least: 105 is no "100", 8.5 no "9".)
    if places < 2 or places >= _significant_digits(precise) or not precise:
        return False
    exponent = Decimal(str(abs(precise))).adjusted()
    quantum = Decimal(1).scaleb(exponent - places + 1)
    half_up = Decimal(str(abs(precise))).quantize(quantum, rounding=ROUND_HALF_UP)
    return float(half_up) == abs(rounded)


def _unit_after(text: str, end: int, profile: LanguageProfile) -> str | None:
    """The unit of measure written right after a number ("200 feet", "60 Meter", "30km",
    "5英尺"), as the language's measure_units name it (ft, m, km)."""
    rest = text[end : end + 40].lstrip(" \u00a0\u202f-").lower()
    # (After its scale word and a linking word: "272 millions de kg", "600 million pounds".)
    words = rest.split(maxsplit=2)
    if len(words) > 1 and profile.number_words.get(words[0], 0) >= SCALE_MIN:
        rest = rest.split(maxsplit=1)[1]
        if len(words) > 2 and words[1] in profile.function_words:
            rest = rest.split(maxsplit=1)[1]
    return next(
        (
            profile.measure_units[u]
            for u in sorted(profile.measure_units, key=len, reverse=True)
            if rest.startswith(u) and not rest[len(u) : len(u) + 1].isalpha()
        ),
        None,
    )


def _change_rule(
    source: NumberMention, mt: NumberMention, texts: tuple[str, str], ctx: DocumentContext
) -> str:
    """The kind of evidence a changed value is: a different number in digits both sides
    ("changed.number"), or one of the weaker kinds: a spelled-out number on either side, a
    value within rounding of the other (12 and 12.75), a unit conversion (148 kg, 327
    pounds: both values with a unit of measure, in the ratio of those two units)."""
    if source.kind != "number":
        return f"changed.{source.kind}"
    low, high = sorted((abs(source.value), abs(mt.value)))
    ratio = high / low if low else 0.0
    units = (
        _unit_after(texts[0], source.end, ctx.src),
        _unit_after(texts[1], mt.end, ctx.tgt),
    )
    # (Spelled out or not: "this eight-foot robot", "2,5 Meter".)
    factor = _CONVERSIONS.get(frozenset(u for u in units if u)) if all(units) else None
    if factor is not None and abs(ratio / factor - 1) <= _CONVERSION_SLACK:
        return "changed.converted"
    if source.from_word or mt.from_word:
        return "changed.spelled"
    if _rounds_to(source.value, mt.value) or _rounds_to(mt.value, source.value):
        return "changed.rounded"
    # (A temperature in the other scale: 30 °C is 86 °F.)
    if any(
        abs(v * 9 / 5 + 32 - w) <= 1.5
        for v, w in ((source.value, mt.value), (mt.value, source.value))
    ):
        return "changed.converted"
    return "changed.number"


_IN_EXAMPLE = " (in an example or a setting, which translators write as their locale does)"
# A string that is a setting the translator chooses for the locale, not text: GTK's
# "calendar:week_start:0" (Sunday first; "1" where the week starts on Monday), "default:LTR".
_LOCALE_SETTING = regex.compile(r"[a-z][\w-]*(?::[\w-]+)+")


def is_locale_setting(text: str) -> bool:
    """Whether a catalog string is a setting for the locale, not text."""
    return bool(_LOCALE_SETTING.fullmatch(text.strip()))


# Localized examples are rewritten, not touched up: this many of their values differ.
REWRITTEN_EXAMPLE = 2


@dataclass(frozen=True)
class _Examples:
    """The examples of a user-interface string and of its translation (a setting, as
    "calendar:week_start:0", is one whole). An example the
    translator rewrote in the locale's way ("e.g., 12/31/99" as "např. 14.01.2007": several of
    its values differ) is the translator's to localize; one value changed in an example the
    translation otherwise keeps is a changed value like any other. The target's side counts
    where its language's data says how it introduces examples."""

    source: list[tuple[int, int]] = field(default_factory=list)
    mt: list[tuple[int, int]] = field(default_factory=list)
    mt_unknown: bool = False

    @classmethod
    def of(
        cls, source: str, mt: str, ctx: DocumentContext, lacking: list[NumberMention]
    ) -> _Examples:
        if is_locale_setting(source) and is_locale_setting(mt):
            return cls([(0, len(source))], [(0, len(mt))])
        spans = example_spans(source, ctx.src)
        if sum(1 for n in lacking if in_spans(n.start, spans)) < REWRITTEN_EXAMPLE:
            return cls()
        rewritten = [s for s in spans if any(s[0] <= n.start < s[1] for n in lacking)]
        return cls(rewritten, example_spans(mt, ctx.tgt), not has_examples(ctx.tgt))

    def both(self, source: NumberMention | None, mt: NumberMention | None) -> bool:
        """Whether the source's value (None: any) is in a rewritten example, and the MT's
        (None: any) in one of the translation's examples."""
        if not self.source or not (self.mt or self.mt_unknown):
            return False
        in_source = source is None or in_spans(source.start, self.source)
        in_mt = mt is None or self.mt_unknown or in_spans(mt.start, self.mt)
        return in_source and in_mt


def _show(n: NumberMention, lang: str) -> str:
    if n.kind == "time":
        return n.text
    if n.kind == "month":
        return month_names(lang)[int(n.value) - 1]
    # Whole values in full ("2,000,000,000,000", not "2e+12"); fractions as written.
    return f"{n.value:,.0f}" if n.value == int(n.value) else f"{n.value:,.10g}"


class NumbersCheck(Check):
    name = "numbers"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = {
        f"{change}.{kind}": f"{what} ({kind})"
        for change, what in (
            ("changed", "a source value the MT writes as another"),
            ("missing", "a source value the MT does not have"),
            ("added", "an MT value the source does not have"),
        )
        for kind in ("number", "month", "time")
    } | {
        "added.small-number": "a small MT number the source does not have (often an ordinal "
        "or a word no table covers)",
        "changed.spelled": "a source value the MT writes as another, one of them spelled out",
        "changed.in-code": "a digit changed inside a code a user-interface string copies "
        '("UTF-8", "base-64")',
        "changed.rounded": "a source value the MT writes within rounding of it (12, 12.75)",
        "changed.converted": "a source value the MT converts to other units (kg, pounds): "
        "both with a unit, in the ratio of two units (minor: a translator's choice)",
        "in-example": "a value changed, lost or added inside a user-interface string's "
        'example ("e.g., 12/31/99" as "např. 14.01.2007"; minor: examples are localized)',
    }

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
            if not src.text.strip() or not mt.text.strip():
                continue  # alignment reports whole missing sentences
            catalog = bool(ctx.doc.segments[index].meta.get("localization"))
            yield from ((index, f) for f in self.compare(src.text, mt.text, ctx, catalog))

    def compare(
        self, source: str, mt: str, ctx: DocumentContext, catalog: bool = False
    ) -> Iterator[Finding]:
        """The numbers the MT changed, lost or added; `catalog` for a user-interface string,
        whose codes ("UTF-8", "base-64") are copied, so a digit changed in one is an error."""
        src_nums = _names_not_months(extract_numbers(source, ctx.src), mt, ctx)
        mt_nums = extract_numbers(mt, ctx.tgt)
        src_nums = _resolve(src_nums, mt_nums)
        mt_nums = _resolve(mt_nums, src_nums)
        src_nums = _slash_dates(src_nums, source, mt_nums)
        mt_nums = _slash_dates(mt_nums, mt, src_nums)
        src_nums = _fractions_as_parts(src_nums, mt_nums)
        mt_nums = _fractions_as_parts(mt_nums, src_nums)
        # (One side after the other: "22 Uhr" beside "22.00" is one reading, not two that
        # cross, the source's time read as the number 22 and the MT's number as the time.)
        src_nums = _untime(src_nums, mt_nums)
        mt_nums = _untime(mt_nums, src_nums)
        src_nums, mt_nums = _short_years(src_nums, mt_nums), _short_years(mt_nums, src_nums)
        src_nums, mt_nums = _decades(src_nums, mt_nums), _decades(mt_nums, src_nums)
        src_nums = _unlist(src_nums, mt_nums, ctx.src)
        mt_nums = _unlist(mt_nums, src_nums, ctx.tgt)
        mt_nums = _without_added_codes(mt_nums, src_nums)
        mt_nums = without_implied_months(mt_nums, mt, src_nums, source, ctx.src.day_suffix)
        mt_nums = without_repeated_range_months(mt_nums, mt, src_nums)
        # (And the other way: "on October 1" translated as a Chinese dateline's "1日", or
        # "September 28 to September 30" as "9月28日至30日", leaves out no month.)
        src_nums = without_implied_months(src_nums, source, mt_nums, mt, ctx.tgt.day_suffix)
        src_nums = without_repeated_range_months(src_nums, source, mt_nums)
        src_count = Counter((n.kind, n.value) for n in src_nums)
        mt_count = Counter((n.kind, n.value) for n in mt_nums)
        missing = src_count - mt_count
        extra = mt_count - src_count
        extra_mentions = [n for n in mt_nums if extra[(n.kind, n.value)] > 0]
        used: set[int] = set()
        # Of two mentions of one value, the MT keeping one, the spelled-out one is the one
        # it lacks (周五, Friday, beside 5日): spelled-out numbers prove little alone.
        lacks = _lacking(src_nums, missing, mt_nums)
        lacking = {id(n) for n in lacks}
        examples = _Examples.of(source, mt, ctx, lacks) if catalog else _Examples()
        explained = _explained(lacks, extra_mentions, (source, mt), ctx)
        explaining = {id(m) for m in explained.values()}
        # (Digits find their partners before spelled-out numbers do: "popd -1" written
        # "popd -2" beside an untracked "zero" is a changed digit, not a changed "zero".)
        for n in sorted(src_nums, key=lambda m: m.from_word):
            if (
                id(n) not in lacking
                or _abbreviated_alike(n, mt, ctx)
                or _as_ordinal(n, source, mt, ctx)
            ):
                continue
            # A spelled-out number is evidence only with a different number in its place
            # ("drei Wochen" / "four weeks"); alone it may be an idiom or a collective numeral.
            # (A number in digits finds one in digits first: "5 guiones" written "15
            # guiones" beside "dos puntos", a colon, is a changed 5, not a 5 spelled "dos";
            # but not one that converts or rounds another source number: "148 kg" is the
            # "327 pounds" beside "8,5 tonnes", "eight-and-a-half tons".)
            partner = explained.get(id(n)) or next(
                (
                    m
                    for m in sorted(extra_mentions, key=lambda m: m.from_word != n.from_word)
                    if m.kind == n.kind
                    and id(m) not in used
                    and id(m) not in explaining
                    and _could_replace(n, m)
                ),
                None,
            )
            # (A 1 the MT writes "one" is there, unless another number took its place.)
            if partner is None and (n.from_word or _one_in_words(n, mt, ctx)):
                continue
            shown = _show(n, ctx.tgt.code)
            if partner is not None:
                used.add(id(partner))
                extra[(partner.kind, partner.value)] -= 1
                rule = _change_rule(n, partner, (source, mt), ctx)
                # (Also where the translation writes the code apart or glues the number to
                # one: "base 65" for "base-64", "TLSv1.2" for "TLS 1.3".)
                if catalog and (n.in_code or partner.in_code) and _digits(n) and _digits(partner):
                    rule = "changed.in-code"
                if examples.both(n, partner):
                    rule = "in-example"
                # (A conversion to other units is a translator's choice, and an example the
                # translator's to localize: worth a look.)
                weak = rule in ("changed.converted", "in-example")
                yield self.finding(
                    category="Accuracy/Mistranslation",
                    severity="minor" if weak else "major",
                    start=partner.start,
                    end=partner.end,
                    message=f"source has {shown} ('{n.text}'); MT has '{partner.text}'"
                    + (" (a conversion to other units?)" if rule == "changed.converted" else "")
                    + (_IN_EXAMPLE if rule == "in-example" else ""),
                    evidence={"source": n.text, "source_value": n.value, "mt": partner.text},
                    rule=rule,
                )
            else:
                example = examples.both(n, None)
                yield self.finding(
                    category="Accuracy/Omission",
                    severity="minor" if example else "major",
                    start=None,
                    end=None,
                    message=f"source has {shown} ('{n.text}'); MT does not"
                    + (_IN_EXAMPLE if example else ""),
                    evidence={"source": n.text, "source_value": n.value},
                    rule="in-example" if example else f"missing.{n.kind}",
                )
        # (Of two MT mentions of one value, one of them extra, the spelled-out or coded one is
        # the extra: "signál 1 (SIGUSR1)" for "signal 1" adds the code, not the 1.)
        for m in sorted(extra_mentions, key=lambda m: not m.from_word):
            if id(m) in used or extra[(m.kind, m.value)] <= 0:
                continue
            extra[(m.kind, m.value)] -= 1
            if m.from_word:
                continue
            # Small numbers are often ordinals or words in the source ("Drugi svjetski rat",
            # "petoplasirani") that no table covers: an unexplained one is worth a look only.
            small = m.kind == "number" and m.value <= SMALL_NUMBER
            example = examples.both(None, m)
            rule = "in-example" if example else "added.small-number" if small else f"added.{m.kind}"
            yield self.finding(
                category="Accuracy/Addition",
                severity="minor" if small or example else "major",
                start=m.start,
                end=m.end,
                message=f"MT has '{m.text}', which the source does not"
                + (_IN_EXAMPLE if example else ""),
                evidence={"mt": m.text, "mt_value": m.value},
                rule=rule,
            )
