"""Whether a run passes: the CI gate behind tqcheck's exit status. It fails on a finding at or
above --fail-on (or the level configured for its check) and on a document scoring under
--min-score. A segment that could not be checked fails the run apart from the gate (exit 3):
never a silent pass. A fuzzy
gettext entry is a translator's draft: its findings are reported and fail the gate only with
--fail-on-fuzzy."""

from __future__ import annotations

from dataclasses import dataclass, field

from tqcheck.results import RunReport
from tqcheck.types import severity_at_least


@dataclass(frozen=True)
class GateRules:
    fail_on: str = "major"
    check_levels: dict[str, str] = field(default_factory=dict)
    min_score: float | None = None
    fail_on_fuzzy: bool = False


def _level(rule: str, rules: GateRules) -> str:
    """The level configured for the rule, or for the nearest family above it
    ("entities.lost" for "entities.lost.lost-person", then "entities"), or --fail-on."""
    parts = rule.split(".")
    for k in range(len(parts), 0, -1):
        level = rules.check_levels.get(".".join(parts[:k]))
        if level is not None:
            return level
    return rules.fail_on


def unchecked(report: RunReport) -> str | None:
    """Why some segments could not be checked, or None: such a run never passes, whatever the
    gate says (exit 3)."""
    failed = [r for r in report.results if r.error is not None]
    if not failed:
        return None
    first = failed[0]
    where = f"{first.segment.doc_id}: " if first.segment.doc_id else ""
    return (
        f"{len(failed)} segment(s) could not be checked (first: {where}{first.segment.id!r}:"
        f" {first.error})"
    )


def failures(report: RunReport, rules: GateRules) -> list[str]:
    """Why the run fails the gate, one line a reason; empty when it passes."""
    reasons = []
    failing = 0
    for result, finding in report.findings():
        if result.segment.meta.get("fuzzy") and not rules.fail_on_fuzzy:
            continue
        level = _level(finding.rule or finding.check, rules)
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
