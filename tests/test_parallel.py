"""--jobs: documents checked in worker processes give the same output, byte for byte, as one
process, with real Apertium translating and analysing."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tqcheck.cli import main
from tqcheck.parallel_checks import MIN_DOCUMENTS_PER_JOB, MIN_PARALLEL_SEGMENTS

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def _lines(name: str) -> list[str]:
    return [
        line.strip()
        for folder in sorted(CORPORA.iterdir())
        if (folder / name).is_file()
        for line in (folder / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _rows(path: Path, documents: int, per_document: int) -> Path:
    """Sentences of the bundled articles, paired by position (a translation or not: the
    checks have findings to report either way), in several documents."""
    sources, mts = _lines("source.mk.txt"), _lines("mt.en.txt")
    rows = []
    for n in range(documents * per_document):
        rows.append(
            {
                "id": str(n),
                "doc_id": f"doc{n // per_document}",
                "source": sources[n % len(sources)],
                "mt": mts[(n * 7) % len(mts)],
            }
        )
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    return path


def test_two_workers_give_the_output_of_one(tmp_path: Path, apertium: None) -> None:
    documents = 3 * MIN_DOCUMENTS_PER_JOB * 2
    rows = _rows(tmp_path / "in.jsonl", documents, MIN_PARALLEL_SEGMENTS // documents + 5)
    outputs = {}
    for jobs in ("1", "2"):
        for fmt in ("jsonl", "html"):
            result = CliRunner().invoke(
                main,
                ["check", str(rows), "--src-lang", "mk", "--tgt-lang", "en", "--engine",
                 "apertium", "--jobs", jobs, "--format", fmt, "--fail-on", "never", "-q"],
                catch_exceptions=False,
            )  # fmt: skip
            assert result.exit_code == 0, result.output
            outputs[jobs, fmt] = result.stdout
    assert outputs["1", "jsonl"] == outputs["2", "jsonl"]
    assert outputs["1", "html"] == outputs["2", "html"]
    found = [json.loads(line) for line in outputs["2", "jsonl"].splitlines()]
    assert len(found) >= MIN_PARALLEL_SEGMENTS
    assert [r["id"] for r in found] == [str(n) for n in range(len(found))]
    assert any(r["findings"] for r in found)


def test_catalogs_in_many_languages_give_the_same_report_in_workers(tmp_path: Path) -> None:
    """A folder of catalogs: each language a run of its own, in a worker of its own."""
    for n, lang in enumerate(("de", "fr", "it", "es")):
        entries = "".join(
            f'msgid "Copy {i} files to the folder"\nmsgstr "{lang} {i + n % 2} x"\n\n'
            for i in range(MIN_PARALLEL_SEGMENTS // 4 + 5)
        )
        folder = tmp_path / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "app.po").write_text(
            f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; '
            f'charset=UTF-8\\n"\n\n{entries}',
            encoding="utf-8",
        )
    outputs = [
        CliRunner()
        .invoke(main, ["check", str(tmp_path), "--jobs", jobs, "--format", "jsonl", "-q"])
        .stdout
        for jobs in ("1", "2")
    ]
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == 4 * (MIN_PARALLEL_SEGMENTS // 4 + 5)
    assert '"numbers.changed.number"' in outputs[0]
