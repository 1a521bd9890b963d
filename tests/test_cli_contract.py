"""The JSONL interchange contract and the CLI's exit statuses, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tqcheck.cli import main

ROWS = [
    {
        "id": "a",
        "source": "Таа рече дека ќе дојде во 2023 година.",
        "mt": "She said she would come in 2023.",
        "doc_id": "d1",
    },
    {
        "id": "b",
        "source": "Министерката изјавила дека буџетот е 5 милиони денари.",
        "mt": "The minister said that the budget is 7 million denars.",
        "doc_id": "d1",
    },
    {"id": "c", "source": "Добро утро.", "mt": "Good morning.", "reference": "Good morning."},
]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    return path


def _run(args: list[str]):
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_jsonl_output_follows_the_contract(tmp_path: Path, apertium: None) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "out.jsonl"
    result = _run(
        [
            "check",
            str(src),
            "--src-lang",
            "mk",
            "--tgt-lang",
            "en",
            "--format",
            "jsonl",
            "-o",
            str(out),
        ]
    )
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    for row in rows:
        assert 0 <= row["score"] <= 100
        assert isinstance(row["findings"], list)
        for f in row["findings"]:
            assert {"check", "category", "severity", "start", "end", "message"} <= f.keys()
    changed = [f for f in rows[1]["findings"] if f["check"] == "numbers"]
    assert changed and rows[1]["mt"][changed[0]["start"] : changed[0]["end"]] == "7"
    assert rows[0]["findings"] == []
    assert rows[1]["score"] < rows[0]["score"]
    assert result.exit_code == 1  # a major finding, default --fail-on major


def test_fail_on_controls_exit_status(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", ROWS)
    base = [
        "check",
        str(src),
        "--src-lang",
        "mk",
        "--tgt-lang",
        "en",
        "--engine",
        "none",
        "--format",
        "jsonl",
    ]
    assert _run([*base, "--fail-on", "never"]).exit_code == 0
    assert _run([*base, "--fail-on", "critical"]).exit_code == 0
    assert _run([*base, "--fail-on", "major"]).exit_code == 1


def test_clean_input_exits_zero(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", [ROWS[0], ROWS[2]])
    result = _run(
        [
            "check",
            str(src),
            "--src-lang",
            "mk",
            "--tgt-lang",
            "en",
            "--engine",
            "none",
            "--format",
            "jsonl",
        ]
    )
    assert result.exit_code == 0, result.output


BAD_INPUTS = {
    "broken_json": ('{"id": "1", "source": "a", "mt": "b"}\n{"id": "2", "source": \n', 2),
    "missing_field": ('{"id": "1", "source": "a", "mt": "b"}\n{"id": "2", "source": "a"}\n', 2),
    "empty": ("", None),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_malformed_jsonl_exits_2_naming_file_and_line(tmp_path: Path, name: str) -> None:
    content, line = BAD_INPUTS[name]
    src = tmp_path / f"{name}.jsonl"
    src.write_text(content)
    out = tmp_path / "out.jsonl"
    out.write_text("previous report\n")
    result = _run(
        [
            "check",
            str(src),
            "--src-lang",
            "mk",
            "--tgt-lang",
            "en",
            "--format",
            "jsonl",
            "-o",
            str(out),
        ]
    )
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1
    assert f"{name}.jsonl" in message
    if line:
        assert f":{line}:" in message
    assert out.read_text() == "previous report\n"  # nothing half-written


def test_wrong_encoding_names_the_line(tmp_path: Path) -> None:
    src = tmp_path / "latin1.jsonl"
    src.write_bytes(
        b'{"id": "1", "source": "a", "mt": "b"}\n{"id": "2", "source": "\xe9", "mt": "b"}\n'
    )
    result = _run(["check", str(src), "--src-lang", "mk", "--tgt-lang", "en"])
    assert result.exit_code == 2
    assert "latin1.jsonl:2:" in result.stderr and "UTF-8" in result.stderr


def test_mismatched_parallel_files_exit_2(tmp_path: Path) -> None:
    (tmp_path / "src.txt").write_text("Еден.\nДва.\nТри.\n")
    (tmp_path / "mt.txt").write_text("One.\nTwo.\n")
    result = _run(
        [
            "check",
            "--source",
            str(tmp_path / "src.txt"),
            "--mt",
            str(tmp_path / "mt.txt"),
            "--src-lang",
            "mk",
            "--tgt-lang",
            "en",
        ]
    )
    assert result.exit_code == 2
    assert "mt.txt:3:" in result.stderr and "line-aligned" in result.stderr


def test_unknown_engine_is_a_usage_error(tmp_path: Path) -> None:
    result = _run(
        [
            "check",
            "Здраво.",
            "Hello.",
            "--src-lang",
            "mk",
            "--tgt-lang",
            "en",
            "--engine",
            "babelfish",
        ]
    )
    assert result.exit_code == 2
    assert "unknown engine" in result.stderr


def test_missing_language_pair_is_a_usage_error() -> None:
    result = _run(["check", "Здраво.", "Hello."])
    assert result.exit_code == 2
    assert "--src-lang" in result.stderr


def test_a_language_code_that_is_no_code_is_a_usage_error() -> None:
    result = _run(["check", "--src-lang", "../../etc/x", "--tgt-lang", "en", "a", "b"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("tqcheck: error: not a language code: '../../etc/x'")


def test_spot_check_prints_findings(apertium: None) -> None:
    result = _run(
        [
            "check",
            "--src-lang",
            "mk",
            "--tgt-lang",
            "en",
            "Таа изјавила дека ќе дојде на 5 март.",
            "He said he would come on March 6.",
        ]
    )
    assert result.exit_code == 1
    assert "MT says 'He'" in result.output
    assert "source has 5" in result.output
