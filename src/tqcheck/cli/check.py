"""`tqcheck check`: the command desks, CI and spot checks run. A thin layer: it reads options
and configuration, calls the library, writes the report and sets the exit status."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from tqcheck.baseline import read_baseline
from tqcheck.baseline import write_baseline as write_baseline_file
from tqcheck.checks.registry import check_names
from tqcheck.cli.errors import GATE_FAILED, PASSED, UNCHECKED, fail, fail_for
from tqcheck.cli.options import (
    engine_option,
    engine_timeout_option,
    language_options,
    output_options,
    quiet_option,
)
from tqcheck.cli.progress import Progress, progress_bar
from tqcheck.config import Config, load_config
from tqcheck.engines.cache import default_cache_path
from tqcheck.errors import TqcheckError
from tqcheck.gate import GateRules, GateTally
from tqcheck.gate import tally as tally_of
from tqcheck.io.atomic import atomic_file, write_atomic
from tqcheck.io.loader import InputSpec, load_input, plan_stream
from tqcheck.io.row_stream import RowPlan
from tqcheck.lang.entities_file import read_entities
from tqcheck.options import PRECISION_FIRST, CheckOptions, NeuralOptions
from tqcheck.parallel_checks import available_cores
from tqcheck.pipeline import run_check
from tqcheck.report import EXTENSIONS, FORMATS, RenderOptions, render
from tqcheck.streamed_run import stream_check
from tqcheck.text.visible import visible


@click.command()
@click.argument("inputs", nargs=-1)
@language_options
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
@engine_option
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
@engine_timeout_option
@click.option(
    "--jobs",
    type=click.IntRange(1, 256),
    default=None,
    help="Worker processes that check documents (default: the cores this process may use); "
    "the output is the same for any number.",
)
@click.option(
    "--ray",
    "ray_address",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="[ADDRESS]",
    help="Check a JSONL file on Ray (pip install 'tqcheck[ray]'): a local instance, or the "
    "cluster at ADDRESS (auto, ray://head:10001); writes JSONL, the same rows as a local run.",
)
@click.option("--no-cache", is_flag=True, help="Translate everything afresh; read no cache.")
@click.option(
    "--recheck",
    is_flag=True,
    help="Check every document again, even one checked before with the same code, options "
    "and engines (a JSONL run otherwise writes its stored rows); translations still come "
    "from the cache.",
)
@click.option("--entities", type=click.Path(), help="CSV/JSONL of names with gender and aliases.")
@click.option(
    "--glossary",
    type=click.Path(),
    help="CSV or TBX glossary: required translations and do-not-translate terms.",
)
@click.option("--checks", "only", default="", help="Comma-separated checks to run (default all).")
@output_options(FORMATS)
@click.option(
    "--fail-on",
    type=click.Choice(["minor", "major", "critical", "never"]),
    default="major",
    show_default=True,
    help="Exit 1 when a finding at or above this severity exists.",
)
@click.option(
    "--fail-on-fuzzy",
    is_flag=True,
    help="Let findings on fuzzy (draft) gettext entries fail the gate too.",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0, 100),
    help="Exit 1 when a document scores under this (0-100).",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=PRECISION_FIRST,
    show_default=True,
    help="Report findings less sure than this (their rule's measured precision, 0-1) as minor: "
    "by default only evidence that has shown 90% precision on real text is major; 0 shows "
    "every finding at its check's proposed severity.",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Suppress the findings recorded in this file (see --write-baseline).",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    help="Record this run's findings as accepted, for later --baseline runs.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="tqcheck.toml or pyproject.toml to read (default: found from the working folder).",
)
@quiet_option
@click.pass_context
def check(
    ctx: click.Context,
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
    engine_timeout: float,
    jobs: int | None,
    ray_address: str | None,
    no_cache: bool,
    recheck: bool,
    entities: str | None,
    glossary: str | None,
    only: str,
    fmt: str,
    output: str | None,
    fail_on: str,
    fail_on_fuzzy: bool,
    min_score: float | None,
    min_confidence: float,
    baseline: str | None,
    write_baseline: str | None,
    config_path: str | None,
    quiet: bool,
) -> None:
    """Check machine translation.

    INPUTS is a JSONL/TSV/CSV file, an XLIFF, PO or TMX file, an article folder
    (source.<lang>.txt + mt.<lang>.txt), a folder of article folders, several such files, or
    two strings (source, MT) for a spot check. Settings not given here come from tqcheck.toml
    or [tool.tqcheck] in pyproject.toml.
    """
    try:
        config = load_config(config_path)
        if config.path is not None:
            # (A file found two folders up changes checks and the gate: say which.)
            click.echo(f"tqcheck: configuration: {visible(str(config.path))}", err=True)
        given = _from_config(ctx, config)
        if given("fmt") not in FORMATS:
            raise TqcheckError(f"format = {given('fmt')!r}; choose from {', '.join(FORMATS)}")
        if ray_address and not inputs and Path(ray_address).exists():
            # ("--ray FILE": the option's value is optional, and a file is no Ray address.)
            inputs, ray_address = (ray_address,), ""
        inputs = inputs or tuple(config.get("paths", ()))
        spec = InputSpec(
            inputs, source_file, mt_file, refs, article, given("src_lang"), given("tgt_lang")
        )
        fmt = given("fmt")
        if ray_address is not None:
            fmt = _ray_format(ctx, fmt, write_baseline)
        # A row file written as JSONL is checked and written document by document (memory
        # flat in its length); anything else is read whole.
        plan = plan_stream(spec) if fmt == "jsonl" and not write_baseline else None
        if ray_address is not None and plan is None:
            load_input(spec)  # (the input's own error first: a missing file, a bad row)
            raise TqcheckError("--ray reads one JSONL file whose documents are contiguous")
        loaded = None if plan is not None else load_input(spec)
        label = str(plan.path) if plan is not None else loaded.label  # type: ignore[union-attr]
        only_checks = tuple(c.strip() for c in only.split(",") if c.strip())
        unknown = sorted(set(only_checks) - check_names())
        if unknown:
            known = ", ".join(sorted(check_names()))
            raise TqcheckError(f"--checks: no such check {unknown[0]!r} (checks: {known})")
        entities_file = given("entities")
        baseline_file = given("baseline")
        cache_file = given("cache_path")
        options = CheckOptions(
            src_lang=given("src_lang"),
            tgt_lang=given("tgt_lang"),
            engine=given("engine"),
            neural=NeuralOptions(device, beam_size, max_length, batch_size, compute_type),
            cache=None if no_cache else (cache_file or str(default_cache_path())),
            entities=read_entities(entities_file) if entities_file else [],
            checks=only_checks,
            skip_checks=tuple(sorted(config.disabled_checks)),
            glossary_file=given("glossary"),
            accepted=frozenset(read_baseline(baseline_file)) if baseline_file else frozenset(),
            min_confidence=float(given("min_confidence")),
            engine_timeout=float(given("engine_timeout")),
            jobs=int(given("jobs") or available_cores()),
            reuse_results=not recheck,
        )
        output = _destination(given("output"), fmt, label)
        rules = GateRules(given("fail_on"), config.check_levels, given("min_score"), fail_on_fuzzy)
        if plan is not None:
            with progress_bar(quiet) as progress:
                tally = _streamed(plan, options, rules, output, progress, ray_address)
            _finish(tally, output)
        assert loaded is not None
        with progress_bar(quiet) as progress:
            report = run_check(loaded, options, progress=progress)
        content = render(report, fmt, RenderOptions(fail_on=given("fail_on"), label=label))
    except TqcheckError as exc:
        fail_for(exc)
    if write_baseline:
        try:
            count = write_baseline_file(write_baseline, report.results)
        except OSError as exc:
            fail(f"cannot write {write_baseline}: {exc.strerror or exc}")
        click.echo(f"baseline of {count} findings written to {write_baseline}", err=True)
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
        write_stdout(content)
    if write_baseline:
        # Recording today's findings as accepted is no gate; a segment that could not be
        # checked still fails the run, since no baseline can accept it.
        rules = GateRules("never", {}, None)
    _finish(tally_of(report, rules), output)


def _destination(output: str | None, fmt: str, label: str) -> str | None:
    """The file the report goes to, or None for standard output ("-" or no -o in a pipe);
    a person at a terminal gets a file in reports/, not a screenful of JSON."""
    if output == "-":
        return None
    if not output and fmt != "text" and sys.stdout.isatty():
        output = str(default_output_path(label, fmt))
        click.echo(f"report written to {output}", err=True)
    return output


def _ray_format(ctx: click.Context, fmt: str, write_baseline: str | None) -> str:
    """--ray writes JSONL: the default format becomes jsonl, another one asked for is refused."""
    if write_baseline:
        raise TqcheckError("--ray does not write baselines: run --write-baseline locally")
    if fmt == "text" and ctx.get_parameter_source("fmt") == click.core.ParameterSource.DEFAULT:
        return "jsonl"
    if fmt != "jsonl":
        raise TqcheckError(f"--ray writes JSONL, not {fmt}: use --format jsonl")
    return fmt


def _streamed(
    plan: RowPlan,
    options: CheckOptions,
    rules: GateRules,
    output: str | None,
    progress: Progress | None,
    ray_address: str | None = None,
) -> GateTally:
    def run(write: Callable[[str], None]) -> GateTally:
        if ray_address is None:
            return stream_check(plan, options, rules, write, progress)
        from tqcheck.ray_run import ray_check  # (Ray is an optional extra)

        return ray_check(plan, options, rules, write, ray_address or None, progress)

    if output is None:
        return run(write_stdout)
    try:
        with atomic_file(output) as fh:

            def write(text: str) -> None:
                try:
                    fh.write(text.encode("utf-8"))
                except OSError as exc:  # (a full disk: the old report stays, the run fails)
                    raise TqcheckError(f"cannot write {output}: {exc.strerror or exc}") from None

            return run(write)
    except OSError as exc:  # (the folder cannot take the file)
        fail(f"cannot write {output}: {exc.strerror or exc}")


def _finish(tally: GateTally, output: str | None) -> NoReturn:
    """The exit: 3 when a segment could not be checked, 1 when the gate failed, else 0; every
    non-zero status says why on stderr, with or without -q."""
    reasons = tally.reasons()
    if reasons:  # (-q hides the progress bar, never why a run fails)
        click.echo("tqcheck: failed: " + visible("; ".join(reasons)), err=True)
    not_checked = tally.unchecked()
    if not_checked:
        click.echo(f"tqcheck: error: {visible(not_checked)}", err=True)
        sys.exit(UNCHECKED)
    sys.exit(GATE_FAILED if reasons else PASSED)


def write_stdout(content: str) -> None:
    """The report on standard output; a write error there (a full disk, a closed terminal) is
    an output error (exit 2), not a failed gate. A reader that stopped reading (a pager, `head`)
    is no error: the gate still decides the status."""
    try:
        click.echo(content, nl=False)
        sys.stdout.flush()
    except BrokenPipeError:
        # (Python would complain again at exit, flushing the dead pipe: point it at nothing.)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError as exc:
        fail(f"cannot write to standard output: {exc.strerror or exc}")


# Command-line parameters tqcheck.toml may set, and the names the file gives them.
_CONFIGURABLE = {
    "src_lang": "src_lang",
    "tgt_lang": "tgt_lang",
    "engine": "engine",
    "fail_on": "fail_on",
    "fmt": "format",
    "output": "output",
    "min_score": "min_score",
    "min_confidence": "min_confidence",
    "baseline": "baseline",
    "glossary": "glossary",
    "entities": "entities",
    "cache_path": "cache",
    "engine_timeout": "engine_timeout",
    "jobs": "jobs",
}


def _from_config(ctx: click.Context, config: Config) -> Callable[[str], Any]:
    """given(param): the value the user typed, else the configured one, else the default."""

    def given(param: str) -> Any:
        source = ctx.get_parameter_source(param)
        if source is not None and source != click.core.ParameterSource.DEFAULT:
            return ctx.params[param]
        key = _CONFIGURABLE.get(param)
        if key is not None and key in config.values:
            return config.values[key]
        return ctx.params[param]

    return given


def default_output_path(label: str, fmt: str) -> Path:
    first = label.split(", ")[0]
    return Path("reports") / f"{Path(first).name or 'report'}.{EXTENSIONS[fmt]}"
