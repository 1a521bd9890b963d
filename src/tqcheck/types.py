"""Core types shared by every stage: plain dataclasses, no behaviour beyond serialisation.

Offsets in a Finding are character offsets into the segment's `mt`, so that any tool reading
the JSONL output can highlight the span without re-tokenising.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("minor", "major", "critical")
SEVERITY_RANK = {"minor": 1, "major": 2, "critical": 3}


@dataclass
class Segment:
    id: str
    source: str
    mt: str
    references: tuple[str, ...] = ()
    doc_id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Finding:
    check: str
    category: str
    severity: str
    start: int | None
    end: int | None
    message: str
    evidence: dict[str, Any] = field(default_factory=dict)
    # The estimated chance (0-1) that the finding is a real error: the precision its kind of
    # evidence showed on real text (checks/calibration.json).
    confidence: float | None = None
    # A stable id of that kind of evidence ("numbers.changed", "entities.lost.person").
    rule: str = ""
    # The severity the error has if it is one; `severity` is lower where the evidence is
    # not precise enough (checks/severity.py). The score weighs this by `confidence`.
    severity_if_real: str = ""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITY_RANK:
            raise ValueError(f"unknown severity {self.severity!r}")
        if not self.severity_if_real:
            self.severity_if_real = self.severity

    def to_dict(self) -> dict[str, Any]:
        row: dict[str, Any] = {
            "check": self.check,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "evidence": self.evidence,
        }
        if self.confidence is not None:
            row["confidence"] = round(self.confidence, 3)
        if self.rule:
            row["rule"] = self.rule
        return row


@dataclass
class SegmentResult:
    segment: Segment
    findings: list[Finding]
    score: float | None
    translations: dict[str, str] = field(default_factory=dict)
    metrics: dict[str, float] = field(default_factory=dict)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        row: dict[str, Any] = {
            "id": self.segment.id,
            "score": None if self.score is None else round(self.score, 2),
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.segment.doc_id is not None:
            row["doc_id"] = self.segment.doc_id
        if self.translations:
            row["translations"] = self.translations
        if self.metrics:
            row["metrics"] = {k: round(v, 4) for k, v in self.metrics.items()}
        if self.error is not None:
            row["error"] = self.error
        if self.segment.meta.get("fuzzy"):
            row["fuzzy"] = True  # (a draft: its findings fail the gate only if asked)
        return row


@dataclass
class Document:
    """Segments that belong together: pronoun antecedents and name spellings cross segments."""

    id: str
    segments: list[Segment]
    # Text that one side has and the other lacks, found when aligning whole articles.
    unaligned_source: list[str] = field(default_factory=list)


def group_documents(segments: list[Segment]) -> list[Document]:
    """Rows with the same doc_id form one document in file order; others stand alone."""
    docs: dict[str, Document] = {}
    order: list[Document] = []
    for seg in segments:
        if seg.doc_id is None:
            doc = Document(id=seg.id, segments=[seg])
            order.append(doc)
            continue
        if seg.doc_id not in docs:
            docs[seg.doc_id] = Document(id=seg.doc_id, segments=[])
            order.append(docs[seg.doc_id])
        docs[seg.doc_id].segments.append(seg)
    return order


# Segments translated and analysed together: enough for the engines to batch well, few enough
# for a streamed run's memory. Apertium carries state from one line to the next, so every kind
# of run (whole, streamed, on Ray) cuts the same batches, and translates a file the same way.
BATCH_SEGMENTS = 2000


def document_batches(
    docs: Iterable[Document], size: int = BATCH_SEGMENTS
) -> Iterator[list[Document]]:
    """Whole documents in order, a batch closed at the first document end that reaches
    `size` segments."""
    batch: list[Document] = []
    count = 0
    for doc in docs:
        batch.append(doc)
        count += len(doc.segments)
        if count >= size:
            yield batch
            batch, count = [], 0
    if batch:
        yield batch


@dataclass(frozen=True)
class KnownEntity:
    """A person the desk knows (`--entities`): a name, its gender and its other spellings."""

    name: str
    gender: str | None
    aliases: tuple[str, ...] = ()

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GlossaryEntry:
    """A glossary term (`--glossary`): its required translation, or a term that stays."""

    source: str
    # The form the MT must use: the required translation, or for a do-not-translate term its
    # fixed form (the term itself, or its given spelling in the target script: "Viber").
    target: str
    do_not_translate: bool = False
    note: str = ""


def severity_at_least(severity: str, threshold: str) -> bool:
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]
