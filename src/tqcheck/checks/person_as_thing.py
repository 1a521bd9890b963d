"""A person the MT calls "it": "Moscow agreed to visit it", where the source's "ја прими"
(receive her) refers to the minister named before.

The source's pronoun or clitic is of a gender whose forms stand for no neuter noun (the
feminine "ја", "ѝ" in Macedonian; not "го", him or it), a person the source marks as of that
gender is named in the sentence or the few before it, the MT has
fewer pronouns of that gender than the source and an "it" where a verb or preposition takes
its object. A feminine clitic also stands for a feminine thing ("ја посети Москва", visit
Moscow): one signal, worth a look, calibrated as its own rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tqcheck.checks.base import DocumentContext
from tqcheck.lang.analysis import TextFacts

# Segments back in which a person of the pronoun's gender makes the reading likely (a news
# story names its protagonist once, then says "the minister").
CONTEXT_SEGMENTS = 5
# Marks that end a clause.
CLAUSE_BREAKS = frozenset(",;:—–-()")
# Readings of the word before "it" that take an object: a verb or a preposition.
OBJECT_TAKERS = ("vblex", "vbmod", "vbhaver", "vbdo", "pr")


@dataclass(frozen=True)
class PersonAsThing:
    start: int
    end: int
    pronoun: str  # the MT's "it"
    source_word: str  # the source pronoun that marks the gender
    gender: str
    who: str  # the person or role noun in the context


def _gendered_pronouns(facts: TextFacts, ctx: DocumentContext, gender: str) -> list[str]:
    """Source pronouns of the gender that stand for no neuter noun, by the analyser a pronoun,
    and with no thing of that gender they may stand for."""
    found = []
    for i, tok in enumerate(facts.tokens):
        lower = tok.lower
        if ctx.src.pronouns.get(lower) != gender or lower in ctx.src.pronouns_also_neuter:
            continue
        if lower in ctx.src.subject_pronouns:
            continue  # ("таа" is "she": a subject the MT's "it" would not render)
        morph = facts.morph[i] if facts.morph else None
        pronoun = morph is None or not morph.known or any(r.has("prn") for r in morph.readings)
        if pronoun and not _thing_it_may_be(facts, i, gender):
            found.append(tok.text)
    return found


def _is_thing(facts: TextFacts, i: int, gender: str) -> bool:
    """A noun of the gender that is no person ("Москва", "Россия", "можност")."""
    morph = facts.morph[i] if facts.morph else None
    return morph is not None and any(
        (r.has("n") or r.has("np")) and r.gender == gender and not (r.has("ant") or r.has("cog"))
        for r in morph.readings
    )


def _thing_it_may_be(facts: TextFacts, i: int, gender: str) -> bool:
    """Whether a thing of the gender may be what the pronoun at `i` stands for: one it doubles
    in its clause ("ја посети Москва", visit Moscow), or one in an earlier clause ("Россия -
    ..., нет смысла ее игнорировать"). A noun before it in its own clause is that clause's
    subject, which an object pronoun never stands for ("Москва се согласи да ја прими")."""
    tokens, text = facts.tokens, facts.text
    for j in range(i + 1, len(tokens)):
        if any(ch in text[tokens[j - 1].end : tokens[j].start] for ch in CLAUSE_BREAKS):
            break
        if _is_thing(facts, j, gender):
            return True
    broken = False
    for j in range(i - 1, -1, -1):
        broken = broken or any(
            ch in text[tokens[j].end : tokens[j + 1].start] for ch in CLAUSE_BREAKS
        )
        if broken and _is_thing(facts, j, gender):
            return True
    return False


def _person_in_context(ctx: DocumentContext, index: int, gender: str) -> str | None:
    for back in range(index, max(-1, index - 1 - CONTEXT_SEGMENTS), -1):
        for mention in ctx.mt_facts[back].persons:
            person = ctx.persons.link(mention, ctx.tgt.code)
            if person is not None and person.gender == gender:
                return person.display_name
    return None


def _object_its(facts: TextFacts, ctx: DocumentContext) -> list[int]:
    """Indexes of MT "it" tokens that a verb or a preposition takes as its object."""
    found = []
    for i, tok in enumerate(facts.tokens):
        if i == 0 or tok.lower not in ctx.tgt.inanimate_pronouns:
            continue
        before = facts.morph[i - 1] if facts.morph else None
        if before is not None and any(r.has(t) for r in before.readings for t in OBJECT_TAKERS):
            found.append(i)
    return found


def persons_as_things(ctx: DocumentContext) -> Iterator[tuple[int, PersonAsThing]]:
    if not ctx.src.pronouns_also_neuter or not ctx.tgt.inanimate_pronouns:
        return  # (where the data cannot tell which forms stand for things too)
    for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
        # (Without the source's morphology, no telling a person from a thing of the gender.)
        its = _object_its(mt, ctx) if src.text.strip() and src.morph else []
        for gender in ("f", "m") if its else ():
            source_words = _gendered_pronouns(src, ctx, gender)
            in_mt = sum(ctx.tgt.pronouns.get(t.lower) == gender for t in mt.tokens)
            if len(source_words) <= in_mt:
                continue
            who = _person_in_context(ctx, index, gender)
            if who is None:
                continue
            tok = mt.tokens[its[0]]
            yield index, PersonAsThing(tok.start, tok.end, tok.text, source_words[0], gender, who)
            break
