"""Nouns that name another person in a sentence, by the analyser's animacy tags.

A Russian sentence such as "жена актера ... не отходила от постели" (the actor's wife did not
leave his bedside) marks its subject as a woman, and its translation rightly says "he" of the
actor. A pronoun of the other gender than the subject's is then no error: the sentence has a
second person, named by a common noun, whom the pronoun may mean. Where the analyser tags
animacy (Apertium's Russian analyser: "актера" <n><m><aa>), such a noun is told from a thing.

Only a noun that cannot be the subject counts (no nominative reading): a woman's title in
Russian is often masculine ("премьер-министр Тереза Мэй заявила"), and that title is the
marked person herself, not another one.
"""

from __future__ import annotations

from tqcheck.lang.morphology import MorphToken
from tqcheck.lang.profile import LanguageProfile


def other_person_genders(
    morph: list[MorphToken | None], profile: LanguageProfile
) -> frozenset[str]:
    """The genders of the animate singular common nouns that read only as nouns and never
    as a subject."""
    animate = profile.animate_noun_tag
    if not animate:
        return frozenset()
    found = set()
    for m in morph:
        if m is None or not m.known:
            continue
        readings = m.readings
        # (A plural, "журналистам", is no "he" or "she".)
        if not all(r.has("n", "sg") for r in readings) or any(r.has("nom") for r in readings):
            continue
        genders = {r.gender for r in readings}
        if len(genders) == 1 and all(r.has(animate) for r in readings):
            gender = genders.pop()
            if gender in ("m", "f"):
                found.add(gender)
    return frozenset(found)
