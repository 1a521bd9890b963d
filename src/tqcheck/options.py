"""What a caller asks of a run: the settings `run_check` takes, on the low floor so that the
CLI, the library's callers and the engines share one definition."""

from __future__ import annotations

from dataclasses import dataclass, field

from tqcheck.types import GlossaryEntry, KnownEntity

# A finding is major or critical only where its kind of evidence (its rule) has shown at
# least this precision on real text (bench/calibrate.py).
PRECISION_FIRST = 0.90


# Seconds an engine's tool gets for a batch, besides its share per segment: a hung tool is
# noticed within a minute on a spot check.
DEFAULT_ENGINE_TIMEOUT = 60.0


@dataclass(frozen=True)
class NeuralOptions:
    device: str = "auto"  # auto, cpu, cuda
    beam_size: int = 4
    max_length: int = 256
    batch_size: int = 16
    compute_type: str = "auto"  # CTranslate2: auto is int8 on CPU, int8_float16 on CUDA

    def describe(self) -> str:
        return f"beam{self.beam_size},max{self.max_length}"


@dataclass
class CheckOptions:
    src_lang: str | None = None
    tgt_lang: str | None = None
    engine: str = "auto"
    neural: NeuralOptions = field(default_factory=NeuralOptions)
    # SQLite translation cache; None translates everything afresh.
    cache: str | None = None
    entities: list[KnownEntity] = field(default_factory=list)
    checks: tuple[str, ...] = ()
    # Checks switched off (tqcheck.toml: checks.NAME = "off").
    skip_checks: tuple[str, ...] = ()
    # Fingerprints of accepted findings (--baseline): dropped before scoring.
    accepted: frozenset[str] = frozenset()
    glossary: list[GlossaryEntry] = field(default_factory=list)
    # A CSV or TBX glossary, read once the language pair is known.
    glossary_file: str | None = None
    # Findings whose confidence (their rule's measured precision) is under this are reported
    # as minor (checks/severity.py): by default precision-first; 0 keeps every finding's
    # proposed severity.
    min_confidence: float = PRECISION_FIRST
    # Seconds an Apertium tool may take on a batch before the run fails (exit 3), besides a
    # share per segment (lang/apertium_process.py).
    engine_timeout: float = DEFAULT_ENGINE_TIMEOUT
    # Worker processes that check documents (parallel_checks.py); 1 checks them in this one.
    jobs: int = 1
    # A streamed run reads the stored rows of documents checked before with the same code,
    # options and engines (result_cache.py, in the cache's file); False checks them again.
    reuse_results: bool = True
