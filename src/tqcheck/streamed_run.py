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
from tqcheck.result_cache import (
    Outcome,
    ResultCache,
    in_input_order,
    look_up,
    run_fingerprint,
    written_rows,
)


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

    def written(outcomes: Iterator[Outcome]) -> None:
        nonlocal done
        for entry in written_rows(outcomes, results):
            tally.add_essentials(entry.gate)
            write(entry.rows)
            done += entry.rows.count("\n")
            if progress:
                progress("checking", done, plan.segments)

    try:
        # (Row files hold no catalog strings: the news checks, with the engine where one is.)
        setup = run_setup(src, tgt, options, tr, tr.can(src, tgt), localization=False)
        if cache is not None and options.reuse_results:
            results = ResultCache(cache.path, run_fingerprint(setup, tr, localization=False))
        parallel = worth_parallel(options.jobs, plan.documents, plan.segments)
        workers = DocumentWorkers(setup, options.jobs) if parallel else None
        try:
            pending: Iterator[Outcome] | None = None
            for batch in planned_batches(plan):
                found = look_up(results, batch)
                checked: Iterator[CheckedDocument] = iter(())
                if found.todo:
                    segments = [s for d in found.todo for s in d.segments]
                    jobs = document_jobs(
                        setup,
                        found.todo,
                        translated_batch(segments, src, tgt, tr, profile_only=False),
                    )
                    checked = workers.check(jobs) if workers else (job.run() for job in jobs)
                if pending is not None:
                    written(pending)  # (the batch before, checked while this one translated)
                pending = in_input_order(found, checked)
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
