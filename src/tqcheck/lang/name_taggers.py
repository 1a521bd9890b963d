"""The name taggers languages pick by name (`name_tagger` in lang/data/<code>.json), the way
sacrebleu picks a tokenizer: a new script's tagger is one more entry here, no check changes."""

from __future__ import annotations

from tqcheck.lang import chinese_names
from tqcheck.lang.profile import LanguageProfile
from tqcheck.lang.strategies import pick
from tqcheck.lang.tagged_names import NameTagger

# (A module of functions with the protocol's signatures is a tagger.)
TAGGERS: dict[str, NameTagger] = {"jieba": chinese_names}


def name_tagger(profile: LanguageProfile) -> NameTagger | None:
    """The tagger the language's data names, or None where it names none."""
    return pick(TAGGERS, profile.name_tagger, profile.code, "name_tagger")
