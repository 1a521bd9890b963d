"""`tqcheck score`: reference metrics through sacrebleu, the same numbers as the sacrebleu
CLI."""

from __future__ import annotations

import json

import click

from tqcheck.cli.errors import fail_for
from tqcheck.cli.options import reference_option
from tqcheck.errors import TqcheckError
from tqcheck.io.textfile import read_lines
from tqcheck.scoring.reference_metrics import METRIC_NAMES, corpus_scores


@click.command()
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
        fail_for(exc)
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
