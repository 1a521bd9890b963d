"""Per-language procedures picked by name from a table, the way sacrebleu picks a tokenizer:
a language's data names the one it needs (`name_tagger: "jieba"`), and a name no table holds
is an error that names the data file, the field and the names it knows."""

from __future__ import annotations

import importlib
from typing import Any, TypeVar

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


def imported(spec: str) -> Any:
    """What a "package.module" or "package.module:attribute" spec names, imported when first
    asked for: a language's procedure loads its libraries (jieba, pypinyin: a quarter of a
    second) only in runs that need it."""
    module, _, attribute = spec.partition(":")
    loaded = importlib.import_module(module)
    return getattr(loaded, attribute) if attribute else loaded
