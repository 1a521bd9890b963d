"""Negation in a sentence, counted as events a translation must keep.

A negation event is a negator ("не", "not", "nicht", "n't") or a negative word ("никој",
"nothing", "jamais"). Slavic and Romance languages double negation ("никој не дојде",
"il ne vient jamais"): a negative word within a few words of a negator is the same event.
Chinese writes negators inside words (不, 没有): where a segmenter reads its words, a negator
counts only as a word of its own or one of the words that negate a clause (不会, 无法), not
inside a lexical word (不平等 "inequality", 非法 "illegal"); without one, in running text,
less the words where they do not negate (不仅 "not only", 非常 "very"). A negator that is a
whole answer ("No, really.") or in a phrase that does not negate ("not only") is none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from tqcheck.lang.morphology import MorphToken
from tqcheck.lang.profile import LanguageProfile, get_profile, is_language_data
from tqcheck.lang.segmenters import segmenter
from tqcheck.lang.word_lists import word_list
from tqcheck.text.running_text import find_in_running_text
from tqcheck.text.tokens import Token, is_sentence_initial

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


# A negator written as an abbreviation of "number" ("No. 1", "No 1").
_NUMBER_SIGN = regex.compile(r"\.?\s?\d")


# What closes an answer of one word: a comma, a stop, or a closing quote ("« Non », a dit").
_ANSWER_END = regex.compile(r"\s?[,!.»”\"'’]")


def _answer_particle(text: str, tok: Token) -> bool:
    """A negator that is the whole clause ("No, really.", "Нет!", "« Non », a répondu"): an
    answer, not a negation of what follows; or one that abbreviates "number" ("the No. 1
    automaker")."""
    if tok.text[:1].isupper() and _NUMBER_SIGN.match(text, tok.end):
        return True
    return bool(_ANSWER_END.match(text, tok.end)) and is_sentence_initial(text, tok.start)


def _not_negating_here(tokens: list[Token], i: int, lower: str, profile: LanguageProfile) -> bool:
    """A negator form that does not negate where it stands: a noun after a determiner
    (French "à deux pas"), a negative word with no particle near it ("à jamais", forever;
    "sans aucun doute", where "sans" carries the negation), a negator working as a prefix
    of the next word ("non urgent")."""
    word = tokens[i].text
    if len(word) > 1 and word.isupper() and any(t.text.islower() for t in tokens):
        return True  # an abbreviation in capitals ("Oslo (NOR)"), in a text that has cases
    before = tokens[i - 1].lower if i else ""
    if before in profile.negation_noun_after.get(lower, ()):
        return True
    if lower in profile.negation_needs_particle:
        elided = tuple(p for p in profile.negation_needs_partner if p[-1:] in "'’")
        window = tokens[max(0, i - CONCORD_WINDOW - 2) : i + CONCORD_WINDOW]
        if not any(
            t.lower in profile.negation_needs_partner or (elided and t.lower.startswith(elided))
            for t in window
        ):
            return True
    if lower in profile.negation_as_prefix and i + 1 < len(tokens):
        nxt = tokens[i + 1]
        adjacent = nxt.start - tokens[i].end <= 1
        return adjacent and nxt.text[:1].islower() and nxt.lower not in profile.negation_partners
    return False


def _phrase_spans(text: str, profile: LanguageProfile) -> list[tuple[int, int]]:
    """Where the text has a phrase with a negator that does not negate ("not only", "no
    matter", French "rien qu'", "ou non")."""
    phrases = tuple(p for p in profile.negation_exceptions if " " in p)
    if not phrases:
        return []
    return [m.span() for m in _phrase_pattern(phrases).finditer(text.lower())]


@cache
def _phrase_pattern(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    either = "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?:{either})(?!\w)")


def _lacks_partner(tokens: list[Token], i: int, lower: str, profile: LanguageProfile) -> bool:
    """A particle that negates only with a partner (French "ne ... pas", "n'... jamais")
    standing alone: expletive ("peur qu'il ne vienne"), restrictive ("ne ... que", only) or
    literary ("ne cesse de", keeps on)."""
    if not any(lower == p or lower.startswith(p) for p in profile.negation_needs_partner):
        return False
    # (The partner may come first: "personne n'est", "aucun groupe ne serait".)
    window = tokens[max(0, i - CONCORD_WINDOW) : i] + tokens[i + 1 : i + 1 + CONCORD_WINDOW + 2]
    return not any(
        t.lower in profile.negation_partners or t.lower.split("'")[0] in profile.negation_partners
        for t in window
    )


def _negator_form(lower: str, profile: LanguageProfile) -> str | None:
    """The word as a negator (less a clitic or possessive ending: "nothing's"), or None
    where it is none."""
    lower = profile.without_possessive(lower)
    if (
        _is_negator(lower, profile)
        or lower in profile.negative_words
        or _negated_word(lower, profile)
    ):
        return lower
    return None


# (A text repeats its words: each is looked up once. A profile built from other data than
# its language's is read afresh.)
@lru_cache(maxsize=1 << 16)
def _known_negator_form(lower: str, code: str) -> str | None:
    return _negator_form(lower, get_profile(code))


def find_negations(
    text: str, tokens: list[Token], profile: LanguageProfile, pronoun_readings: int = 0
) -> list[NegationMention]:
    """The negation events; `pronoun_readings` negator forms that are also a pronoun
    (negation_pronoun_homographs) are read as the pronoun, the last ones first ("Не
    мислам дека не следеле", I don't think they followed us)."""
    if profile.negation_in_words:
        return _in_running_text(text, profile)
    if pronoun_readings:
        homographs = [
            i for i, t in enumerate(tokens) if t.lower in profile.negation_pronoun_homographs
        ]
        read_as_pronoun = set(homographs[len(homographs) - pronoun_readings :])
        tokens = [t for i, t in enumerate(tokens) if i not in read_as_pronoun]
    found: list[tuple[int, Token]] = []
    phrases = _phrase_spans(text, profile)
    known = is_language_data(profile)
    for i, tok in enumerate(tokens):
        lower = (
            _known_negator_form(tok.lower, profile.code)
            if known
            else _negator_form(tok.lower, profile)
        )
        if lower is None:
            continue
        if (
            _answer_particle(text, tok)
            or any(a <= tok.start < b for a, b in phrases)
            or _lacks_partner(tokens, i, lower, profile)
            or _not_negating_here(tokens, i, lower, profile)
        ):
            continue
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


def _a_not_a(text: str, start: int) -> bool:
    """A question of the form "A not A" (会不会, "will it or not"; 是不是; 有没有): the negator
    between one word said twice asks, it does not negate."""
    return 0 < start < len(text) - 1 and text[start - 1] == text[start + 1]


def _negating_word(word: str, profile: LanguageProfile) -> bool:
    """A segmented word that negates its clause: a negator, a listed compound (不会, 无法), a
    word that opens with a one-character negator (不怎么样, "not so good") or with an
    intensifier and one (并非, 从未). Other words that hold a negator are lexical ("不平等";
    the exceptions list those that open with one)."""
    if word in profile.negation or word in profile.negation_compounds:
        return True
    single = {n for n in profile.negation if len(n) == 1}
    if word[:1] in single:
        return True
    return word[:1] in profile.negation_intensifiers and word[1:2] in single


def _in_running_text(text: str, profile: LanguageProfile) -> list[NegationMention]:
    segment = segmenter(profile)
    if segment is not None:
        # Whole words only: a negator inside a word is lexical (不平等, 非法, 无核化).
        # (The segmenter may split one: 不/平等 is still "inequality", a listed exception.)
        lexical = [
            (m.start(), m.end())
            for e in profile.negation_exceptions
            for m in regex.finditer(regex.escape(e), text)
        ]
        return [
            NegationMention(w, s, e)
            for w, s, e in segment(text)
            if _negating_word(w, profile)
            and not any(a <= s < b for a, b in lexical)
            and not (profile.a_not_a_questions and _a_not_a(text, s))
        ]
    # Vietnamese writes its negators as words of a cased script ("Không"); a lower-case copy
    # keeps the offsets wherever lower-casing keeps the length.
    lower = text.lower()
    found = find_in_running_text(
        lower if len(lower) == len(text) else text, profile.negation, profile.negation_exceptions
    )
    return [NegationMention(word, start, end) for word, start, end in found]


# Prefixed words shorter than this are rarely negated adjectives ("in", "under", "unit").
MIN_PREFIXED_LENGTH = 7


def soft_negations(
    tokens: list[Token],
    profile: LanguageProfile,
    text: str = "",
    morph: Sequence[MorphToken | None] | None = None,
) -> list[str]:
    """Words that may render a negation lexically: "failed", "unable", "uninterrupted",
    "incomplete", "boundless", Russian "непростая" (not easy); and phrases ("far from"). Of
    the words negated by a prefix, where the analyser reads them, only modifiers: a noun so
    formed is a word of its own ("несреќа", accident; "непријател", enemy)."""
    words = [
        t.text
        for i, t in enumerate(tokens)
        if t.lower in profile.negation_soft
        # A particle with no partner (French "ne ... que", only) may be rendered "not until".
        or _lacks_partner(tokens, i, t.lower, profile)
        or (
            any(_prefixed(t, p, profile) for p in profile.negation_soft_prefixes)
            and (
                _may_modify(morph[i] if morph and i < len(morph) else None)
                or _adjective_noun(t.lower, profile)
            )
        )
        or _adjective_prefixed(t, profile)
        or _suffixed(t, profile)
    ]
    if text and profile.negation_soft_phrases:
        lower = text.lower()
        words += [p for p in profile.negation_soft_phrases if p in lower]
    return words


def _may_modify(morph: MorphToken | None) -> bool:
    """Whether a word may be an adjective, an adverb or a participle (unknown words may)."""
    if morph is None or not morph.known:
        return True
    return any(
        r.has("adj") or r.has("adv") or r.has("vblex", "pp") or r.has("vblex", "pprs")
        for r in morph.readings
    )


def _adjective_noun(lower: str, profile: LanguageProfile) -> bool:
    """A noun made from an adjective ("uncertainty"): negated, it renders a negation."""
    return bool(profile.negation_soft_noun_endings) and lower.endswith(
        profile.negation_soft_noun_endings
    )


def _adjective_prefixed(tok: Token, profile: LanguageProfile) -> bool:
    """ "incomplete", "illegal", "improper", "insecurity": a prefix that negates adjectives,
    where the rest is a word of the language (by its spelling list) with an adjective's
    ending or that of a noun made from one ("income", "indeed" are none)."""
    lower = tok.lower
    prefix = next((p for p in profile.negation_soft_adjective_prefixes if lower.startswith(p)), "")
    rest = lower[len(prefix) :]
    return (
        bool(prefix)
        and (rest.endswith(profile.adjective_endings) or _adjective_noun(rest, profile))
        and bool(word_list(profile.code))
        and _prefixed(tok, prefix, profile)
    )


def _suffixed(tok: Token, profile: LanguageProfile) -> bool:
    """ "boundless", "ageless": a negating suffix after a word of the language."""
    lower = tok.lower
    suffix = next((s for s in profile.negation_soft_suffixes if lower.endswith(s)), "")
    stem = lower[: -len(suffix)] if suffix else lower
    if not suffix or len(lower) < MIN_PREFIXED_LENGTH or stem in profile.negation_soft_exceptions:
        return False
    words = word_list(profile.code)
    return bool(words) and words.knows_any_form(stem, profile)


def _prefixed(tok: Token, prefix: str, profile: LanguageProfile) -> bool:
    """A word negated by a prefix: "non-NATO" whatever follows the hyphen; otherwise a plain
    word whose rest is a word of the language where its spelling list says so ("unable" is
    "able" negated; "understand" is no "derstand", "несколько" no negated "сколько")."""
    lower = tok.lower
    if not lower.startswith(prefix):
        return False
    if prefix.endswith("-"):
        return True
    if not tok.text[1:].islower() or len(tok.text) < MIN_PREFIXED_LENGTH:
        return False
    words = word_list(profile.code)
    rest = lower[len(prefix) :]
    if rest.startswith(tuple(profile.negation_soft_exceptions)):
        return False  # (and its inflected forms: "неговиот", "неговата" of "негов")
    return not words or words.knows_any_form(rest, profile)
