"""Apertium: rule-based offline MT from Debian's packages (e.g. apertium-mkd-eng).

One `apertium` process translates a whole batch, one segment a line. Some pairs drop or merge
lines, so the output line count is verified. Words Apertium did not know come back marked
with `*`; the engine keeps them as evidence and returns clean text.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import regex

from tqcheck.engines.base import EngineSignature
from tqcheck.errors import EngineError
from tqcheck.lang.apertium_process import run_lines
from tqcheck.lang.morphology import APERTIUM_DATA_DIRS
from tqcheck.lang.names import to_latin
from tqcheck.lang.profile import get_profile

MODE_DIRS = (Path("/usr/share/apertium/modes"), Path("/usr/local/share/apertium/modes"))
_UNKNOWN = regex.compile(r"[*#@](?=\w)")


@lru_cache(maxsize=1)
def installed_modes() -> dict[str, Path]:
    modes: dict[str, Path] = {}
    for base in MODE_DIRS:
        if base.is_dir():
            for path in sorted(base.glob("*.mode")):
                modes.setdefault(path.stem, path)
    return modes


def mode_for(src: str, tgt: str) -> str | None:
    """The Apertium mode that translates src->tgt (ISO 639-1 codes), if installed."""
    a, b = get_profile(src).apertium, get_profile(tgt).apertium
    if not a or not b:
        return None
    modes = installed_modes()
    for name in (f"{a}-{b}", f"{a}-{b}_{tgt.upper()}"):
        if name in modes:
            return name
    return None


@lru_cache(maxsize=1)
def apertium_version() -> str:
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "apertium"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


@lru_cache(maxsize=4)
def installation_id(program: str | None) -> str:
    """What the translations depend on besides the package version: the `apertium` program
    found on PATH (`program`) and the pairs' mode and data files (path, size, time changed).
    A program or pair replaced without a new package version gets its own cache entries."""
    digest = hashlib.sha256()
    files = [Path(program)] if program else []
    for base in (*MODE_DIRS, *APERTIUM_DATA_DIRS):
        if base.is_dir():
            files += sorted(p for p in base.rglob("*") if p.is_file())
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{path}\x1f{stat.st_size}\x1f{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:12]


# How segments are laid out in a batch (tqcheck.lang.apertium_process). Apertium carries state
# from line to line, so the layout is part of what a translation depends on: a new layout
# gets its own cache entries.
BATCH_LAYOUT = "blank-probes"


class ApertiumEngine:
    name = "apertium"

    def __init__(self) -> None:
        if shutil.which("apertium") is None:
            raise EngineError("apertium is not installed (apt-get install apertium-mkd-eng)")
        # The words the engine did not know, by translation, in the last batch translated.
        self.unknown_words: dict[str, list[str]] = {}

    @property
    def signature(self) -> EngineSignature:
        build = installation_id(shutil.which("apertium"))
        return EngineSignature(
            "apertium", "debian-pairs", f"{apertium_version()}+{build}+{BATCH_LAYOUT}"
        )

    def supports(self, src: str, tgt: str) -> bool:
        return mode_for(src, tgt) is not None

    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        mode = mode_for(src, tgt)
        if mode is None:
            raise EngineError(f"no Apertium pair installed for {src}->{tgt}")
        if not texts:
            return []
        # hbs-eng reads Latin script only: Serbian Cyrillic is romanised first.
        lines = [to_latin(t, src) if get_profile(src).apertium == "hbs" else t for t in texts]
        lines = [" ".join(t.split()) or "." for t in lines]
        out = run_lines(["apertium", "-f", "txt", mode], lines, f"apertium {mode}")
        # (The last batch's only: a streamed run's memory must not grow with the corpus.)
        self.unknown_words = {}
        result = []
        for text in out:
            unknown = regex.findall(r"[*#@](\w[\w'-]*)", text)
            clean = _UNKNOWN.sub("", text).strip()
            if unknown:
                self.unknown_words[clean] = unknown
            result.append(clean)
        return result
