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
from tqcheck.checks.truncation import TruncationCheck
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
    TruncationCheck,
    FluencyCheck,
    CoverageCheck,
    CrossTranslationCheck,
)


# Catalog strings are not news. A localization input (PO, XLIFF, TMX, JSON resources) runs by
# default the checks whose findings shipped catalogs bear out (bench/l10n.py); the news checks
# (names, gender, negation, coverage) flag a quarter of shipped units there and catch nothing a
# gate needs, so they run only when asked for by name, and then report minor findings.
LOCALIZATION_CHECKS = frozenset(
    {"placeholders", "numbers", "untranslated", "truncation", GlossaryCheck.name}
)


def _classes() -> tuple[type[Check], ...]:
    return (*ALL_CHECKS, GlossaryCheck)


def check_names() -> set[str]:
    return {cls.name for cls in _classes()}


def rule_ids() -> set[str]:
    """Every rule a finding may cite ("placeholders.type-mismatch"), and each of their
    prefixes ("entities.lost")."""
    ids = set()
    for cls in _classes():
        for rule in cls.rules:
            parts = f"{cls.name}.{rule}".split(".")
            ids |= {".".join(parts[:k]) for k in range(1, len(parts) + 1)}
    return ids


def unknown_names(names: list[str] | tuple[str, ...] | set[str]) -> list[str]:
    """The names that are no check and no rule, for a usage error."""
    known = rule_ids()
    return sorted(n for n in names if n not in known)


def checks_for(
    with_engine: bool,
    only: tuple[str, ...] = (),
    glossary: list[GlossaryEntry] | None = None,
    localization: bool = False,
) -> list[Check]:
    checks: list[Check] = [cls() for cls in ALL_CHECKS]
    if glossary:
        checks.append(GlossaryCheck(glossary))
    if only:
        checks = [c for c in checks if c.name in only]
    elif localization:
        checks = [c for c in checks if c.name in LOCALIZATION_CHECKS]
    return [c for c in checks if with_engine or not c.needs_engine]
