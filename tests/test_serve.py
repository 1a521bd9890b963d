"""tqcheck serve, as an editor and a calling tool meet it: a real server (the installed
command, uvicorn, real Apertium) over real HTTP, its pages in real Chromium."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.browser import chromium
from tests.conftest import CORPORA

# The server's limits in these tests: small, so that going over them is cheap.
LIMIT_MIB = 1
MAX_SEGMENTS = 300
# The seed article's first three paragraphs: the third calls Liz Truss "his".
SEED_PARAGRAPHS = 3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _serving(env: dict[str, str]) -> Iterator[str]:
    """A `tqcheck serve` process on a free port, with this environment, until the block ends."""
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tqcheck",
            "serve",
            "--port",
            str(port),
            "--max-request-mib",
            str(LIMIT_MIB),
            "--max-segments",
            str(MAX_SEGMENTS),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    out = process.stdout.read() if process.stdout else ""
                    pytest.fail(f"tqcheck serve did not start: {out}")
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, apertium: None) -> Iterator[str]:
    env = {**os.environ, "TQCHECK_CACHE_DIR": str(tmp_path_factory.mktemp("serve-cache"))}
    with _serving(env) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    downloads = tmp_path_factory.mktemp("downloads")
    with chromium(tmp_path_factory.mktemp("chromium"), downloads) as driver:
        driver.downloads = downloads
        yield driver


def _post(url: str, body: bytes, content_type: str, **headers: str) -> tuple[int, Any]:
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"Content-Type": content_type, **headers}
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def _paragraphs(path: Path) -> str:
    return "\n\n".join(path.read_text(encoding="utf-8").split("\n\n")[:SEED_PARAGRAPHS])


ROWS = [
    {
        "id": "truss",
        "source": "Министерката Лиз Трус ќе ја посети Москва.",
        "mt": "Minister Liz Truss will visit his Moscow counterpart.",
        "src_lang": "mk",
        "tgt_lang": "en",
    },
    {
        "id": "clean",
        "source": "Министерката Лиз Трус ќе ја посети Москва.",
        "mt": "Minister Liz Truss will visit Moscow.",
        "src_lang": "mk",
        "tgt_lang": "en",
    },
]


def test_the_api_checks_contract_rows_over_http(server: str) -> None:
    status, rows = _post(f"{server}/api/check", json.dumps(ROWS).encode(), "application/json")
    assert status == 200, rows
    assert [r["id"] for r in rows] == ["truss", "clean"]
    his = [f for f in rows[0]["findings"] if f["severity"] == "critical"]
    assert his and his[0]["evidence"]["person"] == "Liz Truss", rows[0]
    assert rows[0]["mt"][his[0]["start"] : his[0]["end"]] == "his"
    assert not [f for f in rows[1]["findings"] if f["severity"] == "critical"]
    # The same rows as JSONL, the pair given in the query.
    lines = "".join(
        json.dumps({k: v for k, v in r.items() if not k.endswith("_lang")}) + "\n" for r in ROWS
    )
    status, again = _post(
        f"{server}/api/check?src_lang=mk&tgt_lang=en", lines.encode(), "application/x-ndjson"
    )
    assert status == 200 and [r["findings"] for r in again] == [r["findings"] for r in rows]
    with urllib.request.urlopen(f"{server}/api/health") as r:
        assert json.loads(r.read())["status"] == "ok"
    with urllib.request.urlopen(f"{server}/api/openapi.json") as r:
        schema = json.loads(r.read())
    assert {"/api/check", "/api/health"} <= set(schema["paths"])


def test_the_api_says_what_is_wrong_with_a_request(server: str) -> None:
    status, body = _post(f"{server}/api/check", b'[{"id": "1", "source": "x"}]', "application/json")
    assert status == 400 and body["error"] == "request:1: missing field 'mt'", body
    status, body = _post(f"{server}/api/check", b"id=1", "application/x-www-form-urlencoded")
    assert status == 415, body
    rows = [dict(ROWS[1], id=str(n)) for n in range(MAX_SEGMENTS + 1)]
    status, body = _post(f"{server}/api/check", json.dumps(rows).encode(), "application/json")
    assert status == 413 and f"the limit is {MAX_SEGMENTS}" in body["error"], body
    big = json.dumps([dict(ROWS[1], mt="x" * (LIMIT_MIB * 2**20))]).encode()
    status, body = _post(f"{server}/api/check", big, "application/json")
    assert status == 413 and f"the limit is {LIMIT_MIB} MiB" in body["error"], body


def test_posts_from_other_sites_and_other_host_names_are_refused(server: str) -> None:
    body = json.dumps(ROWS[:1]).encode()
    status, answer = _post(
        f"{server}/api/check", body, "application/json", Origin="http://evil.example"
    )
    assert status == 403, answer
    status, answer = _post(
        f"{server}/api/check", body, "application/json", **{"Sec-Fetch-Site": "cross-site"}
    )
    assert status == 403, answer
    # A form posted without the page's token (another site's form cannot read it).
    status, answer = _post(f"{server}/batch", b"csrf=guess", "application/x-www-form-urlencoded")
    assert status == 403, answer
    # A name that rebinds to this machine is not this server's name.
    request = urllib.request.Request(f"{server}/api/health", headers={"Host": "evil.example"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert refused.value.code == 421


def _spot_check(browser: Any, server: str, source: str, mt: str, *pair: str) -> None:
    """Paste, choose the pair (or leave it to the guess), check, wait for the results."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(f"{server}/")
    for name, code in zip(("src_lang", "tgt_lang"), pair):
        Select(browser.find_element(By.ID, name)).select_by_value(code)
    for name, text in (("source", source), ("mt", mt)):
        box = browser.find_element(By.ID, name)
        box.clear()
        # (Set, not typed: typing a paragraph key by key takes seconds.)
        browser.execute_script("arguments[0].value = arguments[1];", box, text)
    browser.find_element(By.ID, "check").click()
    WebDriverWait(browser, 120).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "#results, #error"))
    )
    errors = browser.find_elements(By.ID, "error")
    assert not errors, errors[0].text


def test_an_editor_sees_his_circled_fixes_it_and_checks_again(browser: Any, server: str) -> None:
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    source = _paragraphs(CORPORA / "truss-lavrov" / "source.mk.txt")
    mt = _paragraphs(CORPORA / "truss-lavrov" / "mt.en.txt")
    _spot_check(browser, server, source, mt)
    critical = browser.find_elements(By.CSS_SELECTOR, "#results mark.sev-critical")
    assert [m.text for m in critical] == ["his"], browser.page_source[:3000]
    entry = browser.find_element(By.ID, critical[0].get_attribute("data-findings").split()[0])
    assert "critical" in entry.text and "Liz Truss" in entry.text
    assert "confidence" in entry.text and "person" in entry.text  # its evidence
    # The language pair was guessed from the text.
    assert browser.find_element(By.ID, "src_lang").get_attribute("value") == "mk"
    # The editor corrects the MT in place and checks again with the keyboard.
    box = browser.find_element(By.ID, "mt")
    assert box.get_attribute("value") == mt
    fixed = mt.replace("with his Russian", "with her Russian")
    browser.execute_script("arguments[0].value = arguments[1];", box, fixed)
    box.send_keys(Keys.CONTROL, Keys.ENTER)
    # The page is replaced while it is read: an element found on the old one goes stale.
    WebDriverWait(browser, 120, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda b: "with her Russian" in b.find_element(By.ID, "results").text
    )
    assert not browser.find_elements(By.CSS_SELECTOR, "#results mark.sev-critical")


def test_hostile_mt_is_shown_as_text_and_runs_nothing(browser: Any, server: str) -> None:
    from selenium.webdriver.common.by import By

    hostile = (
        "Liz Truss <script>window.pwned = 1</script> will visit <img src=x "
        'onerror="window.pwned = 2"> Moscow.'
    )
    _spot_check(browser, server, "Лиз Трус ќе ја посети Москва.", hostile, "mk", "en")
    assert browser.execute_script("return window.pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "#results img, #results script")
    assert "<script>window.pwned = 1</script>" in browser.find_element(By.ID, "results").text


PO_WITH_A_DROPPED_PLACEHOLDER = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: de\\n"

#: src/main.c:10
#, c-format
msgid "Cannot open file %s: %s"
msgstr "Datei kann nicht geöffnet werden: %s"

#: src/main.c:12
msgid "Quit"
msgstr "Beenden"
"""


def _upload(browser: Any, server: str, path: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/batch")
    browser.find_element(By.ID, "file").send_keys(str(path))
    browser.find_element(By.ID, "upload-button").click()


def test_an_uploaded_catalog_shows_its_report_and_downloads_as_sarif(
    browser: Any, server: str, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    po = tmp_path / "app.de.po"
    po.write_text(PO_WITH_A_DROPPED_PLACEHOLDER, encoding="utf-8")
    _upload(browser, server, po)
    WebDriverWait(browser, 120).until(
        expected_conditions.presence_of_element_located((By.ID, "download-sarif"))
    )
    # The report in the page: the report's own page, its finding marked.
    browser.switch_to.frame(browser.find_element(By.ID, "report"))
    items = browser.find_elements(By.CSS_SELECTOR, "li.finding-item[data-severity=critical]")
    assert any("placeholder" in li.text for li in items), browser.page_source[:2000]
    browser.switch_to.default_content()
    browser.find_element(By.ID, "download-sarif").click()
    deadline = time.monotonic() + 30
    saved = browser.downloads / "tqcheck-report.sarif"
    while not saved.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    sarif = json.loads(saved.read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    placeholder = [r for r in results if r["ruleId"].startswith("placeholders")]
    assert placeholder, results
    # (It names the editor's file and the msgstr's line, not the server's folder.)
    where = placeholder[0]["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "app.de.po", where
    assert where["region"]["startLine"] == 9, where


def test_an_oversize_upload_gets_the_limit_in_the_page(
    browser: Any, server: str, tmp_path: Path
) -> None:
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    big = tmp_path / "big.jsonl"
    row = json.dumps(ROWS[1]) + "\n"
    big.write_text(row * (LIMIT_MIB * 2**20 // len(row) + 10), encoding="utf-8")
    _upload(browser, server, big)
    WebDriverWait(browser, 60, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda b: b.find_element(By.ID, "upload-error").is_displayed()
    )
    message = browser.find_element(By.ID, "upload-error").text
    assert f"request too large: the limit is {LIMIT_MIB} MiB" in message


def _form_session(server: str) -> tuple[urllib.request.OpenerDirector, str]:
    """A client that keeps the server's cookie, and the token of the batch page's form."""
    import http.cookiejar

    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    with opener.open(f"{server}/batch") as r:
        page = r.read().decode()
    token = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    return opener, token


def _upload_over_http(
    server: str, files: dict[str, tuple[str, bytes]], **fields: str
) -> tuple[int, Any]:
    opener, token = _form_session(server)
    boundary = "tqcheck-test-boundary"
    parts = []
    for name, value in {"csrf": token, **fields}.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        )
    body = "".join(parts).encode()
    for name, (filename, data) in files.items():
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'
        )
        body += head.encode() + data + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    request = urllib.request.Request(
        f"{server}/batch",
        data=body,
        method="POST",
        headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Accept": "application/json",
        },
    )
    try:
        with opener.open(request, timeout=60) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def _finished(server: str, job: str) -> dict[str, Any]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"{server}/api/jobs/{job}") as r:
            status: dict[str, Any] = json.loads(r.read())
        if status["state"] != "running":
            return status
        time.sleep(0.3)
    pytest.fail(f"job {job} did not finish")


def _zip(members: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_of_article_folders_is_checked_and_its_reports_download(server: str) -> None:
    folder = CORPORA / "truss-lavrov"
    archive = _zip({f"truss-lavrov/{p.name}": p.read_bytes() for p in folder.glob("*.txt")})
    status, answer = _upload_over_http(server, {"file": ("articles.zip", archive)})
    assert status == 200, answer
    assert _finished(server, answer["job"])["state"] == "done"
    with urllib.request.urlopen(f"{server}/batch/{answer['job']}/report.json") as r:
        report = json.loads(r.read())
    his = [
        f
        for s in report["segments"]
        for f in s["findings"]
        if f["severity"] == "critical" and f["check"] == "pronoun_gender"
    ]
    assert his and his[0]["evidence"]["person"] == "Liz Truss"
    for ext in ("txt", "jsonl", "html", "md", "csv", "junit.xml", "sarif"):
        with urllib.request.urlopen(f"{server}/batch/{answer['job']}/report.{ext}") as r:
            assert r.status == 200 and r.read(), ext


def test_an_upload_that_would_leave_its_folder_is_refused(server: str) -> None:
    archive = _zip({"../outside/source.mk.txt": b"x", "../outside/mt.en.txt": b"y"})
    status, answer = _upload_over_http(server, {"file": ("evil.zip", archive)})
    assert status == 400 and "leaves the zip's folder" in answer["error"], answer
    status, answer = _upload_over_http(server, {"file": ("notes.exe", b"MZ")})
    assert status == 400 and "not a file tqcheck reads" in answer["error"], answer
    # A catalog that is not well-formed XML: the reader's own one-line error, in the job.
    status, answer = _upload_over_http(server, {"file": ("app.xlf", b"<xliff><file>")})
    assert status == 200, answer
    failed = _finished(server, answer["job"])
    assert failed["state"] == "failed" and "app.xlf" in failed["error"], failed


def test_a_port_in_use_is_one_line_and_status_2(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    taken = subprocess.run(
        [sys.executable, "-m", "tqcheck", "serve", "--port", port],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert taken.returncode == 2, taken
    assert taken.stderr.strip().splitlines() == [
        f"tqcheck: error: cannot listen on 127.0.0.1:{port}: Address already in use"
    ]


# A fake `apertium` that holds back any batch with this word until the test lets it go, and
# hands every batch to the real one: a check that takes as long as the test wants.
SLOW_WORD = "Полжавиот"
_HOLDING_APERTIUM = """#!/bin/sh
input=$(cat)
case "$input" in
  *{word}*) touch "{held}"; while [ ! -e "{release}" ]; do sleep 0.1; done ;;
esac
printf '%s\\n' "$input" | "{real}" "$@"
"""


def test_a_slow_check_holds_up_no_page_and_no_other_check(tmp_path: Path, apertium: None) -> None:
    held, release = tmp_path / "held", tmp_path / "release"
    fake = tmp_path / "bin" / "apertium"
    fake.parent.mkdir()
    real = shutil.which("apertium")
    assert real is not None
    fake.write_text(_HOLDING_APERTIUM.format(word=SLOW_WORD, held=held, release=release, real=real))
    fake.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}",
        "TQCHECK_CACHE_DIR": str(tmp_path / "cache"),
    }
    slow_rows = [
        dict(ROWS[1], id="slow", source=f"{SLOW_WORD} воз доцни.", mt="The slow train is late.")
    ]
    other_rows = [{"id": "de", "source": "Der Zug kommt um 9 Uhr.", "mt": "The train comes at 10.",
                   "src_lang": "de", "tgt_lang": "en"}]  # fmt: skip
    with _serving(env) as url:
        answers: list[tuple[int, Any]] = []
        slow = threading.Thread(
            target=lambda: answers.append(
                _post(f"{url}/api/check", json.dumps(slow_rows).encode(), "application/json")
            )
        )
        slow.start()
        try:
            deadline = time.monotonic() + 60
            while not held.exists():
                assert time.monotonic() < deadline, "the slow check never reached the engine"
                time.sleep(0.1)
            # While that check waits on its engine, the pages answer and another check is done.
            with urllib.request.urlopen(f"{url}/api/health", timeout=10) as r:
                assert json.loads(r.read())["status"] == "ok"
            with urllib.request.urlopen(f"{url}/", timeout=10) as r:
                assert r.status == 200
            body = json.dumps(other_rows).encode()
            status, rows = _post(f"{url}/api/check", body, "application/json")
            assert status == 200, rows
            sources = [f["evidence"].get("source") or "" for f in rows[0]["findings"]]
            assert any(text.startswith("9") for text in sources), rows  # (9 o'clock, not 10)
            assert slow.is_alive() and not answers
        finally:
            release.touch()
            slow.join(timeout=120)
    assert answers and answers[0][0] == 200, answers
    assert [r["id"] for r in answers[0][1]] == ["slow"]
