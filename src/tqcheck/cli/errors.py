"""How a command ends: its exit status, and a one-line reason on stderr for every non-zero one
(even with -q)."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from tqcheck.errors import EngineFailure, TqcheckError
from tqcheck.text.visible import visible

# Exit statuses, the same for every command (README, "Exit status").
PASSED = 0
GATE_FAILED = 1
USAGE_OR_INPUT = 2
UNCHECKED = 3
INTERRUPTED = 130


def fail(message: str, status: int = USAGE_OR_INPUT) -> NoReturn:
    # (A message may quote input: its control characters are shown, not sent.)
    click.echo(f"tqcheck: error: {visible(message)}", err=True)
    sys.exit(status)


def fail_for(exc: TqcheckError) -> NoReturn:
    """The exit for an error: an engine that failed while running is status 3; anything the
    user can fix in the input or the options, status 2."""
    fail(str(exc), UNCHECKED if isinstance(exc, EngineFailure) else USAGE_OR_INPUT)
