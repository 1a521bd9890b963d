from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"


@pytest.fixture(scope="session")
def apertium() -> None:
    """Tests that need real Apertium fail loudly when it is missing: CI installs it."""
    if shutil.which("apertium") is None or shutil.which("lt-proc") is None:
        pytest.fail("Apertium is not installed: run `apt-get install apertium-mkd-eng`")


@pytest.fixture(autouse=True)
def private_translation_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test gets its own translation cache, never the user's."""
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path / "tqcheck-cache"))
