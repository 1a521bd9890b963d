"""The one place that knows the order of the stages: read -> translate -> analyse -> check ->
score. Everything the CLI does goes through `run_check`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import regex

from tqcheck.article_alignment import align_article
from tqcheck.baseline import without_accepted
from tqcheck.checks import DocumentContext, checks_for
from tqcheck.checks.coverage import length_ratio
from tqcheck.engines.cache import TranslationCache
from tqcheck.engines.neural_model import NeuralOptions
from tqcheck.engines.registry import create_engines
from tqcheck.engines.service import TranslationService
from tqcheck.errors import TqcheckError
from tqcheck.io.language_tag import base_language
from tqcheck.io.loader import LoadedInput
from tqcheck.lang.analysis import Morphology, TextFacts, analyse_morphology, analyse_texts
from tqcheck.lang.entities_file import KnownEntity
from tqcheck.lang.names import to_latin
from tqcheck.lang.person_registry import GenderVote, PersonRegistry
from tqcheck.lang.profile import get_profile
from tqcheck.scoring.qe import document_score, segment_score
from tqcheck.scoring.reference_metrics import MetricResult, corpus_scores, sentence_scores
from tqcheck.scoring.similarity import balanced_chrf, chrf, source_recall_chrf
from tqcheck.terminology.glossary import GlossaryEntry, read_glossary
from tqcheck.text.placeholders import blank_placeholders
from tqcheck.types import Document, Finding, Segment, SegmentResult, group_documents

Progress = Callable[[str, int, int], None]


@dataclass
class CheckOptions:
    src_lang: str | None = None
    tgt_lang: str | None = None
    engine: str = "auto"
    neural: NeuralOptions = field(default_factory=NeuralOptions)
    # SQLite translation cache; None translates everything afresh.
    cache: str | None = None
    entities: list[KnownEntity] = field(default_factory=list)
    checks: tuple[str, ...] = ()
    # Checks switched off (tqcheck.toml: checks.NAME = "off").
    skip_checks: tuple[str, ...] = ()
    # Fingerprints of accepted findings (--baseline): dropped before scoring.
    accepted: frozenset[str] = frozenset()
    glossary: list[GlossaryEntry] = field(default_factory=list)
    # A CSV or TBX glossary, read once the language pair is known.
    glossary_file: str | None = None


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

    def findings(self) -> list[tuple[SegmentResult, Finding]]:
        return [(r, f) for r in self.results for f in r.findings]

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
        }


# An ISO 639 code with optional script and region subtags (BCP 47): "mk", "pt-BR", "sr_Latn".
_LANGUAGE_TAG = regex.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def _languages(loaded: LoadedInput, options: CheckOptions) -> tuple[str, str]:
    src = options.src_lang or loaded.src_lang
    tgt = options.tgt_lang or loaded.tgt_lang
    if not src or not tgt:
        raise TqcheckError("language pair unknown: pass --src-lang and --tgt-lang")
    for tag in (src, tgt):
        if not _LANGUAGE_TAG.fullmatch(tag.strip()):
            raise TqcheckError(
                f"not a language code: {tag!r} (use ISO 639 codes such as mk, en, pt-BR)"
            )
    # Regional and script variants share their language's knowledge: pt-BR is pt.
    return base_language(src) or src, base_language(tgt) or tgt


def _documents(loaded: LoadedInput, src: str, tgt: str, tr: TranslationService) -> list[Document]:
    docs = group_documents(loaded.segments)
    for article in loaded.articles:
        sentences = [article.source_text[s:e] for s, e in article.source_sentences()]
        forward = tr.translate(sentences, src, tgt)
        segs = align_article(article, src, tgt, forward)
        docs.append(Document(id=article.doc_id, segments=segs))
    return docs


def _analyse_document(
    doc: Document,
    src: str,
    tgt: str,
    entities: list[KnownEntity],
    morphs: tuple[list[Morphology | None], list[Morphology | None]] | None,
) -> tuple[list[TextFacts], list[TextFacts], PersonRegistry]:
    src_morph, mt_morph = morphs or (None, None)
    # Placeholders ({name}, %s, <b>) are blanked for the language checks: same offsets, no
    # "untranslated word" or "person" made of a variable name.
    src_facts = analyse_texts(
        [blank_placeholders(s.source) for s in doc.segments], src, morphs=src_morph
    )
    registry = PersonRegistry(src)
    for entity in entities:
        registry.add_known(entity)
    for facts in src_facts:
        people = {id(m): registry.add_mention(m) for m in facts.persons}
        for mention, cue in facts.person_cues:
            people[id(mention)].votes.append(GenderVote(cue.gender, cue.word, cue.kind))
    mt_facts = analyse_texts(
        [blank_placeholders(s.mt) for s in doc.segments], tgt, registry.token_keys, morphs=mt_morph
    )
    for facts in mt_facts:
        for mention in facts.persons:
            person = registry.link(mention, tgt)
            # A first name the MT spells out ("Liz Truss") is evidence too.
            if person is not None and mention.first_name_gender and len(mention.tokens) > 1:
                person.votes.append(
                    GenderVote(mention.first_name_gender, mention.tokens[0], "first_name")
                )
    return src_facts, mt_facts, registry


def run_check(
    loaded: LoadedInput, options: CheckOptions, progress: Progress | None = None
) -> RunReport:
    src, tgt = _languages(loaded, options)
    cache = TranslationCache(options.cache) if options.cache else None
    tr = TranslationService(
        create_engines(options.engine, src, tgt, options.neural), cache, progress
    )
    try:
        return _run(loaded, options, src, tgt, tr, progress)
    finally:
        if cache is not None:
            cache.close()


def _run(
    loaded: LoadedInput,
    options: CheckOptions,
    src: str,
    tgt: str,
    tr: TranslationService,
    progress: Progress | None,
) -> RunReport:
    forward_engine = tr.engine_for(src, tgt)
    forward_name = forward_engine.name if forward_engine else None
    docs = _documents(loaded, src, tgt, tr)
    all_segments = [s for d in docs for s in d.segments]
    forward_all = tr.translate([s.source for s in all_segments], src, tgt)
    backward_all = tr.translate([s.mt for s in all_segments], tgt, src)
    glossary = list(options.glossary)
    if options.glossary_file:
        glossary += read_glossary(options.glossary_file, src, tgt)
    checks = [
        c
        for c in checks_for(forward_all is not None, options.checks, glossary)
        if c.name not in options.skip_checks
    ]
    # One analyser process per language for the whole run, not one per document; should the
    # batch fail, each document is analysed on its own so only the bad one loses its rows.
    src_morph: list[Morphology | None] | None = None
    mt_morph: list[Morphology | None] | None = None
    try:
        src_morph = analyse_morphology([blank_placeholders(s.source) for s in all_segments], src)
        mt_morph = analyse_morphology([blank_placeholders(s.mt) for s in all_segments], tgt)
    except TqcheckError:
        src_morph = mt_morph = None

    results: list[SegmentResult] = []
    doc_results: list[DocumentResult] = []
    offset = 0
    for n, doc in enumerate(docs):
        if progress:
            progress("checking", n, len(docs))
        count = len(doc.segments)
        forward = forward_all[offset : offset + count] if forward_all else None
        backward = backward_all[offset : offset + count] if backward_all else None
        offset += count
        morphs = (
            (src_morph[offset - count : offset], mt_morph[offset - count : offset])
            if src_morph is not None and mt_morph is not None
            else None
        )
        doc_results.append(
            _check_document(
                doc, src, tgt, options, checks, forward, backward, forward_name, results, morphs
            )
        )
    if progress:
        progress("checking", len(docs), len(docs))
    corpus = _corpus_metrics(results)
    engine_name, signature = tr.describe()
    return RunReport(
        results=results,
        documents=doc_results,
        src_lang=src,
        tgt_lang=tgt,
        engine=engine_name,
        engine_signature=signature,
        corpus_metrics=corpus,
        engine_stats=dict(tr.stats),
        suppressed=sum(d.suppressed for d in doc_results),
    )


def _check_document(
    doc: Document,
    src: str,
    tgt: str,
    options: CheckOptions,
    checks: list[Any],
    forward: list[str] | None,
    backward: list[str] | None,
    engine_name: str | None,
    results: list[SegmentResult],
    morphs: tuple[list[Morphology | None], list[Morphology | None]] | None,
) -> DocumentResult:
    errors: dict[int, str] = {}
    try:
        src_facts, mt_facts, registry = _analyse_document(doc, src, tgt, options.entities, morphs)
    except TqcheckError as exc:
        for seg in doc.segments:
            results.append(SegmentResult(seg, [], None, error=f"analysis failed: {exc}"))
        return DocumentResult(doc.id, 0.0, [s.id for s in doc.segments])
    cross = [
        chrf(seg.mt, forward[i]) if forward and seg.mt.strip() and seg.source.strip() else None
        for i, seg in enumerate(doc.segments)
    ]
    ctx = DocumentContext(
        doc=doc,
        src=get_profile(src),
        tgt=get_profile(tgt),
        src_facts=src_facts,
        mt_facts=mt_facts,
        persons=registry,
        forward=forward,
        backward=backward,
        engine_name=engine_name,
        cross_chrf=cross,
    )
    per_segment: list[list[Finding]] = [[] for _ in doc.segments]
    for check in checks:
        try:
            for index, finding in check.run(ctx):
                per_segment[index].append(finding)
        except Exception as exc:  # one broken check must not lose the other checks' findings
            for i in range(len(doc.segments)):
                errors.setdefault(i, f"check {check.name} failed: {type(exc).__name__}: {exc}")
    scores, weights, ids = [], [], []
    suppressed = 0
    for i, seg in enumerate(doc.segments):
        kept = without_accepted(seg, per_segment[i], options.accepted)
        suppressed += len(per_segment[i]) - len(kept)
        findings = sorted(kept, key=lambda f: (f.start is None, f.start or 0))
        score = segment_score(
            findings,
            _similarity(seg, forward[i] if forward else None, src),
            length_ratio(seg.source, seg.mt, ctx.src, ctx.tgt) if seg.source.strip() else None,
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
        ids.append(seg.id)
    return DocumentResult(doc.id, document_score(scores, weights), ids, suppressed)


def _similarity(seg: Segment, forward: str | None, src: str) -> float | None:
    """0-1 closeness of the MT to the engine translation or, with no engine, how much of the
    romanised source's material it carries."""
    if not seg.mt.strip() or not seg.source.strip():
        return None
    if forward:
        return balanced_chrf(seg.mt, forward) / 100
    return source_recall_chrf(seg.mt, to_latin(seg.source, src)) / 100


def _corpus_metrics(results: list[SegmentResult]) -> list[MetricResult]:
    with_refs = [r for r in results if r.segment.references and r.segment.mt.strip()]
    if not with_refs or len(with_refs) < len([r for r in results if r.segment.mt.strip()]):
        return []
    n_refs = min(len(r.segment.references) for r in with_refs)
    hyps = [r.segment.mt for r in with_refs]
    refs = [[r.segment.references[k] for r in with_refs] for k in range(n_refs)]
    return corpus_scores(hyps, refs)
