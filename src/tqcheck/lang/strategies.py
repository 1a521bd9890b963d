"""Per-language procedures picked by name from a table, the way sacrebleu picks a tokenizer:
a language's data names the one it needs (`name_tagger: "jieba"`), and a name no table holds
is an error that names the data file, the field and the names it knows."""

from __future__ import annotations

from typing import TypeVar

from tqcheck.errors import LanguageDataError

T = TypeVar("T")


def pick(table: dict[str, T], name: str | None, code: str, field: str) -> T | None:
    """The table's entry for `name`, None where the language names none."""
    if name is None:
        return None
    if name not in table:
        raise LanguageDataError(
            f"lang/data/{code}.json: unknown {field} {name!r} (known: {', '.join(sorted(table))})"
        )
    return table[name]
