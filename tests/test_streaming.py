"""A row file written as JSONL is read, checked and written document by document: the rows
are those of a run that holds the whole file, byte for byte, with fresh translations from
real Apertium; bad rows are refused before anything is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tqcheck import types as core_types
from tqcheck.cli import main
from tqcheck.io.loader import InputSpec, load_input, plan_stream
from tqcheck.options import CheckOptions
from tqcheck.pipeline import run_check
from tqcheck.report import render

from .test_parallel import _rows

PAIR = ["--src-lang", "mk", "--tgt-lang", "en", "--engine", "apertium"]


def _check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_streamed_rows_are_those_of_a_whole_run(
    tmp_path: Path, apertium: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (Batches of 150 segments: three batches, each translated on its own, as a big file's.)
    monkeypatch.setattr(core_types, "BATCH_SEGMENTS", 150)
    rows = _rows(tmp_path / "in.jsonl", documents=12, per_document=36)
    spec = InputSpec((str(rows),), src_lang="mk", tgt_lang="en")
    assert plan_stream(spec) is not None
    options = CheckOptions(
        src_lang="mk", tgt_lang="en", engine="apertium", cache=str(tmp_path / "whole.sqlite3")
    )
    whole = render(run_check(load_input(spec), options), "jsonl")
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        status, _, err = _check(
            str(rows), *PAIR, "--format", "jsonl", "--jobs", jobs, "-o", str(out),
            "--cache", str(tmp_path / f"cache{jobs}.sqlite3"), "-q",
        )  # fmt: skip
        assert status in (0, 1), err
        assert out.read_text(encoding="utf-8") == whole
    # The gate says the same of both: the same findings fail it.
    status_json, _, err_json = _check(str(rows), *PAIR, "--format", "json", "-q")
    status_jsonl, _, err_jsonl = _check(str(rows), *PAIR, "--format", "jsonl", "-q")
    assert status_json == status_jsonl == 1
    assert err_json == err_jsonl and "finding(s) at or above" in err_jsonl


def test_documents_out_of_order_are_read_whole(tmp_path: Path, apertium: None) -> None:
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": "1", "doc_id": "a", "source": "Марија дојде.", "mt": "Maria came."},
        {"id": "2", "doc_id": "b", "source": "Тој замина.", "mt": "He left."},
        {"id": "3", "doc_id": "a", "source": "Таа рече дека е уморна.", "mt": "He was tired."},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    spec = InputSpec((str(path),), src_lang="mk", tgt_lang="en")
    assert plan_stream(spec) is None
    status, out, _ = _check(str(path), *PAIR, "--format", "jsonl", "-q", "--fail-on", "never")
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["1", "2", "3"]
    # (Document "a" is one document: Marija, two rows away, makes "he" a wrong pronoun.)
    third = json.loads(out.splitlines()[2])
    assert any(f["check"] == "pronoun_gender" for f in third["findings"])


def test_a_bad_row_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    rows = [{"id": str(n), "source": "Здраво.", "mt": "Hello."} for n in range(5)]
    rows[3]["id"] = "1"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    out = tmp_path / "out.jsonl"
    out.write_text("the report of yesterday\n")
    status, _, err = _check(str(path), *PAIR, "--format", "jsonl", "-o", str(out), "-q")
    assert status == 2
    assert f"{path}:4: duplicate id '1'" in err
    assert out.read_text() == "the report of yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_an_unreadable_byte_is_named_by_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    good = json.dumps({"id": "1", "source": "Здраво.", "mt": "Hello."}, ensure_ascii=False)
    path.write_bytes(good.encode() + b"\n" + b'{"id": "2", "source": "\xff", "mt": "x"}\n')
    status, _, err = _check(str(path), *PAIR, "--format", "jsonl", "-q")
    assert status == 2
    assert f"{path}:2: not valid UTF-8 (byte 0xff)" in err


def test_a_name_lost_in_a_whole_text_on_one_line_is_found(tmp_path: Path) -> None:
    # (Over 600 source tokens: names are looked for near the same relative place, so a long
    # line takes seconds, not minutes, and a name lost in its middle is still found.)
    filler = [
        ("Марија живее во Скопје.", "Maria lives in Skopje."),
        ("Петар работи во Битола.", "Petar works in Bitola."),
        ("Тие се среќаваат во Охрид.", "They meet in Ohrid."),
    ] * 40
    middle = ("Ана пее во Прилеп.", "Ana sings in Prilep.")
    pairs = [*filler, middle, *filler]
    source = " ".join(s for s, _ in pairs)
    clean = " ".join(m for _, m in pairs)
    changed = clean.replace("Ana sings", "Olga sings")
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": "clean", "source": source, "mt": clean},
        {"id": "changed", "source": source, "mt": changed},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    status, out, err = _check(
        str(path), "--src-lang", "mk", "--tgt-lang", "en", "--engine", "none",
        "--format", "jsonl", "--fail-on", "never", "--min-confidence", "0", "-q",
    )  # fmt: skip
    assert status == 0, err
    found = {row["id"]: row["findings"] for row in map(json.loads, out.splitlines())}
    assert not [f for f in found["clean"] if f["check"] == "entities"]
    lost = [f["message"] for f in found["changed"] if f["check"] == "entities"]
    assert any("'Ана'" in message for message in lost), lost
