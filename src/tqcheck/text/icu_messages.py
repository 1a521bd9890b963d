"""ICU MessageFormat's complex arguments: `{count, plural, one {# file} other {# files}}` and
`{gender, select, female {her} male {his} other {their}}`.

A translation keeps each argument by name and kind; its plural branches are its own language's
(Russian one/few/many/other for English one/other) but always include `other`, the branch any
number falls back to; its select branches are the source's; and every branch prints what all
the source's branches print (a `{name}` each of them has). The arguments' text is compared
here, so the other placeholder comparisons see it blanked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

COMPLEX_KINDS = frozenset({"plural", "select", "selectordinal"})
_HEAD = regex.compile(r"\{\s*([\w.-]+)\s*,\s*(plural|select|selectordinal)\s*,", regex.IGNORECASE)
_BRANCH = regex.compile(r"\s*(=\d+|[\w-]+)\s*(?=\{)")
_OFFSET = regex.compile(r"\s*offset\s*:\s*\d+")
_INNER = regex.compile(r"\{\s*([\w.-]+)\s*(?:,[^{}]*)?\}")


@dataclass(frozen=True)
class IcuArgument:
    name: str
    kind: str
    start: int
    end: int
    branches: dict[str, str] = field(default_factory=dict, compare=False)

    def prints(self) -> set[str]:
        """The simple arguments every branch prints ("{name}" in each)."""
        sets = [_simple(text) for text in self.branches.values()]
        return set.intersection(*sets) if sets else set()


def _simple(text: str) -> set[str]:
    inner = {a.name for a in complex_arguments(text)}
    blanked = blank_complex(text)
    return {m.group(1) for m in _INNER.finditer(blanked)} | inner


def _closing(text: str, start: int) -> int | None:
    """The index after the brace that closes the one at `start`, ICU quoting aside."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def complex_arguments(text: str) -> list[IcuArgument]:
    """The plural and select arguments at the text's top level, in order."""
    found: list[IcuArgument] = []
    pos = 0
    while (head := _HEAD.search(text, pos)) is not None:
        end = _closing(text, head.start())
        if end is None:
            break
        body = text[head.end() : end - 1]
        found.append(
            IcuArgument(head.group(1), head.group(2).lower(), head.start(), end, _branches(body))
        )
        pos = end
    return found


def _branches(body: str) -> dict[str, str]:
    branches: dict[str, str] = {}
    pos = 0
    if offset := _OFFSET.match(body):
        pos = offset.end()
    while (key := _BRANCH.match(body, pos)) is not None:
        open_at = key.end()
        close = _closing(body, open_at)
        if close is None:
            break
        branches[key.group(1)] = body[open_at + 1 : close - 1]
        pos = close
    return branches


def blank_complex(text: str) -> str:
    """The text with its plural and select arguments replaced by spaces (same offsets)."""
    out = list(text)
    for arg in complex_arguments(text):
        out[arg.start : arg.end] = " " * (arg.end - arg.start)
    return "".join(out)


@dataclass(frozen=True)
class IcuProblem:
    argument: str
    message: str


def compare_icu(source: str, mt: str) -> list[IcuProblem]:
    """What the translation breaks in the source's plural and select arguments."""
    src = {a.name: a for a in complex_arguments(source)}
    tgt = {a.name: a for a in complex_arguments(mt)}
    problems = []
    for name, arg in src.items():
        other = tgt.get(name)
        if other is None:
            problems.append(IcuProblem(name, f"the {arg.kind} argument {{{name}}} is missing"))
            continue
        if other.kind != arg.kind:
            problems.append(
                IcuProblem(name, f"{{{name}}} is a {arg.kind} in the source, {other.kind} here")
            )
            continue
        if arg.kind == "select" and set(other.branches) != set(arg.branches):
            problems.append(
                IcuProblem(
                    name,
                    f"{{{name}}} selects {', '.join(sorted(other.branches))} where the source "
                    f"selects {', '.join(sorted(arg.branches))}",
                )
            )
        elif arg.kind != "select" and "other" not in other.branches:
            problems.append(IcuProblem(name, f"the plural {{{name}}} has no 'other' branch"))
        needed = arg.prints()
        for key, text in other.branches.items():
            lost = needed - _simple(text)
            if lost:
                shown = ", ".join(f"{{{n}}}" for n in sorted(lost))
                problems.append(IcuProblem(name, f"branch '{key}' of {{{name}}} lacks {shown}"))
    for name, arg in tgt.items():
        if name not in src:
            problems.append(
                IcuProblem(name, f"the {arg.kind} argument {{{name}}} is not in the source")
            )
    return problems
