"""The checks tqcheck runs, in report order."""

from __future__ import annotations

from tqcheck.checks.alignment_gaps import AlignmentGapsCheck
from tqcheck.checks.base import Check
from tqcheck.checks.coverage import CoverageCheck
from tqcheck.checks.cross_translation import CrossTranslationCheck
from tqcheck.checks.entities import EntitiesCheck
from tqcheck.checks.fluency import FluencyCheck
from tqcheck.checks.glossary import GlossaryCheck
from tqcheck.checks.negation import NegationCheck
from tqcheck.checks.numbers import NumbersCheck
from tqcheck.checks.placeholders import PlaceholdersCheck
from tqcheck.checks.pronoun_gender import PronounGenderCheck
from tqcheck.checks.untranslated import UntranslatedCheck
from tqcheck.types import GlossaryEntry

ALL_CHECKS: tuple[type[Check], ...] = (
    PlaceholdersCheck,
    AlignmentGapsCheck,
    PronounGenderCheck,
    NumbersCheck,
    NegationCheck,
    EntitiesCheck,
    UntranslatedCheck,
    FluencyCheck,
    CoverageCheck,
    CrossTranslationCheck,
)


def checks_for(
    with_engine: bool, only: tuple[str, ...] = (), glossary: list[GlossaryEntry] | None = None
) -> list[Check]:
    checks: list[Check] = [cls() for cls in ALL_CHECKS]
    if glossary:
        checks.append(GlossaryCheck(glossary))
    if only:
        checks = [c for c in checks if c.name in only]
    return [c for c in checks if with_engine or not c.needs_engine]
