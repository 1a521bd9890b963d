"""The command line: a thin layer over the library. Options are parsed here; all work is
done by `tqcheck.pipeline`, `tqcheck.scoring` and `tqcheck.report`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from tqcheck.cli_errors import fail
from tqcheck.cli_models import models
from tqcheck.engines.cache import default_cache_path
from tqcheck.engines.neural_model import NeuralOptions
from tqcheck.engines.registry import ENGINE_NAMES, available_engines
from tqcheck.errors import TqcheckError
from tqcheck.io.atomic import write_atomic
from tqcheck.io.loader import InputSpec, load_input
from tqcheck.io.textfile import read_lines
from tqcheck.lang.entities_file import read_entities
from tqcheck.pipeline import CheckOptions, RunReport, run_check
from tqcheck.report import FORMATS, render
from tqcheck.scoring.reference_metrics import METRIC_NAMES, corpus_scores
from tqcheck.types import severity_at_least

EXTENSIONS = {"jsonl": "jsonl", "json": "json", "text": "txt"}


@contextmanager
def _progress_bar(quiet: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A rich progress bar on stderr for every stage of a run; none when stderr is not a
    terminal or with --quiet, so logs and pipes stay clean."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    progress = Progress(transient=True, console=Console(stderr=True))
    task = progress.add_task("starting", total=None)

    def update(stage: str, done: int, total: int) -> None:
        progress.update(task, description=stage, completed=done, total=total)

    with progress:
        yield update


@click.group()
@click.version_option(package_name="tqcheck")
def main() -> None:
    """tqcheck: find the errors an editor would circle in machine translation."""


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--src-lang", help="Source language (ISO 639-1, e.g. mk).")
@click.option("--tgt-lang", help="Target language of the MT (e.g. en).")
@click.option("--source", "source_file", type=click.Path(), help="Source text file.")
@click.option("--mt", "mt_file", type=click.Path(), help="MT file, paired with --source.")
@click.option(
    "--ref",
    "refs",
    multiple=True,
    type=click.Path(),
    help="Reference file (repeatable) for parallel text or an article.",
)
@click.option(
    "--article",
    is_flag=True,
    help="--source/--mt are whole articles, not line-aligned: align sentences.",
)
@click.option(
    "--engine",
    default="auto",
    show_default=True,
    help=f"Translation engine(s), comma-separated: {', '.join(ENGINE_NAMES)}.",
)
@click.option(
    "--device",
    type=click.Choice(["auto", "cpu", "cuda"]),
    default="auto",
    show_default=True,
    help="Where neural engines run (auto: CUDA when available).",
)
@click.option("--beam-size", type=click.IntRange(1, 32), default=4, show_default=True)
@click.option(
    "--max-length",
    type=click.IntRange(8, 4096),
    default=256,
    show_default=True,
    help="Longest input and output of a neural engine, in tokens.",
)
@click.option("--batch-size", type=click.IntRange(1, 1024), default=16, show_default=True)
@click.option(
    "--compute-type",
    default="auto",
    show_default=True,
    help="CTranslate2 compute type (auto: int8 on CPU, int8_float16 on CUDA).",
)
@click.option(
    "--cache",
    "cache_path",
    type=click.Path(dir_okay=False),
    help="Translation cache (SQLite); default: translations.sqlite3 in the user cache folder.",
)
@click.option("--no-cache", is_flag=True, help="Translate everything afresh; read no cache.")
@click.option("--entities", type=click.Path(), help="CSV/JSONL of names with gender and aliases.")
@click.option(
    "--glossary",
    type=click.Path(),
    help="CSV or TBX glossary: required translations and do-not-translate terms.",
)
@click.option("--checks", "only", default="", help="Comma-separated checks to run (default all).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    help="Write here (atomically) instead of stdout.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["minor", "major", "critical", "never"]),
    default="major",
    show_default=True,
    help="Exit 1 when a finding at or above this severity exists.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def check(
    inputs: tuple[str, ...],
    src_lang: str | None,
    tgt_lang: str | None,
    source_file: str | None,
    mt_file: str | None,
    refs: tuple[str, ...],
    article: bool,
    engine: str,
    device: str,
    beam_size: int,
    max_length: int,
    batch_size: int,
    compute_type: str,
    cache_path: str | None,
    no_cache: bool,
    entities: str | None,
    glossary: str | None,
    only: str,
    fmt: str,
    output: str | None,
    fail_on: str,
    quiet: bool,
) -> None:
    """Check machine translation.

    INPUTS is a JSONL/TSV/CSV file, an article folder (source.<lang>.txt + mt.<lang>.txt),
    a folder of article folders, or two strings (source, MT) for a spot check.
    """
    try:
        loaded = load_input(InputSpec(inputs, source_file, mt_file, refs, article))
        options = CheckOptions(
            src_lang=src_lang,
            tgt_lang=tgt_lang,
            engine=engine,
            neural=NeuralOptions(device, beam_size, max_length, batch_size, compute_type),
            cache=None if no_cache else (cache_path or str(default_cache_path())),
            entities=read_entities(entities) if entities else [],
            checks=tuple(c.strip() for c in only.split(",") if c.strip()),
            glossary_file=glossary,
        )
        with _progress_bar(quiet) as progress:
            report = run_check(loaded, options, progress=progress)
        content = render(report, fmt)
    except TqcheckError as exc:
        fail(str(exc))
    if not output and fmt != "text" and sys.stdout.isatty():
        # A person at a terminal gets a file in reports/, not a screenful of JSON.
        output = str(default_output_path(loaded.label, fmt))
        click.echo(f"report written to {output}", err=True)
    if output:
        try:
            write_atomic(output, content)
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
    elif fmt == "text" and sys.stdout.isatty():
        from rich.console import Console

        from tqcheck.report.text import render_to

        render_to(Console(highlight=False), report)
    else:
        click.echo(content, nl=False)
    sys.exit(_exit_status(report, fail_on))


def _exit_status(report: RunReport, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    failing = any(severity_at_least(f.severity, fail_on) for _, f in report.findings())
    return 1 if failing else 0


@main.command()
@click.argument("hypothesis", type=click.Path())
@click.option(
    "--ref",
    "refs",
    multiple=True,
    required=True,
    type=click.Path(),
    help="Reference file, one segment a line (repeatable for several references).",
)
@click.option(
    "-m",
    "--metrics",
    default="bleu,chrf,chrf++,ter",
    show_default=True,
    help=f"Comma-separated: {', '.join(METRIC_NAMES)}.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def score(hypothesis: str, refs: tuple[str, ...], metrics: str, fmt: str) -> None:
    """Reference metrics through sacrebleu: the same numbers as the sacrebleu CLI."""
    import json

    try:
        hyps = read_lines(hypothesis)
        streams = [read_lines(r) for r in refs]
        for path, stream in zip(refs, streams):
            if len(stream) != len(hyps):
                raise TqcheckError(f"{path}: {len(stream)} lines but {hypothesis} has {len(hyps)}")
        names = tuple(m.strip().lower() for m in metrics.split(",") if m.strip())
        bad = [n for n in names if n not in METRIC_NAMES]
        if bad:
            raise TqcheckError(f"unknown metric {bad[0]!r}; choose from {', '.join(METRIC_NAMES)}")
        results = corpus_scores(hyps, streams, names)
    except TqcheckError as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(
            json.dumps(
                [
                    {
                        "name": r.name,
                        "score": round(r.score, 2),
                        "signature": r.signature,
                        "verbose_score": r.verbose,
                    }
                    for r in results
                ],
                indent=1,
            )
        )
        return
    for r in results:
        click.echo(f"{r.name}|{r.signature} = {r.score:.2f}")


@main.command()
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


def default_output_path(label: str, fmt: str) -> Path:
    return Path("reports") / f"{Path(label).name or 'report'}.{EXTENSIONS[fmt]}"


main.add_command(models)
