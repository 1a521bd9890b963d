"""Word segmenters for scripts written without spaces, picked by name (`segmenter` in the
language data): where one is set, a word is found only as a whole word of the segmentation,
so a negator inside a word (Chinese 不 of 不平等, "inequality") is no negation."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from tqcheck.lang.profile import LanguageProfile
from tqcheck.lang.strategies import imported, pick

# A segmenter returns the text's words with their offsets.
Segmenter = Callable[[str], list[tuple[str, int, int]]]

# (Each imported when a language picks it.)
SEGMENTERS: dict[str, str] = {"jieba": "tqcheck.lang.chinese_names:segments"}


def segmenter(profile: LanguageProfile) -> Segmenter | None:
    spec = pick(SEGMENTERS, profile.segmenter, profile.code, "segmenter")
    return cast(Segmenter, imported(spec)) if spec else None
