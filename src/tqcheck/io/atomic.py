"""Atomic output: write to a temporary file beside the target, then rename.

A crash or a bad input half-way never leaves a half-written report where the old one was.
What is not a regular file is never replaced: a device or a FIFO (/dev/null, a pipe to
another tool) is written in place, a link is followed to the file it names, and a folder is
an error.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, content: str | bytes) -> None:
    data = content.encode("utf-8") if isinstance(content, str) else content
    with atomic_file(path) as fh:
        fh.write(data)


@contextmanager
def atomic_file(path: str | Path) -> Iterator[BinaryIO]:
    """A file to write `path`'s new content into, bit by bit: it takes the old file's place
    when the block ends without an error, and is gone when it does not."""
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    if target.exists() and not target.is_file():
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(target))
        with open(target, "wb") as fh:
            yield fh
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); a report is an ordinary file, so it gets the
        # permissions the user's umask gives any new file.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
