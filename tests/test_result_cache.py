"""A rerun over a JSONL file writes the stored rows of the documents checked before with the
same code, options and engines, and its output is a fresh run's, byte for byte (real Apertium
translating and analysing); a document that changed, a run with an option that changes output
and a document that could not be checked are checked again."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from tqcheck.cli import main

from .test_parallel import _rows

PAIR = ["--src-lang", "mk", "--tgt-lang", "en", "--engine", "apertium"]


def _run(rows: Path, out: Path, *extra: str) -> tuple[int, str]:
    args = ["check", str(rows), *PAIR, "--format", "jsonl", "-q", "-o", str(out), *extra]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    return result.exit_code, result.stderr


def _by_document(text: str) -> dict[str, list[str]]:
    lines: dict[str, list[str]] = {}
    for line in text.splitlines():
        lines.setdefault(json.loads(line)["doc_id"], []).append(line)
    return lines


def test_a_rerun_writes_what_a_fresh_run_writes(tmp_path: Path, apertium: None) -> None:
    rows = _rows(tmp_path / "in.jsonl", documents=5, per_document=4)
    cache = str(tmp_path / "cache.sqlite3")
    first = tmp_path / "first.jsonl"
    assert _run(rows, first, "--cache", cache, "--fail-on", "never") == (0, "")
    # One document in the middle changes: its MT gains a number the source does not have.
    edited = [json.loads(line) for line in rows.read_text(encoding="utf-8").splitlines()]
    edited[9]["mt"] += " It cost 450 euros."
    rows.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in edited))
    rerun, fresh = tmp_path / "rerun.jsonl", tmp_path / "fresh.jsonl"
    # (The gate is not part of what is stored: this run fails on what the first let pass.)
    status, reason = _run(rows, rerun, "--cache", cache)
    assert (status, reason) == _run(rows, fresh, "--no-cache")
    assert status == 1 and "finding(s) at or above" in reason
    assert rerun.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8")
    before = _by_document(first.read_text(encoding="utf-8"))
    after = _by_document(rerun.read_text(encoding="utf-8"))
    assert list(after) == list(before)
    assert [d for d in after if after[d] != before[d]] == ["doc2"]
    assert "450" in after["doc2"][1]


def test_a_rerun_reads_the_stored_rows_and_recheck_checks_again(
    tmp_path: Path, apertium: None
) -> None:
    rows = _rows(tmp_path / "in.jsonl", documents=3, per_document=3)
    cache = tmp_path / "cache.sqlite3"
    fresh = tmp_path / "fresh.jsonl"
    assert _run(rows, fresh, "--cache", str(cache), "--fail-on", "never")[0] == 0
    with sqlite3.connect(cache) as db:
        assert db.execute("SELECT COUNT(*) FROM checked").fetchone()[0] == 3
        # (A mark in the stored rows: a rerun that checked again would not write it.)
        db.execute("UPDATE checked SET rows = replace(rows, '\"score\": ', '\"score\":  ')")
    db.close()
    rerun, recheck = tmp_path / "rerun.jsonl", tmp_path / "recheck.jsonl"
    assert _run(rows, rerun, "--cache", str(cache), "--fail-on", "never")[0] == 0
    assert rerun.read_text(encoding="utf-8").count('"score":  ') == 9
    assert _run(rows, recheck, "--cache", str(cache), "--fail-on", "never", "--recheck")[0] == 0
    assert recheck.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8")


def test_an_option_that_changes_output_is_checked_again(tmp_path: Path, apertium: None) -> None:
    rows = _rows(tmp_path / "in.jsonl", documents=3, per_document=4)
    cache = str(tmp_path / "cache.sqlite3")
    default, proposed = tmp_path / "default.jsonl", tmp_path / "proposed.jsonl"
    fresh = tmp_path / "fresh.jsonl"
    _run(rows, default, "--cache", cache, "--fail-on", "never")
    # --min-confidence 0: every finding at its proposed severity, so some rows change.
    _run(rows, proposed, "--cache", cache, "--fail-on", "never", "--min-confidence", "0")
    _run(rows, fresh, "--no-cache", "--fail-on", "never", "--min-confidence", "0")
    assert proposed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8")
    assert proposed.read_text(encoding="utf-8") != default.read_text(encoding="utf-8")


def test_a_document_that_could_not_be_checked_is_not_stored(
    tmp_path: Path, apertium: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An analyser that fails while a flag file exists (the same program throughout, so the
    run's fingerprint does not change): once it works, the rerun checks every row."""
    real = shutil.which("lt-proc")
    folder, flag = tmp_path / "bin", tmp_path / "broken"
    folder.mkdir()
    script = folder / "lt-proc"
    script.write_text(
        f'#!/bin/sh\nif [ -e "{flag}" ]; then cat >/dev/null; echo broken >&2; exit 1; fi\n'
        f'exec "{real}" "$@"\n'
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:{os.environ['PATH']}")
    rows = _rows(tmp_path / "in.jsonl", documents=2, per_document=3)
    cache = str(tmp_path / "cache.sqlite3")
    out, fresh = tmp_path / "out.jsonl", tmp_path / "fresh.jsonl"
    flag.touch()
    status, reason = _run(rows, out, "--cache", cache, "--fail-on", "never")
    assert status == 3 and "6 segment(s) could not be checked" in reason
    flag.unlink()
    assert _run(rows, out, "--cache", cache, "--fail-on", "never")[0] == 0
    assert _run(rows, fresh, "--no-cache", "--fail-on", "never")[0] == 0
    assert out.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8")
    assert '"error"' not in out.read_text(encoding="utf-8")
