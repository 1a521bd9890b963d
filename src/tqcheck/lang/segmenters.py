"""Word segmenters for scripts written without spaces, picked by name (`segmenter` in the
language data): where one is set, a word is found only as a whole word of the segmentation,
so a negator inside a word (Chinese 不 of 不平等, "inequality") is no negation."""

from __future__ import annotations

from collections.abc import Callable

from tqcheck.errors import LanguageDataError
from tqcheck.lang import chinese_names
from tqcheck.lang.profile import LanguageProfile

# A segmenter returns the text's words with their offsets.
Segmenter = Callable[[str], list[tuple[str, int, int]]]

SEGMENTERS: dict[str, Segmenter] = {"jieba": chinese_names.segments}


def segmenter(profile: LanguageProfile) -> Segmenter | None:
    if profile.segmenter is None:
        return None
    if profile.segmenter not in SEGMENTERS:
        raise LanguageDataError(
            f"lang/data/{profile.code}.json: unknown segmenter {profile.segmenter!r} "
            f"(known: {', '.join(sorted(SEGMENTERS))})"
        )
    return SEGMENTERS[profile.segmenter]
