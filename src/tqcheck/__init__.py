"""tqcheck: finds the errors an editor would circle in a machine translation and scores its
fidelity, with or without references.

    >>> import tqcheck
    >>> report = tqcheck.check_texts("Таа рече дека ќе дојде.", "He said he would come.",
    ...                              src_lang="mk", tgt_lang="en", engine="none")
"""

from __future__ import annotations

from tqcheck.io.loader import InputSpec, LoadedInput, load_input
from tqcheck.options import PRECISION_FIRST, CheckOptions
from tqcheck.pipeline import run_check
from tqcheck.results import RunReport
from tqcheck.types import Finding, Segment, SegmentResult
from tqcheck.version import __version__


def check_texts(
    source: str,
    mt: str,
    src_lang: str,
    tgt_lang: str,
    engine: str = "auto",
    min_confidence: float = PRECISION_FIRST,
) -> RunReport:
    """Spot check one source and its translation. `min_confidence` 0 reports every finding
    at the severity its check proposes; by default only precise evidence is major."""
    loaded = LoadedInput(segments=[Segment(id="1", source=source, mt=mt)])
    return check_segments(loaded.segments, src_lang, tgt_lang, engine, min_confidence)


def check_segments(
    segments: list[Segment],
    src_lang: str,
    tgt_lang: str,
    engine: str = "auto",
    min_confidence: float = PRECISION_FIRST,
) -> RunReport:
    loaded = LoadedInput(segments=list(segments))
    options = CheckOptions(
        src_lang=src_lang, tgt_lang=tgt_lang, engine=engine, min_confidence=min_confidence
    )
    return run_check(loaded, options)


__all__ = [
    "CheckOptions",
    "Finding",
    "InputSpec",
    "RunReport",
    "Segment",
    "SegmentResult",
    "__version__",
    "check_segments",
    "check_texts",
    "load_input",
    "run_check",
]
