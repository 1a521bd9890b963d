"""The benchmark's error injector (bench/perturb.py) makes the error it names, and only it."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import perturb


def _rng() -> random.Random:
    return random.Random(1)


def test_pronoun_swap_keeps_case_and_picks_possessive_or_object() -> None:
    assert perturb.swap_pronoun("", "She said it.", "mk", _rng(), []) == "He said it."
    assert perturb.swap_pronoun("", "They met her at noon.", "mk", _rng(), []) == (
        "They met him at noon."
    )
    assert perturb.swap_pronoun("", "They met her brother.", "mk", _rng(), []) == (
        "They met his brother."
    )
    assert perturb.swap_pronoun("", "They met the team.", "mk", _rng(), []) is None


def test_negation_flip_both_ways() -> None:
    assert perturb.flip_negation("", "The road is not open.", "mk", _rng(), []) == (
        "The road is open."
    )
    assert perturb.flip_negation("", "The road is open.", "mk", _rng(), []) == (
        "The road is not open."
    )


def test_number_change_only_touches_a_number_the_source_has() -> None:
    damaged = perturb.change_number("Дојдоа 25 луѓе.", "25 people came.", "mk", _rng(), [])
    assert damaged is not None and damaged != "25 people came." and "people came." in damaged
    assert perturb.change_number("Дојдоа луѓе.", "25 people came.", "mk", _rng(), []) is None


def test_clause_omission_leaves_a_sentence() -> None:
    mt = "The council met on Monday in the old town hall, and the mayor presented the budget."
    damaged = perturb.omit_clause("", mt, "mk", _rng(), [])
    assert damaged == "The council met on Monday in the old town hall."
