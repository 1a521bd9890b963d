"""Running an Apertium tool (`apertium`, `lt-proc`) over a batch: one process, one segment a
line in and out. Some pairs drop or merge lines, so the output line count is verified; a tool
that fails, hangs or drops a line is an EngineError, never a silently shifted batch."""

from __future__ import annotations

import subprocess

from tqcheck.errors import EngineError

# Characters a reader may take for a line end ("\r" above all: a catalog's "\r\n" inside a
# string); each goes to the tool as a space, which keeps every offset and the line count.
_LINE_BREAKERS = str.maketrans(dict.fromkeys("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))


def run_lines(command: list[str], lines: list[str], timeout: float, what: str) -> list[str]:
    """The tool's output lines for `lines` (which must hold no newline); `what` names the
    tool in errors ("apertium mkd-eng")."""
    try:
        proc = subprocess.run(
            command,
            input="\n".join(line.translate(_LINE_BREAKERS) for line in lines) + "\n",
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise EngineError(f"{what} took longer than {timeout:.0f} s") from exc
    except OSError as exc:
        raise EngineError(f"{what} could not run: {exc.strerror or exc}") from exc
    if proc.returncode != 0:
        raise EngineError(f"{what} failed: {proc.stderr.strip()[:200]}")
    out = proc.stdout.split("\n")
    if out and out[-1] == "":
        out.pop()  # (the newline after the last line)
    if len(out) != len(lines):
        raise EngineError(f"{what} returned {len(out)} lines for {len(lines)} segments")
    return out
