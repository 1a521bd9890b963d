"""Words found in running text, for scripts written without spaces (Chinese 不, 她, 二月).

Longer words win over the shorter ones inside them, and the listed exceptions (不仅 "not
only", 其他 "other") are masked first, so a character is only found where it is the word.
"""

from __future__ import annotations

from collections.abc import Iterable


def find_in_running_text(
    text: str, words: Iterable[str], exceptions: Iterable[str] = ()
) -> list[tuple[str, int, int]]:
    """(word, start, end) of each non-overlapping occurrence, in text order."""
    masked = text
    for word in sorted(exceptions, key=len, reverse=True):
        masked = masked.replace(word, "\0" * len(word))
    found: list[tuple[str, int, int]] = []
    taken: set[int] = set()
    for word in sorted(words, key=len, reverse=True):
        start = masked.find(word)
        while start >= 0:
            span = set(range(start, start + len(word)))
            if not span & taken:
                taken |= span
                found.append((word, start, start + len(word)))
            start = masked.find(word, start + 1)
    return sorted(found, key=lambda f: f[1])
