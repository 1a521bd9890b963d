"""Word segmenters for scripts written without spaces, picked by name (`segmenter` in the
language data): where one is set, a word is found only as a whole word of the segmentation,
so a negator inside a word (Chinese 不 of 不平等, "inequality") is no negation."""

from __future__ import annotations

from collections.abc import Callable

from tqcheck.lang import chinese_names
from tqcheck.lang.profile import LanguageProfile
from tqcheck.lang.strategies import pick

# A segmenter returns the text's words with their offsets.
Segmenter = Callable[[str], list[tuple[str, int, int]]]

SEGMENTERS: dict[str, Segmenter] = {"jieba": chinese_names.segments}


def segmenter(profile: LanguageProfile) -> Segmenter | None:
    return pick(SEGMENTERS, profile.segmenter, profile.code, "segmenter")
