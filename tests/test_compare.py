"""`tqcheck compare`: the same BLEU, chrF and TER as sacrebleu's own command line, with the
paired tests' p-values, plus QE scores when the source is given."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import CORPORA
from tqcheck.cli import main


@pytest.fixture()
def systems(tmp_path: Path) -> dict[str, Path]:
    """Two systems over the bundled references: one near them, one further off."""
    refs = []
    for name in ("truss-lavrov", "skopje-budget", "ohrid-swim"):
        refs += (CORPORA / name / "reference.en.txt").read_text(encoding="utf-8").splitlines()
    refs = [r for r in refs if r.strip()]
    near = [r.replace(" the ", " a ", 1) if i % 3 == 0 else r for i, r in enumerate(refs)]
    far = [" ".join(r.split()[:-2]) if i % 2 == 0 else r for i, r in enumerate(refs)]
    files = {"ref": refs, "near": near, "far": far}
    paths = {}
    for name, lines in files.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return paths


def _sacrebleu_table(paths: dict[str, Path], test: str) -> list[list[str]]:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sacrebleu",
            str(paths["ref"]),
            "-i",
            str(paths["near"]),
            str(paths["far"]),
            "-m",
            "bleu",
            "chrf",
            "ter",
            f"--paired-{test}",
            "-f",
            "text",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [re.findall(r"\d+\.\d+", line) for line in out.splitlines() if line.startswith("│")]
    return [numbers for numbers in rows if numbers]


def test_compare_matches_sacrebleu_cli(systems: dict[str, Path]) -> None:
    result = CliRunner().invoke(
        main,
        [
            "compare",
            "--ref",
            str(systems["ref"]),
            str(systems["near"]),
            str(systems["far"]),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    names = ("BLEU", "chrF2", "TER")
    bs = _sacrebleu_table(systems, "bs")
    # sacrebleu prints: baseline "score (mean ± ci)" per metric, then the system's, then its p's.
    baseline, system, pvalues = bs[0], bs[1], bs[2]
    for m, name in enumerate(names):
        ours_base, ours_sys = data["systems"][0][name], data["systems"][1][name]
        assert f"{ours_base['score']:.1f}" == baseline[3 * m]
        assert f"{ours_base['mean']:.1f} {ours_base['ci95']:.1f}" == " ".join(
            baseline[3 * m + 1 : 3 * m + 3]
        )
        assert f"{ours_sys['score']:.1f}" == system[3 * m]
        assert f"{ours_sys['p_bootstrap']:.4f}" == pvalues[m]
        assert ours_base["p_bootstrap"] is None
    ar = _sacrebleu_table(systems, "ar")
    for m, name in enumerate(names):
        assert f"{data['systems'][1][name]['p_randomization']:.4f}" == ar[2][m]
    # The text table prints the same numbers.
    text = (
        CliRunner()
        .invoke(
            main,
            ["compare", "--ref", str(systems["ref"]), str(systems["near"]), str(systems["far"])],
        )
        .stdout
    )
    assert f"p_bs = {data['systems'][1]['BLEU']['p_bootstrap']:.4f}" in text
    assert "Baseline: near.txt" in text


def test_compare_adds_qe_scores_with_a_source(systems: dict[str, Path], tmp_path: Path) -> None:
    sources = []
    for name in ("truss-lavrov", "skopje-budget", "ohrid-swim"):
        sources += (CORPORA / name / "source.mk.txt").read_text(encoding="utf-8").splitlines()
    source = tmp_path / "source.mk.txt"
    source.write_text("\n".join(s for s in sources if s.strip()) + "\n", encoding="utf-8")
    args = ["compare", "--ref", str(systems["ref"]), str(systems["near"]), str(systems["far"])]
    args += ["--source", str(source), "--src-lang", "mk", "--tgt-lang", "en", "--engine", "none"]
    html = tmp_path / "compare.html"
    result = CliRunner().invoke(main, [*args, "--format", "json", "--ar-trials", "0"])
    assert result.exit_code == 0, result.output
    systems_out = json.loads(result.stdout)["systems"]
    assert all({"score", "critical", "major", "minor"} <= set(s["qe"]) for s in systems_out)
    assert systems_out[0]["BLEU"]["p_randomization"] is None
    CliRunner().invoke(main, [*args, "--format", "html", "-o", str(html), "--ar-trials", "0"])
    page = html.read_text(encoding="utf-8")
    assert '<section class="comparison">' in page and "near.txt" in page and "QE score" in page


def test_compare_rejects_mismatched_lengths(systems: dict[str, Path], tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("only one line\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["compare", "--ref", str(systems["ref"]), str(systems["near"]), str(short)]
    )
    assert result.exit_code == 2
    assert "short.txt: 1 lines but the reference has" in result.stderr
