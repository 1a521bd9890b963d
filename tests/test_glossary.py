"""`--glossary`: CSV and TBX glossaries, their violations as Terminology findings, and hostile
XML refused with exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tqcheck.cli import main
from tqcheck.io.loader import LoadedInput
from tqcheck.pipeline import CheckOptions, run_check
from tqcheck.types import Segment

SOURCE = "Собранието на општината ја одобри апликацијата Вибер за граѓаните."
GOOD = "The municipal Assembly approved the Viber app for citizens."
BAD = "The municipal parliament approved the messaging app for citizens."

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
 <text><body>
  <termEntry id="t1">
   <langSet xml:lang="mk"><tig><term>Собрание</term></tig></langSet>
   <langSet xml:lang="en"><tig><term>Assembly</term></tig></langSet>
  </termEntry>
  <termEntry id="t2">
   <descrip type="note">do not translate</descrip>
   <langSet xml:lang="mk"><tig><term>Вибер</term></tig></langSet>
   <langSet xml:lang="en"><tig><term>Viber</term></tig></langSet>
  </termEntry>
 </body></text>
</martif>
"""


def _glossary_findings(path: Path, mt: str) -> list[str]:
    report = run_check(
        LoadedInput(segments=[Segment("1", SOURCE, mt)]),
        CheckOptions("mk", "en", "none", glossary_file=str(path)),
    )
    return [f.category for f in report.results[0].findings if f.check == "glossary"]


def test_csv_glossary_required_and_do_not_translate(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("source,target,type\nСобрание,Assembly,\nВибер,Viber,dnt\n", encoding="utf-8")
    assert _glossary_findings(path, GOOD) == []
    assert sorted(_glossary_findings(path, BAD)) == [
        "Terminology/Do not translate",
        "Terminology/Wrong term",
    ]


def test_tbx_glossary(tmp_path: Path) -> None:
    path = tmp_path / "terms.tbx"
    path.write_text(TBX, encoding="utf-8")
    assert _glossary_findings(path, GOOD) == []
    assert sorted(_glossary_findings(path, BAD)) == [
        "Terminology/Do not translate",
        "Terminology/Wrong term",
    ]


def test_glossary_through_the_cli_fails_the_build(tmp_path: Path) -> None:
    terms = tmp_path / "terms.csv"
    terms.write_text("source,target\nСобрание,Assembly\n", encoding="utf-8")
    rows = tmp_path / "in.jsonl"
    rows.write_text(json.dumps({"id": "a", "source": SOURCE, "mt": BAD}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(rows),
            "--src-lang",
            "mk",
            "--tgt-lang",
            "en",
            "--engine",
            "none",
            "--glossary",
            str(terms),
            "--format",
            "jsonl",
        ],
    )
    assert result.exit_code == 1
    row = json.loads(result.output.splitlines()[0])
    assert any(f["check"] == "glossary" for f in row["findings"])


def test_hostile_tbx_is_refused_with_exit_2(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    hostile = {
        "laughs.tbx": '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><martif>&b;</martif>',
        "external.tbx": f'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<martif><termEntry><langSet xml:lang="mk"><tig><term>&x;</term></tig></langSet>'
        "</termEntry></martif>",
        "broken.tbx": "<martif><termEntry>",
    }
    rows = tmp_path / "in.jsonl"
    rows.write_text(json.dumps({"id": "a", "source": SOURCE, "mt": BAD}) + "\n", encoding="utf-8")
    for name, text in hostile.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(
            main,
            [
                "check",
                str(rows),
                "--src-lang",
                "mk",
                "--tgt-lang",
                "en",
                "--engine",
                "none",
                "--glossary",
                str(path),
            ],
        )
        assert result.exit_code == 2, name
        assert name in result.output and "TOP SECRET" not in result.output
