"""What a `tqcheck serve` instance allows: where it listens, how much one request may carry,
which engine it checks with, how many checks run at once."""

from __future__ import annotations

from dataclasses import dataclass

from tqcheck.options import DEFAULT_ENGINE_TIMEOUT

# A request's body (a pasted article, an upload, an API call) is read whole up to this size.
MAX_REQUEST_BYTES = 8 * 2**20
# Segments one request may check: a desk's day of articles, not an archive (use the CLI).
MAX_SEGMENTS = 5000
# Checks that run at once; a further one waits for a free worker, other pages do not.
CHECK_WORKERS = 2
# Finished batch jobs kept for their downloads; the oldest go first.
KEPT_JOBS = 20


@dataclass(frozen=True)
class ServeSettings:
    host: str = "127.0.0.1"
    port: int = 8765
    engine: str = "auto"
    engine_timeout: float = DEFAULT_ENGINE_TIMEOUT
    cache: str | None = None
    max_request_bytes: int = MAX_REQUEST_BYTES
    max_segments: int = MAX_SEGMENTS
    workers: int = CHECK_WORKERS
    kept_jobs: int = KEPT_JOBS
