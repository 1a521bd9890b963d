"""Every translation a run needs, done once: deduplicated, served from the cache where it can
be, sent to the engine that covers the direction in length-sorted blocks (so a neural engine
pads little and a progress bar moves), and counted for the report."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

from tqcheck.engines.base import Translator
from tqcheck.engines.cache import TranslationCache

Progress = Callable[[str, int, int], None]
# Texts per engine call: big enough to batch well, small enough for a live progress bar.
BLOCK = 256


@dataclass
class EngineStats:
    calls: int = 0  # engine calls made
    segments: int = 0  # texts the engine translated
    cached: int = 0  # texts served from the cache
    seconds: float = 0.0  # wall time inside engine calls


class TranslationService:
    def __init__(
        self,
        engines: Sequence[Translator],
        cache: TranslationCache | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.engines = list(engines)
        self.cache = cache
        self.progress = progress
        self._stats = EngineStats()
        self.used: list[Translator] = []

    @property
    def stats(self) -> dict[str, float]:
        stats = asdict(self._stats)
        stats["seconds"] = round(stats["seconds"], 3)
        return stats

    def engine_for(self, src: str, tgt: str) -> Translator | None:
        return next((e for e in self.engines if e.supports(src, tgt)), None)

    def can(self, src: str, tgt: str) -> bool:
        return self.engine_for(src, tgt) is not None

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str] | None:
        """Translations of `texts` in order, or None when no engine covers src->tgt."""
        engine = self.engine_for(src, tgt)
        if engine is None:
            return None
        if engine not in self.used:
            self.used.append(engine)
        unique = list(dict.fromkeys(t for t in texts if t.strip()))
        signature = str(engine.signature)
        done: dict[str, str] = {}
        if self.cache is not None and unique:
            done = self.cache.get_many(signature, src, tgt, unique)
            self._stats.cached += len(done)
        todo = sorted((t for t in unique if t not in done), key=len, reverse=True)
        label = f"translating {src}->{tgt}"
        for start in range(0, len(todo), BLOCK):
            if self.progress:
                self.progress(label, start, len(todo))
            block = todo[start : start + BLOCK]
            started = time.perf_counter()
            out = dict(zip(block, engine.translate(block, src, tgt)))
            self._stats.seconds += time.perf_counter() - started
            self._stats.calls += 1
            self._stats.segments += len(block)
            if self.cache is not None:
                self.cache.put_many(signature, src, tgt, out)
            done.update(out)
        if self.progress and todo:
            self.progress(label, len(todo), len(todo))
        return [done.get(t, "") for t in texts]

    def describe(self) -> tuple[str | None, str | None]:
        """The name and signature of the engines that translated, for the report."""
        if not self.used:
            if not self.engines:
                return None, None
            names = self.engines
        else:
            names = self.used
        return (
            "+".join(dict.fromkeys(e.name for e in names)),
            "; ".join(str(e.signature) for e in names),
        )
