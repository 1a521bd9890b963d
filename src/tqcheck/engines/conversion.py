"""`tqcheck models convert`: a transformers model folder to a CTranslate2 one, with its
tokenizer files copied alongside so the ct2 engine tokenises exactly as transformers does."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from tqcheck.engines.model_store import (
    ModelMeta,
    direction_from_name,
    read_json,
    read_meta,
    write_meta,
)
from tqcheck.errors import EngineError

TOKENIZER_FILES = (
    "tokenizer_config.json",
    "special_tokens_map.json",
    "tokenizer.json",
    "vocab.json",
    "source.spm",
    "target.spm",
    "target_vocab.json",
    "sentencepiece.bpe.model",
    "spm.model",
)
QUANTIZATIONS = ("int8", "int8_float16", "int8_float32", "int16", "float16", "float32")


def check_marian_vocabulary(folder: Path) -> None:
    """CTranslate2's Marian converter drops the last vocabulary entry and its weights,
    assuming it is the `<pad>` transformers added; on any other vocabulary that silently
    deletes a real word, so refuse instead."""
    config = read_json(folder / "config.json")
    if config.get("model_type") != "marian":
        return
    vocab = {k: v for k, v in read_json(folder / "vocab.json").items() if isinstance(v, int)}
    if not vocab:
        return
    last = max(vocab, key=vocab.__getitem__)
    pad_id = config.get("pad_token_id")
    size = config.get("vocab_size")
    if last != "<pad>" or pad_id != vocab[last] or (size is not None and size != len(vocab)):
        raise EngineError(
            f"{folder}: CTranslate2 drops the last vocabulary entry of a Marian model as <pad>, "
            f"but this model's last entry is {last!r} (pad id {pad_id}); converting it would "
            "delete a real token"
        )


def _register_multilingual_vocabulary() -> None:
    """CTranslate2 4.x lists an M2M100/NLLB vocabulary from the tokenizer's
    `special_tokens_map["additional_special_tokens"]`, which transformers 5 no longer fills, so
    the language tokens go missing and conversion fails on the vocabulary size. This loader
    lists the vocabulary by id instead, which is right under either transformers."""
    from ctranslate2.converters import transformers as ct2_transformers

    base = ct2_transformers._MODEL_LOADERS.get("M2M100Config")
    if base is None or getattr(base, "by_id", False):
        return

    class M2M100ByIdLoader(type(base)):  # type: ignore[misc]
        by_id = True

        def get_vocabulary(self, model, tokenizer):  # type: ignore[no-untyped-def]
            tokens = tokenizer.convert_ids_to_tokens(list(range(model.config.vocab_size)))
            unk = tokenizer.unk_token
            return [
                f"madeupword{i}" if (tok is None or tok == unk) and i != tokenizer.unk_token_id
                else tok
                for i, tok in enumerate(tokens)
            ]

    ct2_transformers._MODEL_LOADERS["M2M100Config"] = M2M100ByIdLoader()


def convert_model(
    source: str, dest: Path, quantization: str | None = "int8", force: bool = False
) -> Path:
    """Converts `source` (folder or hub id, resolved like an engine model) into `dest`."""
    from tqcheck.engines.model_store import resolve_model

    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError:
        raise EngineError("converting needs ctranslate2: pip install 'tqcheck[neural]'") from None
    if quantization is not None and quantization not in QUANTIZATIONS:
        raise EngineError(f"unknown quantization {quantization!r}; one of {QUANTIZATIONS}")
    folder = resolve_model(source)
    if dest.exists() and not force:
        raise EngineError(f"{dest} exists; pass --force to replace it")
    check_marian_vocabulary(folder)
    copy = [name for name in TOKENIZER_FILES if (folder / name).is_file()]
    # Convert into a sibling temporary folder and move it into place: an interrupted
    # conversion never leaves a half-written model where an engine would load it.
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".convert-", dir=dest.parent))
    try:
        _register_multilingual_vocabulary()
        converter = TransformersConverter(str(folder), copy_files=copy)
        converter.convert(str(work / "model"), quantization=quantization, force=True)
        meta = read_meta(folder)
        direction = direction_from_name(source) or direction_from_name(str(folder))
        write_meta(
            work / "model",
            ModelMeta(
                family=meta.family,
                source_lang=meta.source_lang or (direction[0] if direction else None),
                target_lang=meta.target_lang or (direction[1] if direction else None),
                origin=meta.origin or source,
                quantization=quantization or "none",
            ),
        )
        if dest.exists():
            shutil.rmtree(dest)
        (work / "model").rename(dest)
    except EngineError:
        raise
    except Exception as exc:  # the converter raises whatever its loaders raise
        raise EngineError(f"cannot convert {source}: {exc}") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dest
