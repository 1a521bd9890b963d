"""Error injection for the detection benchmark: one error at a time, into a correct English
translation, the way MT systems actually go wrong.

Each injector takes (source, translation, language, rng, pool) and returns the damaged
translation, or None when the sentence offers nothing to damage for that phenomenon (no
pronoun to swap, no number to change). Injectors look at the translation's own words only
(and, for names and numbers, at whether the source has them too); nothing here knows the
benchmark's rows.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import regex

from tqcheck.lang.analysis import analyse_texts
from tqcheck.lang.names import name_key
from tqcheck.lang.numbers import extract_numbers
from tqcheck.lang.person_registry import same_name
from tqcheck.lang.profile import get_profile
from tqcheck.text.tokens import is_sentence_initial, tokenize

Injector = Callable[[str, str, str, random.Random, list[str]], str | None]

_PRONOUN_SWAP = {
    "he": "she",
    "she": "he",
    "him": "her",
    "his": "her",
    "himself": "herself",
    "herself": "himself",
    "hers": "his",
}
# After these, "her" is an object pronoun ("told her that"), before a noun a possessive.
_NOT_A_NOUN = {
    "to",
    "and",
    "that",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "of",
    "was",
    "is",
    "when",
    "after",
    "before",
    "into",
    "about",
    "but",
    "or",
    "if",
    "not",
}
_AUXILIARIES = (
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
    "has",
    "have",
    "had",
    "must",
    "does",
    "did",
    "do",
    "may",
    "might",
)
_NEGATION_REMOVALS = (
    (r"\bcannot\b", "can"),
    (r"\bcan't\b", "can"),
    (r"\bwon't\b", "will"),
    (r"\b(\w+)n't\b", r"\1"),
    (r"\b(is|are|was|were|will|would|could|should|has|have|had|does|did|do|must) not\b", r"\1"),
    (r"\bnever\b", "always"),
    (r"\bno longer\b", "still"),
)
_CLAUSE_BREAK = regex.compile(
    r",\s+|;\s+|\s+(?=(?:and|but|while|because|which|who|when|where|although|after|before)\s)"
)


def _match_case(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def swap_pronoun(
    source: str, mt: str, lang: str, rng: random.Random, pool: list[str]
) -> str | None:
    matches = list(regex.finditer(r"\b(he|she|him|his|her|hers|himself|herself)\b", mt, regex.I))
    if not matches:
        return None
    m = rng.choice(matches)
    word = m.group().lower()
    if word == "her":
        after = regex.match(r"\s+([A-Za-z]+)", mt[m.end() :])
        noun_next = after is not None and after.group(1).lower() not in _NOT_A_NOUN
        new = "his" if noun_next else "him"
    else:
        new = _PRONOUN_SWAP[word]
    return mt[: m.start()] + _match_case(new, m.group()) + mt[m.end() :]


def change_number(
    source: str, mt: str, lang: str, rng: random.Random, pool: list[str]
) -> str | None:
    src_values = {n.value for n in extract_numbers(source, get_profile(lang)) if not n.from_word}
    candidates = [
        n
        for n in extract_numbers(mt, get_profile("en"))
        if n.kind == "number" and not n.from_word and n.value in src_values
    ]
    if not candidates:
        return None
    n = rng.choice(candidates)
    digits = [i for i, ch in enumerate(n.text) if ch.isdigit()]
    pos = rng.choice(digits[-2:]) if len(digits) > 1 else digits[0]
    old = n.text[pos]
    choices = [d for d in "0123456789" if d != old and not (pos == digits[0] and d == "0")]
    new_text = n.text[:pos] + rng.choice(choices) + n.text[pos + 1 :]
    return mt[: n.start] + new_text + mt[n.end :]


def _name_runs(source: str, mt: str, lang: str) -> list[tuple[int, int]]:
    """Spans of capitalised word runs in the translation that render a name of the source."""
    src_keys = [name_key(t.text, lang) for t in tokenize(source) if t.is_capitalised]
    tokens = tokenize(mt)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not (tok.is_capitalised and tok.text[0].isalpha()):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(tokens)
            and tokens[j + 1].is_capitalised
            and mt[tokens[j].end : tokens[j + 1].start] == " "
        ):
            j += 1
        words = tokens[i : j + 1]
        if not is_sentence_initial(mt, tok.start) and any(
            len(w.text) >= 3 and any(same_name(name_key(w.text, "en"), k) for k in src_keys)
            for w in words
        ):
            runs.append((tok.start, tokens[j].end))
        i = j + 1
    return runs


def replace_name(
    source: str, mt: str, lang: str, rng: random.Random, pool: list[str]
) -> str | None:
    runs = _name_runs(source, mt, lang)
    if not runs or not pool:
        return None
    start, end = rng.choice(runs)
    old = mt[start:end]
    others = [p for p in pool if name_key(p, "en") != name_key(old, "en")]
    same_size = [p for p in others if len(p.split()) == len(old.split())] or others
    return mt[:start] + rng.choice(same_size) + mt[end:]


def remove_name(source: str, mt: str, lang: str, rng: random.Random, pool: list[str]) -> str | None:
    runs = _name_runs(source, mt, lang)
    if not runs:
        return None
    start, end = rng.choice(runs)
    damaged = mt[:start] + mt[end:]
    return regex.sub(r" {2,}", " ", damaged).replace(" ,", ",").replace(" .", ".")


def _clauses(mt: str) -> list[tuple[int, int]]:
    """Spans of the clauses after the first, each starting at its break."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(mt)]
    end = len(mt.rstrip(" .!?\"'”"))
    spans = []
    for k, b in enumerate(breaks):
        stop = breaks[k + 1] if k + 1 < len(breaks) else end
        spans.append((b, stop))
    return spans


def omit_clause(source: str, mt: str, lang: str, rng: random.Random, pool: list[str]) -> str | None:
    total = len(mt.split())
    spans = [
        (a, b)
        for a, b in _clauses(mt)
        if 4 <= len(mt[a:b].split()) <= 0.6 * total and total - len(mt[a:b].split()) >= 5
    ]
    if not spans:
        return None
    a, b = rng.choice(spans)
    return mt[:a] + mt[b:]


def add_clause(source: str, mt: str, lang: str, rng: random.Random, pool: list[str]) -> str | None:
    donors = [p for p in pool if p != mt and len(p.split()) >= 8]
    if not donors or len(mt.split()) < 5:
        return None
    donor = rng.choice(donors).rstrip(" .!?\"'”")
    words = donor.split()
    k = rng.randint(5, min(10, len(words)))
    first = rng.randint(0, len(words) - k)
    clause = " ".join(words[first : first + k])
    if not (clause[:1].isupper() and first > 0) and clause[:1].isupper() and not clause.isupper():
        clause = clause[0].lower() + clause[1:]
    end = len(mt.rstrip(" .!?\"'”"))
    link = rng.choice([", and ", ", while ", ", which means "])
    return mt[:end] + link + clause + mt[end:]


def copy_source_words(
    source: str, mt: str, lang: str, rng: random.Random, pool: list[str]
) -> str | None:
    src_words = source.split()
    mt_words = mt.split()
    if len(src_words) < 4 or len(mt_words) < 4:
        return None
    k = rng.randint(2, min(6, len(src_words) - 1, len(mt_words) - 1))
    q = rng.randint(0, len(src_words) - k)
    # Copy at the corresponding place: MT systems leave a phrase where they fail on it.
    p = min(len(mt_words) - k, round(q * len(mt_words) / len(src_words)))
    copied = [w.strip(",.;:!?\"'„“”«»()") for w in src_words[q : q + k]]
    copied = [w for w in copied if w]
    if len(copied) < 2:
        return None
    return " ".join(mt_words[:p] + copied + mt_words[p + k :])


def copy_source_sentence(
    source: str, mt: str, lang: str, rng: random.Random, pool: list[str]
) -> str | None:
    return source if source.strip() != mt.strip() else None


def flip_negation(
    source: str, mt: str, lang: str, rng: random.Random, pool: list[str]
) -> str | None:
    for pattern, repl in _NEGATION_REMOVALS:
        flipped = regex.sub(pattern, repl, mt, count=1, flags=regex.I)
        if flipped != mt:
            return flipped
    auxes = list(regex.finditer(r"\b(" + "|".join(_AUXILIARIES) + r")\b", mt))
    if not auxes:
        return None
    m = rng.choice(auxes)
    negated = "cannot" if m.group() == "can" else m.group() + " not"
    return mt[: m.start()] + negated + mt[m.end() :]


# Phenomenon name -> injector. Names are the benchmark's table rows.
INJECTORS: dict[str, Injector] = {
    "pronoun_gender": swap_pronoun,
    "number": change_number,
    "name_replaced": replace_name,
    "name_removed": remove_name,
    "omission": omit_clause,
    "addition": add_clause,
    "untranslated_words": copy_source_words,
    "untranslated_sentence": copy_source_sentence,
    "negation": flip_negation,
}


def name_pool(pairs: list[tuple[str, str, str]]) -> list[str]:
    """Every name run a corpus's translations render from their sources, less title-cased
    common words ("the Business Minister"): names to put in another name's place."""
    runs = sorted({mt[a:b] for source, mt, lang in pairs for a, b in _name_runs(source, mt, lang)})
    facts = analyse_texts(runs, "en")
    names = []
    for run, fact in zip(runs, facts):
        morphs = fact.morph or []
        if all(m is None or not m.known or all(r.has("np") for r in m.readings) for m in morphs):
            names.append(run)
    return names
