"""C/POSIX printf directives as gettext's `msgfmt -c` reads them: `%[n$][flags][width]
[.precision][length]conversion`, with `*` widths and precisions that take an argument of their
own, positions ("%2$s": a translation may reorder the arguments), gettext's <inttypes.h>
macros ("%<PRId64>") and "%%", which is a percent sign and no directive.

What must survive translation is the arguments: which ones the string reads and as what type.
`%s %d` and `%2$d %1$s` read the same; `%s %d` and `%d %s` do not (a crash at run time).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

# (No space flag: "5% de" is no directive in running text.)
_DIRECTIVE = regex.compile(
    r"""%
    (?:(?P<pos>[1-9]\d*)\$)?
    (?P<flags>[-+#0']*)
    (?P<width>\*(?:[1-9]\d*\$)?|\d+)?
    (?:\.(?P<precision>\*(?:[1-9]\d*\$)?|\d*))?
    (?:
        <(?P<macro>PRI[diouxX](?:8|16|32|64|LEAST8|LEAST16|LEAST32|LEAST64|FAST8|FAST16
            |FAST32|FAST64|MAX|PTR))>
      | (?P<length>hh|h|ll|l|L|q|j|z|Z|t|I64|I32)?
        (?P<conv>[diouxXeEfFgGaAcspnCS@])
    )""",
    regex.VERBOSE,
)
_PERCENT = regex.compile(r"%%")

_CLASS = {
    **dict.fromkeys("diouxX", "integer"),
    **dict.fromkeys("eEfFgGaA", "float"),
    "c": "char",
    "C": "wide char",
    "s": "string",
    "S": "wide string",
    "p": "pointer",
    "n": "count",
    "@": "object",
}


@dataclass(frozen=True)
class Directive:
    text: str
    start: int
    end: int
    # The arguments it reads: (position, type), a `*` width or precision first.
    reads: tuple[tuple[int, str], ...]
    positioned: bool


def _type(length: str, conv: str, macro: str) -> str:
    if macro:
        return f"integer ({macro})"
    kind = _CLASS[conv]
    return f"{kind} ({length})" if length else kind


def find_directives(text: str) -> list[Directive]:
    """The directives of `text`, in order; "%%" is skipped."""
    return list(_directives(text)) if "%" in text else []


# (Each string is read for its directives by several checks and by the analysis.)
@lru_cache(maxsize=16384)
def _directives(text: str) -> tuple[Directive, ...]:
    found: list[Directive] = []
    percent = {m.start() for m in _PERCENT.finditer(text)}
    escaped = {s + 1 for s in percent}  # the second "%" of "%%"
    next_arg = 1
    for match in _DIRECTIVE.finditer(text, overlapped=False):
        if match.start() in percent or match.start() in escaped:
            continue
        reads: list[tuple[int, str]] = []
        positioned = match.group("pos") is not None
        for part in ("width", "precision"):
            value = match.group(part) or ""
            if value.startswith("*"):
                if len(value) > 1:
                    reads.append((int(value[1:-1]), "integer (width)"))
                else:
                    reads.append((next_arg, "integer (width)"))
                    next_arg += 1
        kind = _type(match.group("length") or "", match.group("conv") or "", match.group("macro"))
        if positioned:
            reads.append((int(match.group("pos")), kind))
        else:
            reads.append((next_arg, kind))
            next_arg += 1
        found.append(Directive(match.group(), match.start(), match.end(), tuple(reads), positioned))
    return tuple(found)


def arguments(directives: list[Directive]) -> dict[int, set[str]]:
    """Each argument position the directives read, with the types they read it as."""
    read: dict[int, set[str]] = {}
    for directive in directives:
        for position, kind in directive.reads:
            read.setdefault(position, set()).add(kind)
    return read


# Conversions strftime has and printf lacks ("%H:%M", "%Y-%m-%d", "%T"; not %d or %s, which
# both have, nor %m, glibc printf's error text), optionally with E/O modifiers or padding flags.
_STRFTIME_ONLY = regex.compile(r"%[-_0^#]?[EO]?[BCDFHIMRTUVWYZjkry]")


def looks_like_strftime(text: str) -> bool:
    """A date or time format ("%a %b %e %H:%M:%S %Y"), which a translator may rewrite for
    the locale: no printf string, though printf would read "%a" and "%e" in it."""
    return bool(_STRFTIME_ONLY.search(text.replace("%%", "")))
