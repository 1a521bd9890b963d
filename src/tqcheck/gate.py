"""Whether a run passes: the CI gate behind tqcheck's exit status. It fails on a finding at or
above --fail-on (or the level configured for its check), and on a document scoring under
--min-score."""

from __future__ import annotations

from dataclasses import dataclass, field

from tqcheck.results import RunReport
from tqcheck.types import severity_at_least


@dataclass(frozen=True)
class GateRules:
    fail_on: str = "major"
    check_levels: dict[str, str] = field(default_factory=dict)
    min_score: float | None = None


def failures(report: RunReport, rules: GateRules) -> list[str]:
    """Why the run fails, one line a reason; empty when it passes."""
    reasons = []
    failing = 0
    for _, finding in report.findings():
        level = rules.check_levels.get(finding.check, rules.fail_on)
        if level not in ("never", "off") and severity_at_least(finding.severity, level):
            failing += 1
    if failing:
        reasons.append(f"{failing} finding(s) at or above the fail-on severity")
    if rules.min_score is not None:
        low = [d for d in report.documents if d.score < rules.min_score]
        if low:
            worst = min(low, key=lambda d: d.score)
            reasons.append(
                f"{len(low)} document(s) score under {rules.min_score:g} "
                f"(lowest: {worst.id} at {worst.score:.1f})"
            )
    return reasons
