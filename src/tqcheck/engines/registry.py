"""Engine names on the command line, and which engines are installed for which pairs.

`--engine` takes one spec or several joined by commas; a run uses, for each direction, the
first engine that covers it:

    auto              best installed for each direction: a pulled or cached neural model,
                      else Apertium, else none
    none              no translation (checks that need none still run)
    apertium          Debian's Apertium pairs
    marian:MODEL      an OPUS-MT model (folder or hub id)
    nllb:MODEL        an NLLB-200 model; m2m100:MODEL an M2M100 model
    ct2:FOLDER        a CTranslate2 conversion of any of those
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

from tqcheck.engines.apertium import ApertiumEngine, installed_modes
from tqcheck.engines.base import Translator
from tqcheck.engines.model_store import converted_folder, folder_name, models_dir
from tqcheck.engines.model_table import default_model
from tqcheck.errors import EngineError
from tqcheck.options import NeuralOptions

ENGINE_NAMES = ("auto", "none", "apertium", "marian:MODEL", "nllb:MODEL", "m2m100:MODEL", "ct2:DIR")
NEURAL_KINDS = ("marian", "nllb", "m2m100", "transformers")

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


def create_engines(
    spec: str, src: str, tgt: str, options: NeuralOptions | None = None
) -> list[Translator]:
    """The engines `spec` names for a src->tgt run, in the order they are tried."""
    options = options or NeuralOptions()
    engines: list[Translator] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        if part == "auto":
            engines += _auto(src, tgt, options, engines)
        elif part != "none":
            engine = _one(part, src, tgt, options)
            if not (engine.supports(src, tgt) or engine.supports(tgt, src)):
                raise EngineError(f"engine {part} translates neither {src}->{tgt} nor {tgt}->{src}")
            engines.append(engine)
    return engines


def create_engine(name: str, src: str, tgt: str) -> Translator | None:
    """The first engine `name` gives for src-tgt, or None."""
    engines = create_engines(name, src, tgt)
    return engines[0] if engines else None


def _one(part: str, src: str, tgt: str, options: NeuralOptions) -> Translator:
    kind, _, model = part.partition(":")
    if kind == "apertium" and not model:
        engine = ApertiumEngine()
        if not (engine.supports(src, tgt) or engine.supports(tgt, src)):
            raise EngineError(f"no Apertium pair installed for {src}-{tgt} in either direction")
        return engine
    if kind in NEURAL_KINDS and model:
        from tqcheck.engines.transformers_engine import TransformersEngine

        family = None if kind == "transformers" else kind
        # A Marian model that does not say its direction is taken to back-translate, the
        # direction tqcheck needs most.
        return TransformersEngine(model, family, options, assume=(tgt, src))
    if kind == "ct2" and model:
        from tqcheck.engines.ctranslate2_engine import CTranslate2Engine

        return CTranslate2Engine(model, options, assume=(tgt, src))
    if kind in NEURAL_KINDS or kind == "ct2":
        raise EngineError(f"engine {kind} needs a model: --engine {kind}:FOLDER_OR_HUB_ID")
    raise EngineError(f"unknown engine {part!r}; choose one of {', '.join(ENGINE_NAMES)}")


def _auto(
    src: str, tgt: str, options: NeuralOptions, chosen: list[Translator]
) -> list[Translator]:
    """For each direction no engine in `chosen` covers, a neural model already on this
    machine, else Apertium."""
    engines: list[Translator] = []
    for a, b in ((src, tgt), (tgt, src)):
        if any(e.supports(a, b) for e in chosen + engines):
            continue
        engine = _local_neural(a, b, options)
        if engine is None:
            try:
                apertium = ApertiumEngine()
            except EngineError:
                continue
            engine = apertium if apertium.supports(a, b) else None
        if engine is not None:
            engines.append(engine)
    return engines


def _local_neural(src: str, tgt: str, options: NeuralOptions) -> Translator | None:
    """The default model for src->tgt if it was pulled, converted or cached here. Only
    folders are looked at, so a machine without models pays nothing for the lookup."""
    hub_id = default_model(src, tgt)
    pulled = models_dir() / folder_name(hub_id)
    converted = converted_folder(hub_id)
    if converted.is_dir() and importlib.util.find_spec("ctranslate2"):
        from tqcheck.engines.ctranslate2_engine import CTranslate2Engine

        return CTranslate2Engine(str(converted), options)
    if not importlib.util.find_spec("transformers"):
        return None
    if pulled.is_dir() or _in_hub_cache(hub_id):
        from tqcheck.engines.transformers_engine import TransformersEngine

        engine = TransformersEngine(hub_id, None, options)
        return engine if engine.supports(src, tgt) else None
    return None


def _in_hub_cache(hub_id: str) -> bool:
    home = os.environ.get("HF_HOME", str(Path("~/.cache/huggingface").expanduser()))
    cache = Path(os.environ.get("HF_HUB_CACHE", str(Path(home) / "hub")))
    return (cache / f"models--{hub_id.replace('/', '--')}" / "snapshots").is_dir()
