"""Placeholders and inline tags: the parts of a UI string a translator must carry over
unchanged ({name}, %s, %1$d, {{count}}, ${user}, <b>...</b>, XLIFF inline codes).

They are found once, checked on their own (a lost or invented placeholder breaks the product),
and blanked out before the language checks so "{name}" is never taken for an untranslated
word or a person. Blanking keeps every character offset, so findings still point into the MT.

Which syntaxes a string has depends on where it comes from: a gettext catalog's strings are C
printf (and Python or brace formats where the entry's flags say so), not "{INTEGER}" or
"<newline>", which are words a translator translates; resource files (JSON, XLIFF) carry
brace formats and markup. Printf directives are compared by the arguments they read
(text/printf.py), so a reordering by position is fine and a changed type is an error.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex

from tqcheck.text.html_elements import HTML_ELEMENTS
from tqcheck.text.icu_messages import IcuProblem, blank_complex, compare_icu
from tqcheck.text.printf import arguments, find_directives, looks_like_strftime

_SYNTAX = {
    "double-brace": r"\{\{\s*[\w.\-]+\s*\}\}",  # {{count}} (i18next, Jinja, Handlebars)
    "shell": r"\$\{[\w.\-]+\}",  # ${user} (JavaScript templates, shells)
    "shell-lower": r"\$\{[a-z_][\w.\-]*\}",  # ${user}, not the shell's ${SHELL}
    # {name}, {0}, {n, number}, {0:N2} (Python, ICU simple, Java, .NET)
    "brace": r"\{[\w.\-]+(?:![rsa])?(?::[^{}]*)?(?:\s*,\s*\w+(?:\s*,\s*[^{}]*)?)?\}",
    # {name}, {0}: Python identifiers, not "{script-only-if-no-other-script}" in a usage line
    "brace-lower": r"\{[a-z_\d][\w.]*(?:\[\w+\])?(?:![rsa])?(?::[^{}]*)?\}",
    # %(name)s, not after an escaped percent sign: "%%(body)" is the text "%(body)"
    "python-percent": r"(?<=(?:^|[^%])(?:%%)*)%\([\w.\-]+\)[-+0# ]*\d*(?:\.\d+)?[sdifuxXeEgGcoar]",
    "qt": r"%L?[1-9]\d?",  # %1, %L2 (Qt)
    "i18next-nesting": r"\$t\([^()]*\)",  # $t(key)
    "tag": r"</?(?P<tag>[A-Za-z][\w:.\-]*)(?:\s+[\w:.\-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*/?>",
}
# Every syntax but printf's, which text/printf.py parses.
RESOURCE = ("double-brace", "shell", "brace", "python-percent", "i18next-nesting", "tag")
GETTEXT = ("python-percent", "html-tag")
_GETTEXT_FLAGS = {
    "python-brace-format": "brace",
    "qt-format": "qt",
    "qt-plural-format": "qt",
}


@dataclass(frozen=True)
class Syntax:
    """The placeholder syntaxes a string may hold."""

    printf: bool = True
    others: tuple[str, ...] = RESOURCE
    # Printf assumed, for want of a format flag (a catalog turned back from a .mo file).
    printf_guessed: bool = False

    @classmethod
    def for_gettext(cls, flags: list[str] | tuple[str, ...], msgid: str = "") -> Syntax:
        """An entry's syntaxes from its flags, and markup with HTML's or Pango's element
        names. With no format flag (catalogs turned back from .mo files have none): C printf,
        unless the msgid is a strftime date format, Python's named directives and lower-case
        brace fields ("{name}", "{0}"; "{INTEGER}" is a metavariable a translator
        translates)."""
        formats = {f for f in flags if f.endswith("-format") and not f.startswith("no-")}
        others = ["html-tag"]
        if not formats:
            printf = "no-c-format" not in flags and not looks_like_strftime(msgid)
            others = [*GETTEXT, "brace-lower", "shell-lower"]
            return cls(printf=printf, others=tuple(others), printf_guessed=printf)
        if formats & {"python-format"}:
            others.append("python-percent")
        others += sorted({_GETTEXT_FLAGS[f] for f in formats if f in _GETTEXT_FLAGS})
        printf = bool(formats & {"c-format", "python-format", "objc-format", "sh-format"})
        return cls(printf=printf, others=tuple(others))

    def to_meta(self) -> dict[str, object]:
        meta: dict[str, object] = {"printf": self.printf, "syntaxes": list(self.others)}
        if self.printf_guessed:
            meta["printf_guessed"] = True
        return meta

    @classmethod
    def from_meta(cls, meta: dict[str, object]) -> Syntax:
        syntaxes = meta.get("syntaxes")
        if not isinstance(syntaxes, list):
            return DEFAULT
        return cls(
            printf=bool(meta.get("printf", True)),
            others=tuple(map(str, syntaxes)),
            printf_guessed=bool(meta.get("printf_guessed", False)),
        )


DEFAULT = Syntax()


@cache
def _pattern(names: tuple[str, ...]) -> regex.Pattern[str]:
    parts = [_SYNTAX["tag" if n == "html-tag" else n] for n in names]
    return regex.compile("|".join(f"(?:{p})" for p in parts) or r"(?!)")


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


def find_placeholders(text: str, syntax: Syntax = DEFAULT) -> list[Placeholder]:
    """Every placeholder and tag, printf directives included, in order."""
    return list(_placeholders(text, syntax))


# (Each string is read for its placeholders by several checks and by the analysis.)
@lru_cache(maxsize=16384)
def _placeholders(text: str, syntax: Syntax) -> tuple[Placeholder, ...]:
    html_only = "html-tag" in syntax.others
    found = []
    for m in _pattern(syntax.others).finditer(text):
        if html_only and m.group("tag") is not None and not _is_markup(m, text):
            continue  # "<newline>", "<internal>", git's "<object>": words in angle brackets
        found.append(Placeholder(m.group(), m.start(), m.end()))
    if syntax.printf:
        taken = [(p.start, p.end) for p in found]
        found += [
            Placeholder(d.text, d.start, d.end)
            for d in find_directives(text)
            if not any(a <= d.start < b for a, b in taken)
        ]
    return tuple(sorted(found, key=lambda p: p.start))


# Elements written bare, with nothing to close ("<br>"); any other bare start tag that no end
# tag closes is a word in angle brackets, even one that names an element: git's "<object>",
# dpkg's "<link> <name> <path>" (HTML's <link> and <object> never come bare).
_BARE_ELEMENTS = frozenset({"br", "hr", "wbr"})
_BARE_TAG = regex.compile(r"<[A-Za-z][\w:.\-]*>")


def _is_markup(m: regex.Match[str], text: str) -> bool:
    """Whether a gettext string's tag is markup: an element of HTML or Pango, and, where it
    is a bare start tag, one closed later in the string or one written bare."""
    name = m.group("tag").lower()
    if name not in HTML_ELEMENTS:
        return False
    if not _BARE_TAG.fullmatch(m.group()) or name in _BARE_ELEMENTS:
        return True
    return regex.search(rf"</{regex.escape(m.group('tag'))}\s*>", text[m.end() :]) is not None


def blank_placeholders(text: str, syntax: Syntax = DEFAULT) -> str:
    """`text` with each placeholder replaced by spaces of the same length."""
    chars = list(text)
    for p in find_placeholders(text, syntax):
        chars[p.start : p.end] = " " * (p.end - p.start)
    return "".join(chars)


@dataclass(frozen=True)
class TypeChange:
    position: int  # the argument's, from 1
    source: str  # the directive in the source
    mt: str  # ... and in the MT
    source_type: str
    mt_type: str


@dataclass(frozen=True)
class PlaceholderDiff:
    missing: list[str]  # in the source, not (or fewer times) in the MT
    added: list[Placeholder]  # in the MT, not (or more times) in the source
    type_changes: list[TypeChange] = field(default_factory=list)
    # What the translation breaks in ICU plural and select arguments (text/icu_messages.py).
    icu: list[IcuProblem] = field(default_factory=list)


def _directive_for(directives: list[Placeholder], position: int, text: str) -> Placeholder:
    for d in find_directives(text):
        if any(p == position for p, _ in d.reads):
            # (A directive inside a tag, <a href="%s">, is no placeholder of its own.)
            return next(
                (p for p in directives if p.start == d.start), Placeholder(d.text, d.start, d.end)
            )
    raise LookupError(position)


# A hyphenated term that opens with a percent sign ("%-encoding", "%-escapes"): printf would
# read "%-e", but where no flag says the string is a format, the word says it is text.
_PERCENT_TERM = regex.compile(r"%-(\p{L}{4,})")
_PERCENT_LETTER = regex.compile(r"%-\p{L}")

# Whether a word is one of the language's (the side's word list).
WordTest = Callable[[str], bool]


def _percent_terms(text: str, is_word: WordTest) -> set[tuple[int, int]]:
    """The spans of the printf directives that begin such a term."""
    if "%-" not in text:
        return set()
    terms = {m.start() for m in _PERCENT_TERM.finditer(text) if is_word(m.group(1))}
    return {(d.start, d.end) for d in find_directives(text) if d.start in terms}


def compare_placeholders(
    source: str,
    mt: str,
    syntax: Syntax = DEFAULT,
    words: tuple[WordTest, WordTest] | None = None,
) -> PlaceholderDiff:
    """What the translation lost, added or retyped of the source's placeholders; `words`,
    the source's and the MT's word tests, tell a "%-term" from a directive where printf is
    only assumed."""
    icu: list[IcuProblem] = []
    if "brace" in syntax.others and "{" in source:
        # ICU plural and select arguments are compared branch by branch, the rest without them.
        icu = compare_icu(source, mt)
        source, mt = blank_complex(source), blank_complex(mt)
    src_all, mt_all = find_placeholders(source, syntax), find_placeholders(mt, syntax)
    printf_src = {(d.start, d.end) for d in find_directives(source)} if syntax.printf else set()
    printf_mt = {(d.start, d.end) for d in find_directives(mt)} if syntax.printf else set()
    if syntax.printf_guessed and words is not None:
        terms_src = _percent_terms(source, words[0])
        # (Where the source writes such a term, the translation's "%-" and a letter render it,
        # in any word or none: "%-encodage", "%-encoding", "codificación %-e".)
        terms_mt = (
            {(d.start, d.end) for d in find_directives(mt) if _PERCENT_LETTER.fullmatch(d.text)}
            if terms_src
            else _percent_terms(mt, words[1])
        )
        src_all = [p for p in src_all if (p.start, p.end) not in terms_src]
        mt_all = [p for p in mt_all if (p.start, p.end) not in terms_mt]
        printf_src -= terms_src
        printf_mt -= terms_mt
    # Printf: by argument position and type.
    missing: list[str] = []
    added: list[Placeholder] = []
    changes: list[TypeChange] = []
    if syntax.printf:
        src_dirs = [p for p in src_all if (p.start, p.end) in printf_src]
        mt_dirs = [p for p in mt_all if (p.start, p.end) in printf_mt]
        src_args = arguments([d for d in find_directives(source) if (d.start, d.end) in printf_src])
        mt_args = arguments([d for d in find_directives(mt) if (d.start, d.end) in printf_mt])
        for position in sorted(src_args.keys() - mt_args.keys()):
            missing.append(_directive_for(src_dirs, position, source).text)
        for position in sorted(mt_args.keys() - src_args.keys()):
            added.append(_directive_for(mt_dirs, position, mt))
        for position in sorted(src_args.keys() & mt_args.keys()):
            if src_args[position] != mt_args[position]:
                changes.append(
                    TypeChange(
                        position,
                        _directive_for(src_dirs, position, source).text,
                        _directive_for(mt_dirs, position, mt).text,
                        " or ".join(sorted(src_args[position])),
                        " or ".join(sorted(mt_args[position])),
                    )
                )
    # The others: by their text.
    src = Counter(p.key for p in src_all if (p.start, p.end) not in printf_src)
    found = [p for p in mt_all if (p.start, p.end) not in printf_mt]
    tgt = Counter(p.key for p in found)
    missing += [key for key, n in (src - tgt).items() for _ in range(n)]
    extra = tgt - src
    for p in reversed(found):  # report the last copies of a repeated placeholder
        if extra[p.key] > 0:
            extra[p.key] -= 1
            added.append(p)
    return PlaceholderDiff(missing, sorted(added, key=lambda p: p.start), changes, icu)
