"""What the commands share: how a problem the user can fix is reported (one line on stderr,
exit status 2), and the options several commands take."""

from __future__ import annotations

import sys
from typing import NoReturn

import click


def fail(message: str) -> NoReturn:
    click.echo(f"tqcheck: error: {message}", err=True)
    sys.exit(2)


# Reference files, for `score` and `compare`.
reference_option = click.option(
    "--ref",
    "refs",
    multiple=True,
    required=True,
    type=click.Path(),
    help="Reference file, one segment a line (repeatable for several references).",
)
