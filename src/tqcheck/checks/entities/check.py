"""Names: a source name missing, replaced or respelled in the MT, a name in the MT that the
source does not have, and one name spelled two ways in one document ("Sergey"/"Sergei").

Names are compared through a spelling-independent key (lang/names.py), so Cyrillic "Шојгу"
matches Latin "Shoigu" and Macedonian "Лавровиот" matches "Lavrov". Where the name is
translated rather than transliterated ("Обединетите Нации", "Deutschland"), the engine's own
translation of the source, and the MT translated back, say what the MT should contain.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.checks.entities.pairing import Pairing, pair_lost_names, reassign_unnamed_places
from tqcheck.checks.entities.renderings import consistent_renderings
from tqcheck.checks.entities.rules import (
    Replacement,
    declared_rules,
    omission_evidence,
    replacement_evidence,
    unfounded_evidence,
)
from tqcheck.checks.entities.sentence import RESPELLING_FLOOR, SentencePair
from tqcheck.checks.entities.source_names import LostNames, lost_names
from tqcheck.checks.entities.spelling import spelled_two_ways
from tqcheck.checks.entities.words import has_person_reading, name_parts
from tqcheck.lang.names import name_key
from tqcheck.lang.pinyin_names import pinyin_names, read_in
from tqcheck.lang.places import english_place_names
from tqcheck.text.tokens import Token
from tqcheck.types import Finding

# Sentences before whose MT may name what a pronoun stands for.
EARLIER_SEGMENTS = 2


class EntitiesCheck(Check):
    name = "entities"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = declared_rules()

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        found: list[tuple[int, Finding]] = []
        for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
            if src.text.strip() and mt.text.strip():
                forward = ctx.forward[index] if ctx.forward else None
                backward = ctx.backward[index] if ctx.backward else None
                pair = SentencePair.read(src, mt, forward, backward, ctx)
                pair.earlier_mt = ctx.mt_facts[max(0, index - EARLIER_SEGMENTS) : index]
                found += [(index, finding) for finding in self._compare(pair)]
        consistent = consistent_renderings(found, ctx.src.code, ctx.tgt.code)
        for position, (index, finding) in enumerate(found):
            yield index, self._rendering(finding) if position in consistent else finding
        for index, earlier, surface, start, end, first in spelled_two_ways(ctx):
            yield (
                index,
                self.finding(
                    category="Terminology/Inconsistent",
                    severity="minor",
                    start=start,
                    end=end,
                    message=f"name spelled two ways in one document: '{earlier}' and '{surface}'",
                    evidence={"spellings": [earlier, surface], "first_segment": first},
                    rule="spelled-two-ways",
                ),
            )

    def _compare(self, pair: SentencePair) -> Iterator[Finding]:
        lost = lost_names(pair)
        for respelling in lost.respellings:
            yield self._respelled(respelling.name, respelling.romanised, respelling.mt)
        pairing = pair_lost_names(pair, lost)
        yield from self._pinyin_names(pair, pairing)
        reassign_unnamed_places(pair, lost, pairing)
        for name, _key in lost.names:
            yield self._lost(pair, lost, pairing, name)
        for tok in pairing.unnamed:
            # "Jordan", "Georgia", "Paris": also people's names (the analyser reads them so),
            # or a US state named like a country: worth a look, not sure.
            person = has_person_reading(pair.mt, tok.start, tok.end)
            message = f"MT names '{tok.text}', a place the source does not name"
            rule = "unnamed-place-also-person" if person else "unnamed-place"
            yield self._unfounded(tok, message, _with_engine(rule, pair, rule), not person)
        for tok in pair.sourceless:
            if tok.start in pairing.claimed:
                continue
            parts = name_parts(tok, pair.dictionary)
            runs, tagger = pair.runs, pair.tagger
            if (
                runs is not None
                and tagger is not None
                and parts
                and all(tagger.is_source_name(p, pair.src.text, runs) for p in parts)
            ):
                continue  # the pinyin or the sound of a source name ("Drian", 勒德里昂)
            message = f"MT name '{tok.text}' has no counterpart in the source"
            found = unfounded_evidence(pair, tok, parts)
            rule = _with_engine(f"unfounded.{found or 'weak'}", pair, found)
            yield self._unfounded(tok, message, rule, found is not None)

    def _pinyin_names(self, pair: SentencePair, pairing: Pairing) -> Iterator[Finding]:
        """Chinese people's names in pinyin are the sounds of source characters."""
        surnames = pair.ctx.src.pinyin_surnames
        mt = pair.mt
        for person in pinyin_names(mt.text, mt.tokens, surnames) if surnames else []:
            if person.start in pairing.claimed | pair.rendered or (
                person.text in english_place_names(pair.ctx.tgt.code)
            ):
                continue  # ("Hong Kong" reads hong kong, and is no person)
            pairing.claimed |= {t.start for t in mt.tokens if person.start <= t.start < person.end}
            if read_in(person, pair.src.text):
                continue
            yield self.finding(
                category="Accuracy/Mistranslation",
                severity="major",
                start=person.start,
                end=person.end,
                message=(
                    f"MT name '{person.text}' is not in the source: no characters there "
                    f"read {person.sounds}"
                ),
                evidence={"mt": person.text, "pinyin": person.sounds},
                rule="pinyin-not-in-source",
            )

    def _lost(self, pair: SentencePair, lost: LostNames, pairing: Pairing, name: str) -> Finding:
        romanised = lost.romanised(name, pair.ctx.src.code)
        if name in pairing.pairs:
            partner, similarity = pairing.pairs[name]
            if name in lost.english_of:
                similarity = 0.0  # (a misspelt English name was found before)
            if similarity >= RESPELLING_FLOOR:
                return self._respelled(name, romanised, partner)
            found = replacement_evidence(Replacement(pair, lost, name, partner, similarity))
            return self.finding(
                category="Accuracy/Mistranslation",
                severity="major" if found else "minor",
                start=partner.start,
                end=partner.end,
                message=(
                    f"source name '{name}' ({romanised}) is replaced by '{partner.text}' in the MT"
                ),
                evidence={"source_name": name, "romanised": romanised, "mt": partner.text},
                rule=_with_engine(f"replaced.{found or 'weak'}", pair, found),
            )
        found = omission_evidence(pair, lost, name, pairing)
        rule = _with_engine(f"lost.{found or 'weak'}", pair, found)
        if (
            found
            and name not in lost.english_of
            and pair.named_before(name_key(name, pair.ctx.src.code))
        ):
            found, rule = None, "lost.named-before"
        return self.finding(
            category="Accuracy/Omission",
            severity="major" if found else "minor",
            start=None,
            end=None,
            message=f"source name '{name}' ({romanised}) is missing from the MT",
            evidence={"source_name": name, "romanised": romanised},
            rule=rule,
        )

    def _rendering(self, finding: Finding) -> Finding:
        """A replacement the document makes each time it names the source name."""
        evidence = finding.evidence
        return self.finding(
            category=finding.category,
            severity="minor",
            start=finding.start,
            end=finding.end,
            message=(
                f"source name '{evidence['source_name']}' ({evidence['romanised']}) is "
                f"'{evidence['mt']}' in the MT, as wherever the document names it: a "
                "translation, or the same error each time"
            ),
            evidence=evidence,
            rule="replaced.consistent",
        )

    def _unfounded(self, tok: Token, message: str, rule: str, sure: bool) -> Finding:
        """A finding on an MT name that translates nothing in the source."""
        return self.finding(
            category="Accuracy/Mistranslation",
            severity="major" if sure else "minor",
            start=tok.start,
            end=tok.end,
            message=message,
            evidence={"mt": tok.text},
            rule=rule,
        )

    def _respelled(self, name: str, romanised: str, tok: Token) -> Finding:
        # Languages spell foreign names their own way (Трамп/Trump, Kazablanka/Casablanca,
        # Kreti/Crete): a respelling is worth a look, not proof of an error.
        return self.finding(
            category="Accuracy/Mistranslation",
            severity="minor",
            start=tok.start,
            end=tok.end,
            message=f"source name '{name}' ({romanised}) is spelled '{tok.text}' in the MT",
            evidence={"source_name": name, "romanised": romanised, "mt": tok.text},
            rule="respelled",
        )


def _with_engine(rule: str, pair: SentencePair, found: str | None) -> str:
    """With an engine translation, a source name counts as lost only where the engine renders
    it, and an MT name as the source's only where the engine's translation lacks it too: a
    second, independent signal, calibrated as its own kind of evidence."""
    if not found or found == "name-the-engine-lacks" or pair.forward is None:
        return rule
    return f"{rule}.vs-engine"
