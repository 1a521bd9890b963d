"""The HTML report in a real browser: Debian's headless Chromium driven through chromedriver
(.ci/install installs both). The report must highlight the known finding, filter, and show a
hostile segment as text without running it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.browser import chromium
from tests.conftest import CORPORA
from tqcheck.cli import main


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    with chromium(tmp_path_factory.mktemp("chromium")) as driver:
        yield driver


def _report(tmp_path: Path, *inputs: str) -> Path:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        main, ["check", *inputs, "--engine", "none", "--format", "html", "-o", str(out), "-q"]
    )
    assert result.exit_code in (0, 1), result.output
    return out


def test_truss_report_highlights_his_and_filters(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    report = _report(tmp_path, str(CORPORA / "truss-lavrov"))
    browser.get(report.as_uri())
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.finding.sev-critical")
    his = [m for m in marks if m.text == "his"]
    assert his, [m.text for m in marks]
    mark = his[0]
    assert "Liz Truss" in mark.get_attribute("title")
    assert mark.value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")

    # Clicking the span points at its finding in the list.
    mark.click()
    finding_id = mark.get_attribute("data-findings").split()[0]
    item = browser.find_element(By.ID, finding_id)
    assert "active" in item.get_attribute("class")
    assert item.get_attribute("data-severity") == "critical" and "his" in item.text

    # Hiding critical findings un-highlights the span and hides the finding.
    browser.find_element(By.CSS_SELECTOR, "input.filter-severity[value='critical']").click()
    assert "off" in mark.get_attribute("class")
    assert not item.is_displayed()
    screenshot = tmp_path / "truss-lavrov-report.png"
    browser.find_element(By.CSS_SELECTOR, "input.filter-severity[value='critical']").click()
    assert "off" not in mark.get_attribute("class")
    mark.click()
    assert browser.save_screenshot(str(screenshot))
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 10_000


def test_hostile_segment_renders_as_text(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    hostile = (
        '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> '
        "He said he would come."
    )
    data = tmp_path / "hostile.jsonl"
    row = {"id": "s1", "source": "Тој рече дека ќе дојде.", "mt": hostile}
    data.write_text(json.dumps({**row, "src_lang": "mk", "tgt_lang": "en"}), encoding="utf-8")
    browser.get(_report(tmp_path, str(data)).as_uri())
    assert browser.execute_script("return window.pwned") is None
    assert browser.find_elements(By.CSS_SELECTOR, ".mt img") == []
    shown = browser.find_element(By.CSS_SELECTOR, "tr.segment .mt").text
    assert "<script>window.pwned = 1</script>" in shown
