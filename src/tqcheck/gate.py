"""Whether a run passes: the CI gate behind tqcheck's exit status. It fails on a finding at or
above --fail-on (or the level configured for its check) and on a document scoring under
--min-score. A segment that could not be checked fails the run apart from the gate (exit 3):
never a silent pass. A fuzzy
gettext entry is a translator's draft: its findings are reported and fail the gate only with
--fail-on-fuzzy."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from tqcheck.results import DocumentResult, RunReport
from tqcheck.types import SegmentResult, severity_at_least


@dataclass(frozen=True)
class GateRules:
    fail_on: str = "major"
    check_levels: dict[str, str] = field(default_factory=dict)
    min_score: float | None = None
    fail_on_fuzzy: bool = False


# A segment as the gate sees it: (document, id, why it could not be checked or None, whether
# it is a fuzzy entry, (rule, severity) of each finding).
GateSegment = tuple[str | None, str, str | None, bool, list[tuple[str, str]]]


@dataclass(frozen=True)
class GateEssentials:
    """What the gate counts of some checked documents, whatever its rules: plain values that
    a stored result (tqcheck.result_cache) keeps in place of the results."""

    segments: list[GateSegment]
    documents: list[tuple[str, float]]

    def to_json(self) -> str:
        return json.dumps([self.segments, self.documents], ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> GateEssentials:
        segments, documents = json.loads(text)
        return cls(
            [(d, i, e, f, [(r, s) for r, s in found]) for d, i, e, f, found in segments],
            [(d, score) for d, score in documents],
        )


def gate_essentials(
    results: list[SegmentResult], documents: list[DocumentResult]
) -> GateEssentials:
    # (Segments with neither an error nor a finding count for nothing: not kept.)
    segments: list[GateSegment] = [
        (
            r.segment.doc_id,
            r.segment.id,
            r.error,
            bool(r.segment.meta.get("fuzzy")),
            [(f.rule or f.check, f.severity) for f in r.findings],
        )
        for r in results
        if r.error is not None or r.findings
    ]
    return GateEssentials(segments, [(d.id, d.score) for d in documents])


def _level(rule: str, rules: GateRules) -> str:
    """The level configured for the rule, or for the nearest family above it
    ("entities.lost" for "entities.lost.lost-person", then "entities"), or --fail-on."""
    parts = rule.split(".")
    for k in range(len(parts), 0, -1):
        level = rules.check_levels.get(".".join(parts[:k]))
        if level is not None:
            return level
    return rules.fail_on


class GateTally:
    """What the gate needs of a run, added up document by document: a streamed run
    (tqcheck.streamed_run) keeps this instead of every result. Plain values only, so workers
    elsewhere (tqcheck.ray_run) can send theirs to be merged."""

    def __init__(self, rules: GateRules) -> None:
        self.rules = rules
        self.failing = 0  # findings at or above their rule's level
        self.low_count = 0  # documents under --min-score
        self.worst: tuple[str, float] | None = None  # the lowest of them
        self.failed = 0  # segments that could not be checked
        self.first_failed: tuple[str | None, str, str] | None = None  # (doc, id, error)

    def add(self, results: list[SegmentResult], documents: list[DocumentResult]) -> None:
        self.add_essentials(gate_essentials(results, documents))

    def add_essentials(self, essentials: GateEssentials) -> None:
        rules = self.rules
        for doc_id, seg_id, error, fuzzy, findings in essentials.segments:
            if error is not None:
                self.failed += 1
                if self.first_failed is None:
                    self.first_failed = (doc_id, seg_id, error)
            if fuzzy and not rules.fail_on_fuzzy:
                continue
            for rule, severity in findings:
                level = _level(rule, rules)
                if level not in ("never", "off") and severity_at_least(severity, level):
                    self.failing += 1
        for doc_id, score in essentials.documents:
            if rules.min_score is not None and score < rules.min_score:
                self.low_count += 1
                if self.worst is None or score < self.worst[1]:
                    self.worst = (doc_id, score)

    def merge(self, later: GateTally) -> None:
        """Adds the tally of the documents that come after this one's."""
        self.failing += later.failing
        self.low_count += later.low_count
        if later.worst is not None and (self.worst is None or later.worst[1] < self.worst[1]):
            self.worst = later.worst
        self.failed += later.failed
        self.first_failed = self.first_failed or later.first_failed

    def reasons(self) -> list[str]:
        """Why the run fails the gate, one line a reason; empty when it passes."""
        reasons = []
        if self.failing:
            reasons.append(f"{self.failing} finding(s) at or above the fail-on severity")
        if self.worst is not None:
            reasons.append(
                f"{self.low_count} document(s) score under {self.rules.min_score:g} "
                f"(lowest: {self.worst[0]} at {self.worst[1]:.1f})"
            )
        return reasons

    def unchecked(self) -> str | None:
        """Why some segments could not be checked, or None: such a run never passes, whatever
        the gate says (exit 3)."""
        if self.first_failed is None:
            return None
        doc_id, seg_id, error = self.first_failed
        where = f"{doc_id}: " if doc_id else ""
        return f"{self.failed} segment(s) could not be checked (first: {where}{seg_id!r}: {error})"


def tally(report: RunReport, rules: GateRules) -> GateTally:
    counted = GateTally(rules)
    counted.add(report.results, report.documents)
    return counted


def unchecked(report: RunReport) -> str | None:
    return tally(report, GateRules()).unchecked()


def failures(report: RunReport, rules: GateRules) -> list[str]:
    """Why the run fails the gate, one line a reason; empty when it passes."""
    return tally(report, rules).reasons()
