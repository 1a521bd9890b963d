"""Marian (OPUS-MT), NLLB-200 and M2M100 models through transformers' `generate()`.

transformers 5 has no translation pipeline, so the engine tokenises, batches and decodes
itself. Batches are cut from length-sorted text so padding stays small; results come back in
input order.
"""

from __future__ import annotations

from typing import Any

from tqcheck.engines.base import EngineSignature
from tqcheck.engines.model_store import resolve_model
from tqcheck.engines.neural_model import (
    NeuralEngineBase,
    decoding_cap,
    pick_device,
)
from tqcheck.errors import EngineError
from tqcheck.options import NeuralOptions


def length_sorted_batches(texts: list[str], size: int) -> list[list[int]]:
    """Indices of `texts`, longest first, cut into batches of `size`."""
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    return [order[i : i + size] for i in range(0, len(order), size)]


class TransformersEngine(NeuralEngineBase):
    """One model from a folder or hub id. A Marian model translates one direction (told by
    its folder, or `assume` when it does not say); NLLB and M2M100 translate any pair they
    have codes for."""

    def __init__(
        self,
        model: str,
        family: str | None = None,
        options: NeuralOptions | None = None,
        assume: tuple[str, str] | None = None,
    ) -> None:
        try:
            import torch
            import transformers
            from transformers import AutoConfig, AutoTokenizer
        except ImportError:
            raise EngineError(
                "neural engines need torch and transformers: pip install torch==2.13.0 "
                "'tqcheck[neural]'"
            ) from None
        # Our own progress bar and one-line errors replace transformers' chatter on stderr.
        transformers.logging.set_verbosity_error()  # type: ignore[no-untyped-call]
        transformers.logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        self.options = options or NeuralOptions()
        folder = resolve_model(model)
        self.device = pick_device(self.options.device)
        try:
            tokenizer = AutoTokenizer.from_pretrained(folder)
            model_type = AutoConfig.from_pretrained(folder).model_type
        except (OSError, ValueError) as exc:
            raise EngineError(f"cannot load model from {folder}: {exc}") from None
        self._torch = torch
        self._model: Any = None
        self._describe_model(model, folder, tokenizer, model_type, family, assume)
        self.name = self.family

    @property
    def model(self) -> Any:
        """The weights, loaded on first use: a rerun served from the cache never loads them."""
        if self._model is None:
            from transformers import AutoModelForSeq2SeqLM

            dtype = self._torch.float16 if self.device == "cuda" else self._torch.float32
            try:
                model = AutoModelForSeq2SeqLM.from_pretrained(self.folder, dtype=dtype)
            except (OSError, ValueError) as exc:
                raise EngineError(f"cannot load model from {self.folder}: {exc}") from None
            self._model = model.to(self.device).eval()
        return self._model

    @property
    def signature(self) -> EngineSignature:
        import transformers

        return EngineSignature(
            self.family,
            f"{self.model_name}@{self._fingerprint}",
            f"transformers-{transformers.__version__}",
            self.options.describe(),
        )

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        target = self._prepare(src, tgt)
        out: list[str] = [""] * len(texts)
        forced: dict[str, Any] = {}
        if target is not None:
            forced["forced_bos_token_id"] = self.tokenizer.convert_tokens_to_ids(target)
        pad, eos = self.tokenizer.pad_token_id, self.tokenizer.eos_token_id
        for batch in length_sorted_batches(texts, self.options.batch_size):
            encoded = self.tokenizer(
                [texts[i] for i in batch],
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=self.options.max_length,
            ).to(self.device)
            with self._torch.inference_mode():
                generated = self.model.generate(
                    **encoded,
                    num_beams=self.options.beam_size,
                    max_new_tokens=decoding_cap(self.options, encoded["input_ids"].shape[1]),
                    # A translation cut at max_length stays cut, as CTranslate2 leaves it,
                    # rather than ending on a forced end-of-sentence.
                    forced_eos_token_id=None,
                    **forced,
                )
            for i, ids in zip(batch, generated.tolist()):
                out[i] = self._decode(ids)
                self.generated_tokens += sum(1 for t in ids[1:] if t not in (pad, eos))
        return out

