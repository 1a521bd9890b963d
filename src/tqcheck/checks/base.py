"""The check interface and the document context every check reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from tqcheck.checks.severity import confidence_of
from tqcheck.lang.analysis import TextFacts
from tqcheck.lang.person_registry import PersonRegistry
from tqcheck.lang.profile import LanguageProfile
from tqcheck.types import Document, Finding


@dataclass
class DocumentContext:
    doc: Document
    src: LanguageProfile
    tgt: LanguageProfile
    src_facts: list[TextFacts]
    mt_facts: list[TextFacts]
    persons: PersonRegistry
    # Engine translation of each source segment into the target language, when available.
    forward: list[str] | None = None
    # Engine translation of each MT segment back into the source language, when available.
    backward: list[str] | None = None
    engine_name: str | None = None
    unknown_words: list[list[str]] = field(default_factory=list)
    # chrF (0-100) of each MT segment against the engine's translation of its source.
    cross_chrf: list[float | None] = field(default_factory=list)


class Check:
    """What every check is: a name findings carry, whether it needs an engine translation
    (with `--engine none` such checks are off), the kinds of evidence its findings rest on
    (`rules`: id and what it is), and `run` over one document."""

    name: ClassVar[str] = ""
    needs_engine: ClassVar[bool] = False
    rules: ClassVar[dict[str, str]] = {}

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        """Yield (segment index in the document, finding)."""
        raise NotImplementedError

    def finding(
        self,
        category: str,
        severity: str,
        start: int | None,
        end: int | None,
        message: str,
        evidence: dict[str, Any] | None = None,
        *,
        rule: str,
    ) -> Finding:
        """A finding of this check on the evidence `rule` names, with the rule's measured
        precision as its confidence. `severity` is the one the error has if it is one; a run
        with a minimum confidence reports less sure findings as minor (checks/severity.py)."""
        if rule not in self.rules:
            raise ValueError(f"{self.name}: undeclared rule {rule!r}")
        rule_id = f"{self.name}.{rule}"
        confidence = confidence_of(rule_id)
        return Finding(
            self.name,
            category,
            severity,
            start,
            end,
            message,
            evidence or {},
            confidence,
            rule_id,
            severity,
        )
