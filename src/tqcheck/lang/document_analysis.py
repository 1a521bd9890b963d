"""One document's language facts on both sides, and the people it names.

The source's people are gathered first, with the gender each mention's cues give them; the
MT's mentions are then linked to them, so a pronoun in the MT can be checked against what the
source says about its referent.
"""

from __future__ import annotations

from dataclasses import dataclass

from tqcheck.lang.analysis import Morphology, TextFacts, analyse_texts
from tqcheck.lang.person_registry import GenderVote, PersonRegistry
from tqcheck.text.placeholders import blank_placeholders
from tqcheck.types import Document, KnownEntity

# The analyser's units for each segment of a document, source side and MT side.
DocumentMorphology = tuple[list[Morphology | None], list[Morphology | None]]


@dataclass
class DocumentFacts:
    src: list[TextFacts]
    mt: list[TextFacts]
    persons: PersonRegistry


def analyse_document(
    doc: Document,
    src: str,
    tgt: str,
    entities: list[KnownEntity],
    morphs: DocumentMorphology | None,
    people: bool = True,
) -> DocumentFacts:
    """Both sides' facts; `people` False skips persons and their gender (see analyse_texts)."""
    src_morph, mt_morph = morphs or (None, None)
    # Placeholders ({name}, %s, <b>) are blanked for the language checks: same offsets, no
    # "untranslated word" or "person" made of a variable name.
    src_facts = analyse_texts(
        [blank_placeholders(s.source) for s in doc.segments], src, morphs=src_morph, people=people
    )
    registry = PersonRegistry(src)
    for entity in entities:
        registry.add_known(entity)
    for facts in src_facts:
        found = {id(m): registry.add_mention(m) for m in facts.persons}
        for mention, cue in facts.person_cues:
            found[id(mention)].votes.append(GenderVote(cue.gender, cue.word, cue.kind))
    mt_facts = analyse_texts(
        [blank_placeholders(s.mt) for s in doc.segments],
        tgt,
        registry.token_keys,
        morphs=mt_morph,
        people=people,
    )
    for facts in mt_facts:
        for mention in facts.persons:
            person = registry.link(mention, tgt)
            # A first name the MT spells out ("Liz Truss") is evidence too.
            if person is not None and mention.first_name_gender and len(mention.tokens) > 1:
                person.votes.append(
                    GenderVote(mention.first_name_gender, mention.tokens[0], "first_name")
                )
    return DocumentFacts(src_facts, mt_facts, registry)
