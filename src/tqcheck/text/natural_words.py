"""The words of a user-interface string that are language, not code: what is left once its
placeholders, command-line options, identifiers, paths, URLs and upper-case metavariables are
taken out. "--suffix=SUFFIX", "g_socket_get_credentials", "GMemoryInputStream", "LC_ALL" and
"%lu" are copied into every translation on purpose; "display this help" is not."""

from __future__ import annotations

from functools import lru_cache

import regex

from tqcheck.text.placeholders import DEFAULT, Syntax, blank_placeholders

_CODE = regex.compile(
    r"""
      (?:[a-z][a-z0-9+.-]*://|www\.)\S+                 # URLs
    | (?<![\p{L}\d])--?\p{L}[\p{L}\d-]*(?:=\S*)?         # options: -v, --all, --to=si
    | \S*[/\\]\S*[/\\]?\S*(?<![.,;:!?])                 # paths, "a/b"
    | [\p{L}\d]+(?:[_.:@#$]+[\p{L}\d]+)+                  # identifiers: g_io, Gtk.Box, 1.0K
    | [\p{L}\d_]+(?:\[[\p{L}\d_]*\]|\(\))[\p{L}\d_.\[\]]*   # expressions: a[i].next, f()
    | \p{L}*\p{Ll}\p{Lu}[\p{L}\d]*                        # camelCase and CamelCase inside
    | (?<!\p{L})\p{Lu}{2,}[\p{Lu}\d]*(?!\p{L})            # metavariables, acronyms: FILE, GIF
    | [\p{L}]*\d[\p{L}\d]*                                # words with digits: ipv6, utf8
    | (?<![\p{L}\d])\p{L}[\p{L}\d_-]*=                    # keys: exit=, term=
    | ^\s*\p{Ll}[\p{L}\d_-]*(?=\s+[\[<{])                 # a command's synopsis: break [n]
    """,
    regex.VERBOSE | regex.MULTILINE,
)
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")


def natural_words(text: str, syntax: Syntax = DEFAULT) -> list[str]:
    """The string's words of two letters or more outside its code, in order."""
    return [word for word, _ in natural_word_spans(text, syntax)]


def natural_word_spans(text: str, syntax: Syntax = DEFAULT) -> list[tuple[str, int]]:
    """The same words, each with where it starts in the text."""
    return list(_spans(text, syntax))


# (Several checks read each string's words; the code pattern is the costly part.)
@lru_cache(maxsize=16384)
def _spans(text: str, syntax: Syntax) -> tuple[tuple[str, int], ...]:
    prose = _CODE.sub(lambda m: " " * len(m.group()), blank_placeholders(text, syntax))
    return tuple((m.group(), m.start()) for m in _WORD.finditer(prose) if len(m.group()) > 1)
