"""tqcheck: finds the errors an editor would circle in a machine translation and scores its
fidelity, with or without references.

    >>> import tqcheck
    >>> report = tqcheck.check_texts("Таа рече дека ќе дојде.", "He said he would come.",
    ...                              src_lang="mk", tgt_lang="en", engine="none")
"""

from __future__ import annotations

from tqcheck.io.loader import InputSpec, LoadedInput, load_input
from tqcheck.options import CheckOptions
from tqcheck.pipeline import run_check
from tqcheck.results import RunReport
from tqcheck.types import Finding, Segment, SegmentResult
from tqcheck.version import __version__


def check_texts(
    source: str, mt: str, src_lang: str, tgt_lang: str, engine: str = "auto"
) -> RunReport:
    """Spot check one source and its translation."""
    loaded = LoadedInput(segments=[Segment(id="1", source=source, mt=mt)])
    return run_check(loaded, CheckOptions(src_lang=src_lang, tgt_lang=tgt_lang, engine=engine))


def check_segments(
    segments: list[Segment], src_lang: str, tgt_lang: str, engine: str = "auto"
) -> RunReport:
    loaded = LoadedInput(segments=list(segments))
    return run_check(loaded, CheckOptions(src_lang=src_lang, tgt_lang=tgt_lang, engine=engine))


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
