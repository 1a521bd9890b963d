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
