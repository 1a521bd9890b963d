"""Report formats for desks and CI (Markdown, CSV, JUnit, SARIF), and the CI gate: config
file, baseline suppressions and a minimum document score."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import CORPORA
from tqcheck.cli import main

HOSTILE = {
    "id": "x1",
    "src_lang": "mk",
    "tgt_lang": "en",
    "source": "Министерката Лиз Трус изјави дека ќе дојде на 5 мај.",
    "mt": '=HYPERLINK("http://evil") <script>alert(1)</script> | He said he would come on May 6.',
}


@pytest.fixture()
def hostile_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.jsonl"
    path.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args, "--engine", "none", "-q"])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, result.stdout


def test_junit_has_a_case_per_segment_and_fails_at_fail_on() -> None:
    _, out = _run(str(CORPORA / "truss-lavrov"), "--format", "junit")
    root = ET.fromstring(out)
    cases = root.findall(".//testcase")
    assert root.tag == "testsuites" and int(root.get("tests", "0")) == len(cases) > 10
    failed = [c for c in cases if c.find("failure") is not None]
    assert failed and int(root.get("failures", "0")) == len(failed)
    assert any(c.find("failure").get("type") == "critical" for c in failed)  # type: ignore[union-attr]
    _, lenient = _run(str(CORPORA / "truss-lavrov"), "--format", "junit", "--fail-on", "never")
    assert ET.fromstring(lenient).get("failures") == "0"


def test_sarif_has_the_required_210_fields(hostile_jsonl: Path) -> None:
    _, out = _run(str(hostile_jsonl), "--format", "sarif")
    log = json.loads(out)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "tqcheck"
    rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert run["results"]
    for result in run["results"]:
        assert result["message"]["text"] and result["ruleId"] in rule_ids
        assert result["level"] in ("error", "warning", "note")
        physical = result["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == str(hostile_jsonl)
        assert physical["region"]["startLine"] == 1
        assert len(result["partialFingerprints"]["tqcheckFinding/v1"]) == 32


def test_csv_has_a_row_per_finding_and_defuses_formulas(hostile_jsonl: Path) -> None:
    _, out = _run(str(hostile_jsonl), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    _, sarif = _run(str(hostile_jsonl), "--format", "sarif")
    assert len(rows) == len(json.loads(sarif)["runs"][0]["results"]) > 0
    assert all(r["segment"] == "x1" and r["severity"] for r in rows)
    assert all(r["mt"].startswith("'=HYPERLINK") for r in rows)


def test_markdown_escapes_input(hostile_jsonl: Path) -> None:
    _, out = _run(str(hostile_jsonl), "--format", "md")
    assert out.startswith("### tqcheck mk→en:")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "| **" in out and "| x1 |" in out


def test_html_escapes_input(hostile_jsonl: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.html"
    CliRunner().invoke(
        main,
        ["check", str(hostile_jsonl), "--engine", "none", "--format", "html", "-o", str(report)],
    )
    html = report.read_text(encoding="utf-8")
    assert "&lt;script&gt;" in html and "&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html and html.count("<script>") == 1  # the report's own
    assert "http" not in html.split("<body>")[0].replace("http-equiv", "")  # nothing fetched


def test_baseline_suppresses_accepted_findings_only(tmp_path: Path) -> None:
    article = str(CORPORA / "truss-lavrov")
    baseline = tmp_path / "baseline.json"
    status, before = _run(article, "--write-baseline", str(baseline), "--format", "json")
    assert status == 0  # (recording the accepted findings is no gate)
    recorded = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert recorded
    status, out = _run(article, "--baseline", str(baseline), "--format", "json")
    report = json.loads(out)
    assert status == 0
    assert report["summary"]["suppressed"] == len(recorded)
    assert all(not s["findings"] for s in report["segments"])
    # Accepted findings no longer cost score either, so --min-score agrees with the baseline.
    old_score = json.loads(before)["summary"]["documents"][0]["score"]
    assert report["summary"]["documents"][0]["score"] > old_score
    # A finding the baseline does not know (here: the wrong "his") still fails the build.
    trimmed = [f for f in recorded if f["check"] != "pronoun_gender"]
    baseline.write_text(json.dumps({"version": 1, "findings": trimmed}), encoding="utf-8")
    status, out = _run(article, "--baseline", str(baseline), "--format", "json")
    left = [f for s in json.loads(out)["segments"] for f in s["findings"]]
    assert status == 1 and left and all(f["check"] == "pronoun_gender" for f in left)


def test_min_score_fails_low_documents() -> None:
    spot = ["--src-lang", "mk", "--tgt-lang", "en", "Таа дојде во 5 часот.", "She came at 5."]
    assert _run(*spot, "--min-score", "10")[0] == 0
    result = CliRunner().invoke(main, ["check", *spot, "--engine", "none", "--min-score", "99.9"])
    assert result.exit_code == 1
    assert "score under 99.9" in result.stderr


def test_config_file_sets_defaults_and_the_command_line_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.tqcheck]\nsrc_lang = "mk"\ntgt_lang = "en"\nengine = "none"\nformat = "json"\n'
        'fail_on = "critical"\n\n[tool.tqcheck.checks]\npronoun_gender = "off"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    source, mt = "Министерката изјави дека таа ќе дојде.", "The minister said he would come."
    result = CliRunner().invoke(main, ["check", source, mt])
    report = json.loads(result.stdout)
    assert report["summary"]["engine"] is None and report["summary"]["src_lang"] == "mk"
    assert not any(
        f["check"] == "pronoun_gender" for s in report["segments"] for f in s["findings"]
    )
    assert result.exit_code == 0
    text = CliRunner().invoke(main, ["check", source, mt, "--format", "text"])
    assert text.stdout.startswith("tqcheck mk->en")
    bad = tmp_path / "tqcheck.toml"
    bad.write_text('fail_on = "sometimes"\n', encoding="utf-8")
    broken = CliRunner().invoke(main, ["check", source, mt])
    assert broken.exit_code == 2 and "fail_on" in broken.stderr and "tqcheck.toml" in broken.stderr
