"""Documents checked in worker processes (--jobs N), their results in input order.

The slow stages that batch well (translation, morphology) run once in the parent over the
whole run; what is left is the per-document checking, pure Python and independent from one
document to the next, which is what the workers take. Workers are forked, so they start with
the parent's loaded word lists and profiles, and read the run's shared setup from this
module instead of receiving it with every document. The output is the same, byte for byte,
as with one process: each document is checked the same way, and results come back in order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from tqcheck.document_check import CheckedDocument, DocumentJob, RunSetup

# Below this many segments, or documents per worker, starting workers costs more than it saves.
MIN_PARALLEL_SEGMENTS = 400
MIN_DOCUMENTS_PER_JOB = 2

# The run's setup, as the forked workers inherit it (set just before the pool starts).
_SETUP: RunSetup | None = None

Slice = tuple[object, ...]


def available_cores() -> int:
    """The cores this process may run on (its affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def worth_parallel(jobs: int, documents: int, segments: int) -> bool:
    return (
        jobs > 1
        and documents >= MIN_DOCUMENTS_PER_JOB * jobs
        and segments >= MIN_PARALLEL_SEGMENTS
        and "fork" in multiprocessing.get_all_start_methods()
    )


_Part = TypeVar("_Part")
_Result = TypeVar("_Result")
_Options = TypeVar("_Options")
# The function each worker applies to its part (set just before the pool starts, as _SETUP).
_RUN: Callable[[Any, Any], Any] | None = None
_OPTIONS: Any = None


def _run_one(part: Any) -> Any:
    assert _RUN is not None
    return _RUN(part, _OPTIONS)


def run_in_parallel(
    run: Callable[[_Part, _Options], _Result],
    parts: list[_Part],
    options: _Options,
    workers: int,
    done: Callable[[int], None] | None = None,
) -> Iterator[_Result]:
    """run(part, options) for each part, in the parts' order, in forked workers: the
    language pairs of a run over many catalogs, each a whole run of its own."""
    global _RUN, _OPTIONS
    _RUN, _OPTIONS = run, options
    context = multiprocessing.get_context("fork")
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for n, result in enumerate(pool.map(_run_one, parts)):
                if done:
                    done(n)
                yield result
    finally:
        _RUN = _OPTIONS = None


def _check_one(job: DocumentJob) -> CheckedDocument:
    assert _SETUP is not None
    job.setup = _SETUP
    return job.run()


class DocumentWorkers:
    """Forked processes that check the documents of one run (one setup), batch after batch:
    a streamed run hands them a batch and translates the next while they check it."""

    def __init__(self, setup: RunSetup, workers: int) -> None:
        global _SETUP
        _SETUP = setup
        self.workers = workers
        # (The workers fork at the first batch and inherit the setup from this module.)
        self._pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("fork")
        )

    def check(self, jobs: list[DocumentJob]) -> Iterator[CheckedDocument]:
        """Each job's result, in the jobs' order; the work starts now, not when iterated."""
        light = [DocumentJob(None, j.doc, j.forward, j.backward, j.morphs) for j in jobs]  # type: ignore[arg-type]
        # (Chunks of a few documents: fewer round trips, and still every worker busy to the end.)
        chunk = max(1, len(jobs) // (self.workers * 8))
        return self._pool.map(_check_one, light, chunksize=chunk)

    def close(self) -> None:
        global _SETUP
        self._pool.shutdown(cancel_futures=True)
        _SETUP = None

    def __enter__(self) -> DocumentWorkers:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def check_in_parallel(
    setup: RunSetup,
    jobs: list[DocumentJob],
    workers: int,
    done: Callable[[int], None] | None = None,
) -> Iterator[CheckedDocument]:
    """Each job's result, in the jobs' order, checked by `workers` forked processes."""
    with DocumentWorkers(setup, workers) as pool:
        for n, checked in enumerate(pool.check(jobs)):
            if done:
                done(n)
            yield checked
