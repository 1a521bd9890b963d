"""One document through the checks and the score: what `run_check` does for each document
once the translations and the morphology of the whole run are at hand."""

from __future__ import annotations

from dataclasses import dataclass, replace

from tqcheck.baseline import without_accepted
from tqcheck.checks import Check, DocumentContext
from tqcheck.checks.coverage import length_ratio
from tqcheck.checks.registry import LOCALIZATION_CHECKS
from tqcheck.checks.severity import with_min_confidence
from tqcheck.errors import TqcheckError
from tqcheck.lang.document_analysis import DocumentMorphology, analyse_document
from tqcheck.lang.names import to_latin
from tqcheck.lang.profile import get_profile
from tqcheck.options import CheckOptions
from tqcheck.results import DocumentResult
from tqcheck.scoring.qe import document_score, english_words, segment_score
from tqcheck.scoring.reference_metrics import sentence_scores
from tqcheck.scoring.similarity import balanced_chrf, chrf, source_recall_chrf
from tqcheck.text.suppressions import apply_suppressions
from tqcheck.types import Document, Finding, Segment, SegmentResult


@dataclass(frozen=True)
class RunSetup:
    """What every document of a run shares."""

    src: str
    tgt: str
    options: CheckOptions
    checks: list[Check]
    engine_name: str | None


@dataclass
class CheckedDocument:
    result: DocumentResult
    segments: list[SegmentResult]


@dataclass
class DocumentJob:
    """One document with its slice of the run's translations and morphology."""

    setup: RunSetup
    doc: Document
    forward: list[str] | None = None
    backward: list[str] | None = None
    morphs: DocumentMorphology | None = None

    def run(self) -> CheckedDocument:
        setup, doc = self.setup, self.doc
        try:
            # (A run of the localization checks alone reads no persons: don't look for them.)
            people = any(c.name not in LOCALIZATION_CHECKS for c in setup.checks)
            facts = analyse_document(
                doc, setup.src, setup.tgt, setup.options.entities, self.morphs, people
            )
        except TqcheckError as exc:
            failed = [
                SegmentResult(s, [], None, error=f"analysis failed: {exc}") for s in doc.segments
            ]
            return CheckedDocument(
                DocumentResult(doc.id, 0.0, [s.id for s in doc.segments]), failed
            )
        forward = self.forward
        cross = [
            chrf(seg.mt, forward[i]) if forward and seg.mt.strip() and seg.source.strip() else None
            for i, seg in enumerate(doc.segments)
        ]
        ctx = DocumentContext(
            doc=doc,
            src=get_profile(setup.src),
            tgt=get_profile(setup.tgt),
            src_facts=facts.src,
            mt_facts=facts.mt,
            persons=facts.persons,
            forward=forward,
            backward=self.backward,
            engine_name=setup.engine_name,
            cross_chrf=cross,
        )
        per_segment, errors = self._findings(ctx)
        return self._scored(ctx, per_segment, errors, cross)

    def _findings(self, ctx: DocumentContext) -> tuple[list[list[Finding]], dict[int, str]]:
        per_segment: list[list[Finding]] = [[] for _ in self.doc.segments]
        errors: dict[int, str] = {}
        floor = self.setup.options.min_confidence
        for check in self.setup.checks:
            try:
                for index, finding in check.run(ctx):
                    finding = with_min_confidence(finding, floor)
                    if self.doc.segments[index].meta.get("localization"):
                        finding = _in_catalog(check, finding)
                    per_segment[index].append(finding)
            except Exception as exc:  # one broken check must not lose the other checks' findings
                for i in range(len(self.doc.segments)):
                    errors.setdefault(i, f"check {check.name} failed: {type(exc).__name__}: {exc}")
        return per_segment, errors

    def _scored(
        self,
        ctx: DocumentContext,
        per_segment: list[list[Finding]],
        errors: dict[int, str],
        cross: list[float | None],
    ) -> CheckedDocument:
        forward, backward = self.forward, self.backward
        results: list[SegmentResult] = []
        scores, weights = [], []
        suppressed = 0
        for i, seg in enumerate(self.doc.segments):
            kept = without_accepted(seg, per_segment[i], self.setup.options.accepted)
            kept, _ = apply_suppressions(seg, kept)
            suppressed += len(per_segment[i]) - len(kept)
            findings = sorted(kept, key=lambda f: (f.start is None, f.start or 0))
            words = english_words(len(seg.source.strip()) / ctx.src.char_ratio)
            score = segment_score(
                findings,
                _similarity(seg, forward[i] if forward else None, self.setup.src),
                length_ratio(seg.source, seg.mt, ctx.src, ctx.tgt) if seg.source.strip() else None,
                words,
            )
            translations = {}
            if forward and forward[i]:
                translations["forward"] = forward[i]
            if backward and backward[i]:
                translations["backward"] = backward[i]
            metrics: dict[str, float] = {}
            if cross[i] is not None:
                metrics["cross_chrf"] = cross[i] or 0.0
            if backward and backward[i] and seg.source.strip():
                metrics["back_chrf"] = chrf(backward[i], seg.source)
            if seg.references and seg.mt.strip():
                metrics.update(sentence_scores(seg.mt, list(seg.references)))
            results.append(
                SegmentResult(seg, findings, score, translations, metrics, error=errors.get(i))
            )
            scores.append(score)
            weights.append(len((seg.mt or seg.source).split()))
        ids = [s.id for s in self.doc.segments]
        result = DocumentResult(self.doc.id, document_score(scores, weights), ids, suppressed)
        return CheckedDocument(result, results)


def _similarity(seg: Segment, forward: str | None, src: str) -> float | None:
    """0-1 closeness of the MT to the engine translation or, with no engine, how much of the
    romanised source's material it carries (not for a catalog's string, whose score rests on
    its findings: a UI string shares its code with its source, whatever its quality)."""
    if not seg.mt.strip() or not seg.source.strip():
        return None
    if seg.meta.get("localization") and not forward:
        return None
    if forward:
        return balanced_chrf(seg.mt, forward) / 100
    return source_recall_chrf(seg.mt, to_latin(seg.source, src)) / 100


def _in_catalog(check: Check, finding: Finding) -> Finding:
    """A news check's finding on a catalog string is worth a look, never a gate failure: on
    shipped catalogs these checks have earned no more (checks/registry.py)."""
    if check.name in LOCALIZATION_CHECKS:
        return finding
    return replace(finding, severity="minor")
