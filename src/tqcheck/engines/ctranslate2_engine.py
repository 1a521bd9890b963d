"""CTranslate2: converted Marian, NLLB and M2M100 models, int8 on CPU by default.

The converted folder carries the model's tokenizer files (`tqcheck models convert` copies
them), so text is tokenised exactly as transformers would and the two engines agree.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tqcheck.engines.base import EngineSignature
from tqcheck.engines.model_store import read_meta
from tqcheck.engines.neural_model import (
    NeuralEngineBase,
    decoding_cap,
    pick_device,
)
from tqcheck.engines.transformers_engine import length_sorted_batches
from tqcheck.errors import EngineError
from tqcheck.options import NeuralOptions


def compute_type_for(requested: str, device: str) -> str:
    if requested != "auto":
        return requested
    return "int8_float16" if device == "cuda" else "int8"


class CTranslate2Engine(NeuralEngineBase):
    name = "ct2"

    def __init__(
        self,
        path: str,
        options: NeuralOptions | None = None,
        assume: tuple[str, str] | None = None,
    ) -> None:
        try:
            import ctranslate2
            import transformers
            from transformers import AutoTokenizer
        except ImportError:
            raise EngineError(
                "the ct2 engine needs ctranslate2 and transformers: pip install 'tqcheck[neural]'"
            ) from None
        transformers.logging.set_verbosity_error()  # type: ignore[no-untyped-call]
        self.options = options or NeuralOptions()
        folder = Path(path).expanduser()
        if not (folder / "model.bin").is_file():
            raise EngineError(
                f"no CTranslate2 model at {path} (model.bin missing); make one with "
                "`tqcheck models convert MODEL_FOLDER DEST`"
            )
        self.device = pick_device(self.options.device)
        if self.device == "cuda" and ctranslate2.get_cuda_device_count() == 0:
            self.device = "cpu"
        self.compute_type = compute_type_for(self.options.compute_type, self.device)
        try:
            tokenizer = AutoTokenizer.from_pretrained(folder)
        except (OSError, ValueError) as exc:
            raise EngineError(
                f"{path} has no usable tokenizer files ({exc}); convert with "
                "`tqcheck models convert`, which copies them"
            ) from None
        self._translator: Any = None
        meta = read_meta(folder)
        model_type = "marian" if type(tokenizer).__name__.startswith("Marian") else None
        self._describe_model(path, folder, tokenizer, model_type, meta.family, assume)
        self._version = ctranslate2.__version__

    @property
    def translator(self) -> Any:
        """The model, loaded on first use: a rerun served from the cache never loads it."""
        if self._translator is None:
            import ctranslate2

            try:
                self._translator = ctranslate2.Translator(
                    str(self.folder),
                    device=self.device,
                    compute_type=self.compute_type,
                    intra_threads=os.cpu_count() or 0,
                )
            except (RuntimeError, ValueError) as exc:
                raise EngineError(f"cannot load CTranslate2 model {self.folder}: {exc}") from None
        return self._translator

    @property
    def signature(self) -> EngineSignature:
        return EngineSignature(
            "ct2",
            f"{self.model_name}@{self._fingerprint}",
            f"ctranslate2-{self._version}",
            f"{self.options.describe()},{self.compute_type}",
        )

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        target = self._prepare(src, tgt)
        prefix = [target] if target is not None else None
        out: list[str] = [""] * len(texts)
        for batch in length_sorted_batches(texts, self.options.batch_size):
            tokens = [
                self.tokenizer.convert_ids_to_tokens(
                    self.tokenizer.encode(
                        texts[i], truncation=True, max_length=self.options.max_length
                    )
                )
                for i in batch
            ]
            results = self.translator.translate_batch(
                tokens,
                target_prefix=[prefix] * len(tokens) if prefix else None,
                beam_size=self.options.beam_size,
                max_decoding_length=decoding_cap(self.options, max(map(len, tokens))),
                max_batch_size=self.options.batch_size,
            )
            for i, result in zip(batch, results):
                self.generated_tokens += len(result.hypotheses[0])
                ids = self.tokenizer.convert_tokens_to_ids(result.hypotheses[0])
                out[i] = self._decode(ids)
        return out
