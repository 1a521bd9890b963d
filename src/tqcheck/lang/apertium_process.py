"""Running an Apertium tool (`apertium`, `lt-proc`) over a batch: one process, one segment a
line in and out. Some pairs drop or merge lines, so the output line count is verified; a tool
that fails, hangs or drops a line is an EngineError, never a silently shifted batch."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess

from tqcheck.errors import EngineFailure
from tqcheck.options import DEFAULT_ENGINE_TIMEOUT

# Characters a reader may take for a line end ("\r" above all: a catalog's "\r\n" inside a
# string); each goes to the tool as a space, which keeps every offset and the line count.
_LINE_BREAKERS = str.maketrans(dict.fromkeys("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))


# How long a tool may take on a batch: a base (--engine-timeout) and a share per line, so a
# hung tool is noticed in a minute on a spot check and a big batch still has the time it needs.
TIMEOUT_PER_LINE = 0.05
_timeout_base = DEFAULT_ENGINE_TIMEOUT


def set_timeout_base(seconds: float) -> None:
    """The base of every tool's timeout from now on (the run's --engine-timeout)."""
    global _timeout_base
    _timeout_base = seconds


def batch_timeout(lines: int) -> float:
    return _timeout_base + TIMEOUT_PER_LINE * lines


# Lines of digits put around each batch: every tool gives them back as they are, so a tool
# that answers out of order or with nonsense fails them (a sanity probe at no extra run). A
# blank line keeps each probe apart from the segments: Apertium reads across a line end, and
# "9081726354" before "Истражувачите ..." made "Researchers" of "The researchers".
_PROBES = ("9081726354", "1357924680")


def run_lines(command: list[str], lines: list[str], what: str) -> list[str]:
    """The tool's output lines for `lines` (which must hold no newline); `what` names the
    tool in errors ("apertium mkd-eng")."""
    out = _run(command, [_PROBES[0], "", *lines, "", _PROBES[1]], what)
    expected = len(lines) + len(_PROBES) + 2
    if len(out) != expected:
        raise EngineFailure(
            f"{what} returned {len(out)} lines for {len(lines)} segments and"
            f" {expected - len(lines)} probe lines"
        )
    if _PROBES[0] not in out[0] or _PROBES[1] not in out[-1] or out[1].strip() or out[-2].strip():
        raise EngineFailure(f"{what} answered out of order or with nonsense (a probe line changed)")
    return out[2:-2]


def _run(command: list[str], lines: list[str], what: str) -> list[str]:
    timeout = batch_timeout(len(lines))
    data = ("\n".join(line.translate(_LINE_BREAKERS) for line in lines) + "\n").encode("utf-8")
    try:
        # (Its own process group: `apertium` is a shell pipeline, and a hung stage must go
        # with it, or its open pipe keeps us waiting after the timeout.)
        proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except OSError as exc:
        raise EngineFailure(f"{what} could not run: {exc.strerror or exc}") from exc
    try:
        stdout, stderr = proc.communicate(data, timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise EngineFailure(
            f"{what} took longer than {timeout:.0f} s (see --engine-timeout)"
        ) from None
    except BaseException:
        _kill(proc)
        raise
    if proc.returncode != 0:
        message = stderr.decode("utf-8", "replace").strip()[:200]
        raise EngineFailure(f"{what} failed (exit status {proc.returncode}): {message}")
    try:
        text = stdout.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EngineFailure(f"{what} wrote what is not UTF-8 (byte {exc.start})") from None
    out = text.split("\n")
    if out and out[-1] == "":
        out.pop()  # (the newline after the last line)
    return out


def _kill(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
