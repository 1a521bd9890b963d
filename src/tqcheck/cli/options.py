"""Options several commands take, declared once: the language pair, the engine, the report
format and file, the progress bar and reference files."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import click

from tqcheck.engines.registry import ENGINE_NAMES
from tqcheck.options import DEFAULT_ENGINE_TIMEOUT

F = TypeVar("F", bound=Callable[..., Any])

# Reference files, for `score` and `compare`.
reference_option = click.option(
    "--ref",
    "refs",
    multiple=True,
    required=True,
    type=click.Path(),
    help="Reference file, one segment a line (repeatable for several references).",
)


def language_options(command: F) -> F:
    """--src-lang and --tgt-lang."""
    command = click.option("--tgt-lang", help="Target language of the MT (e.g. en).")(command)
    return click.option("--src-lang", help="Source language (ISO 639-1, e.g. mk).")(command)


engine_option = click.option(
    "--engine",
    default="auto",
    show_default=True,
    help=f"Translation engine(s), comma-separated: {', '.join(ENGINE_NAMES)}.",
)


def output_options(formats: Iterable[str]) -> Callable[[F], F]:
    """--format (one of `formats`, text by default) and -o/--output."""

    def decorate(command: F) -> F:
        command = click.option(
            "-o", "--output", type=click.Path(), help="Write here (atomically) instead of stdout."
        )(command)
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(sorted(formats)),
            default="text",
            show_default=True,
            help="Output format.",
        )(command)

    return decorate


engine_timeout_option = click.option(
    "--engine-timeout",
    type=click.FloatRange(1, 86400),
    default=DEFAULT_ENGINE_TIMEOUT,
    show_default=True,
    help="Seconds an Apertium tool may take on a batch (plus 0.05 s a segment) before the "
    "check fails (`check` exits with status 3).",
)

quiet_option = click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
