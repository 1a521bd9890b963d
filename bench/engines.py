"""Engine speed benchmark: how fast each engine translates, and how much of a `tqcheck check`
run is tqcheck's own work once a neural engine does the translating.

It builds an OPUS-MT-sized Marian model (6+6 layers, d_model 512, 58k vocabulary, random
weights: speed does not depend on what the weights learnt), converts it to CTranslate2 float32
and int8, and on the same news sentences (FLORES-200 devtest: all 1,012 Macedonian sentences,
then Serbian ones up to --sentences) measures, each in its own process so peak memory is its
own:
- engine alone: target tokens per second and peak memory for transformers (float32),
  CTranslate2 float32 and int8, and Apertium, translating the sentences into English;
- the whole pipeline: `run_check` over the sentences with their English references as the MT,
  with each engine both ways (mk->en and en->mk). Its own work is the wall time less the time
  inside engine calls.

Random weights never choose to stop, so every neural output runs to tqcheck's length cap
(twice the input plus 10 tokens), about twice as long as a real translation. Tokens per second
is unaffected; the engine's share of a pipeline run is overstated by that factor, so the
pipeline share is also given for outputs as long as the human references.

    python bench/engines.py                       # 2,000 sentences, writes bench/RESULTS.md
    python bench/engines.py --sentences 200 --no-write   # quick look
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from results_file import replace_block  # noqa: E402

FLORES = ROOT.parent / "shared" / "data" / "flores200-devtest" / "devtest.jsonl"


def news_sentences(count: int) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in FLORES.read_text(encoding="utf-8").splitlines()]
    picked = [r for r in rows if r["src_lang"] == "mk"] + [r for r in rows if r["src_lang"] == "sr"]
    return [
        {"id": f"{r['src_lang']}-{r['line']}", "source": r["source"], "mt": r["reference"]}
        for r in picked[:count]
    ]


def build_models(work: Path, sentences: list[dict[str, str]]) -> dict[str, Path]:
    """mk->en and en->mk folders of one random OPUS-MT-sized model, for transformers and for
    CTranslate2 (float32 and int8)."""
    from tests.model_factory import OPUS_MT, build_marian
    from tqcheck.engines.conversion import convert_model
    from tqcheck.engines.model_store import ModelMeta, write_meta

    lines = [s["source"] for s in sentences] + [s["mt"] for s in sentences]
    models = {"marian-mk-en": work / "marian-mk-en"}
    build_marian(models["marian-mk-en"], lines, "mk", "en", size=OPUS_MT)
    for quantization in ("float32", "int8"):
        name = f"ct2-{quantization}-mk-en"
        models[name] = convert_model(str(models["marian-mk-en"]), work / name, quantization)
    for name in ("marian-mk-en", "ct2-int8-mk-en"):
        backward = work / name.replace("mk-en", "en-mk")
        shutil.copytree(models[name], backward)
        write_meta(backward, ModelMeta(source_lang="en", target_lang="mk", origin=str(backward)))
        models[name.replace("mk-en", "en-mk")] = backward
    return models


def peak_mib() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss
    across exec, so a child would report the parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_engine(spec: str, options: dict[str, object], data: Path, cache: Path) -> dict:
    """In a child process: translate every source into English once, through the cache (so
    the pipeline run after it finds these translations there)."""
    if spec.startswith("marian"):
        import torch  # noqa: F401  imported before the clock starts, as a service would

    from tqcheck.engines.cache import TranslationCache
    from tqcheck.engines.neural_model import NeuralOptions
    from tqcheck.engines.registry import create_engines
    from tqcheck.engines.service import TranslationService

    sources = [json.loads(line)["source"] for line in data.read_text().splitlines()]
    neural = NeuralOptions(**{k: v for k, v in options.items() if not k.startswith("_")})  # type: ignore[arg-type]
    engines = create_engines(spec, "mk", "en", neural)
    service = TranslationService(engines, TranslationCache(cache))
    started = time.perf_counter()
    out = service.translate(sources, "mk", "en") or []
    seconds = time.perf_counter() - started
    peak = peak_mib()
    engine = service.engine_for("mk", "en")
    tokens = getattr(engine, "generated_tokens", None)
    if tokens is None:  # Apertium: count its output in the Marian model's target tokens
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(options["_tokenizer"])
        tokens = sum(len(tokenizer(text_target=t)["input_ids"]) - 1 for t in out)
    return {"seconds": seconds, "tokens": tokens, "peak_mib": peak}


def measure_pipeline(spec: str, options: dict[str, object], data: Path, cache: Path) -> dict:
    if spec.startswith("marian"):
        import torch  # noqa: F401

    from tqcheck.engines.neural_model import NeuralOptions
    from tqcheck.io.loader import InputSpec, load_input
    from tqcheck.pipeline import CheckOptions, run_check

    neural = NeuralOptions(**{k: v for k, v in options.items() if not k.startswith("_")})  # type: ignore[arg-type]
    started = time.perf_counter()
    loaded = load_input(InputSpec((str(data),)))
    report = run_check(
        loaded,
        CheckOptions(src_lang="mk", tgt_lang="en", engine=spec, neural=neural, cache=str(cache)),
    )
    wall = time.perf_counter() - started
    return {
        "wall": wall,
        "engine_seconds": report.engine_stats["seconds"],
        "translated": report.engine_stats["segments"],
        "cached": report.engine_stats["cached"],
        "peak_mib": peak_mib(),
    }


def child(kind: str, spec: str, options: dict[str, object], data: Path, cache: Path) -> dict:
    """Runs one measurement in a fresh interpreter and returns its figures."""
    args = [sys.executable, __file__, "--child", kind, "--spec", spec, "--data", str(data)]
    args += ["--cache", str(cache), "--options", json.dumps(options)]
    proc = subprocess.run(args, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{kind} {spec} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--beam-size", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--spec", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--cache", help=argparse.SUPPRESS)
    parser.add_argument("--options", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        measure = measure_engine if args.child == "engine" else measure_pipeline
        options = json.loads(args.options)
        figures = measure(args.spec, options, Path(args.data), Path(args.cache))
        print(json.dumps(figures))
        return

    sentences = news_sentences(args.sentences)
    work = Path(tempfile.mkdtemp(prefix="tqcheck-bench-engines-"))
    try:
        run(args, sentences, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, sentences: list[dict[str, str]], work: Path) -> None:
    data = work / "news.jsonl"
    data.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in sentences))
    started = time.perf_counter()
    models = build_models(work, sentences)
    print(f"built and converted the model in {time.perf_counter() - started:.0f} s", flush=True)
    base = {"device": "cpu", "beam_size": args.beam_size, "batch_size": args.batch_size}
    engines = {
        "transformers float32": (f"marian:{models['marian-mk-en']}", "float32"),
        "CTranslate2 float32": (f"ct2:{models['ct2-float32-mk-en']}", "float32"),
        "CTranslate2 int8": (f"ct2:{models['ct2-int8-mk-en']}", "int8"),
        "Apertium": ("apertium", "auto"),
    }
    speed: dict[str, dict] = {}
    for label, (spec, compute) in engines.items():
        options = {**base, "compute_type": compute, "_tokenizer": str(models["marian-mk-en"])}
        speed[label] = child("engine", spec, options, data, work / "cache.sqlite3")
        s = speed[label]
        print(
            f"{label:22} {s['tokens'] / s['seconds']:8.0f} tokens/s "
            f"{s['seconds']:7.1f} s {s['peak_mib']:7.0f} MiB",
            flush=True,
        )
    pipelines = {
        "transformers float32": (
            f"marian:{models['marian-mk-en']},marian:{models['marian-en-mk']}",
            "float32",
            "transformers float32",
        ),
        "CTranslate2 int8": (
            f"ct2:{models['ct2-int8-mk-en']},ct2:{models['ct2-int8-en-mk']}",
            "int8",
            "CTranslate2 int8",
        ),
        "Apertium": ("apertium", "auto", "Apertium"),
    }
    reference_tokens = _reference_tokens(models["marian-mk-en"], sentences)
    pipe: dict[str, dict] = {}
    for label, (spec, compute, forward_label) in pipelines.items():
        options = {**base, "compute_type": compute}
        p = child("pipeline", spec, options, data, work / "cache.sqlite3")
        forward = speed[forward_label]
        p["engine_total"] = p["engine_seconds"] + forward["seconds"]
        p["own"] = p["wall"] - p["engine_seconds"]
        p["share"] = p["own"] / (p["own"] + p["engine_total"])
        # Engine time scales with output length: as long as the references, not the cap.
        scale = min(1.0, reference_tokens / forward["tokens"]) if label != "Apertium" else 1.0
        p["share_real"] = p["own"] / (p["own"] + p["engine_total"] * scale)
        pipe[label] = p
        print(
            f"pipeline {label:22} own {p['own']:6.1f} s engine {p['engine_total']:7.1f} s "
            f"own share {p['share']:.1%} (real-length outputs {p['share_real']:.1%})",
            flush=True,
        )
    ratio = (speed["CTranslate2 int8"]["tokens"] / speed["CTranslate2 int8"]["seconds"]) / (
        speed["transformers float32"]["tokens"] / speed["transformers float32"]["seconds"]
    )
    print(f"CTranslate2 int8 / transformers tokens/s: {ratio:.2f}x (goal >= 1.4x)")
    table = _table(args, len(sentences), speed, pipe, ratio)
    print(table)
    if not args.no_write:
        replace_block("engines", table)


def _reference_tokens(model: Path, sentences: list[dict[str, str]]) -> int:
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model)
    return sum(len(tokenizer(text_target=s["mt"])["input_ids"]) - 1 for s in sentences)


def _table(args: argparse.Namespace, n: int, speed: dict, pipe: dict, ratio: float) -> str:
    command = "python bench/engines.py"
    if args.sentences != 2000:
        command += f" --sentences {args.sentences}"
    if args.beam_size != 1:
        command += f" --beam-size {args.beam_size}"
    lines = [
        "## Engines (bench/engines.py)",
        "",
        f"Command: `{command}`; {n} FLORES-200 devtest sentences (mk, then sr), beam "
        f"{args.beam_size}, batch {args.batch_size}, {os.cpu_count()} cores, CPU only. "
        "Marian model: OPUS-MT size (6+6 layers, d_model 512, 58,101 vocabulary), random "
        "weights. Target tokens are the model's SentencePiece tokens (Apertium's output is "
        "counted with the same tokenizer).",
        "",
        "| engine (mk->en) | target tokens/s | seconds | peak memory MiB |",
        "|---|---|---|---|",
    ]
    for label, s in speed.items():
        lines.append(
            f"| {label} | {s['tokens'] / s['seconds']:.0f} | {s['seconds']:.1f} | "
            f"{s['peak_mib']:.0f} |"
        )
    lines += [
        "",
        f"CTranslate2 int8 gives {ratio:.2f}x the tokens/s of transformers float32 (goal 1.4x).",
        "",
        "| pipeline, engine both ways | engine s | tqcheck's own work s | own share "
        "| own share, real-length outputs | peak memory MiB |",
        "|---|---|---|---|---|---|",
    ]
    for label, p in pipe.items():
        lines.append(
            f"| {label} | {p['engine_total']:.1f} | {p['own']:.1f} | {p['share']:.1%} | "
            f"{p['share_real']:.1%} | {p['peak_mib']:.0f} |"
        )
    lines += [
        "",
        "Engine seconds are the time inside engine calls (the mk->en pass of the table above "
        "plus the pipeline's en->mk pass); tqcheck's own work is the rest of the run (reading, "
        "analysis, checks, scoring). Apertium has no en->mk pair installed, so its pipeline "
        "translates one way. Random weights run every output to the length cap, about twice "
        "a real translation; the last share column scales engine time to the length of the "
        "human references.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
