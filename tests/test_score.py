"""`tqcheck score` against the sacrebleu CLI on the same files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from sacrebleu.metrics.chrf import CHRF

from tests.conftest import CORPORA
from tqcheck.cli import main
from tqcheck.scoring.similarity import balanced_chrf, chrf, source_recall_chrf
from tqcheck.text.sentences import split_sentences


def _files(tmp_path):  # type: ignore[no-untyped-def]
    # Line-aligned hypothesis and reference built from the corpus: one sentence a line.
    hyp = split_sentences((CORPORA / "ohrid-swim" / "mt.en.txt").read_text().replace("\n", " "))
    ref = split_sentences(
        (CORPORA / "ohrid-swim" / "reference.en.txt").read_text().replace("\n", " ")
    )
    n = min(len(hyp), len(ref))
    (tmp_path / "hyp.txt").write_text("\n".join(hyp[:n]) + "\n")
    (tmp_path / "ref.txt").write_text("\n".join(ref[:n]) + "\n")
    return tmp_path / "hyp.txt", tmp_path / "ref.txt"


def test_score_matches_sacrebleu_cli(tmp_path) -> None:  # type: ignore[no-untyped-def]
    hyp, ref = _files(tmp_path)
    ours = CliRunner().invoke(
        main,
        ["score", str(hyp), "--ref", str(ref), "--format", "json", "-m", "bleu,chrf,chrf++,ter"],
    )
    assert ours.exit_code == 0, ours.output
    mine = {r["name"]: r["score"] for r in json.loads(ours.output)}
    theirs = {}
    for extra in ([], ["--chrf-word-order", "2"]):
        metrics = ["bleu", "chrf", "ter"] if not extra else ["chrf"]
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "sacrebleu",
                str(ref),
                "-i",
                str(hyp),
                "-m",
                *metrics,
                "-w",
                "2",
                *extra,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        parsed = json.loads(out)
        for r in parsed if isinstance(parsed, list) else [parsed]:
            theirs[r["name"]] = r["score"]
    assert set(theirs) == set(mine)
    for name, value in theirs.items():
        assert round(mine[name], 2) == value, name


def test_score_text_output_carries_signatures(tmp_path) -> None:  # type: ignore[no-untyped-def]
    hyp, ref = _files(tmp_path)
    result = CliRunner().invoke(main, ["score", str(hyp), "--ref", str(ref)])
    assert "BLEU|nrefs:1|case:mixed" in result.output
    assert "chrF2++|" in result.output


def test_score_rejects_mismatched_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "h.txt").write_text("a\nb\n")
    (tmp_path / "r.txt").write_text("a\n")
    result = CliRunner().invoke(
        main, ["score", str(tmp_path / "h.txt"), "--ref", str(tmp_path / "r.txt")]
    )
    assert result.exit_code == 2 and "r.txt" in result.stderr


# Pairs as a run scores them: MT against an engine's translation, a back-translation against
# its source, a short or empty side, and sides with nothing in common.
CHRF_PAIRS = [
    ("The minister will visit Moscow on Monday.", "The minister will visit the Moscow Monday."),
    ("She said she would come.", "He said that he would come."),
    ("Министерката ќе ја посети Москва.", "Министерот ќе ја посети Москва во понеделник."),
    ("2 million people", "two million people"),
    ("OK", "Okay, fine."),
    ("a", "a"),
    ("abc", "xyz"),
    ("  ", "text"),
]


@pytest.mark.parametrize(("hypothesis", "reference"), CHRF_PAIRS)
def test_the_runs_chrf_is_sacrebleus_to_the_last_digit(hypothesis: str, reference: str) -> None:
    # (A run counts each pair's n-grams once for its two scores; the figures must stay
    # sacrebleu's, whose signature the report prints.)
    for beta, ours in ((2, chrf), (1, balanced_chrf), (3, source_recall_chrf)):
        expected = CHRF(beta=beta).sentence_score(hypothesis, [reference]).score
        if not hypothesis.strip() or not reference.strip():
            expected = 0.0
        assert ours(hypothesis, reference) == expected
