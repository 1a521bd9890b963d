"""Names: a source name missing or changed in the MT, and one name spelled two ways in one
document ("Sergey"/"Sergei").

Names are compared through a spelling-independent key (lang/names.py), so Cyrillic "Шојгу"
matches Latin "Shoigu" and Macedonian "Лавровиот" matches "Lavrov".
"""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz

from tqcheck.checks.base import DocumentContext
from tqcheck.lang.analysis import TextFacts
from tqcheck.lang.names import name_key, to_latin
from tqcheck.lang.person_registry import same_name
from tqcheck.text.tokens import Token, is_sentence_initial
from tqcheck.types import Finding

# Below this, a capitalised MT word is a different name, not a misspelling of the source's.
MISSPELLING_FLOOR = 55
# Words the analyser did not know are names less surely than persons are: only a close
# respelling counts, and their absence proves nothing (they may be translated common words).
UNKNOWN_WORD_FLOOR = 72


def _person_names(facts: TextFacts) -> list[str]:
    return [m.tokens[-1] for m in facts.persons]


def _source_names(facts: TextFacts) -> list[str]:
    """Surnames and single names of persons, plus capitalised words the analyser did not know
    (foreign names are what an analyser lacks)."""
    names = _person_names(facts)
    if facts.morph is not None:
        for tok, morph in zip(facts.tokens, facts.morph):
            if (
                morph is not None
                and not morph.known
                and tok.is_capitalised
                and tok.text[0].isalpha()
                and not is_sentence_initial(facts.text, tok.start)
                and len(tok.text) > 2
                and tok.text not in names
            ):
                names.append(tok.text)
    return names


def _mt_name_tokens(facts: TextFacts) -> list[Token]:
    return [t for t in facts.tokens if t.is_capitalised and t.text[0].isalpha() and len(t.text) > 1]


class EntitiesCheck:
    name = "entities"
    needs_engine = False

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
            if src.text.strip() and mt.text.strip():
                for finding in self._missing_or_changed(src, mt, ctx):
                    yield index, finding
        yield from self._spelled_two_ways(ctx)

    def _missing_or_changed(
        self, src: TextFacts, mt: TextFacts, ctx: DocumentContext
    ) -> Iterator[Finding]:
        candidates = _mt_name_tokens(mt)
        mt_keys = [(t, name_key(t.text, ctx.tgt.code)) for t in candidates]
        all_keys = [name_key(t.text, ctx.tgt.code) for t in mt.tokens]
        source_names = _source_names(src)
        source_keys = [name_key(n, ctx.src.code) for n in source_names]
        persons = set(_person_names(src))
        # MT words that render some source name are not candidates for a respelling.
        unclaimed = [(t, k) for t, k in mt_keys if not any(same_name(k, sk) for sk in source_keys)]
        for name in dict.fromkeys(source_names):
            key = name_key(name, ctx.src.code)
            if len(key) < 3 or any(same_name(key, k) for k in all_keys):
                continue
            romanised = to_latin(name, ctx.src.code)
            unmatched = [(t, fuzz.ratio(key, k)) for t, k in unclaimed]
            best = max(unmatched, key=lambda x: x[1], default=None)
            is_person = name in persons
            floor = MISSPELLING_FLOOR if is_person else UNKNOWN_WORD_FLOOR
            if best is not None and best[1] >= floor:
                tok = best[0]
                # Across scripts, English conventions (Трамп/Trump, Картер/Carter) look like
                # respellings; only a same-script respelling is surely an error.
                cross_script = ctx.src.script != ctx.tgt.script
                yield Finding(
                    check=self.name,
                    category="Accuracy/Mistranslation",
                    severity="minor" if cross_script else "major",
                    start=tok.start,
                    end=tok.end,
                    message=f"source name '{name}' ({romanised}) appears as '{tok.text}' in MT",
                    evidence={"source_name": name, "romanised": romanised, "mt": tok.text},
                )
            elif is_person:
                yield Finding(
                    check=self.name,
                    category="Accuracy/Omission",
                    severity="major",
                    start=None,
                    end=None,
                    message=f"source name '{name}' ({romanised}) is missing from the MT",
                    evidence={"source_name": name, "romanised": romanised},
                )

    def _spelled_two_ways(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        first_seen: dict[str, tuple[str, int]] = {}
        reported: set[tuple[str, str]] = set()
        for index, facts in enumerate(ctx.mt_facts):
            for tok in _mt_name_tokens(facts):
                if len(tok.text) < 4 or is_sentence_initial(facts.text, tok.start):
                    continue
                surface = tok.text.removesuffix("'s").removesuffix("’s")
                key = name_key(surface, ctx.tgt.code)
                if key not in first_seen:
                    first_seen[key] = (surface, index)
                    continue
                earlier, earlier_index = first_seen[key]
                pair = (earlier, surface)
                if surface == earlier or earlier.lower() == surface.lower() or pair in reported:
                    continue
                reported.add(pair)
                yield (
                    index,
                    Finding(
                        check=self.name,
                        category="Terminology/Inconsistent",
                        severity="minor",
                        start=tok.start,
                        end=tok.end,
                        message=(
                            f"name spelled two ways in one document: '{earlier}' and '{surface}'"
                        ),
                        evidence={"spellings": [earlier, surface], "first_segment": earlier_index},
                    ),
                )
