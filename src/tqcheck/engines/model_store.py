"""Where neural models live and how a name on the command line becomes a folder.

A model is named by a local folder or a hub id (`Helsinki-NLP/opus-mt-mk-en`). A hub id is
looked for, in order, in tqcheck's model folder (where `tqcheck models pull` puts it), in the
Hugging Face cache, and only then on the hub; a machine without internet gets one line that
says where it looked and how to get the model, never a hang.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from tqcheck.errors import EngineError

# A model folder's own record of what it is, written by `models pull` and `models convert`.
META_FILE = "tqcheck-model.json"
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")
# Hub lookups answer in seconds or not at all: a dead network must not stall a check.
_HUB_TIMEOUT_S = "10"


def models_dir() -> Path:
    """tqcheck's model folder: $TQCHECK_MODELS, else the user data folder."""
    configured = os.environ.get("TQCHECK_MODELS")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("tqcheck")) / "models"


def folder_name(hub_id: str) -> str:
    return hub_id.replace("/", "--")


def converted_folder(name: str) -> Path:
    """Where the CTranslate2 conversion of model `name` lives in the model folder."""
    return models_dir() / f"{folder_name(Path(name).name if Path(name).is_dir() else name)}--ct2"


@dataclass(frozen=True)
class ModelMeta:
    """What a folder says about itself; every field may be unknown."""

    family: str | None = None  # marian, nllb, m2m100
    source_lang: str | None = None
    target_lang: str | None = None
    origin: str | None = None  # hub id or folder it came from
    quantization: str | None = None


def read_meta(folder: Path) -> ModelMeta:
    """The folder's tqcheck-model.json, else the direction Marian tokenizers record."""
    meta = folder / META_FILE
    if meta.is_file():
        data = read_json(meta)
        return ModelMeta(
            family=_str(data.get("family")),
            source_lang=_str(data.get("source_lang")),
            target_lang=_str(data.get("target_lang")),
            origin=_str(data.get("origin")),
            quantization=_str(data.get("quantization")),
        )
    tokenizer = read_json(folder / "tokenizer_config.json")
    return ModelMeta(
        source_lang=_str(tokenizer.get("source_lang")),
        target_lang=_str(tokenizer.get("target_lang")),
    )


def write_meta(folder: Path, meta: ModelMeta) -> None:
    from tqcheck.io.atomic import write_atomic

    fields = {k: v for k, v in meta.__dict__.items() if v is not None}
    write_atomic(folder / META_FILE, json.dumps(fields, indent=1) + "\n")


def direction_from_name(name: str) -> tuple[str, str] | None:
    """OPUS-MT names carry their direction: opus-mt-mk-en, opus-mt-tc-big-en-bg."""
    found = re.search(r"opus-mt-(?:tc-(?:big|base)-)?([a-z]{2,3})-([a-z]{2,3})(?:$|[^a-z])", name)
    return (found.group(1), found.group(2)) if found else None


def resolve_model(name: str) -> Path:
    """The local folder holding model `name`, downloading a hub id only when online."""
    path = Path(name).expanduser()
    if path.is_dir():
        return path
    looks_like_path = name.startswith((".", "/", "~")) or os.sep in name.replace("/", "", 1)
    if looks_like_path or not _HUB_ID.match(name):
        raise EngineError(f"no model folder at {name}")
    pulled = models_dir() / folder_name(name)
    if pulled.is_dir():
        return pulled
    cached = _hub_snapshot(name, local_only=True)
    if cached is not None:
        return cached
    where = f"not a folder, not in {models_dir()}, not in the Hugging Face cache"
    if _offline():
        raise EngineError(
            f"model {name} is not available offline ({where}); run `tqcheck models pull {name}` "
            "on a machine with internet, or pass a model folder"
        )
    try:
        downloaded = _hub_snapshot(name, local_only=False)
    except EngineError as exc:
        raise EngineError(f"model {name}: {where}, and the hub failed: {exc}") from None
    assert downloaded is not None
    return downloaded


def pull_model(name: str, dest: Path | None = None) -> Path:
    """Downloads hub model `name` into the model folder (or `dest`); EngineError if offline."""
    if _offline():
        raise EngineError(f"cannot pull {name}: HF_HUB_OFFLINE is set")
    target = dest or models_dir() / folder_name(name)
    try:
        from huggingface_hub import snapshot_download

        _set_hub_timeouts()
        snapshot_download(name, local_dir=str(target))
    except ImportError:
        raise EngineError(
            "pulling models needs huggingface_hub: pip install 'tqcheck[neural]'"
        ) from None
    except Exception as exc:  # the hub client raises many types; all mean "not downloaded"
        raise EngineError(f"cannot pull {name}: {_first_line(exc)}") from None
    direction = direction_from_name(name)
    meta = read_meta(target)
    write_meta(
        target,
        ModelMeta(
            family=meta.family,
            source_lang=meta.source_lang or (direction[0] if direction else None),
            target_lang=meta.target_lang or (direction[1] if direction else None),
            origin=name,
        ),
    )
    return target


def _hub_snapshot(name: str, local_only: bool) -> Path | None:
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        if local_only:
            return None
        raise EngineError(
            "hub models need huggingface_hub: pip install 'tqcheck[neural]'"
        ) from None
    _set_hub_timeouts()
    try:
        return Path(snapshot_download(name, local_files_only=local_only))
    except Exception as exc:  # LocalEntryNotFoundError, HTTP errors, connection errors
        if local_only:
            return None
        raise EngineError(_first_line(exc)) from None


def _offline() -> bool:
    return any(
        os.environ.get(v, "").lower() in ("1", "true", "yes", "on")
        for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    )


def _set_hub_timeouts() -> None:
    os.environ.setdefault("HF_HUB_ETAG_TIMEOUT", _HUB_TIMEOUT_S)
    os.environ.setdefault("HF_HUB_DOWNLOAD_TIMEOUT", _HUB_TIMEOUT_S)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def read_json(path: Path) -> dict[str, object]:
    """A JSON object from a model folder; {} when missing or not an object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
