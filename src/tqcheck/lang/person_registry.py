"""The people of one document, and what the source says about each one's gender.

Mentions are clustered by a spelling-independent surname key, so "Лиз Трус", "Трус", "Liz
Truss" and "Truss" are one person. Each cluster collects gender votes with their evidence
(the source word that marks it), and the MT's mentions are linked back to the clusters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from tqcheck.lang.names import consonant_key, name_key
from tqcheck.lang.persons import PersonMention
from tqcheck.types import KnownEntity

# How much one piece of evidence counts: morphology the source spells out beats a name list.
VOTE_WEIGHT = {
    "entity_file": 10.0,
    "participle": 3.0,
    "role_noun": 3.0,
    "honorific": 3.0,
    "first_name": 2.0,
}


@dataclass
class GenderVote:
    gender: str
    evidence: str
    kind: str


@dataclass
class Person:
    key: str
    names: list[str] = field(default_factory=list)
    votes: list[GenderVote] = field(default_factory=list)
    # How the MT spells the person: messages quote the name the way the editor reads it.
    mt_names: list[str] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        pool = self.mt_names or self.names
        return max(pool, key=len) if pool else self.key

    def weight(self, gender: str) -> float:
        return sum(VOTE_WEIGHT.get(v.kind, 1.0) for v in self.votes if v.gender == gender)

    @property
    def gender(self) -> str | None:
        f, m = self.weight("f"), self.weight("m")
        if f >= 2 and f >= 2 * m:
            return "f"
        if m >= 2 and m >= 2 * f:
            return "m"
        return None

    def evidence(self, gender: str) -> list[GenderVote]:
        ranked = sorted(
            (v for v in self.votes if v.gender == gender),
            key=lambda v: -VOTE_WEIGHT.get(v.kind, 1.0),
        )
        unique: dict[str, GenderVote] = {}
        for v in ranked:
            unique.setdefault(v.evidence, v)
        return list(unique.values())


def same_name(a: str, b: str) -> bool:
    """Same name in another script, transliteration or Slavic case ending: no respelling."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 4:
        return True
    # English spellings of names written phonetically in Cyrillic ("Wallace"/"Волас") differ
    # in vowels and length; same-length vowel swaps ("Bruno"/"Bruni") are respellings.
    ca, cb = consonant_key(a), consonant_key(b)
    # A genitive -s ("Mohammeds", "Muhammad's") is no part of the name.
    alike = ca == cb or ca.removesuffix("s") == cb or cb.removesuffix("s") == ca
    return min(len(ca), len(cb)) >= 3 and alike and a[0] == b[0] and len(a) != len(b)


def keys_match(a: str, b: str) -> bool:
    """Same person, even when one side misspells the name (for linking mentions)."""
    if same_name(a, b):
        return True
    return min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 85


class PersonRegistry:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.people: list[Person] = []

    def find(self, key: str) -> Person | None:
        for person in self.people:
            if keys_match(person.key, key):
                return person
        return None

    def add_mention(self, mention: PersonMention, lang: str | None = None) -> Person:
        key = name_key(mention.tokens[-1], lang or self.lang)
        person = self.find(key)
        if person is None:
            person = Person(key=key)
            self.people.append(person)
        person.names.append(mention.text)
        if mention.first_name_gender and len(mention.tokens) > 1:
            person.votes.append(
                GenderVote(mention.first_name_gender, mention.tokens[0], "first_name")
            )
        return person

    def add_known(self, entity: KnownEntity) -> None:
        for name in entity.all_names:
            key = name_key(name.split()[-1])
            person = self.find(key)
            if person is None:
                person = Person(key=key)
                self.people.append(person)
            person.names.append(name)
            if entity.gender:
                person.votes.append(
                    GenderVote(entity.gender, f"entity file: {entity.name}", "entity_file")
                )

    def link(self, mention: PersonMention, lang: str) -> Person | None:
        """The document person an MT mention refers to, matching on any of its words."""
        for word in reversed(mention.tokens):
            person = self.find(name_key(word, lang))
            if person is not None:
                if mention.text not in person.mt_names:
                    person.mt_names.append(mention.text)
                return person
        return None

    @property
    def token_keys(self) -> frozenset[str]:
        """Keys of every word of every known name, so the MT's lone surnames are found."""
        keys = set()
        for person in self.people:
            keys.add(person.key)
            for name in person.names:
                keys.update(name_key(w, self.lang) for w in name.split())
        return frozenset(k for k in keys if len(k) >= 3)
