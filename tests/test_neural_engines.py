"""The transformers and CTranslate2 engines, model conversion and the translation cache, on a
real Marian model the tests build and train for a few steps (no download, HF_HUB_OFFLINE=1)."""

from __future__ import annotations

import json
import multiprocessing
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import CORPORA
from tests.model_factory import build_m2m100, build_marian
from tqcheck.cli import main
from tqcheck.engines.cache import TranslationCache
from tqcheck.engines.conversion import convert_model
from tqcheck.engines.ctranslate2_engine import CTranslate2Engine
from tqcheck.engines.neural_model import NeuralOptions
from tqcheck.engines.registry import create_engines
from tqcheck.engines.transformers_engine import TransformersEngine
from tqcheck.errors import EngineError
from tqcheck.io.loader import InputSpec, load_input
from tqcheck.pipeline import CheckOptions, run_check
from tqcheck.scoring.similarity import chrf

pytest.importorskip("transformers")
pytest.importorskip("ctranslate2")

GREEDY = NeuralOptions(beam_size=1, max_length=48)
SENTENCES = [
    "The minister said she would travel to Skopje on Monday.",
    "Lavrov and Blinken met in Geneva.",
    "Prices rose by 4.5 percent in March.",
]


def _corpus_lines(name: str) -> list[str]:
    return [
        line.strip()
        for path in sorted(CORPORA.glob(f"*/{name}"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An English-to-Macedonian Marian model trained a few steps on the bundled corpora."""
    english, macedonian = _corpus_lines("reference.en.txt"), _corpus_lines("source.mk.txt")
    folder = tmp_path_factory.mktemp("models") / "tiny-marian"
    return build_marian(
        folder,
        english + macedonian,
        "en",
        "mk",
        pairs=list(zip(english, macedonian)),
        train_steps=150,
    )


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("TQCHECK_MODELS", str(tmp_path / "models"))
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path / "cache"))


def test_transformers_engine_back_translates_in_input_order(tiny_marian: Path) -> None:
    engine = TransformersEngine(str(tiny_marian), "marian", GREEDY)
    assert engine.supports("en", "mk") and not engine.supports("mk", "en")
    out = engine.translate(SENTENCES, "en", "mk")
    assert len(out) == 3 and all(out)
    assert all(any("\u0400" <= ch <= "\u04ff" for ch in text) for text in out)
    # Batches are cut from length-sorted text; results still come back in input order.
    assert engine.translate(SENTENCES[::-1], "en", "mk") == out[::-1]
    with pytest.raises(EngineError, match="does not translate mk->en"):
        engine.translate(["Добар ден."], "mk", "en")


@pytest.mark.parametrize("quantization", ["float32", "int8"])
def test_ctranslate2_conversion_gives_the_same_translations(
    tiny_marian: Path, tmp_path: Path, quantization: str
) -> None:
    expected = TransformersEngine(str(tiny_marian), "marian", GREEDY).translate(
        SENTENCES, "en", "mk"
    )
    converted = convert_model(str(tiny_marian), tmp_path / "ct2", quantization)
    options = NeuralOptions(device="cpu", beam_size=1, max_length=48, compute_type=quantization)
    engine = CTranslate2Engine(str(converted), options)
    assert engine.supports("en", "mk") and not engine.supports("mk", "en")
    got = engine.translate(SENTENCES, "en", "mk")
    if quantization == "float32":
        assert got == expected
    else:
        # int8 weights round the scores: where the tiny model's next tokens nearly tie, a
        # rounded score may pick the other one, and its looping output drifts from there
        # (which sentence drifts depends on the CPU's int8 kernels). Most sentences stay
        # the same translation; a broken conversion (a wrong vocabulary) matches none.
        close = [chrf(a, b) > 80 for a, b in zip(got, expected)]
        assert sum(close) >= len(close) - 1, [chrf(a, b) for a, b in zip(got, expected)]
    assert str(engine.signature).endswith(f"beam1,max48,{quantization}")
    # On a CPU the default is int8, whatever the stored weights are.
    assert CTranslate2Engine(str(converted), NeuralOptions(device="cpu")).compute_type == "int8"


def test_converter_refuses_a_vocabulary_whose_last_entry_is_not_pad(
    tiny_marian: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "pad-first"
    shutil.copytree(tiny_marian, broken)
    vocab = json.loads((broken / "vocab.json").read_text(encoding="utf-8"))
    last_word = max((t for t in vocab if t != "<pad>"), key=vocab.__getitem__)
    vocab["<pad>"], vocab[last_word] = vocab[last_word], vocab["<pad>"]
    (broken / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
    result = CliRunner().invoke(main, ["models", "convert", str(broken), str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "last vocabulary entry" in result.stderr and repr(last_word) in result.stderr
    assert not (tmp_path / "out").exists()


def test_models_convert_command_makes_an_engine_folder(tiny_marian: Path, tmp_path: Path) -> None:
    dest = tmp_path / "tiny-ct2"
    result = CliRunner().invoke(main, ["models", "convert", str(tiny_marian), str(dest)])
    assert result.exit_code == 0, result.output
    assert (dest / "model.bin").is_file() and (dest / "source.spm").is_file()
    again = CliRunner().invoke(main, ["models", "convert", str(tiny_marian), str(dest)])
    assert again.exit_code == 2 and "--force" in again.stderr


def test_check_runs_end_to_end_with_a_marian_engine(tiny_marian: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(CORPORA / "truss-lavrov"),
            "--engine",
            f"marian:{tiny_marian}",
            "--format",
            "json",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code in (0, 1), result.output
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    assert summary["engine"] == "marian"
    assert f"model:{tiny_marian}@" in summary["engine_signature"]
    assert summary["engine_stats"]["segments"] > 0
    text = CliRunner().invoke(
        main, ["check", str(CORPORA / "truss-lavrov"), "--engine", f"marian:{tiny_marian}"]
    )
    assert f"engine: marian|model:{tiny_marian}" in text.output


def test_rerun_with_the_cache_makes_no_engine_call(tiny_marian: Path, tmp_path: Path) -> None:
    loaded = load_input(InputSpec((str(CORPORA / "truss-lavrov"),)))
    options = CheckOptions(
        engine=f"marian:{tiny_marian},apertium", neural=GREEDY, cache=str(tmp_path / "c.sqlite")
    )
    first = run_check(loaded, options)
    second = run_check(loaded, options)
    assert first.engine_stats["calls"] > 0 and first.engine_stats["segments"] > 0
    assert second.engine_stats["calls"] == 0 and second.engine_stats["segments"] == 0
    assert second.engine_stats["cached"] >= first.engine_stats["segments"]
    assert [r.translations for r in first.results] == [r.translations for r in second.results]
    assert [len(r.findings) for r in first.results] == [len(r.findings) for r in second.results]
    # Another beam size is another signature: nothing of the first runs is reused.
    wider = run_check(loaded, CheckOptions(**{**options.__dict__, "neural": NeuralOptions()}))
    assert wider.engine_stats["segments"] > 0


def test_no_cache_translates_afresh(tiny_marian: Path, tmp_path: Path) -> None:
    args = ["check", str(CORPORA / "ohrid-swim"), "--engine", f"marian:{tiny_marian}"]
    args += ["--format", "json", "--beam-size", "1"]
    runs = [CliRunner().invoke(main, [*args, "--no-cache"]) for _ in range(2)]
    stats = [json.loads(r.stdout)["summary"]["engine_stats"] for r in runs]
    assert all(s["calls"] > 0 and s["cached"] == 0 for s in stats)
    cached = [CliRunner().invoke(main, args) for _ in range(2)]
    assert json.loads(cached[1].stdout)["summary"]["engine_stats"]["calls"] == 0
    assert (tmp_path / "cache" / "translations.sqlite3").is_file()


def _write_entries(path: str, worker: int) -> None:
    cache = TranslationCache(path)
    for n in range(20):
        batch = {f"text {worker}-{n}-{k}": f"out {worker}-{n}-{k}" for k in range(25)}
        cache.put_many("sig", "en", "mk", batch)
    cache.close()


def test_two_processes_can_fill_one_cache(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.sqlite3")
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_entries, args=(path, w)) for w in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert all(w.exitcode == 0 for w in workers)
    cache = TranslationCache(path)
    assert len(cache) == 1000
    assert cache.get_many("sig", "en", "mk", ["text 1-19-24"]) == {"text 1-19-24": "out 1-19-24"}
    assert cache.get_many("other", "en", "mk", ["text 1-19-24"]) == {}


def test_auto_picks_a_pulled_model_for_its_direction_and_apertium_for_the_other(
    tiny_marian: Path, tmp_path: Path, apertium: None
) -> None:
    shutil.copytree(tiny_marian, tmp_path / "models" / "Helsinki-NLP--opus-mt-en-mk")
    engines = create_engines("auto", "mk", "en")
    by_direction = {
        d: next(e.name for e in engines if e.supports(*d)) for d in (("mk", "en"), ("en", "mk"))
    }
    assert by_direction == {("mk", "en"): "apertium", ("en", "mk"): "marian"}
    # Once converted into the model folder, the CTranslate2 copy is preferred.
    result = CliRunner().invoke(main, ["models", "convert", "Helsinki-NLP/opus-mt-en-mk"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "models" / "Helsinki-NLP--opus-mt-en-mk--ct2" / "model.bin").is_file()
    engines = create_engines("auto", "mk", "en")
    assert next(e.name for e in engines if e.supports("en", "mk")) == "ct2"
    listing = CliRunner().invoke(main, ["models", "list"]).output
    assert "Helsinki-NLP--opus-mt-en-mk--ct2" in listing and "en->mk" in listing


def test_a_model_that_is_not_here_fails_fast_with_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "check",
            "--src-lang",
            "mk",
            "--tgt-lang",
            "en",
            "Добар ден.",
            "Good day.",
            "--engine",
            "marian:Helsinki-NLP/opus-mt-en-mk",
        ],
    )
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert "\n" not in message
    assert "not available offline" in message and "tqcheck models pull" in message
    assert str(tmp_path / "models") in message
    missing = CliRunner().invoke(
        main,
        ["check", "--src-lang", "mk", "--tgt-lang", "en", "a", "b", "--engine", "ct2:/no/such"],
    )
    assert missing.exit_code == 2 and "no CTranslate2 model at /no/such" in missing.stderr


def test_pull_says_clearly_when_the_machine_is_offline() -> None:
    result = CliRunner().invoke(main, ["models", "pull", "Helsinki-NLP/opus-mt-en-mk"])
    assert result.exit_code == 2
    assert "cannot pull Helsinki-NLP/opus-mt-en-mk" in result.stderr


@pytest.fixture(scope="session")
def tiny_m2m100(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lines = _corpus_lines("reference.en.txt") + _corpus_lines("source.mk.txt")
    return build_m2m100(tmp_path_factory.mktemp("models") / "tiny-m2m100", lines)


def test_a_multilingual_model_serves_both_directions(tiny_m2m100: Path, tmp_path: Path) -> None:
    engine = TransformersEngine(str(tiny_m2m100), None, GREEDY)
    assert engine.family == "m2m100"
    assert engine.supports("mk", "en") and engine.supports("en", "mk")
    assert not engine.supports("mk", "xx")
    into_english = engine.translate(SENTENCES, "en", "en")
    into_macedonian = engine.translate(SENTENCES, "en", "mk")
    # The target language token steers generation, and never shows in the output.
    assert into_english != into_macedonian
    assert not any("__" in text for text in into_english + into_macedonian)
    converted = convert_model(str(tiny_m2m100), tmp_path / "m2m-ct2", "float32")
    ct2 = CTranslate2Engine(str(converted), NeuralOptions("cpu", 1, 48, 16, "float32"))
    assert ct2.family == "m2m100"
    assert ct2.translate(SENTENCES, "en", "mk") == into_macedonian

    loaded = load_input(InputSpec((str(CORPORA / "skopje-budget"),)))
    report = run_check(loaded, CheckOptions(engine=f"m2m100:{tiny_m2m100}", neural=GREEDY))
    assert report.engine == "m2m100"
    # One engine translated the source forward and the MT back.
    assert any("forward" in r.translations for r in report.results)
    assert any("backward" in r.translations for r in report.results)
    assert report.engine_stats["segments"] >= len(report.results)
