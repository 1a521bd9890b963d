"""`tqcheck models`: get neural models onto a machine and make them fast.

    tqcheck models pull Helsinki-NLP/opus-mt-en-mk      # online: into the model folder
    tqcheck models convert opus-mt-en-mk opus-mt-en-mk--ct2   # CTranslate2, int8
    tqcheck models list
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from tqcheck.cli.errors import fail_for
from tqcheck.errors import TqcheckError


@click.group()
def models() -> None:
    """Pull, convert and list neural translation models."""


@models.command()
@click.argument("name")
@click.option(
    "--dest",
    type=click.Path(file_okay=False),
    help="Folder to download into (default: the model folder, see `tqcheck models list`).",
)
def pull(name: str, dest: str | None) -> None:
    """Download hub model NAME, such as Helsinki-NLP/opus-mt-en-mk; needs internet."""
    from tqcheck.engines.model_store import pull_model

    try:
        folder = pull_model(name, Path(dest) if dest else None)
    except TqcheckError as exc:
        fail_for(exc)
    click.echo(f"{name} -> {folder}")


@models.command()
@click.argument("source")
@click.argument("dest", type=click.Path(file_okay=False), required=False)
@click.option(
    "--quantization",
    default="int8",
    show_default=True,
    help="Weight type: int8, int8_float16, int16, float16, float32, or none to keep it.",
)
@click.option("--force", is_flag=True, help="Replace DEST if it exists.")
def convert(source: str, dest: str | None, quantization: str, force: bool) -> None:
    """Convert a transformers model (folder or hub id) SOURCE into CTranslate2 folder DEST,
    for `--engine ct2:DEST`; without DEST, into the model folder where `--engine auto` looks."""
    from tqcheck.engines.conversion import convert_model
    from tqcheck.engines.model_store import converted_folder

    target = Path(dest) if dest else converted_folder(source)
    try:
        with _spinner(f"converting {source}"):
            folder = convert_model(
                source, target, None if quantization == "none" else quantization, force
            )
    except TqcheckError as exc:
        fail_for(exc)
    click.echo(f"{source} -> {folder} ({quantization})")


@contextmanager
def _spinner(message: str) -> Iterator[None]:
    """A spinner on stderr while a long step runs, when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(message):
        yield


@models.command(name="list")
def list_models() -> None:
    """The model folder and what is in it."""
    from tqcheck.engines.model_store import models_dir, read_meta

    root = models_dir()
    click.echo(f"model folder: {root} (set TQCHECK_MODELS to move it)")
    if not root.is_dir():
        return
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        meta = read_meta(folder)
        kind = "ct2" if (folder / "model.bin").is_file() else "transformers"
        direction = (
            f"{meta.source_lang}->{meta.target_lang}" if meta.source_lang else "multilingual"
        )
        click.echo(f"{folder.name:50} {kind:12} {direction}")
