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

    def __str__(self) -> str:
        return f"{self.engine}|model:{self.model}|version:{self.version}"


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
