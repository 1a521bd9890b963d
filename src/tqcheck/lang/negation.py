"""Negation in a sentence, counted as events a translation must keep.

A negation event is a negator ("не", "not", "nicht", "n't") or a negative word ("никој",
"nothing", "jamais"). Slavic and Romance languages double negation ("никој не дојде",
"il ne vient jamais"): a negative word within a few words of a negator is the same event.
Chinese writes negators inside words (不, 没有), so its profile counts them in running text,
less the words where they do not negate (不仅 "not only", 非常 "very").
"""

from __future__ import annotations

from dataclasses import dataclass

from tqcheck.lang.profile import LanguageProfile
from tqcheck.text.running_text import find_in_running_text
from tqcheck.text.tokens import Token

# Words apart within which a negative word and a negator form one event.
CONCORD_WINDOW = 4


@dataclass(frozen=True)
class NegationMention:
    word: str
    start: int
    end: int


def _is_negator(lower: str, profile: LanguageProfile) -> bool:
    if any(form in profile.negation for form in profile.without_proclitic(lower)):
        return True
    # English contractions: "don't", "isn’t".
    return profile.code == "en" and (lower.endswith("n't") or lower.endswith("n’t"))


def _negated_word(lower: str, profile: LanguageProfile) -> bool:
    """A word with a negative prefix (French "n'", Czech "ne-": "nezvýší", will not raise),
    less the words that only begin like one ("nebo", or; "německý", German)."""
    return any(lower.startswith(p) for p in profile.negation_prefixes) and not any(
        lower.startswith(e) for e in profile.negation_exceptions
    )


def find_negations(
    text: str, tokens: list[Token], profile: LanguageProfile
) -> list[NegationMention]:
    if profile.negation_in_words:
        return _in_running_text(text, profile)
    found: list[tuple[int, Token]] = []
    for i, tok in enumerate(tokens):
        lower = tok.lower
        if (
            _is_negator(lower, profile)
            or lower in profile.negative_words
            or _negated_word(lower, profile)
        ):
            found.append((i, tok))
    events: list[NegationMention] = []
    last_index = -CONCORD_WINDOW - 1
    for i, tok in found:
        if i - last_index <= CONCORD_WINDOW and events:
            last_index = i  # negative concord: one event
            continue
        events.append(NegationMention(tok.text, tok.start, tok.end))
        last_index = i
    return events


def _in_running_text(text: str, profile: LanguageProfile) -> list[NegationMention]:
    # Vietnamese writes its negators as words of a cased script ("Không"); a lower-case copy
    # keeps the offsets wherever lower-casing keeps the length.
    lower = text.lower()
    found = find_in_running_text(
        lower if len(lower) == len(text) else text, profile.negation, profile.negation_exceptions
    )
    return [NegationMention(word, start, end) for word, start, end in found]


# Prefixed words shorter than this are rarely negated adjectives ("in", "under", "unit").
MIN_PREFIXED_LENGTH = 7


def soft_negations(tokens: list[Token], profile: LanguageProfile) -> list[str]:
    """Words that may render a negation lexically: "failed", "unable", "uninterrupted"."""
    return [
        t.text
        for t in tokens
        if t.lower in profile.negation_soft
        or any(
            t.lower.startswith(p)
            # "non-NATO" is negated whatever follows the hyphen; "unable" must be a plain word.
            and (p.endswith("-") or (t.text.islower() and len(t.text) >= MIN_PREFIXED_LENGTH))
            for p in profile.negation_soft_prefixes
        )
    ]
