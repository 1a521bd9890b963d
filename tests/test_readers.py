"""Input readers: TSV/CSV, parallel text and whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from tqcheck.errors import InputError
from tqcheck.io.loader import InputSpec, load_input
from tqcheck.pipeline import CheckOptions, run_check


def test_tsv_with_header(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("id\tsource\tmt\treference\nx1\tЕден ден.\tOne day.\tOne day.\n")
    [seg] = load_input(InputSpec((str(path),))).segments
    assert (seg.id, seg.mt, seg.references) == ("x1", "One day.", ("One day.",))


def test_csv_without_mt_column_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "pairs.csv"
    path.write_text("source,translation_x\na,b\n")
    with pytest.raises(InputError, match="no 'mt' column"):
        load_input(InputSpec((str(path),)))


def test_parallel_text_with_reference(tmp_path: Path) -> None:
    for name, text in [
        ("s.txt", "Еден.\nДва.\n"),
        ("m.txt", "One.\nTwo.\n"),
        ("r.txt", "One.\nTwo.\n"),
    ]:
        (tmp_path / name).write_text(text)
    loaded = load_input(
        InputSpec(
            source=str(tmp_path / "s.txt"),
            mt=str(tmp_path / "m.txt"),
            refs=(str(tmp_path / "r.txt"),),
        )
    )
    assert [s.references for s in loaded.segments] == [("One.",), ("Two.",)]


def test_parallel_text_is_one_document(tmp_path: Path) -> None:
    # The second line's "Merkel" is the first line's Angela Merkel: "he" is wrong there.
    (tmp_path / "s.txt").write_text(
        "Angela Merkel empfing am Dienstag den Präsidenten.\n"
        "Merkel sagte, das Treffen sei gut gewesen.\n"
    )
    (tmp_path / "m.txt").write_text(
        "Angela Merkel received the president on Tuesday.\nMerkel said he was pleased.\n"
    )
    loaded = load_input(InputSpec(source=str(tmp_path / "s.txt"), mt=str(tmp_path / "m.txt")))
    report = run_check(loaded, CheckOptions(src_lang="de", tgt_lang="en", engine="none"))
    second = report.results[1].findings
    assert [f for f in second if f.check == "pronoun_gender" and "Angela" in f.message]


def test_article_alignment_reports_omission_and_addition(tmp_path: Path, apertium) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "src.txt").write_text(
        "Владата денес го усвои новиот закон за работни односи.\n\n"
        "Министерот за здравство ја посети болницата во Битола. "
        "Цените на горивата ќе се намалат од понеделник.\n"
    )
    (tmp_path / "mt.txt").write_text(
        "The government today adopted the new law on labour relations.\n\n"
        "The minister of health visited the hospital in Bitola.\n\n"
        "Subscribe to our newsletter for more news every day.\n"
    )
    loaded = load_input(
        InputSpec(source=str(tmp_path / "src.txt"), mt=str(tmp_path / "mt.txt"), article=True)
    )
    report = run_check(loaded, CheckOptions("mk", "en"))
    categories = {
        f.category: r.segment for r in report.results for f in r.findings if f.check == "alignment"
    }
    assert "горивата" in categories["Accuracy/Omission"].source
    assert categories["Accuracy/Addition"].mt.startswith("Subscribe")


def test_folder_of_articles_reads_every_article() -> None:
    from tests.conftest import CORPORA

    loaded = load_input(InputSpec((str(CORPORA),)))
    assert {a.doc_id for a in loaded.articles} >= {"truss-lavrov", "skopje-budget", "ohrid-swim"}
    assert (loaded.src_lang, loaded.tgt_lang) == ("mk", "en")
