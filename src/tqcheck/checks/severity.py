"""How sure a finding is, and when it may be major or critical.

Every finding names its kind of evidence, its rule ("numbers.changed.number",
"entities.lost.lost-person"). checks/calibration.json holds each rule's confidence: the
precision its findings showed on the dev data's real text (bench/calibrate.py measures it on
real MT with professional MQM ratings and on correct professional translations of whole news
articles, Tatoeba and FLORES). A finding carries its rule's confidence; its severity is the one
the error has if it is one (a wrong pronoun for a person is critical, a changed number major).
A run's minimum confidence (`--min-confidence`, CheckOptions.min_confidence) reports a
finding whose rule is less sure as minor: worth a look, not proof. By default it is
MAJOR_PRECISION, the precision a rule must have shown to make a finding major: precision
first. `--min-confidence 0` shows every finding at the severity its check proposes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from tqcheck.errors import LanguageDataError
from tqcheck.options import PRECISION_FIRST
from tqcheck.types import Finding

MAJOR_PRECISION = PRECISION_FIRST
# The confidence of a rule with no measurement: as likely right as wrong.
MEASURING = 0.5


@dataclass(frozen=True)
class Calibration:
    confidence: float
    basis: str  # how the confidence was estimated, with its counts


@cache
def calibration() -> dict[str, Calibration]:
    path = resources.files("tqcheck.checks") / "calibration.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    try:
        return {
            rule: Calibration(float(entry["confidence"]), str(entry.get("basis", "")))
            for rule, entry in raw["rules"].items()
        }
    except (KeyError, TypeError, ValueError) as exc:
        raise LanguageDataError(f"checks/calibration.json: malformed entry ({exc})") from exc


def confidence_of(rule: str) -> float:
    known = calibration().get(rule)
    return known.confidence if known is not None else MEASURING


def with_min_confidence(finding: Finding, min_confidence: float) -> Finding:
    """The finding, minor where its confidence is under the run's minimum."""
    if finding.severity == "minor" or (finding.confidence or 0.0) >= min_confidence:
        return finding
    return replace(finding, severity="minor")
