"""`tqcheck compare`: several MT systems against references (sacrebleu's BLEU, chrF and TER,
bootstrap confidence intervals, paired bootstrap and approximate-randomization p-values), plus
tqcheck's reference-free QE score and findings per system when the source is given."""

from __future__ import annotations

from pathlib import Path

import click

from tqcheck.cli.errors import fail, fail_for
from tqcheck.cli.options import (
    engine_option,
    language_options,
    output_options,
    quiet_option,
    reference_option,
)
from tqcheck.cli.progress import progress_bar
from tqcheck.engines.cache import default_cache_path
from tqcheck.errors import TqcheckError
from tqcheck.io.atomic import write_atomic
from tqcheck.io.textfile import read_lines
from tqcheck.report.comparison import render_html, render_json, render_text
from tqcheck.scoring.comparison import (
    AR_TRIALS,
    BOOTSTRAP_SAMPLES,
    COMPARE_METRICS,
    compare_systems,
)
from tqcheck.system_quality import systems_quality


@click.command()
@click.argument("systems", nargs=-1, required=True, type=click.Path())
@reference_option
@click.option("-m", "--metrics", default=",".join(COMPARE_METRICS), show_default=True)
@click.option(
    "--bootstrap-samples", type=click.IntRange(10), default=BOOTSTRAP_SAMPLES, show_default=True
)
@click.option(
    "--ar-trials",
    type=click.IntRange(0),
    default=AR_TRIALS,
    show_default=True,
    help="Approximate randomization trials (0: skip the test).",
)
@click.option("--source", "source_file", type=click.Path(), help="Source file: adds QE scores.")
@language_options
@engine_option
@click.option("--width", type=click.IntRange(0, 4), default=1, show_default=True)
@output_options(["text", "json", "html"])
@quiet_option
def compare(
    systems: tuple[str, ...],
    refs: tuple[str, ...],
    metrics: str,
    bootstrap_samples: int,
    ar_trials: int,
    source_file: str | None,
    src_lang: str | None,
    tgt_lang: str | None,
    engine: str,
    width: int,
    fmt: str,
    output: str | None,
    quiet: bool,
) -> None:
    """Compare MT SYSTEMS (files, one segment a line; the first is the baseline)."""
    try:
        hyps = [(Path(p).name, read_lines(p)) for p in systems]
        streams = [read_lines(r) for r in refs]
        names = tuple(m.strip().lower() for m in metrics.split(",") if m.strip())
        with progress_bar(quiet) as progress:
            if progress:
                progress("significance tests", 0, 1)
            comparison = compare_systems(hyps, streams, names, bootstrap_samples, ar_trials)
            quality = None
            if source_file:
                quality = systems_quality(
                    hyps,
                    read_lines(source_file),
                    src_lang,
                    tgt_lang,
                    engine,
                    str(default_cache_path()),
                )
    except TqcheckError as exc:
        fail_for(exc)
    if fmt == "json":
        content = render_json(comparison, quality)
    elif fmt == "html":
        content = render_html(comparison, quality)
    else:
        content = render_text(comparison, quality, width)
    if output:
        try:
            write_atomic(output, content)
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
    else:
        click.echo(content, nl=False)
