"""How a command reports a problem the user can fix: one line on stderr, exit status 2."""

from __future__ import annotations

import sys
from typing import NoReturn

import click


def fail(message: str) -> NoReturn:
    click.echo(f"tqcheck: error: {message}", err=True)
    sys.exit(2)
