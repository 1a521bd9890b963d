"""Placeholders and inline tags: the parts of a UI string a translator must carry over
unchanged ({name}, %s, %1$d, {{count}}, ${user}, <b>...</b>, XLIFF inline codes).

They are found once, checked on their own (a lost or invented placeholder breaks the product),
and blanked out before the language checks so "{name}" is never taken for an untranslated
word or a person. Blanking keeps every character offset, so findings still point into the MT.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

_PATTERNS = (
    r"\{\{\s*[\w.\-]+\s*\}\}",  # {{count}} (Jinja, Handlebars, Angular)
    r"\$\{[\w.\-]+\}",  # ${user} (JavaScript templates, shells)
    r"\{[\w.\-]+(?:\s*,\s*\w+(?:\s*,\s*[^{}]*)?)?\}",  # {name}, {0}, {n, number}, ICU simple
    # printf: %s, %d, %1$s, %(name)s, %.2f, %@. No space flag, so "5% de" is never one.
    r"%(?:\d+\$|\([\w.\-]+\))?[-+0#]*\d*(?:\.\d+)?[sdifuxXeEgGcoa@]",
    r"</?[A-Za-z][\w:.\-]*(?:\s+[\w:.\-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*/?>",  # <b>, <x1/>
)
PLACEHOLDER = regex.compile("|".join(f"(?:{p})" for p in _PATTERNS))


@dataclass(frozen=True)
class Placeholder:
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """What must match across languages: the text without inner spacing, and a tag's
        name and kind without its attributes' quoting."""
        return str(regex.sub(r"\s+", "", self.text))


def find_placeholders(text: str) -> list[Placeholder]:
    return [Placeholder(m.group(), m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]


def blank_placeholders(text: str) -> str:
    """`text` with each placeholder replaced by spaces of the same length."""
    return str(PLACEHOLDER.sub(lambda m: " " * len(m.group()), text))


@dataclass(frozen=True)
class PlaceholderDiff:
    missing: list[str]  # in the source, not (or fewer times) in the MT
    added: list[Placeholder]  # in the MT, not (or more times) in the source


def compare_placeholders(source: str, mt: str) -> PlaceholderDiff:
    src = Counter(p.key for p in find_placeholders(source))
    found = find_placeholders(mt)
    tgt = Counter(p.key for p in found)
    missing = [key for key, n in (src - tgt).items() for _ in range(n)]
    extra = tgt - src
    added = []
    for p in reversed(found):  # report the last copies of a repeated placeholder
        if extra[p.key] > 0:
            extra[p.key] -= 1
            added.append(p)
    return PlaceholderDiff(missing, sorted(added, key=lambda p: p.start))
