"""A number, year, date part, month or clock time found in a text, as a value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NumberMention:
    value: float
    kind: str  # "number", "month" or "time"
    text: str
    start: int
    end: int
    # Spelled-out numbers ("three", "тројца") satisfy a match but are too irregular across
    # languages (collective numerals, idioms) to be evidence of an error on their own.
    from_word: bool = False
    # "1,400" is 1400 or 1.4 depending on the writer's convention: the other reading.
    alternative: float | None = None
    # Written as a decade ("1970s", "1850's").
    decade: bool = False
    # Digits inside a code ("UTF-8", "base-64", "A4"): copied, never translated.
    in_code: bool = False

    def __post_init__(self) -> None:
        # Products of decimals carry float noise (39.6632 × 10,000 is 396631.99999999994):
        # values compare at twelve significant digits.
        object.__setattr__(self, "value", _significant(self.value))
        if self.alternative is not None:
            object.__setattr__(self, "alternative", _significant(self.alternative))


def _significant(value: float) -> float:
    return float(f"{value:.12g}")
