"""What the reference-free checker says of several MT systems' translations of one source:
each system's mean QE score and its findings by severity, for `tqcheck compare --source`."""

from __future__ import annotations

from tqcheck.errors import TqcheckError
from tqcheck.io.loader import LoadedInput
from tqcheck.options import CheckOptions
from tqcheck.pipeline import run_check
from tqcheck.results import SystemQuality
from tqcheck.types import Segment


def systems_quality(
    systems: list[tuple[str, list[str]]],
    sources: list[str],
    src_lang: str | None,
    tgt_lang: str | None,
    engine: str,
    cache: str | None = None,
) -> list[SystemQuality]:
    """One SystemQuality per (name, lines) system, each line the translation of a source line."""
    if not src_lang or not tgt_lang:
        raise TqcheckError("--source needs --src-lang and --tgt-lang")
    found = []
    for name, lines in systems:
        if len(lines) != len(sources):
            raise TqcheckError(f"{name}: {len(lines)} lines but the source has {len(sources)}")
        segments = [Segment(str(i + 1), s, m) for i, (s, m) in enumerate(zip(sources, lines))]
        options = CheckOptions(src_lang=src_lang, tgt_lang=tgt_lang, engine=engine, cache=cache)
        report = run_check(LoadedInput(segments=segments), options)
        counts = {"critical": 0, "major": 0, "minor": 0}
        for _, f in report.findings():
            counts[f.severity] += 1
        scores = [r.score for r in report.results if r.score is not None]
        found.append(SystemQuality(sum(scores) / max(len(scores), 1), **counts))
    return found
