"""Translation engines. Anything with `translate(texts, src, tgt) -> list[str]`, a `name`
and a `signature` is an engine."""

from tqcheck.engines.base import Translator
from tqcheck.engines.registry import available_engines, create_engine

__all__ = ["Translator", "available_engines", "create_engine"]
