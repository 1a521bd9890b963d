"""What a run produces, on the low floor every writer reads: the report writers, the CI gate
and the library's callers take a RunReport without knowing how the pipeline made it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tqcheck.types import Finding, SegmentResult


@dataclass(frozen=True)
class MetricResult:
    """A corpus-level reference metric with sacrebleu's signature, which makes it
    reproducible."""

    name: str
    score: float
    signature: str
    verbose: str


@dataclass
class DocumentResult:
    id: str
    score: float
    segment_ids: list[str]
    # Findings the baseline held back.
    suppressed: int = 0


@dataclass
class RunReport:
    results: list[SegmentResult]
    documents: list[DocumentResult]
    src_lang: str
    tgt_lang: str
    engine: str | None
    engine_signature: str | None
    corpus_metrics: list[MetricResult] = field(default_factory=list)
    engine_stats: dict[str, float] = field(default_factory=dict)
    # Findings a --baseline file suppressed.
    suppressed: int = 0
    # The QE score's formula and constants (scoring/qe.py).
    score_signature: str = ""
    # Where each input segment's result is in `results` (which are document by document),
    # in input order, where a document's rows are not all together in the input.
    input_order: list[int] | None = None

    def in_input_order(self) -> list[SegmentResult]:
        """The results in the order of the input's segments (the JSONL contract's order)."""
        if self.input_order is None:
            return self.results
        return [self.results[k] for k in self.input_order]

    def findings(self) -> list[tuple[SegmentResult, Finding]]:
        return [(r, f) for r in self.results for f in r.findings]

    def by_document(self) -> list[tuple[DocumentResult, list[SegmentResult]]]:
        """Each document with its segments' results, in order. Results are matched by their
        place (a run writes them document by document), never by segment id alone: two files
        may each have a segment "1"."""
        out = []
        offset = 0
        for doc in self.documents:
            results = self.results[offset : offset + len(doc.segment_ids)]
            offset += len(doc.segment_ids)
            if [r.segment.id for r in results] != list(doc.segment_ids):
                raise ValueError(f"results out of step with document {doc.id!r}")
            out.append((doc, results))
        return out

    def summary(self) -> dict[str, Any]:
        counts: dict[str, int] = {"minor": 0, "major": 0, "critical": 0}
        for _, f in self.findings():
            counts[f.severity] += 1
        return {
            "src_lang": self.src_lang,
            "tgt_lang": self.tgt_lang,
            "engine": self.engine,
            "engine_signature": self.engine_signature,
            "segments": len(self.results),
            "documents": [
                {"id": d.id, "score": round(d.score, 2), "segments": len(d.segment_ids)}
                for d in self.documents
            ],
            "findings": counts,
            "corpus_metrics": [
                {"name": m.name, "score": round(m.score, 2), "signature": m.signature}
                for m in self.corpus_metrics
            ],
            "engine_stats": self.engine_stats,
            "suppressed": self.suppressed,
            "score_signature": self.score_signature,
        }


@dataclass(frozen=True)
class SystemQuality:
    """What the reference-free checker says about one system."""

    score: float
    critical: int
    major: int
    minor: int


def combined(reports: list[RunReport]) -> RunReport:
    """One report of runs over catalogs in several languages, in the order given."""
    first = reports[0]

    def joined(values: list[str | None]) -> str:
        return ",".join(dict.fromkeys(v for v in values if v))

    return RunReport(
        results=[r for rep in reports for r in rep.results],
        documents=[d for rep in reports for d in rep.documents],
        src_lang=joined([r.src_lang for r in reports]),
        tgt_lang=joined([r.tgt_lang for r in reports]),
        engine=first.engine,
        engine_signature=joined([r.engine_signature for r in reports]) or None,
        suppressed=sum(r.suppressed for r in reports),
        score_signature=first.score_signature,
    )
