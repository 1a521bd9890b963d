"""A gettext catalog's Plural-Forms header: how many forms each plural entry needs, and which
forms stand for one number only.

A form used for exactly one number ("1 file" in English, form 0 of German and Russian... where
only n == 1 picks it) may leave the number's directive out ("Один файл", "a file"); a form
for many numbers that loses it prints the same count for every one. The expression is read
with the standard library's parser made for this header (gettext.c2py, which refuses any
token but n, numbers and C operators), never executed as given.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from dataclasses import dataclass

import regex

# gettext's default where a catalog has no header: English and German plurals.
DEFAULT = "nplurals=2; plural=(n != 1);"
# Numbers tried to learn which forms stand for one number; headers repeat with period 100.
_TRIED = range(0, 1001)
_MAX_EXPRESSION = 500
_HEADER = regex.compile(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+);?")


@dataclass(frozen=True)
class PluralForms:
    count: int
    # The forms (0-based) that exactly one of the numbers tried picks.
    single: frozenset[int]


def read_plural_forms(header: str | None) -> PluralForms | None:
    """The header's forms, or None where it is malformed (the caller reports it)."""
    found = _HEADER.search(header or DEFAULT)
    if not found or len(found.group(2)) > _MAX_EXPRESSION:
        return None
    count = int(found.group(1))
    try:
        pick: Callable[[int], int] = gettext.c2py(found.group(2).strip())
        picked = [pick(n) for n in _TRIED]
    except (ValueError, SyntaxError, RecursionError, ZeroDivisionError, TypeError):
        return None
    single = frozenset(form for form in set(picked) if picked.count(form) == 1)
    return PluralForms(count, single)
