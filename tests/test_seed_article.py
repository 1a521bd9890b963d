"""The seed article end to end: the errors an editor circles in corpora/truss-lavrov."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tests.conftest import CORPORA
from tqcheck.cli import main


def _findings(tmp_path):  # type: ignore[no-untyped-def]
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        main, ["check", str(CORPORA / "truss-lavrov"), "--format", "jsonl", "-o", str(out)]
    )
    assert result.exit_code == 1, result.output
    mt = (CORPORA / "truss-lavrov" / "mt.en.txt").read_text()
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    return mt, rows


def test_his_russian_counterpart_is_a_critical_gender_error(tmp_path, apertium) -> None:  # type: ignore[no-untyped-def]
    mt, rows = _findings(tmp_path)
    hits = [
        (row, f)
        for row in rows
        for f in row["findings"]
        if f["check"] == "pronoun_gender" and f["severity"] == "critical"
    ]
    assert len(hits) == 1
    row, finding = hits[0]
    start = row["mt_offset"] + finding["start"]
    assert mt[start : start + 3] == "his"
    assert mt[start : start + 30].startswith("his Russian counterpart")
    assert "Liz Truss" in finding["message"] and "female" in finding["message"]
    assert "министерка" in finding["message"]  # quotes the source evidence


def test_sergey_sergei_spelling_pair_is_reported(tmp_path, apertium) -> None:  # type: ignore[no-untyped-def]
    _, rows = _findings(tmp_path)
    pairs = [
        f for row in rows for f in row["findings"] if f["category"] == "Terminology/Inconsistent"
    ]
    assert any("'Sergey'" in f["message"] and "'Sergei'" in f["message"] for f in pairs)


def test_donation_appeal_is_an_addition(tmp_path, apertium) -> None:  # type: ignore[no-untyped-def]
    _, rows = _findings(tmp_path)
    additions = [
        row["mt"] for row in rows for f in row["findings"] if f["category"] == "Accuracy/Addition"
    ]
    assert "Dear reader," in additions
    assert not any("Liz Truss is expected" in a for a in additions)


def test_text_report_names_engine_and_highlights(apertium) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["check", str(CORPORA / "truss-lavrov")])
    assert "engine: apertium" in result.output
    assert "CRITICAL" in result.output and "truss-lavrov" in result.output
