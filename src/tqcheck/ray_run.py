"""`tqcheck check FILE.jsonl --ray [ADDRESS]`: the streamed run's stages on Ray Data, for a
corpus one machine is too slow for.

The driver reads the file once, as every run does (tqcheck.io.row_stream: each row checked,
ids unique, the parts of whole documents marked by byte offset), and hands Ray the parts,
not the rows. An actor pool (one actor a CPU, or a GPU for a neural engine where the cluster
has GPUs) builds the engines and the checks once per actor, reads its part from the file
and checks it with the pipeline's own stages; the driver writes the JSONL rows in input
order (Ray Data keeps the order) and adds up the gate. The rows are those a local run
writes, byte for byte. On a cluster the file must be readable at the same path on every node
(a shared filesystem), as the caches are node by node: translations, and the rows of the
documents an actor has checked (tqcheck.result_cache), which a rerun writes unchecked.

Ray is an optional extra: `pip install 'tqcheck[ray]'`.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tqcheck.document_check import CheckedDocument
from tqcheck.engines.cache import TranslationCache
from tqcheck.engines.registry import create_engines
from tqcheck.engines.service import TranslationService
from tqcheck.errors import EngineFailure, TqcheckError
from tqcheck.gate import GateRules, GateTally
from tqcheck.io.row_stream import RowPlan, part_documents
from tqcheck.lang.apertium_process import set_timeout_base
from tqcheck.options import CheckOptions
from tqcheck.pipeline import Progress, document_jobs, run_setup, translated_batch
from tqcheck.ray_address import why_unreachable
from tqcheck.result_cache import (
    ResultCache,
    in_input_order,
    look_up,
    run_fingerprint,
    written_rows,
)
from tqcheck.streamed_run import planned_pair


class PartChecker:
    """A Ray actor: the engines and checks of one run, built once; each call checks parts."""

    def __init__(self, path: str, options: CheckOptions, rules: GateRules, pair: tuple[str, str]):
        self.path = Path(path)
        self.options, self.rules = options, rules
        self.src, self.tgt = pair
        self._thread: int | None = None
        self.results: ResultCache | None = None
        # (An actor that fails to start is retried by Ray without end: a failure to set up
        # is kept, and the first call sends it back to end the run with it.)
        self.failure: TqcheckError | None = None
        try:
            if not self.path.is_file():
                raise TqcheckError(f"{path}: not readable on this Ray node (use a shared disk)")
            set_timeout_base(options.engine_timeout)
            # (The engines load once, here: a neural model once per actor.)
            self.engines = create_engines(options.engine, self.src, self.tgt, options.neural)
            self.tr = TranslationService(self.engines)
            self.setup = run_setup(
                self.src, self.tgt, options, self.tr, self.tr.can(self.src, self.tgt), False
            )
        except TqcheckError as exc:
            self.failure = exc

    def _service(self) -> tuple[TranslationService, ResultCache | None]:
        """The translation service and the result store, with cache connections of the
        calling thread's own (Ray calls an actor on another thread than the one that built
        it; SQLite minds)."""
        if self._thread != threading.get_ident() and self.options.cache:
            if self.tr.cache is not None:
                self.tr.cache.close()
            if self.results is not None:
                self.results.close()
            self.tr = TranslationService(self.engines, TranslationCache(self.options.cache))
            if self.options.reuse_results:
                run = run_fingerprint(self.setup, self.tr, localization=False)
                self.results = ResultCache(self.options.cache, run)
            self._thread = threading.get_ident()
        return self.tr, self.results

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        # (tqcheck's own errors come back as data: Ray would log the traceback on stderr and
        # hand the driver a wrapper without the error, so an engine failure's exit status 3
        # and its one-line reason would be lost.)
        texts, tallies, failures = [], [], []
        for offset, line, count in zip(batch["offset"], batch["line"], batch["rows"]):
            try:
                if self.failure is not None:
                    raise self.failure
                text, tally = self._part((int(offset), int(line), int(count)))
            except TqcheckError as exc:
                text, tally = "", ""
                failures.append(json.dumps([isinstance(exc, EngineFailure), str(exc)]))
            else:
                failures.append("")
            texts.append(text)
            tallies.append(tally)
        return {"text": texts, "tally": tallies, "failure": failures}

    def _part(self, part: tuple[int, int, int]) -> tuple[str, str]:
        docs = part_documents(self.path, part)
        tr, results = self._service()
        found = look_up(results, docs)
        checked: Iterator[CheckedDocument] = iter(())
        if found.todo:
            segments = [s for d in found.todo for s in d.segments]
            translated = translated_batch(segments, self.src, self.tgt, tr, False)
            checked = (job.run() for job in document_jobs(self.setup, found.todo, translated))
        tally = GateTally(self.rules)
        lines = []
        for entry in written_rows(in_input_order(found, checked), results):
            tally.add_essentials(entry.gate)
            lines.append(entry.rows)
        return "".join(lines), _tally_text(tally)


def _tally_text(tally: GateTally) -> str:
    return json.dumps({k: v for k, v in vars(tally).items() if k != "rules"})


def _tally_from(text: str, rules: GateRules) -> GateTally:
    tally = GateTally(rules)
    values = json.loads(text)
    tally.failing, tally.low_count, tally.failed = (
        values["failing"],
        values["low_count"],
        values["failed"],
    )
    tally.worst = tuple(values["worst"]) if values["worst"] else None
    tally.first_failed = tuple(values["first_failed"]) if values["first_failed"] else None
    return tally


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise TqcheckError("--ray needs Ray: pip install 'tqcheck[ray]'") from None
    return ray


def _neural(engine: str) -> bool:
    return any(":" in part for part in engine.split(","))


def ray_check(
    plan: RowPlan,
    options: CheckOptions,
    rules: GateRules,
    write: Callable[[str], None],
    address: str | None = None,
    progress: Progress | None = None,
) -> GateTally:
    """Checks the planned JSONL file on Ray (a local instance, or the cluster at `address`:
    "auto", "ray://head:10001"), passing each output line to `write` in input order."""
    if not plan.parts or any(offset < 0 for offset, _, _ in plan.parts):
        # (A worker finds its part by byte offset: a JSONL file's lines have them.)
        raise TqcheckError(f"{plan.path}: --ray reads JSONL input (.jsonl, .ndjson)")
    ray = _ray()
    src, tgt = planned_pair(plan, options)
    # (Asked even where Ray is already up in this process: the cluster named is the one
    # asked for.)
    problem = why_unreachable(address) if address else None
    if problem is not None:
        raise TqcheckError(f"cannot reach the Ray cluster at {address}: {problem}")
    if not ray.is_initialized():
        # (Ray's own notices would bury tqcheck's one-line messages; tqcheck's errors come
        # back from the actors as data, below.)
        os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
        try:
            ray.init(
                address=address or None,
                include_dashboard=False,
                log_to_driver=False,
                logging_level=logging.ERROR,
            )
        except Exception as exc:  # (Ray raises ConnectionError, ValueError, RuntimeError...)
            where = f"the Ray cluster at {address}" if address else "a local Ray instance"
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise TqcheckError(f"cannot reach {where}: {first}") from None
    # (Ray Data sets its loggers' level from this at each run.)
    os.environ.setdefault("RAY_DATA_LOG_LEVEL", "ERROR")
    logging.getLogger("ray").setLevel(logging.ERROR)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # (rows out in the order they came in)
    context.enable_progress_bars = False
    resources = ray.cluster_resources()
    gpus = 1 if _neural(options.engine) and options.neural.device != "cpu" else 0
    gpus = gpus if resources.get("GPU", 0) >= 1 else 0
    slots = int(resources.get("GPU", 0) if gpus else resources.get("CPU", 1))
    actors = max(1, min(slots, options.jobs if address is None else slots, len(plan.parts)))
    parts = ray.data.from_items(
        [{"offset": o, "line": n, "rows": r} for o, n, r in plan.parts],
        override_num_blocks=len(plan.parts),
    )
    checked = parts.map_batches(
        PartChecker,
        fn_constructor_args=(str(plan.path), options, rules, (src, tgt)),
        batch_size=1,
        compute=ray.data.ActorPoolStrategy(size=actors),
        num_cpus=1,
        num_gpus=gpus,
    )
    tally = GateTally(rules)
    for done, item in enumerate(checked.iter_rows(), start=1):
        if item["failure"]:
            engine_failed, message = json.loads(item["failure"])
            raise (EngineFailure if engine_failed else TqcheckError)(message)
        write(item["text"])
        tally.merge(_tally_from(item["tally"], rules))
        if progress:
            progress("checking on Ray", done, len(plan.parts))
    return tally
