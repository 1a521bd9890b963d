"""What the two neural engines share: the options, the model family and its language codes,
the direction a one-way model translates, and a fingerprint that changes when the weights do."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tqcheck.engines.model_store import ModelMeta, direction_from_name, read_meta
from tqcheck.engines.model_table import nllb_code
from tqcheck.errors import EngineError
from tqcheck.options import NeuralOptions

FAMILIES = ("marian", "nllb", "m2m100")


# No sentence translates to more than twice its length plus a few tokens: a model caught in a
# repetition loop stops there instead of at max_length.
OUTPUT_RATIO = 2.0
OUTPUT_SLACK = 10


def decoding_cap(options: NeuralOptions, longest_input: int) -> int:
    """The most target tokens to generate for a batch whose longest input has this many."""
    return min(options.max_length, int(OUTPUT_RATIO * longest_input) + OUTPUT_SLACK)


def pick_device(requested: str) -> str:
    if requested not in ("auto", "cpu", "cuda"):
        raise EngineError(f"unknown device {requested!r}; choose auto, cpu or cuda")
    if requested != "auto":
        return requested
    try:
        import torch
    except ImportError:
        return "cpu"
    return "cuda" if torch.cuda.is_available() else "cpu"


def detect_family(tokenizer: Any, model_type: str | None, requested: str | None) -> str:
    """marian, nllb or m2m100, from the model's config and tokenizer (NLLB and M2M100 share an
    architecture and differ in their language tokens)."""
    if model_type == "marian" or type(tokenizer).__name__.startswith("Marian"):
        return "marian"
    if has_token(tokenizer, "eng_Latn"):
        return "nllb"
    if has_token(tokenizer, "__en__"):
        return "m2m100"
    if requested in FAMILIES:
        return requested
    raise EngineError(
        f"cannot tell what kind of translation model this is (type {model_type!r}); "
        "tqcheck runs Marian (OPUS-MT), NLLB-200 and M2M100 models"
    )


def language_token(family: str, tokenizer: Any, lang: str) -> str | None:
    """The token a multilingual model uses for `lang`, or None when it has none."""
    if family == "nllb":
        code = nllb_code(lang)
    elif family == "m2m100":
        code = f"__{lang}__"
    else:
        return None
    return code if code and has_token(tokenizer, code) else None


def set_source_language(family: str, tokenizer: Any, lang: str) -> None:
    """Tells a multilingual tokenizer the input language: NLLB takes its token (mkd_Cyrl),
    M2M100 the plain code (mk)."""
    token = language_token(family, tokenizer, lang)
    tokenizer.src_lang = lang if family == "m2m100" else token


def control_ids(tokenizer: Any) -> frozenset[int]:
    """Ids that are never text: special tokens, every language token, and the unknown
    token (M2M100's "madeup words" decode to it)."""
    ids = set(tokenizer.all_special_ids)
    languages = getattr(tokenizer, "lang_token_to_id", {})
    ids.update(languages.values())
    if languages:  # M2M100's madeup words follow its language tokens
        first = max(languages.values()) + 1
        ids.update(range(first, first + int(getattr(tokenizer, "num_madeup_words", 0))))
    extra = getattr(tokenizer, "additional_special_tokens", None) or []
    ids.update(i for i in tokenizer.convert_tokens_to_ids(list(extra)) if isinstance(i, int))
    if tokenizer.unk_token_id is not None:
        ids.add(tokenizer.unk_token_id)
    return frozenset(ids)


def decode(tokenizer: Any, ids: list[int], control: frozenset[int]) -> str:
    kept = [i for i in ids if i not in control]
    text: str = tokenizer.decode(kept, skip_special_tokens=True)
    return text.strip()


def has_token(tokenizer: Any, token: str) -> bool:
    """Whether the tokenizer knows `token` (language tokens are not all in get_vocab())."""
    found = tokenizer.convert_tokens_to_ids(token)
    return isinstance(found, int) and found != tokenizer.unk_token_id


@dataclass(frozen=True)
class Direction:
    """The direction a one-way (Marian) model translates, and how tqcheck knows it."""

    src: str
    tgt: str
    known: bool


def marian_direction(folder: Path, name: str, fallback: tuple[str, str] | None) -> Direction:
    meta: ModelMeta = read_meta(folder)
    if meta.source_lang and meta.target_lang:
        return Direction(meta.source_lang, meta.target_lang, True)
    found = direction_from_name(meta.origin or name) or direction_from_name(str(folder))
    if found:
        return Direction(found[0], found[1], True)
    if fallback is None:
        raise EngineError(
            f"{name}: cannot tell which direction this Marian model translates; "
            "name the folder opus-mt-SRC-TGT or set source_lang/target_lang in its "
            "tokenizer_config.json"
        )
    return Direction(fallback[0], fallback[1], False)


def fingerprint(folder: Path) -> str:
    """Changes when any file in the model folder changes: cache entries made with other
    weights are never reused."""
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:12]


class NeuralEngineBase:
    """What the transformers and CTranslate2 engines share once a model's tokenizer is
    loaded: its family, the direction of a one-way model, language tokens, decoding and the
    count of generated tokens."""

    name: str
    options: NeuralOptions

    def _describe_model(
        self,
        name: str,
        folder: Path,
        tokenizer: Any,
        model_type: str | None,
        family: str | None,
        assume: tuple[str, str] | None,
    ) -> None:
        self.model_name = name
        self.folder = folder
        self.tokenizer = tokenizer
        self.family = detect_family(tokenizer, model_type, family)
        self.direction: Direction | None = (
            marian_direction(folder, name, assume) if self.family == "marian" else None
        )
        self._fingerprint = fingerprint(folder)
        self._control = control_ids(tokenizer)
        # Target tokens generated so far, without start and end tokens: for speed figures.
        self.generated_tokens = 0

    def supports(self, src: str, tgt: str) -> bool:
        if self.direction is not None:
            return (self.direction.src, self.direction.tgt) == (src, tgt)
        return all(language_token(self.family, self.tokenizer, x) for x in (src, tgt))

    def _prepare(self, src: str, tgt: str) -> str | None:
        """Readies the tokenizer for src->tgt; the target language token a multilingual model
        must start its output with, None for a one-way model."""
        if not self.supports(src, tgt):
            raise EngineError(f"{self.model_name} does not translate {src}->{tgt}")
        if self.family == "marian":
            return None
        set_source_language(self.family, self.tokenizer, src)
        return language_token(self.family, self.tokenizer, tgt)

    def _decode(self, ids: list[int]) -> str:
        return decode(self.tokenizer, ids, self._control)
