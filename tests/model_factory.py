"""Builds real Marian models on the spot, so the engine tests and bench/engines.py exercise the
real loading, generation and conversion code without downloading weights.

The layout is OPUS-MT's: a SentencePiece model per side, one shared vocab.json with `</s>` first
and `<pad>` last (CTranslate2's converter drops the last entry, assuming it is `<pad>`), and a
tokenizer_config.json that names the direction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class MarianSize:
    d_model: int = 32
    layers: int = 2
    heads: int = 2
    ffn: int = 64
    vocab: int = 400
    max_positions: int = 256


TINY = MarianSize()
# Helsinki-NLP/opus-mt-*: transformer-align, 6+6 layers, d_model 512, about 58k vocabulary.
OPUS_MT = MarianSize(d_model=512, layers=6, heads=8, ffn=2048, vocab=58101, max_positions=512)


def _train_sentencepiece(work: Path, lines: Sequence[str], vocab: int, **options: object) -> Path:
    """A SentencePiece model of up to `vocab` pieces, learnt from `lines`; returns its file."""
    import sentencepiece as spm

    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus.txt"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(work / "sp"),
        vocab_size=vocab,
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
        **options,
    )
    return work / "sp.model"


def _dimensions(size: MarianSize) -> dict[str, int]:
    return {
        "d_model": size.d_model,
        "encoder_layers": size.layers,
        "decoder_layers": size.layers,
        "encoder_attention_heads": size.heads,
        "decoder_attention_heads": size.heads,
        "encoder_ffn_dim": size.ffn,
        "decoder_ffn_dim": size.ffn,
        "max_position_embeddings": size.max_positions,
    }


def _save(folder: Path, model, tokenizer) -> None:  # type: ignore[no-untyped-def]
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    work = folder / "_spm"
    for path in work.iterdir():
        path.unlink()
    work.rmdir()


def build_marian(
    folder: Path,
    lines: Sequence[str],
    src: str,
    tgt: str,
    size: MarianSize = TINY,
    pairs: Sequence[tuple[str, str]] = (),
    train_steps: int = 0,
    seed: int = 7,
) -> Path:
    """Trains SentencePiece on `lines`, builds a Marian model of `size`, optionally trains it a
    few steps on `pairs` (source, target), and saves model and tokenizer to `folder`."""
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    torch.manual_seed(seed)
    work = folder / "_spm"
    # A large vocabulary needs more text than a test has: SentencePiece learns what the text
    # allows and the rest of the ids are filler pieces that never occur in input.
    sp_file = _train_sentencepiece(
        work, lines, min(size.vocab - 1, 32000), eos_id=0, unk_id=1, bos_id=-1, pad_id=-1
    )
    sp = spm.SentencePieceProcessor(model_file=str(sp_file))
    vocab = {sp.id_to_piece(i): i for i in range(sp.get_piece_size())}
    while len(vocab) < size.vocab - 1:
        vocab[f"▁filler{len(vocab)}"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    for name in ("source.spm", "target.spm"):
        (work / name).write_bytes(sp_file.read_bytes())
    (work / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")

    tokenizer = MarianTokenizer(
        source_spm=str(work / "source.spm"),
        target_spm=str(work / "target.spm"),
        vocab=str(work / "vocab.json"),
        source_lang=src,
        target_lang=tgt,
    )
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        decoder_vocab_size=len(vocab),
        **_dimensions(size),
        pad_token_id=pad,
        eos_token_id=0,
        decoder_start_token_id=pad,
        forced_eos_token_id=0,
        activation_function="swish",
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
        tie_word_embeddings=True,
    )
    model = MarianMTModel(config)
    if train_steps and pairs:
        _train(model, tokenizer, pairs, train_steps)
    with torch.no_grad():
        # Marian starts decoding from a zero embedding, which transformers reaches through the
        # <pad> row: keep that row zero, and never generate <pad> (OPUS-MT configs do the same).
        model.get_input_embeddings().weight[pad].zero_()
    model.generation_config.bad_words_ids = [[pad]]
    model.generation_config.num_beams = 1
    model.generation_config.max_length = size.max_positions
    model.eval()
    _save(folder, model, tokenizer)
    return folder


def _train(model, tokenizer, pairs: Sequence[tuple[str, str]], steps: int) -> float:  # type: ignore[no-untyped-def]
    """A few optimiser steps so the model's output depends on its input."""
    import torch

    optimiser = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    sources = [s for s, _ in pairs]
    targets = [t for _, t in pairs]
    last_loss = 0.0
    for step in range(steps):
        lo = (step * 8) % len(pairs)
        batch = tokenizer(
            sources[lo : lo + 8],
            text_target=targets[lo : lo + 8],
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=64,
        )
        labels = batch["labels"]
        labels[labels == tokenizer.pad_token_id] = -100
        loss = model(**batch).loss
        loss.backward()
        last_loss = float(loss.detach())
        optimiser.step()
        optimiser.zero_grad()
    return last_loss


def build_m2m100(
    folder: Path, lines: Sequence[str], size: MarianSize = TINY, seed: int = 7
) -> Path:
    """A multilingual M2M100 model (random weights) with M2M100's own tokenizer: one model
    for every direction, steered by language tokens."""
    import sentencepiece as spm
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer

    torch.manual_seed(seed)
    work = folder / "_spm"
    sp_file = _train_sentencepiece(work, lines, min(size.vocab, 4000))
    sp = spm.SentencePieceProcessor(model_file=str(sp_file))
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for i in range(sp.get_piece_size()):
        vocab.setdefault(sp.id_to_piece(i), len(vocab))
    (work / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = M2M100Tokenizer(vocab_file=str(work / "vocab.json"), spm_file=str(sp_file))
    config = M2M100Config(
        # Language tokens and M2M100's 8 "madeup words" come after the SentencePiece vocabulary.
        vocab_size=max(tokenizer.lang_token_to_id.values()) + 1 + tokenizer.num_madeup_words,
        **_dimensions(size),
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
    )
    model = M2M100ForConditionalGeneration(config).eval()
    model.generation_config.num_beams = 1
    _save(folder, model, tokenizer)
    return folder
