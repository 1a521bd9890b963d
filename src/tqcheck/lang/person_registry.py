"""The people of one document, and what the source says about each one's gender.

Mentions are clustered by a spelling-independent surname key, so "Лиз Трус", "Трус", "Liz
Truss" and "Truss" are one person. Each cluster collects gender votes with their evidence
(the source word that marks it), and the MT's mentions are linked back to the clusters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tqcheck.lang.name_match import keys_match, same_name
from tqcheck.lang.names import name_key
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


class PersonRegistry:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.people: list[Person] = []
        # Keys looked up since the last person was added (a long text names the same people
        # again and again).
        self._found: dict[str, Person | None] = {}
        self._by_first: dict[str, Person | None] = {}  # (cleared whenever a name is added)

    def find(self, key: str) -> Person | None:
        if key in self._found:
            return self._found[key]
        found = next((p for p in self.people if keys_match(p.key, key)), None)
        self._found[key] = found
        return found

    def _new_person(self, key: str) -> Person:
        person = Person(key=key)
        self.people.append(person)
        self._found.clear()
        return person

    def add_mention(self, mention: PersonMention, lang: str | None = None) -> Person:
        key = name_key(mention.tokens[-1], lang or self.lang)
        person = self.find(key) or self._new_person(key)
        person.names.append(mention.text)
        self._by_first.clear()
        if mention.first_name_gender and len(mention.tokens) > 1:
            person.votes.append(
                GenderVote(mention.first_name_gender, mention.tokens[0], "first_name")
            )
        return person

    def add_known(self, entity: KnownEntity) -> None:
        for name in entity.all_names:
            key = name_key(name.split()[-1])
            person = self.find(key) or self._new_person(key)
            person.names.append(name)
            self._by_first.clear()
            if entity.gender:
                person.votes.append(
                    GenderVote(entity.gender, f"entity file: {entity.name}", "entity_file")
                )

    def link(self, mention: PersonMention, lang: str) -> Person | None:
        """The document person an MT mention refers to, matching on any of its words: the
        surname in any transcription, or else the first name of one person alone ("Liz")."""
        person = next(
            (p for w in reversed(mention.tokens) if (p := self.find(name_key(w, lang)))), None
        )
        if person is None:
            person = self._by_first_name(name_key(mention.tokens[0], lang))
        if person is not None and mention.text not in person.mt_names:
            person.mt_names.append(mention.text)
        return person

    def _by_first_name(self, key: str) -> Person | None:
        """The one person whose first name this is; None where none or several have it."""
        if key not in self._by_first:
            self._by_first[key] = self._one_by_first_name(key)
        return self._by_first[key]

    def _one_by_first_name(self, key: str) -> Person | None:
        found = [
            p
            for p in self.people
            if any(
                len(words) > 1 and same_name(name_key(words[0], self.lang), key)
                for words in (n.split() for n in p.names)
            )
        ]
        return found[0] if len(found) == 1 and len(key) >= 3 else None

    @property
    def token_keys(self) -> frozenset[str]:
        """Keys of every word of every known name, so the MT's lone surnames are found."""
        keys = set()
        for person in self.people:
            keys.add(person.key)
            for name in person.names:
                keys.update(name_key(w, self.lang) for w in name.split())
        return frozenset(k for k in keys if len(k) >= 3)
