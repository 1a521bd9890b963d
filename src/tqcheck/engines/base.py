"""The engine interface and the bookkeeping every engine shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class EngineSignature:
    """What makes a translation reproducible: cache keys and reports use it."""

    engine: str
    model: str
    version: str
    # Options that change the output (beam size, quantisation): part of the cache key.
    options: str = ""

    def __str__(self) -> str:
        text = f"{self.engine}|model:{self.model}|version:{self.version}"
        return f"{text}|options:{self.options}" if self.options else text


class Translator(Protocol):
    name: str

    @property
    def signature(self) -> EngineSignature: ...

    def supports(self, src: str, tgt: str) -> bool: ...

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]: ...


@dataclass
class EngineStats:
    calls: int = 0
    segments: int = 0
    cached: int = 0
