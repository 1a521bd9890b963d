"""Batch checks run as jobs on a few worker threads, so that a long upload's check blocks no
other page: each job has an unguessable id, its progress (stage, done, total) for the page
to poll, and its report or its error when it ends. Finished jobs are kept for their downloads,
the oldest dropped first; a job's files live in its own temporary folder, removed as soon as
the job ends."""

from __future__ import annotations

import secrets
import shutil
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tqcheck.errors import TqcheckError
from tqcheck.pipeline import Progress
from tqcheck.results import RunReport

Work = Callable[[Progress], RunReport]


@dataclass
class Job:
    id: str
    label: str
    folder: Path | None = None
    stage: str = "waiting"
    done: int = 0
    total: int = 0
    report: RunReport | None = None
    error: str | None = None
    finished: threading.Event = field(default_factory=threading.Event)

    def progress(self, stage: str, done: int, total: int) -> None:
        self.stage, self.done, self.total = stage, done, total

    def status(self) -> dict[str, object]:
        state = "done" if self.report is not None else "failed" if self.error else "running"
        return {
            "id": self.id,
            "label": self.label,
            "state": state,
            "stage": self.stage,
            "done": self.done,
            "total": self.total,
            "error": self.error,
        }


class JobBoard:
    def __init__(self, workers: int, kept: int) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="tqcheck-job")
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._kept = kept
        self._lock = threading.Lock()

    def submit(self, label: str, work: Work, folder: Path | None = None) -> Job:
        job = Job(id=secrets.token_urlsafe(16), label=label, folder=folder)
        with self._lock:
            self._jobs[job.id] = job
            self._drop_oldest()
        self._pool.submit(self._run, job, work)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def run_soon(self, work: Work) -> Future[RunReport]:
        """A check on the same workers, for the spot check and the API to await: at most
        `workers` checks run at once, whoever asked."""
        return self._pool.submit(work, lambda *_: None)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            for job in self._jobs.values():
                _remove(job)
            self._jobs.clear()

    def _run(self, job: Job, work: Work) -> None:
        try:
            job.report = work(job.progress)
            job.stage = "done"
        except TqcheckError as exc:
            job.error = str(exc)
        except Exception as exc:  # (a job's failure is shown, not lost)
            job.error = f"internal error: {type(exc).__name__}: {exc}"
        finally:
            # (The report is held; the uploaded files are no longer needed.)
            _remove(job)
            job.finished.set()

    def _drop_oldest(self) -> None:
        finished = [j for j in self._jobs.values() if j.finished.is_set()]
        while len(self._jobs) > self._kept and finished:
            job = finished.pop(0)
            del self._jobs[job.id]
            _remove(job)


def _remove(job: Job) -> None:
    if job.folder is not None:
        shutil.rmtree(job.folder, ignore_errors=True)
