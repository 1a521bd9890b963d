"""Wrong pronoun gender: an English he/his/she/her for a person the source marks as the
other gender.

Two levels. Document level: the pronoun's antecedent is resolved to a person mention in the MT
(same sentence first, then the sentences before it), the person is linked to the source, and
the source's morphology, a first-name list or the user's entity file says the person's gender.
Sentence level: with no person to resolve (pro-drop sources, "рекла таа"), the source
sentence's gender cues are compared with the MT sentence's pronouns.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import ClassVar

import regex

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.checks.person_as_thing import persons_as_things
from tqcheck.lang.analysis import TextFacts
from tqcheck.lang.person_registry import Person
from tqcheck.lang.persons import PersonMention
from tqcheck.lang.profile import LanguageProfile
from tqcheck.text.tokens import Token
from tqcheck.types import Finding

GENDER_WORD = {"f": "female", "m": "male"}
# How far back in its own segment a pronoun's antecedent may be (any sentence is shorter).
PRONOUN_REACH_CHARS = 1500
LOOKBACK_SEGMENTS = 2
# Relative distance (share of the sentence) within which a source cue can mark an MT pronoun.
NEARBY = 0.15


@cache
def _generic_pair(pronouns: tuple[str, ...], joiners: tuple[str, ...]) -> regex.Pattern[str] | None:
    """ "he or she", "his/her": a pronoun pair that names no one's gender."""
    if not pronouns:
        return None
    either = "|".join(regex.escape(p) for p in sorted(pronouns, key=len, reverse=True))
    joined = "|".join(["/", *(rf"\b{regex.escape(j)}\b" for j in joiners)])
    return regex.compile(rf"\b({either})\s*(?:{joined})\s*({either})\b", regex.IGNORECASE)


def _generic_pronouns(text: str, profile: LanguageProfile) -> set[int]:
    pair = _generic_pair(tuple(sorted(profile.pronouns)), profile.pronoun_pair_joiners)
    if pair is None:
        return set()
    return {m.start(g) for m in pair.finditer(text) for g in (1, 2)}


def _mt_gender(tok: Token, ctx: DocumentContext) -> str | None:
    """The gender an MT pronoun gives its referent; none for a pronoun of several readings
    (German "sie": she, they or formal you; Italian "Lei")."""
    if tok.lower in ctx.tgt.ambiguous_pronouns:
        return None
    return ctx.tgt.pronouns.get(tok.lower)


def _rule(ctx: DocumentContext, level: str, kind: str) -> str:
    # (A target whose pronouns follow noun gender is weaker evidence, whatever the source.)
    return (
        f"{level}.noun-gender-target" if ctx.tgt.pronouns_follow_noun_gender else f"{level}.{kind}"
    )


class PronounGenderCheck(Check):
    name = "pronoun_gender"
    needs_engine = False
    # Evidence of a person's gender, strongest first (lang/person_registry.py), and of the
    # gender a sentence marks (lang/gender_cues.py).
    rules: ClassVar[dict[str, str]] = {
        **{
            f"person.{kind}": f"a pronoun for a person the source marks as the other gender by "
            f"{what}"
            for kind, what in (
                ("entity_file", "the desk's entity file"),
                ("participle", "a participle"),
                ("role_noun", "a role noun"),
                ("honorific", "an honorific"),
                ("first_name", "a first name"),
            )
        },
        **{
            f"sentence.{kind}": f"a pronoun of the other gender than the {what} nearest it in "
            f"the source sentence marks"
            for kind, what in (
                ("pronoun", "pronoun"),
                ("weak_pronoun", "pronoun of two readings"),
                ("participle", "participle"),
                ("role_noun", "role noun"),
                ("honorific", "honorific"),
            )
        },
        "person.noun-gender-target": "a pronoun for a person the source marks as the other "
        "gender, in a target language whose pronouns follow noun gender",
        "sentence.noun-gender-target": "a pronoun of the other gender than the source sentence "
        "marks, in a target language whose pronouns follow noun gender",
        "person-as-thing": "'it' where the source's pronoun is of a person's gender (and of "
        "no neuter noun) and such a person is in the context",
    }

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        flagged: set[tuple[int, int | None]] = set()
        for index, facts in enumerate(ctx.mt_facts):
            generic = _generic_pronouns(facts.text, ctx.tgt)
            for tok in facts.tokens:
                gender = _mt_gender(tok, ctx)
                if gender is None or tok.start in generic:
                    continue
                finding = self._document_level(ctx, index, tok, gender)
                if finding:
                    flagged.add((index, tok.start))
                    yield index, finding
        for index, facts in enumerate(ctx.mt_facts):
            for finding in self._sentence_level(ctx, index, facts):
                if (index, finding.start) not in flagged:
                    yield index, finding
        for index, found in persons_as_things(ctx):
            yield (
                index,
                self.finding(
                    category="Accuracy/Mistranslation",
                    severity="major",
                    start=found.start,
                    end=found.end,
                    message=(
                        f"MT says '{found.pronoun}' where the source's '{found.source_word}' "
                        f"is {GENDER_WORD[found.gender]}, as {found.who} in the context is"
                    ),
                    evidence={
                        "mt_pronoun": found.pronoun,
                        "source_pronoun": found.source_word,
                        "source_gender": found.gender,
                        "person": found.who,
                    },
                    rule="person-as-thing",
                ),
            )

    def _candidates(self, ctx: DocumentContext, index: int, tok: Token) -> list[Person]:
        """Persons the pronoun may refer to, nearest first; same sentence before earlier ones."""
        # (Within a sentence's reach: a long line holds a whole text, and a person named
        # thousands of characters back is no pronoun's antecedent.)
        same = [
            m
            for m in ctx.mt_facts[index].persons
            if tok.start - PRONOUN_REACH_CHARS <= m.end <= tok.start
        ]
        mentions: list[PersonMention] = list(reversed(same))
        if not mentions:
            for back in range(index - 1, max(-1, index - 1 - LOOKBACK_SEGMENTS), -1):
                mentions.extend(ctx.mt_facts[back].persons)
                if mentions:
                    break
        people: list[Person] = []
        for mention in mentions:
            person = ctx.persons.link(mention, ctx.tgt.code)
            if person is not None and person not in people:
                people.append(person)
        return people

    def _document_level(
        self, ctx: DocumentContext, index: int, tok: Token, gender: str
    ) -> Finding | None:
        people = self._candidates(ctx, index, tok)
        if not people or any(p.gender in (gender, None) for p in people):
            # An antecedent of the pronoun's gender (or of unknown gender) is possible.
            return None
        attached = {id(c) for _, c in ctx.src_facts[index].person_cues}
        if any(c.gender == gender and id(c) not in attached for c in ctx.src_facts[index].cues):
            # The source sentence itself marks someone of the pronoun's gender ("таа", "ѝ").
            return None
        person = people[0]
        actual = person.gender
        assert actual is not None
        evidence = person.evidence(actual)
        quoted = ", ".join(v.evidence for v in evidence[:3])
        return self.finding(
            category="Accuracy/Mistranslation",
            severity="critical",
            start=tok.start,
            end=tok.end,
            message=(
                f"source marks {person.display_name} as {GENDER_WORD[actual]} ({quoted}); "
                f"MT says '{tok.text}'"
            ),
            evidence={
                "person": person.display_name,
                "source_gender": actual,
                "mt_pronoun": tok.text,
                "source_evidence": [v.evidence for v in evidence],
            },
            rule=_rule(ctx, "person", evidence[0].kind),
        )

    @staticmethod
    def _ambiguous_pronoun_of(
        ctx: DocumentContext, src: TextFacts, gender: str, mt_pronoun: str = ""
    ) -> bool:
        subject = mt_pronoun in ctx.tgt.subject_pronouns
        for i, t in enumerate(src.tokens):
            if t.lower not in ctx.src.ambiguous_pronouns or ctx.src.pronouns.get(t.lower) != gender:
                continue
            if subject and t.lower in ctx.src.object_pronouns:
                continue  # "ја" may be "her" or "it", but never "she"
            morph = src.morph[i] if src.morph else None
            # Where the analyser knows the word, it must allow a pronoun reading: Croatian
            # "je" is far more often "is" than "her".
            if morph is None or not morph.known or any(r.has("prn") for r in morph.readings):
                return True
        return False

    def _sentence_level(
        self, ctx: DocumentContext, index: int, facts: TextFacts
    ) -> Iterator[Finding]:
        src = ctx.src_facts[index]
        if not src.text.strip():
            return
        # Cues tied to a named person speak about that person only; the rest mark the
        # sentence's unnamed subject or a pronoun's referent.
        attached = {id(c) for _, c in src.person_cues}
        free = [c for c in src.cues if id(c) not in attached]
        if not free:
            return
        named = {p.gender for m in facts.persons if (p := ctx.persons.link(m, ctx.tgt.code))}
        named |= {m.first_name_gender for m in facts.persons}
        # Persons the source names by a common noun besides its subject ("актера").
        others = src.other_person_genders
        src_len, mt_len = max(len(src.text), 1), max(len(facts.text), 1)
        wrong: list[tuple[Token, str]] = []  # with the kind of cue it contradicts
        generic = _generic_pronouns(facts.text, ctx.tgt)
        for tok in facts.tokens:
            gender = _mt_gender(tok, ctx)
            if (
                gender is None
                or tok.start in generic
                or gender in named
                or self._ambiguous_pronoun_of(ctx, src, gender, tok.lower)
            ):
                # A named person of the pronoun's gender, or a source pronoun that may be one
                # ("ја" is "her" or "it"), can be what the MT's pronoun refers to.
                continue
            # Word order is roughly kept in translation: the cue nearest the pronoun's
            # relative position marks its referent; a cue of the pronoun's own gender nearby
            # (agreement with some other noun, a second person) leaves it unproven.
            where = tok.start / mt_len
            distance = sorted((abs(c.start / src_len - where), c) for c in src.cues)
            nearest = distance[0][1]
            near_same = any(d <= NEARBY and c.gender == gender for d, c in distance)
            # A participle marks its clause's subject; where the sentence has another
            # person of the pronoun's gender, the pronoun may mean that one. A source
            # pronoun near it is the MT pronoun's own counterpart.
            counterpart = any(d <= NEARBY and c.kind == "pronoun" for d, c in distance)
            other = gender in others and not counterpart
            if nearest.gender != gender and not near_same and not other and nearest in free:
                wrong.append((tok, nearest.kind))
        if not wrong:
            return
        marked = "m" if ctx.tgt.pronouns[wrong[0][0].lower] == "f" else "f"
        words = ", ".join(dict.fromkeys(c.word for c in free))
        for tok, kind in wrong:
            yield self.finding(
                category="Accuracy/Mistranslation",
                severity="major",
                start=tok.start,
                end=tok.end,
                message=(
                    f"source marks the person as {GENDER_WORD[marked]} ({words}); "
                    f"MT says '{tok.text}'"
                ),
                evidence={"source_gender": marked, "source_cues": words, "mt_pronoun": tok.text},
                rule=_rule(ctx, "sentence", kind),
            )
