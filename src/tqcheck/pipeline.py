"""The one place that knows the order of the stages: read -> translate -> analyse -> check ->
score. Everything the CLI does goes through `run_check`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

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
from tqcheck.types import Document, SegmentResult, group_documents

# (CheckOptions and RunReport are the library's API here too: `from tqcheck.pipeline import
# CheckOptions, run_check`.)
__all__ = ["CheckOptions", "Progress", "RunReport", "run_check"]

Progress = Callable[[str, int, int], None]


# An ISO 639 code with optional script and region subtags (BCP 47): "mk", "pt-BR", "sr_Latn".
_LANGUAGE_TAG = regex.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def _size(loaded: LoadedInput) -> int:
    return len(loaded.segments) + sum(map(_size, loaded.parts))


def _languages(loaded: LoadedInput, options: CheckOptions) -> tuple[str, str]:
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
    src, tgt = _languages(loaded, options)
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
    forward_engine = tr.engine_for(src, tgt)
    forward_name = forward_engine.name if forward_engine else None
    docs = _documents(loaded, src, tgt, tr)
    all_segments = [s for d in docs for s in d.segments]
    # A catalog runs the localization checks (checks/registry.py), which need no engine: its
    # strings are not translated at all unless a check asked for by name needs them.
    localization = bool(all_segments) and all(s.meta.get("localization") for s in all_segments)
    profile_only = localization and not options.checks
    forward_all = None if profile_only else tr.translate([s.source for s in all_segments], src, tgt)
    backward_all = None if profile_only else tr.translate([s.mt for s in all_segments], tgt, src)
    glossary = list(options.glossary)
    if options.glossary_file:
        glossary += read_glossary(options.glossary_file, src, tgt)
    checks = [
        c
        for c in checks_for(forward_all is not None, options.checks, glossary, localization)
        if c.name not in options.skip_checks
    ]
    # One analyser process per language for the whole run, not one per document; should the
    # batch fail, each document is analysed on its own so only the bad one loses its rows.
    src_morph: list[Morphology | None] | None = None
    mt_morph: list[Morphology | None] | None = None
    try:
        # (The localization checks read the target's analysis only.)
        src_morph = (
            [None] * len(all_segments)
            if profile_only
            else analyse_morphology([blank_placeholders(s.source) for s in all_segments], src)
        )
        mt_morph = analyse_morphology([blank_placeholders(s.mt) for s in all_segments], tgt)
    except TqcheckError:
        src_morph = mt_morph = None

    setup = RunSetup(src, tgt, options, checks, forward_name)
    jobs = []
    offset = 0
    for doc in docs:
        end = offset + len(doc.segments)
        jobs.append(
            DocumentJob(
                setup,
                doc,
                forward=forward_all[offset:end] if forward_all else None,
                backward=backward_all[offset:end] if backward_all else None,
                morphs=(src_morph[offset:end], mt_morph[offset:end])
                if src_morph is not None and mt_morph is not None
                else None,
            )
        )
        offset = end
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


def _corpus_metrics(results: list[SegmentResult]) -> list[MetricResult]:
    with_refs = [r for r in results if r.segment.references and r.segment.mt.strip()]
    if not with_refs or len(with_refs) < len([r for r in results if r.segment.mt.strip()]):
        return []
    n_refs = min(len(r.segment.references) for r in with_refs)
    hyps = [r.segment.mt for r in with_refs]
    refs = [[r.segment.references[k] for r in with_refs] for k in range(n_refs)]
    return corpus_scores(hyps, refs)
