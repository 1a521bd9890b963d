"""The real Apertium engine and analyser from Debian's packages."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from tqcheck.cli import main
from tqcheck.engines.apertium import ApertiumEngine
from tqcheck.engines.registry import create_engine
from tqcheck.errors import EngineError
from tqcheck.lang.analysis import analyse_texts


def test_batch_translation_keeps_one_line_per_segment(apertium) -> None:  # type: ignore[no-untyped-def]
    engine = ApertiumEngine()
    texts = ["Москва е главен град.", "", "Таа не дојде.\nТој дојде."]
    out = engine.translate(texts, "mk", "en")
    assert len(out) == 3
    assert "Moscow" in out[0]


def test_unknown_words_are_kept_as_evidence(apertium) -> None:  # type: ignore[no-untyped-def]
    engine = ApertiumEngine()
    out = engine.translate(["Лиз Трус дојде."], "mk", "en")
    assert "*" not in out[0]
    assert engine.unknown_words[out[0]] == ["Трус"]


def test_auto_picks_apertium_for_mk_en(apertium) -> None:  # type: ignore[no-untyped-def]
    engine = create_engine("auto", "mk", "en")
    assert engine is not None and engine.name == "apertium"
    assert create_engine("none", "mk", "en") is None
    assert create_engine("auto", "xx", "yy") is None


def test_engines_command_lists_pairs(apertium) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["engines"])
    assert result.exit_code == 0
    assert "mk->en" in result.output


def test_analyser_marks_participle_and_possessive_gender(apertium) -> None:  # type: ignore[no-untyped-def]
    [fem, masc] = analyse_texts(
        [
            "Пратеничката изјавила дека нејзиниот предлог е добар.",
            "Пратеникот изјавил дека неговиот предлог е добар.",
        ],
        "mk",
    )
    assert {(c.word, c.gender) for c in fem.cues} >= {("изјавила", "f"), ("нејзиниот", "f")}
    assert {(c.word, c.gender) for c in masc.cues} >= {("изјавил", "m"), ("неговиот", "m")}


def test_participle_is_attached_to_its_subject(apertium) -> None:  # type: ignore[no-untyped-def]
    [facts] = analyse_texts(["Вчера Марија Петровска изјавила дека ќе се кандидира."], "mk")
    assert [(p.text, c.word) for p, c in facts.person_cues] == [("Марија Петровска", "изјавила")]


def test_installing_another_pair_does_not_change_the_analyser(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each pair ships its own English analyser; a newly installed pair that sorts first
    (apertium-eng-spa) must not replace the one the language data prefers."""
    import tqcheck.lang.morphology as morphology

    for pair, analyser in (("apertium-eng-spa", "eng-spa"), ("apertium-hbs-eng", "eng-hbs")):
        (tmp_path / pair).mkdir()
        (tmp_path / pair / f"{analyser}.automorf.bin").write_bytes(b"")
    monkeypatch.setattr(morphology, "APERTIUM_DATA_DIRS", (tmp_path,))
    morphology.find_analyser.cache_clear()
    try:
        preferred = morphology.find_analyser("eng", ("hbs", "mkd"))
        fallback = morphology.find_analyser("eng")
    finally:
        morphology.find_analyser.cache_clear()
    assert preferred is not None and preferred.name == "eng-hbs.automorf.bin"
    assert fallback is not None and fallback.name == "eng-spa.automorf.bin"


def _fake_apertium(folder, body: str):  # type: ignore[no-untyped-def]
    script = folder / "apertium"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(0o755)
    return folder


def test_a_pair_that_drops_a_line_is_an_error(apertium, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A broken pair: reads two lines and answers one.
    _fake_apertium(tmp_path, "head -n 1")
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    with pytest.raises(EngineError, match="returned 1 lines for 2 segments"):
        ApertiumEngine().translate(["Таа дојде.", "Тој дојде."], "mk", "en")


def test_a_pair_that_fails_says_so(apertium, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _fake_apertium(tmp_path, "echo 'mode is broken' >&2; exit 3")
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    with pytest.raises(EngineError, match=r"mkd-eng failed \(exit status 3\): mode is broken"):
        ApertiumEngine().translate(["Таа дојде."], "mk", "en")
