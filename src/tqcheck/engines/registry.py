"""Engine names on the command line, and which engines are installed for which pairs."""

from __future__ import annotations

from dataclasses import dataclass

from tqcheck.engines.apertium import ApertiumEngine, installed_modes
from tqcheck.engines.base import Translator
from tqcheck.errors import EngineError

ENGINE_NAMES = ("auto", "none", "apertium")

_APERTIUM_TO_ISO = {
    "mkd": "mk",
    "eng": "en",
    "hbs": "sh",
    "bul": "bg",
    "rus": "ru",
    "ukr": "uk",
    "bel": "be",
    "slv": "sl",
    "spa": "es",
    "cat": "ca",
    "fra": "fr",
    "por": "pt",
    "ita": "it",
    "deu": "de",
}


@dataclass(frozen=True)
class InstalledEngine:
    engine: str
    src: str
    tgt: str
    detail: str


def available_engines() -> list[InstalledEngine]:
    """Every installed engine and direction, for `tqcheck engines`."""
    found = []
    for mode, path in installed_modes().items():
        parts = mode.split("-")
        if len(parts) != 2:
            continue
        src3, tgt3 = parts[0], parts[1].split("_")[0]
        if not (src3.islower() and tgt3.islower()):
            continue  # script converters such as Cyrl-Latn are not language pairs
        src, tgt = _APERTIUM_TO_ISO.get(src3, src3), _APERTIUM_TO_ISO.get(tgt3, tgt3)
        if src == "sh":
            for variant in ("sr", "hr", "bs"):
                found.append(InstalledEngine("apertium", variant, tgt, str(path)))
        elif tgt == "sh":
            variant = parts[1].split("_")[1].lower() if "_" in parts[1] else "hr"
            found.append(InstalledEngine("apertium", src, variant, str(path)))
        else:
            found.append(InstalledEngine("apertium", src, tgt, str(path)))
    return found


def create_engine(name: str, src: str, tgt: str) -> Translator | None:
    """The engine for `name` ("auto" picks the best installed; "none" returns None)."""
    if name == "none":
        return None
    if name == "apertium":
        engine = ApertiumEngine()
        if not (engine.supports(src, tgt) or engine.supports(tgt, src)):
            raise EngineError(f"no Apertium pair installed for {src}-{tgt} in either direction")
        return engine
    if name == "auto":
        try:
            engine = ApertiumEngine()
        except EngineError:
            return None
        if engine.supports(src, tgt) or engine.supports(tgt, src):
            return engine
        return None
    raise EngineError(f"unknown engine {name!r}; choose one of {', '.join(ENGINE_NAMES)}")
