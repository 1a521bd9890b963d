"""Faults and hostile input: an engine that hangs, crashes, drops, shuffles or garbles lines or
writes bytes that are not UTF-8 (fake `apertium` and `lt-proc` executables first on PATH), an
interrupted run, outputs that are no regular file, terminal escapes and bidi controls in the
MT, two files with the same segment ids, and language codes that name no language. Each case
ends with its documented exit status and a one-line reason, never a traceback or a silent
pass."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from tqcheck.cli import main

ROWS = [
    {"id": "1", "source": "Таа дојде во 2023 година.", "mt": "She came in 2023."},
    {"id": "2", "source": "Тој не дојде.", "mt": "He did not come."},
]
TQCHECK = [sys.executable, "-c", "from tqcheck.cli import main; main()"]


def _jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    return path


def _fake(folder: Path, name: str, body: str) -> None:
    script = folder / name
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(0o755)


def _check(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", *args], catch_exceptions=False)


@pytest.fixture
def fake_bin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", f"{folder}:{os.environ['PATH']}")
    return folder


# A fake engine's body (reading the batch on stdin) and what the one-line reason must say.
ENGINE_FAULTS = {
    "hang": ("exec sleep 60", "took longer than"),
    "too few lines": ("head -n 1", "returned 1 lines for 2 segments"),
    "shuffled lines": ("tac", "out of order"),
    "garbage": ("sed 's/./x/g'", "nonsense"),
    "not utf-8": ("cat >/dev/null; printf '\\377\\376\\n\\377\\n\\377\\n\\377\\n'", "not UTF-8"),
    "crash": ("cat >/dev/null; kill -SEGV $$", "failed (exit status"),
}


@pytest.mark.parametrize("fault", sorted(ENGINE_FAULTS))
def test_an_engine_fault_exits_3_with_its_reason(
    fault: str, fake_bin: Path, tmp_path: Path, apertium: None
) -> None:
    body, reason = ENGINE_FAULTS[fault]
    _fake(fake_bin, "apertium", body)
    rows = _jsonl(tmp_path / "in.jsonl", ROWS)
    started = time.monotonic()
    result = _check(
        str(rows), "--src-lang", "mk", "--tgt-lang", "en", "--engine", "apertium",
        "--engine-timeout", "1", "--no-cache", "-q", "--format", "jsonl",
    )  # fmt: skip
    assert result.exit_code == 3, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tqcheck: error: apertium"), result.stderr
    assert reason in lines[0]
    assert "Traceback" not in result.output
    assert time.monotonic() - started < 30  # (a hung engine is not waited on for long)


def test_an_analyser_failing_on_every_row_never_passes(
    fake_bin: Path, tmp_path: Path, apertium: None
) -> None:
    """lt-proc failing: every row carries an error, the run exits 3 even when the gate would
    pass (--fail-on never), and JUnit reports each error."""
    _fake(fake_bin, "lt-proc", "cat >/dev/null; echo 'cannot read dictionary' >&2; exit 1")
    rows = _jsonl(tmp_path / "in.jsonl", ROWS)
    junit = tmp_path / "out.xml"
    result = _check(
        str(rows), "--src-lang", "mk", "--tgt-lang", "en", "--engine", "none",
        "--fail-on", "never", "-q", "--format", "junit", "-o", str(junit),
    )  # fmt: skip
    assert result.exit_code == 3, result.output
    assert "2 segment(s) could not be checked" in result.stderr
    assert junit.read_text(encoding="utf-8").count("<error ") == 2


def test_a_cache_filled_by_another_engine_binary_is_not_read(
    fake_bin: Path, tmp_path: Path, apertium: None
) -> None:
    """An `apertium` that echoes its input (probe lines pass) fills the cache; the real one,
    with the same package version, translates afresh rather than read that."""
    rows = _jsonl(tmp_path / "in.jsonl", ROWS[:1])
    cache = tmp_path / "cache.sqlite3"
    args = [str(rows), "--src-lang", "mk", "--tgt-lang", "en", "--engine", "apertium"]
    args += ["--cache", str(cache), "-q", "--format", "jsonl", "--fail-on", "never"]
    _fake(fake_bin, "apertium", "cat")
    echoed = json.loads(_check(*args).stdout)
    assert echoed["translations"]["forward"] == ROWS[0]["source"]
    (fake_bin / "apertium").unlink()
    real = json.loads(_check(*args).stdout)
    assert real["translations"]["forward"] != ROWS[0]["source"]
    assert "2023" in real["translations"]["forward"]


def test_an_interrupted_run_exits_130(fake_bin: Path, tmp_path: Path, apertium: None) -> None:
    _fake(fake_bin, "apertium", "exec sleep 60")
    rows = _jsonl(tmp_path / "in.jsonl", ROWS)
    proc = subprocess.Popen(
        [*TQCHECK, "check", str(rows), "--src-lang", "mk", "--tgt-lang", "en", "--engine",
         "apertium", "--no-cache", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    time.sleep(4)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err


def test_dash_is_standard_output_and_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    rows = _jsonl(tmp_path / "in.jsonl", ROWS)
    base = ["check", str(rows), "--src-lang", "mk", "--tgt-lang", "en", "--engine", "none"]
    base += ["--format", "jsonl", "--fail-on", "never", "-q"]
    os.chdir(tmp_path)
    result = CliRunner().invoke(main, [*base, "-o", "-"], catch_exceptions=False)
    assert result.exit_code == 0 and not (tmp_path / "-").exists()
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["1", "2"]
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = CliRunner().invoke(main, [*base, "-o", str(fifo)], catch_exceptions=False)
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert fifo.is_fifo()  # (not replaced by a regular file)
    assert len(received[0].decode("utf-8").splitlines()) == 2


def test_a_full_standard_output_is_an_output_error(tmp_path: Path) -> None:
    rows = _jsonl(tmp_path / "in.jsonl", ROWS)
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [*TQCHECK, "check", str(rows), "--src-lang", "mk", "--tgt-lang", "en", "--engine",
             "none", "--format", "jsonl", "--fail-on", "never", "-q"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "tqcheck: error: cannot write to standard output: No space left on device"
    ]


def test_terminal_escapes_and_bidi_controls_are_shown_not_sent(tmp_path: Path) -> None:
    """An escape sequence in the MT never reaches the terminal; a bidi override the source
    lacks is shown and is a finding of its own."""
    rows = _jsonl(
        tmp_path / "in.jsonl",
        [{"id": "1", "source": "Таа дојде.", "mt": "She \x1b[2J\x1b]0;owned\x07came \u202eemoh."}],
    )
    result = _check(
        str(rows), "--src-lang", "mk", "--tgt-lang", "en", "--engine", "none", "--format",
        "text", "--fail-on", "never",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "␛[2J" in result.stdout and "\ufffdemoh" in result.stdout
    assert "bidi control U+202E" in result.stdout


def test_two_files_with_the_same_ids_keep_their_own_segments(tmp_path: Path) -> None:
    a = _jsonl(tmp_path / "a.jsonl", [{"id": "1", "source": "Таа дојде.", "mt": "She came."}])
    b = _jsonl(
        tmp_path / "b.jsonl", [{"id": "1", "source": "Таа дојде.", "mt": "She came \u202e."}]
    )
    args = [str(a), str(b), "--src-lang", "mk", "--tgt-lang", "en", "--engine", "none"]
    args += ["--fail-on", "never"]
    text = _check(*args, "--format", "text").stdout
    # The finding is b's, under b's heading, with b's MT; a has none.
    assert text.index("b.jsonl") < text.index("bidi control") and "a.jsonl" in text
    assert text.count("bidi control") == 1
    rows = _check(*args, "--format", "csv").stdout.splitlines()[1:]
    assert [Path(r.split(",")[0]).name for r in rows] == ["b.jsonl"]
    junit = _check(*args, "--format", "junit").stdout
    suite_b = junit[junit.index('b.jsonl"') :]
    assert "bidi control" in suite_b and "bidi control" not in junit[: junit.index(suite_b)]


@pytest.mark.parametrize(
    ("src", "tgt", "reason"),
    [
        ("xx", "en", "no such language: 'xx'"),
        ("mk", "qq", "no such language: 'qq'"),
        ("en", "en", "source and target are the same language"),
    ],
)
def test_a_pair_that_names_no_two_languages_is_a_usage_error(
    src: str, tgt: str, reason: str
) -> None:
    result = _check("--src-lang", src, "--tgt-lang", tgt, "--engine", "none", "a b", "c d")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"tqcheck: error: {reason}")


def test_a_configuration_is_named_validated_and_kept_inside_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _jsonl(tmp_path / "in.jsonl", ROWS)
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    config = tmp_path / "tqcheck.toml"
    monkeypatch.chdir(work)
    base = [str(rows), "--src-lang", "mk", "--tgt-lang", "en", "--engine", "none", "-q"]
    config.write_text('fail_on = "never"\n')
    result = _check(*base)
    assert result.exit_code == 0
    assert f"tqcheck: configuration: {config}" in result.stderr
    for text, reason in [
        ("min_score = 500\n", "min_score = 500; use 0 to 100"),
        ('format = "pdf"\n', "format = 'pdf'"),
        ('baseline = "../../etc/passwd"\n', "leads outside the configuration's folder"),
        ("engine_timeout = 0\n", "engine_timeout = 0; use 1 to 86400"),
    ]:
        config.write_text(text)
        result = _check(*base)
        assert result.exit_code == 2, text
        assert reason in result.stderr.strip().splitlines()[-1], result.stderr


XLIFF_TWO_FILES = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="menu.properties" source-language="en" target-language="de" datatype="plaintext">
    <body><trans-unit id="1"><source>%s files</source><target>%s Dateien</target>
    </trans-unit></body>
  </file>
  <file original="dialog.properties" source-language="en" target-language="{tgt}"
        datatype="plaintext">
    <body><trans-unit id="1"><source>%s folders</source><target>Ordner</target>
    </trans-unit></body>
  </file>
</xliff>
"""


def test_the_same_unit_id_in_two_files_of_one_xliff_is_two_units(tmp_path: Path) -> None:
    """Legal XLIFF 1.2: each <file> has a unit "1". Each keeps its own finding; a second
    <file> in another language pair is refused at its line."""
    xliff = tmp_path / "app.xlf"
    xliff.write_text(XLIFF_TWO_FILES.replace("{tgt}", "de"), encoding="utf-8")
    result = _check(str(xliff), "--format", "jsonl", "--fail-on", "never", "-q")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc_id"], r["id"]) for r in rows] == [
        ("menu.properties", "1"),
        ("dialog.properties", "1"),
    ]
    assert [bool(r["findings"]) for r in rows] == [False, True]
    text = _check(str(xliff), "--format", "text", "--fail-on", "never").stdout
    assert text.index("dialog.properties") < text.index("Ordner")
    xliff.write_text(XLIFF_TWO_FILES.replace("{tgt}", "fr"), encoding="utf-8")
    result = _check(str(xliff), "-q")
    assert result.exit_code == 2
    assert f"{xliff}:7: this <file> translates en->fr" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("dup.csv", "id,source,mt\n1,Таа дојде.,She came.\n1,Тој дојде.,He came.\n",
         "dup.csv:3: duplicate id '1' (first at line 2)"),
        ("dup.tsv", "id\tsource\tmt\n7\tа\tb\n7\tв\tг\n", "dup.tsv:3: duplicate id '7'"),
        ("quote.csv", 'id,source,mt\n1,"Таа дојде.,She came.\n2,Тој дојде.,He came.\n',
         "quote.csv:3: malformed row: unexpected end of data"),
        ("surrogate.jsonl", '{"id": "1", "source": "\\ud800", "mt": "x"}\n',
         "surrogate.jsonl:1: a lone surrogate (U+D800)"),
        ("deep.jsonl", '{"id": "1", "source": "a", "mt": "b", "x": ' + "[" * 2000 + "]" * 2000
         + "}\n", "deep.jsonl:1: JSON nested deeper than 100 levels"),
        ("deep.xlf", '<?xml version="1.0"?>\n<xliff version="1.2">' + "<g>" * 500 + "</g>" * 500
         + "</xliff>\n", "deep.xlf:2: XLIFF nested deeper than 100 elements"),
        ("pairs.jsonl", '{"id": "1", "source": "a", "mt": "b", "src_lang": "mk", "tgt_lang": '
         '"en"}\n{"id": "2", "source": "c", "mt": "d", "src_lang": "sr", "tgt_lang": "en"}\n',
         "pairs.jsonl:2: row '2' is sr->en where earlier rows are mk->en"),
    ],
)  # fmt: skip
def test_input_a_reader_cannot_represent_is_refused_with_file_and_line(
    tmp_path: Path, name: str, content: str, reason: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = _check(str(path), "--src-lang", "mk", "--tgt-lang", "en", "--engine", "none", "-q")
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert lines[0].startswith("tqcheck: error: ") and reason in lines[0], lines[0]


def test_a_row_in_another_language_than_the_command_line_says_is_refused(
    tmp_path: Path,
) -> None:
    rows = _jsonl(
        tmp_path / "in.jsonl",
        [{"id": "1", "source": "Она пришла.", "mt": "She came.", "src_lang": "ru"}],
    )
    result = _check(str(rows), "--src-lang", "mk", "--tgt-lang", "en", "--engine", "none")
    assert result.exit_code == 2
    assert "the input is in 'ru' where --src-lang says 'mk'" in result.stderr


def test_one_missing_file_of_two_is_no_spot_check(tmp_path: Path) -> None:
    rows = _jsonl(tmp_path / "in.jsonl", ROWS)
    result = _check(str(rows), str(tmp_path / "missing.jsonl"), "--src-lang", "mk", "--tgt-lang",
                    "en", "--engine", "none")  # fmt: skip
    assert result.exit_code == 2
    assert "missing.jsonl: no such file" in result.stderr


def test_an_unclosed_quote_in_the_entities_file_is_refused(tmp_path: Path) -> None:
    entities = tmp_path / "people.csv"
    entities.write_text('name,gender\n"Liz Truss,female\nBoris Johnson,male\n', encoding="utf-8")
    result = _check("--src-lang", "mk", "--tgt-lang", "en", "--engine", "none", "--entities",
                    str(entities), "Таа дојде.", "She came.")  # fmt: skip
    assert result.exit_code == 2
    assert "people.csv:" in result.stderr
    assert "malformed CSV: unexpected end of data" in result.stderr


def test_a_baseline_accepts_a_finding_in_its_own_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same segment id and text in two files: accepting a's finding leaves b's new."""
    monkeypatch.chdir(tmp_path)
    row = [{"id": "1", "source": "Таа дојде.", "mt": "She came \u202e."}]
    _jsonl(tmp_path / "a.jsonl", row)
    _jsonl(tmp_path / "b.jsonl", row)
    base = ["--src-lang", "mk", "--tgt-lang", "en", "--engine", "none", "-q", "--format", "json"]
    assert _check("a.jsonl", *base, "--write-baseline", "accepted.json").exit_code == 0
    assert _check("a.jsonl", *base, "--baseline", "accepted.json").exit_code == 0
    both = _check("a.jsonl", "b.jsonl", *base, "--baseline", "accepted.json")
    assert both.exit_code == 1
    flagged = [s["doc_id"] for s in json.loads(both.stdout)["segments"] if s["findings"]]
    assert flagged == ["b.jsonl"]


def test_two_article_folders_named_alike_in_two_sets_stay_two_documents(tmp_path: Path) -> None:
    for name, mt in (("set1", "She came."), ("set2", "He came.")):
        folder = tmp_path / name / "story"
        folder.mkdir(parents=True)
        (folder / "source.mk.txt").write_text("Таа дојде.\n", encoding="utf-8")
        (folder / "mt.en.txt").write_text(mt + "\n", encoding="utf-8")
    result = _check(str(tmp_path / "set1"), str(tmp_path / "set2"), "--engine", "none", "-q",
                    "--format", "json", "--fail-on", "never")  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    docs = {d["id"]: d for d in report["summary"]["documents"]}
    assert sorted(docs) == [f"{tmp_path / 'set1'}#story", f"{tmp_path / 'set2'}#story"]
    assert [s["mt"] for s in report["segments"]] == ["She came.", "He came."]


def test_a_json_list_given_as_a_resource_file_is_refused(tmp_path: Path) -> None:
    source, mt = tmp_path / "en.json", tmp_path / "de.json"
    source.write_text('{"open": "Open", "close": "Close"}', encoding="utf-8")
    mt.write_text('["Öffnen", "Schließen"]', encoding="utf-8")
    result = _check("--source", str(source), "--mt", str(mt), "--src-lang", "en", "--tgt-lang",
                    "de", "--engine", "none")  # fmt: skip
    assert result.exit_code == 2
    assert "de.json: a resource file holds an object of strings, not a list" in result.stderr


def test_duplicate_unit_ids_inside_one_xliff_file_are_refused(tmp_path: Path) -> None:
    xliff = tmp_path / "dup.xlf"
    xliff.write_text(
        XLIFF_TWO_FILES.replace("{tgt}", "de").replace("dialog.properties", "menu.properties"),
        encoding="utf-8",
    )
    result = _check(str(xliff), "-q")
    assert result.exit_code == 2
    assert "dup.xlf:9: duplicate id '1' (first at line 4)" in result.stderr


def test_a_folder_that_cannot_be_listed_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(The tests run as root, whom chmod 000 does not stop: the listing fails as the
    operating system would fail it for another user.)"""
    locked = tmp_path / "articles"
    locked.mkdir()
    listing = Path.iterdir

    def refuse(self: Path):  # type: ignore[no-untyped-def]
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return listing(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    result = _check(str(locked), "--src-lang", "mk", "--tgt-lang", "en", "--engine", "none")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"tqcheck: error: {locked}: cannot read: Permission denied"
    ]
