"""The names of weekdays and months in a language, from the Unicode CLDR through Babel: wide
("Wednesday", "среда") and abbreviated ("Wed", "сре"), in every grammatical context."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError

# What a name names: ("day", 0) is Monday, ("month", 12) December.
CalendarDay = tuple[str, int]


@dataclass(frozen=True)
class CalendarNames:
    wide: dict[str, frozenset[CalendarDay]]
    abbreviated: dict[str, frozenset[CalendarDay]]

    def names_of(self, day: CalendarDay) -> frozenset[str]:
        """Every name the language gives that weekday or month."""
        return frozenset(
            name
            for table in (self.wide, self.abbreviated)
            for name, named in table.items()
            if day in named
        )


def _key(name: str) -> str:
    # (Abbreviations come with or without their dot: "Mo." and "Mo".)
    return name.lower().rstrip(".")


@cache
def calendar_names(code: str) -> CalendarNames:
    """The language's calendar names, lower-case and without a final dot; none where the CLDR
    has no such language."""
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return CalendarNames({}, {})
    tables: dict[str, dict[str, set[CalendarDay]]] = {"wide": {}, "abbreviated": {}}
    for kind, names in (("day", locale.days), ("month", locale.months)):
        for context in ("format", "stand-alone"):
            for width, table in tables.items():
                for number, name in names[context][width].items():
                    table.setdefault(_key(str(name)), set()).add((kind, number))
    return CalendarNames(
        {k: frozenset(v) for k, v in tables["wide"].items()},
        {k: frozenset(v) for k, v in tables["abbreviated"].items()},
    )
