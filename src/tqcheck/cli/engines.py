"""`tqcheck engines`: the translation engines installed on this machine."""

from __future__ import annotations

import click

from tqcheck.engines.registry import available_engines


@click.command()
def engines() -> None:
    """List the translation engines installed, per language pair and direction."""
    found = available_engines()
    if not found:
        click.echo(
            "no Apertium pair installed; install one, e.g. apt-get install apertium-mkd-eng"
        )
    for e in sorted(found, key=lambda e: (e.src, e.tgt)):
        click.echo(f"{e.engine:10} {e.src}->{e.tgt:4} {e.detail}")
    click.echo("neural models: `tqcheck models list`; any folder or hub id via --engine")
