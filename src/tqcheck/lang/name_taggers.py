"""The name taggers languages pick by name (`name_tagger` in lang/data/<code>.json), the way
sacrebleu picks a tokenizer: a new script's tagger is one more entry here, no check changes."""

from __future__ import annotations

from typing import cast

from tqcheck.lang.profile import LanguageProfile
from tqcheck.lang.strategies import imported, pick
from tqcheck.lang.tagged_names import NameTagger

# (A module of functions with the protocol's signatures is a tagger; each is imported when a
# language picks it.)
TAGGERS: dict[str, str] = {"jieba": "tqcheck.lang.chinese_names"}


def name_tagger(profile: LanguageProfile) -> NameTagger | None:
    """The tagger the language's data names, or None where it names none."""
    spec = pick(TAGGERS, profile.name_tagger, profile.code, "name_tagger")
    return cast(NameTagger, imported(spec)) if spec else None
