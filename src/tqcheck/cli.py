"""The command line: a thin layer over the library. Options are parsed here; all work is
done by `tqcheck.pipeline`, `tqcheck.scoring` and `tqcheck.report`. Each larger command lives
in its own cli_* module."""

from __future__ import annotations

import click

from tqcheck.cli_check import check
from tqcheck.cli_common import fail, reference_option
from tqcheck.cli_compare import compare
from tqcheck.cli_models import models
from tqcheck.engines.registry import available_engines
from tqcheck.errors import TqcheckError
from tqcheck.io.textfile import read_lines
from tqcheck.scoring.reference_metrics import METRIC_NAMES, corpus_scores


@click.group()
@click.version_option(package_name="tqcheck")
def main() -> None:
    """tqcheck: find the errors an editor would circle in machine translation."""


@main.command()
@click.argument("hypothesis", type=click.Path())
@reference_option
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


main.add_command(check)
main.add_command(compare)
main.add_command(models)
