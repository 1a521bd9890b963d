"""The command line: a thin layer over the library. Options are parsed here; all work is
done by `tqcheck.pipeline`, `tqcheck.scoring` and `tqcheck.report`. Each command lives in its
own module of this package; the options several share are declared once (cli/options.py)."""

from __future__ import annotations

from typing import Any

import click

from tqcheck.cli.check import check
from tqcheck.cli.compare import compare
from tqcheck.cli.engines import engines
from tqcheck.cli.errors import INTERRUPTED
from tqcheck.cli.models import models
from tqcheck.cli.score import score
from tqcheck.cli.serve import serve


class _Commands(click.Group):
    """The command group; an interrupted run (Ctrl-C) exits 130, as shells expect, not 1 (the
    failed gate's status)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("\ntqcheck: interrupted", err=True)
            raise click.exceptions.Exit(INTERRUPTED) from None


@click.group(cls=_Commands)
@click.version_option(package_name="tqcheck")
def main() -> None:
    """tqcheck: find the errors an editor would circle in machine translation."""


for command in (score, engines, check, compare, models, serve):
    main.add_command(command)
