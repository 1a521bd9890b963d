"""A run over a row file (JSONL, TSV/CSV) with JSONL output, document by document: memory is
bounded by the largest document, not by the corpus, and each output row is written as soon
as its document is checked.

The stages are the pipeline's own (tqcheck.pipeline), applied to batches of whole documents
instead of to the whole run, so the rows are those a whole run writes, byte for byte: every
stage works per segment or per document. While worker processes (--jobs) check one batch,
this process translates and analyses the next. What the gate needs is added up as the run
goes (tqcheck.gate.GateTally); nothing else of a checked document is kept. A document checked
before with the same code, options and engines is not checked again: its stored rows are
written (tqcheck.result_cache).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tqcheck.document_check import CheckedDocument
from tqcheck.engines.cache import TranslationCache
from tqcheck.engines.registry import create_engines
from tqcheck.engines.service import TranslationService
from tqcheck.gate import GateRules, GateTally
from tqcheck.io.loader import LoadedInput
from tqcheck.io.row_stream import RowPlan, planned_batches
from tqcheck.lang.apertium_process import set_timeout_base
from tqcheck.options import CheckOptions
from tqcheck.parallel_checks import DocumentWorkers, worth_parallel
from tqcheck.pipeline import (
    Progress,
    document_jobs,
    languages_of,
    run_setup,
    translated_batch,
)
from tqcheck.result_cache import ResultCache, StoredDocument, run_fingerprint, stored


def planned_pair(plan: RowPlan, options: CheckOptions) -> tuple[str, str]:
    """The run's language pair: the rows' and the options', checked as for any input."""
    named = LoadedInput(src_lang=plan.src_lang, tgt_lang=plan.tgt_lang, label=str(plan.path))
    return languages_of(named, options)


def stream_check(
    plan: RowPlan,
    options: CheckOptions,
    rules: GateRules,
    write: Callable[[str], None],
    progress: Progress | None = None,
) -> GateTally:
    """Checks the planned file, passing each output line (with its newline) to `write` in
    input order, and returns what the gate needs."""
    src, tgt = planned_pair(plan, options)
    set_timeout_base(options.engine_timeout)
    cache = TranslationCache(options.cache) if options.cache else None
    tr = TranslationService(create_engines(options.engine, src, tgt, options.neural), cache)
    tally = GateTally(rules)
    done = 0
    results: ResultCache | None = None

    def written(outcomes: Iterator[tuple[str, StoredDocument | CheckedDocument]]) -> None:
        nonlocal done
        fresh: dict[str, StoredDocument] = {}
        for key, outcome in outcomes:
            if isinstance(outcome, CheckedDocument):
                entry = stored(outcome)
                if all(r.error is None for r in outcome.segments):
                    fresh[key] = entry
                outcome = entry
            tally.add_essentials(outcome.gate)
            write(outcome.rows)
            done += outcome.rows.count("\n")
            if progress:
                progress("checking", done, plan.segments)
        if results is not None and fresh:
            results.put_many(fresh)

    try:
        # (Row files hold no catalog strings: the news checks, with the engine where one is.)
        setup = run_setup(src, tgt, options, tr, tr.can(src, tgt), localization=False)
        if cache is not None and options.reuse_results:
            results = ResultCache(cache.path, run_fingerprint(setup, tr, localization=False))
        parallel = worth_parallel(options.jobs, plan.documents, plan.segments)
        workers = DocumentWorkers(setup, options.jobs) if parallel else None
        try:
            pending: Iterator[tuple[str, StoredDocument | CheckedDocument]] | None = None
            for batch in planned_batches(plan):
                keys = [results.key(d) for d in batch] if results else [""] * len(batch)
                known = results.get_many(keys) if results else {}
                todo = [d for d, key in zip(batch, keys) if key not in known]
                checked: Iterator[CheckedDocument] = iter(())
                if todo:
                    segments = [s for d in todo for s in d.segments]
                    jobs = document_jobs(
                        setup, todo, translated_batch(segments, src, tgt, tr, profile_only=False)
                    )
                    checked = workers.check(jobs) if workers else (job.run() for job in jobs)
                if pending is not None:
                    written(pending)  # (the batch before, checked while this one translated)
                pending = _in_order(keys, known, checked)
            if pending is not None:
                written(pending)
        finally:
            if workers is not None:
                workers.close()
    finally:
        if results is not None:
            results.close()
        if cache is not None:
            cache.close()
    return tally


def _in_order(
    keys: list[str], known: dict[str, StoredDocument], checked: Iterator[CheckedDocument]
) -> Iterator[tuple[str, StoredDocument | CheckedDocument]]:
    """A batch's documents in input order: the stored ones as they were, the others as
    they are checked."""
    for key in keys:
        yield key, known[key] if key in known else next(checked)
