"""The one place that knows the order of the stages: read -> translate -> analyse -> check ->
score. Everything the CLI does goes through `run_check`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import regex

from tqcheck.article_alignment import align_article
from tqcheck.checks import checks_for
from tqcheck.document_check import CheckedDocument, DocumentJob, RunSetup
from tqcheck.engines.cache import TranslationCache
from tqcheck.engines.registry import create_engines
from tqcheck.engines.service import TranslationService
from tqcheck.errors import TqcheckError
from tqcheck.io.language_tag import base_language, is_language
from tqcheck.io.loader import LoadedInput
from tqcheck.lang.analysis import Morphology, analyse_morphology
from tqcheck.lang.apertium_process import set_timeout_base
from tqcheck.options import CheckOptions
from tqcheck.parallel_checks import check_in_parallel, run_in_parallel, worth_parallel
from tqcheck.results import DocumentResult, MetricResult, RunReport, combined
from tqcheck.scoring.qe import SIGNATURE
from tqcheck.scoring.reference_metrics import corpus_scores
from tqcheck.terminology.glossary import read_glossary
from tqcheck.text.placeholders import blank_placeholders
from tqcheck.types import Document, Segment, SegmentResult, document_batches, group_documents

# (CheckOptions and RunReport are the library's API here too: `from tqcheck.pipeline import
# CheckOptions, run_check`.)
__all__ = ["CheckOptions", "Progress", "RunReport", "run_check"]

Progress = Callable[[str, int, int], None]


# An ISO 639 code with optional script and region subtags (BCP 47): "mk", "pt-BR", "sr_Latn".
_LANGUAGE_TAG = regex.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def _size(loaded: LoadedInput) -> int:
    return len(loaded.segments) + sum(map(_size, loaded.parts))


def languages_of(loaded: LoadedInput, options: CheckOptions) -> tuple[str, str]:
    for flag, given, read in (
        ("--src-lang", options.src_lang, loaded.src_lang),
        ("--tgt-lang", options.tgt_lang, loaded.tgt_lang),
    ):
        if given and read and base_language(given) != base_language(read):
            raise TqcheckError(
                f"{loaded.label}: the input is in {read!r} where {flag} says {given!r}"
            )
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
    pair = base_language(src) or src, base_language(tgt) or tgt
    for tag, code in zip((src, tgt), pair):
        if not is_language(code):
            raise TqcheckError(f"no such language: {tag!r} (use ISO 639 codes such as mk, en)")
    if pair[0] == pair[1]:
        raise TqcheckError(f"source and target are the same language ({src!r}, {tgt!r})")
    return pair


def _documents(loaded: LoadedInput, src: str, tgt: str, tr: TranslationService) -> list[Document]:
    docs = group_documents(loaded.segments)
    for article in loaded.articles:
        sentences = [article.source_text[s:e] for s, e in article.source_sentences()]
        forward = tr.translate(sentences, src, tgt)
        segs = align_article(article, src, tgt, forward)
        docs.append(Document(id=article.doc_id, segments=segs))
    return docs


def run_check(
    loaded: LoadedInput, options: CheckOptions, progress: Progress | None = None
) -> RunReport:
    if loaded.parts and not (options.src_lang and options.tgt_lang):
        if worth_parallel(options.jobs, len(loaded.parts), sum(map(_size, loaded.parts))):
            # (Each language pair is a run of its own: one to a worker, all stages.)
            done = (lambda n: progress("checking", n + 1, len(loaded.parts))) if progress else None
            single = replace(options, jobs=1)
            return combined(
                list(run_in_parallel(run_check, loaded.parts, single, options.jobs, done))
            )
        return combined([run_check(part, options, progress) for part in loaded.parts])
    if loaded.parts:
        loaded = replace(loaded, segments=[s for p in loaded.parts for s in p.segments], parts=[])
    src, tgt = languages_of(loaded, options)
    set_timeout_base(options.engine_timeout)
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
    docs = _documents(loaded, src, tgt, tr)
    all_segments = [s for d in docs for s in d.segments]
    # A catalog runs the localization checks (checks/registry.py), which need no engine: its
    # strings are not translated at all unless a check asked for by name needs them.
    localization = bool(all_segments) and all(s.meta.get("localization") for s in all_segments)
    profile_only = localization and not options.checks
    translated = not profile_only and tr.can(src, tgt)
    setup = run_setup(src, tgt, options, tr, translated, localization)
    jobs: list[DocumentJob] = []
    for batch in document_batches(docs):
        segments = [s for d in batch for s in d.segments]
        jobs += document_jobs(setup, batch, translated_batch(segments, src, tgt, tr, profile_only))
    results: list[SegmentResult] = []
    doc_results: list[DocumentResult] = []
    for checked in _checked(setup, jobs, options.jobs, len(all_segments), progress):
        results.extend(checked.segments)
        doc_results.append(checked.result)
    if progress:
        progress("checking", len(docs), len(docs))
    corpus = _corpus_metrics(results)
    engine_name, signature = tr.describe()
    return RunReport(
        input_order=_input_order(loaded.segments, results),
        results=results,
        documents=doc_results,
        src_lang=src,
        tgt_lang=tgt,
        engine=engine_name,
        engine_signature=signature,
        corpus_metrics=corpus,
        engine_stats=dict(tr.stats),
        suppressed=sum(d.suppressed for d in doc_results),
        score_signature=SIGNATURE,
    )


@dataclass
class TranslatedBatch:
    """The translations and morphology of a batch of segments, in the batch's order."""

    forward: list[str] | None
    backward: list[str] | None
    src_morph: list[Morphology | None] | None
    mt_morph: list[Morphology | None] | None


def translated_batch(
    segments: list[Segment], src: str, tgt: str, tr: TranslationService, profile_only: bool
) -> TranslatedBatch:
    """The stages that batch well, over many documents at once: translation both ways and
    one analyser process per language, not one per document."""
    # (The analysers run while the engine translates: both are other processes, and the
    # analysis reads nothing the translation writes.)
    with ThreadPoolExecutor(max_workers=1) as pool:
        analysed = pool.submit(_analysed, segments, src, tgt, profile_only)
        forward = None if profile_only else tr.translate([s.source for s in segments], src, tgt)
        backward = None if profile_only else tr.translate([s.mt for s in segments], tgt, src)
        src_morph, mt_morph = analysed.result()
    return TranslatedBatch(forward, backward, src_morph, mt_morph)


def _analysed(
    segments: list[Segment], src: str, tgt: str, profile_only: bool
) -> tuple[list[Morphology | None] | None, list[Morphology | None] | None]:
    """The analyser's reading of the sources and of the MT. Should the analyser fail on the
    batch, each document is analysed on its own later, so only the bad one loses its rows."""
    try:
        # (The localization checks read the target's analysis only.)
        src_morph: list[Morphology | None] = (
            [None] * len(segments)
            if profile_only
            else analyse_morphology([blank_placeholders(s.source) for s in segments], src)
        )
        mt_morph = analyse_morphology([blank_placeholders(s.mt) for s in segments], tgt)
    except TqcheckError:
        return None, None
    return src_morph, mt_morph


def run_setup(
    src: str,
    tgt: str,
    options: CheckOptions,
    tr: TranslationService,
    translated: bool,
    localization: bool,
) -> RunSetup:
    """What every document of the run shares: the pair, the options and the checks to run
    (those that need an engine's translation only where `translated`)."""
    forward_engine = tr.engine_for(src, tgt)
    glossary = list(options.glossary)
    if options.glossary_file:
        glossary += read_glossary(options.glossary_file, src, tgt)
    checks = [
        c
        for c in checks_for(translated, options.checks, glossary, localization)
        if c.name not in options.skip_checks
    ]
    return RunSetup(src, tgt, options, checks, forward_engine.name if forward_engine else None)


def document_jobs(
    setup: RunSetup, docs: list[Document], batch: TranslatedBatch
) -> list[DocumentJob]:
    """Each document with its slice of the batch (the documents' segments, in order)."""
    jobs = []
    offset = 0
    morphs = batch.src_morph is not None and batch.mt_morph is not None
    for doc in docs:
        end = offset + len(doc.segments)
        jobs.append(
            DocumentJob(
                setup,
                doc,
                forward=batch.forward[offset:end] if batch.forward else None,
                backward=batch.backward[offset:end] if batch.backward else None,
                morphs=(batch.src_morph[offset:end], batch.mt_morph[offset:end])  # type: ignore[index]
                if morphs
                else None,
            )
        )
        offset = end
    return jobs


def _checked(
    setup: RunSetup,
    jobs: list[DocumentJob],
    workers: int,
    segments: int,
    progress: Progress | None,
) -> Iterator[CheckedDocument]:
    """The documents' results in order: in worker processes where the run is big enough."""

    def done(n: int) -> None:
        if progress:
            progress("checking", n + 1, len(jobs))

    if worth_parallel(workers, len(jobs), segments):
        yield from check_in_parallel(setup, jobs, workers, done)
        return
    for n, job in enumerate(jobs):
        yield job.run()
        done(n)


def _input_order(inputs: list[Segment], results: list[SegmentResult]) -> list[int] | None:
    """Where each input segment's result is, where documents interleave in the input (rows of
    document "a", then "b", then "a" again); None where results are in input order already."""
    place = {id(result.segment): k for k, result in enumerate(results)}
    order = [place[id(seg)] for seg in inputs if id(seg) in place]
    if order == sorted(order):
        return None
    # (Segments of articles, aligned rather than read, come after, in document order.)
    return order + sorted(set(range(len(results))) - set(order))


def _corpus_metrics(results: list[SegmentResult]) -> list[MetricResult]:
    with_refs = [r for r in results if r.segment.references and r.segment.mt.strip()]
    if not with_refs or len(with_refs) < len([r for r in results if r.segment.mt.strip()]):
        return []
    n_refs = min(len(r.segment.references) for r in with_refs)
    hyps = [r.segment.mt for r in with_refs]
    refs = [[r.segment.references[k] for r in with_refs] for k in range(n_refs)]
    return corpus_scores(hyps, refs)
