"""A translator renders one name the same way each time: where the same MT word takes the
place of the same source name twice or more in a document ("Кеопса", "Кеопсових" and "Khufu";
"Sainte-Croix" and "Holy Cross" in six sentences; "Лапонци", "Лапонците" and "Sámi", or its
land "Sápmi"), it is the document's rendering of that name, a translation no spelling traces,
far more often than the same wrong name put in its place each time. An injected or slipped
replacement is one word in one place; the name's other mentions keep their rendering.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from tqcheck.lang.name_match import SAME_NAME_FLOOR, letters_or_sounds, same_name, same_or_near
from tqcheck.lang.names import name_key
from tqcheck.types import Finding

REPLACED = "entities.replaced."
# Replacements whose own evidence says the MT word is no rendering at all.
NOT_A_RENDERING = ("replaced.weak", "replaced.lost-known-place")


@dataclass(frozen=True)
class _Replacement:
    position: int  # in the document's findings
    index: int  # the segment's
    start: int | None  # the MT word's
    source_key: str
    mt_key: str


def _replacements(found: list[tuple[int, Finding]], src: str, tgt: str) -> list[_Replacement]:
    out = []
    for position, (index, finding) in enumerate(found):
        rule = finding.rule or ""
        if not rule.startswith(REPLACED) or any(r in rule for r in NOT_A_RENDERING):
            continue
        source_key = name_key(str(finding.evidence.get("source_name", "")), src)
        mt_key = name_key(str(finding.evidence.get("mt", "")), tgt)
        if source_key and mt_key:
            out.append(_Replacement(position, index, finding.start, source_key, mt_key))
    return out


def consistent_renderings(found: list[tuple[int, Finding]], src: str, tgt: str) -> set[int]:
    """The positions in `found` of replacements the document renders the same way elsewhere:
    another mention of the source name (any case form) with the same MT word in its place."""
    # (Alike MT keys begin alike: compare within a first letter only.)
    by_initial: dict[str, list[_Replacement]] = defaultdict(list)
    for replacement in _replacements(found, src, tgt):
        by_initial[replacement.mt_key[0]].append(replacement)
    consistent: set[int] = set()
    for a, b in (pair for group in by_initial.values() for pair in combinations(group, 2)):
        if (a.index, a.start, a.source_key) == (b.index, b.start, b.source_key):
            continue  # one mention
        alike = same_name(a.mt_key, b.mt_key) or (
            letters_or_sounds(a.mt_key, b.mt_key) >= SAME_NAME_FLOOR  # ("Sámi", "Sápmi")
        )
        if alike and same_or_near(a.source_key, b.source_key, False):
            consistent |= {a.position, b.position}
    return consistent
