"""Progress bars for long commands: rich on stderr, off when stderr is not a terminal or with
--quiet, so logs and pipes stay clean."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Progress = Callable[[str, int, int], None]


@contextmanager
def progress_bar(quiet: bool) -> Iterator[Progress | None]:
    """Yields update(stage, done, total), or None when no bar should show."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress as RichProgress

    progress = RichProgress(transient=True, console=Console(stderr=True))
    task = progress.add_task("starting", total=None)

    def update(stage: str, done: int, total: int) -> None:
        progress.update(task, description=stage, completed=done, total=total)

    with progress:
        yield update
