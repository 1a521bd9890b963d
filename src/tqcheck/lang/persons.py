"""Person-name mentions in a sentence, in any script.

A mention is a run of capitalised words that contains a first name (from the list, the
analyser's <ant> tag or the user's entity file) or a surname (<cog>), or that matches a person
already known in the document. Places and organisations (<top>, <org>) are not persons.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tqcheck.lang.morphology import MorphToken
from tqcheck.lang.name_index import NameKeys
from tqcheck.lang.names import first_name_gender, name_key
from tqcheck.lang.profile import LanguageProfile, get_profile
from tqcheck.text.tokens import Token, is_sentence_initial


@dataclass(frozen=True)
class PersonMention:
    text: str
    start: int
    end: int
    tokens: tuple[str, ...]
    # First name's gender from the first-name list, when the run starts with one.
    first_name_gender: str | None

    @property
    def surname_key(self) -> str:
        return name_key(self.tokens[-1])


def _morph_kind(morph: MorphToken | None) -> str | None:
    """'person', 'person-or-word' (a person's name that is also a common word: "Голем",
    great), 'other' (place, organisation, common word) or None when unknown."""
    if morph is None or not morph.known:
        return None
    readings = morph.readings
    if any(r.has("np") and ("ant" in r.tags or "cog" in r.tags) for r in readings):
        return "person-or-word" if any(not r.has("np") for r in readings) else "person"
    return "other"


def capitalised_runs(text: str, tokens: list[Token]) -> list[list[int]]:
    """Indices of maximal runs of adjacent capitalised word tokens."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, tok in enumerate(tokens):
        adjacent = current and text[tokens[current[-1]].end : tok.start].strip(" ") in ("", "-")
        if tok.is_capitalised and tok.text[0].isalpha() and (not current or adjacent):
            current.append(i)
            continue
        if current:
            runs.append(current)
        current = [i] if tok.is_capitalised and tok.text[0].isalpha() else []
    if current:
        runs.append(current)
    return runs


def find_persons(
    text: str,
    tokens: list[Token],
    lang: str,
    morph: list[MorphToken | None] | None = None,
    known_keys: frozenset[str] = frozenset(),
) -> list[PersonMention]:
    mentions = []
    for run in capitalised_runs(text, tokens):
        words = [tokens[i].text for i in run]
        kinds = [_morph_kind(morph[i]) if morph else None for i in run]
        keys = [name_key(w, lang) for w in words]
        first = _name_start(text, tokens, run, words, kinds, keys, lang, known_keys)
        if first is None:
            continue
        run, words = run[first:], words[first:]
        gender = first_name_gender(words[0], lang)
        start, end = tokens[run[0]].start, tokens[run[-1]].end
        mentions.append(
            PersonMention(
                text=text[start:end],
                start=start,
                end=end,
                tokens=tuple(words),
                first_name_gender=gender,
            )
        )
    return mentions


# Characters before a name within which a verb of saying stands ("kritisierte", "подчеркнула").
_VERB_REACH = 24


def _after_article(text: str, start: int, profile: LanguageProfile) -> bool:
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in profile.function_words


def _known(key: str, known_keys: frozenset[str]) -> bool:
    """A word that names one of the document's people, in any transcription."""
    return key in known_keys or (len(key) >= 3 and _indexed(known_keys).linked(key))


@lru_cache(maxsize=4)
def _indexed(known_keys: frozenset[str]) -> NameKeys:
    """(One document's people are looked up for each of its capitalised words.)"""
    return NameKeys(known_keys)


def _name_start(
    text: str,
    tokens: list[Token],
    run: list[int],
    words: list[str],
    kinds: list[str | None],
    keys: list[str],
    lang: str,
    known_keys: frozenset[str],
) -> int | None:
    """Where the name proper starts inside a capitalised run ("Foreign Secretary Liz Truss"
    starts at "Liz"), or None when the run names no person."""
    # Where every noun is capitalised (German "die Marine", "die Rose"), a word that is also a
    # first name is a noun when it stands alone or after an article.
    profile = get_profile(lang)
    lone_names = not profile.capitalises_nouns
    start = tokens[run[0]].start
    before = text[max(0, start - _VERB_REACH) : start].split()
    if len(words) == 1 and before and before[-1].lower() in profile.speech_verbs:
        return 0  # the speaker after a verb of saying ("sagte Putin")
    for k, word in enumerate(words):
        lone = len(words) == 1 and lone_names
        if profile.capitalises_nouns and _after_article(text, tokens[run[k]].start, profile):
            continue
        if first_name_gender(word, lang) and (
            k < len(words) - 1 or (lone and not is_sentence_initial(text, tokens[run[k]].start))
        ):
            return k
        if kinds[k] == "person" or _known(keys[k], known_keys):
            return k
        # (A sentence's first word is capitalised whatever it is: alone, it is the word.)
        if kinds[k] == "person-or-word" and (
            len(words) > 1 or not is_sentence_initial(text, tokens[run[k]].start)
        ):
            return k
    return None
