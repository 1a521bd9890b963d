"""Checked documents kept on disk: a rerun over a document that has not changed reads its
output rows instead of checking it again, as ruff skips the files it has already linted.

An entry is keyed by everything a document's rows depend on: tqcheck's own code and language
data (a digest of the installed package's files), the versions of the libraries it checks
with, the language pair, every option that changes output, the engines' signatures (which
cover Apertium's data), the morphological analysers, the system's spelling lists, and the
document itself, every field of every segment. A change to any of them is a miss, never a
stale row. A document any of whose segments could not be checked (an engine failed, a check
raised) is not stored: the failure may pass.

The entries live in the translation cache's SQLite file (engines/cache.py), in their own
table: one file to keep or delete, and --no-cache turns both off.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import platform
import re
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from tqcheck.document_check import CheckedDocument, RunSetup
from tqcheck.engines.apertium import installation_id
from tqcheck.engines.cache import connect
from tqcheck.engines.service import TranslationService
from tqcheck.errors import EngineError
from tqcheck.gate import GateEssentials, gate_essentials
from tqcheck.lang.profile import get_profile
from tqcheck.report.jsonl import row
from tqcheck.types import Document

_SCHEMA = "CREATE TABLE IF NOT EXISTS checked (key TEXT PRIMARY KEY, rows TEXT, gate TEXT)"
_CHUNK = 500
# Options that change how a run goes but not what it writes.
_NOT_OUTPUT = ("cache", "jobs", "engine_timeout", "reuse_results")


@dataclass(frozen=True)
class StoredDocument:
    """A checked document as a rerun needs it: its output lines and what the gate counts."""

    rows: str
    gate: GateEssentials


# A document of a batch as it comes out: its key, and its stored rows or its fresh check.
Outcome = tuple[str, StoredDocument | CheckedDocument]


def stored(checked: CheckedDocument) -> StoredDocument:
    return StoredDocument(
        "".join(row(r) + "\n" for r in checked.segments),
        gate_essentials(checked.segments, [checked.result]),
    )


@functools.cache
def code_fingerprint() -> str:
    """A digest of tqcheck's installed files (code and language data), of the libraries it
    depends on and of the Python that runs it: a new version, an edited word list or an
    upgraded library never reads an older run's rows."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(platform.python_version().encode())
    for path in sorted(package.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        digest.update(str(path.relative_to(package)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    for requirement in metadata.requires("tqcheck") or []:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[^A-Za-z0-9._-]", requirement, maxsplit=1)[0]
        try:
            digest.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none\0".encode())
    return digest.hexdigest()


def run_fingerprint(setup: RunSetup, tr: TranslationService, localization: bool) -> str:
    """What every document's rows depend on besides the document, for one run."""
    options: dict[str, Any] = {
        f.name: getattr(setup.options, f.name)
        for f in dataclasses.fields(setup.options)
        if f.name not in _NOT_OUTPUT
    }
    options["accepted"] = sorted(setup.options.accepted)
    if setup.options.glossary_file:
        options["glossary_file"] = hashlib.sha256(
            Path(setup.options.glossary_file).read_bytes()
        ).hexdigest()
    run = {
        "code": code_fingerprint(),
        "pair": [setup.src, setup.tgt],
        "options": options,
        "checks": [c.name for c in setup.checks],
        "engine": setup.engine_name,
        "engines": [str(e.signature) for e in tr.engines],
        # (The morphology comes from lt-proc and Apertium's analysers, with or without an
        # engine: their program and data files, as the engine's signature has them.)
        "analysers": installation_id(shutil.which("lt-proc")),
        # (The spelling lists are the system's, outside the package: a new list is a miss.)
        "word_lists": _word_list_files(setup.src, setup.tgt, "en"),
        "localization": localization,
    }
    return hashlib.sha256(_canonical(run).encode()).hexdigest()


def _word_list_files(*codes: str) -> list[tuple[str, int, int]]:
    """Each word list the languages read, as (path, size, time changed): 0, 0 where absent."""
    found = []
    for path in sorted({p for code in codes for p in get_profile(code).word_lists}):
        try:
            stat = Path(path).stat()
            found.append((path, stat.st_size, stat.st_mtime_ns))
        except OSError:
            found.append((path, 0, 0))
    return found


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=_plain)


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, (set, frozenset)):
        return sorted(map(repr, value))
    return repr(value)


class ResultCache:
    """The stored rows of the documents checked by runs with one fingerprint."""

    def __init__(self, path: str | Path, run: str) -> None:
        self.path = Path(path).expanduser()
        self.run = run
        self._db = connect(self.path, _SCHEMA)

    def key(self, doc: Document) -> str:
        segments = [
            [s.id, s.doc_id, s.source, s.mt, list(s.references), s.meta] for s in doc.segments
        ]
        return hashlib.sha256(_canonical([self.run, doc.id, segments]).encode()).hexdigest()

    def get_many(self, keys: Iterable[str]) -> dict[str, StoredDocument]:
        wanted = list(keys)
        found: dict[str, StoredDocument] = {}
        try:
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i : i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                for key, rows, gate in self._db.execute(
                    f"SELECT key, rows, gate FROM checked WHERE key IN ({marks})", chunk
                ):
                    found[key] = StoredDocument(rows, GateEssentials.from_json(gate))
        except sqlite3.Error as exc:
            raise EngineError(f"result cache {self.path}: {exc}") from None
        return found

    def put_many(self, entries: dict[str, StoredDocument]) -> None:
        rows = [(key, e.rows, e.gate.to_json()) for key, e in entries.items()]
        try:
            with self._db:  # one transaction: all of a batch or none of it
                self._db.executemany(
                    "INSERT OR REPLACE INTO checked (key, rows, gate) VALUES (?, ?, ?)", rows
                )
        except sqlite3.Error as exc:
            raise EngineError(f"result cache {self.path}: {exc}") from None

    def close(self) -> None:
        self._db.close()


@dataclass
class Lookup:
    """A batch of documents against the store: each one's key, the stored ones, the rest."""

    keys: list[str]
    known: dict[str, StoredDocument]
    todo: list[Document]


def look_up(results: ResultCache | None, docs: list[Document]) -> Lookup:
    if results is None:
        return Lookup([""] * len(docs), {}, list(docs))
    keys = [results.key(d) for d in docs]
    known = results.get_many(keys)
    return Lookup(keys, known, [d for d, key in zip(docs, keys) if key not in known])


def in_input_order(found: Lookup, checked: Iterator[CheckedDocument]) -> Iterator[Outcome]:
    """The batch's documents in input order: the stored ones as they were, the others as
    they are checked (`checked` has the documents to do, in order)."""
    for key in found.keys:
        yield key, found.known[key] if key in found.known else next(checked)


def written_rows(
    outcomes: Iterable[Outcome], results: ResultCache | None
) -> Iterator[StoredDocument]:
    """Each document's rows, in order; those just checked are stored once the batch is
    through, those with a segment that could not be checked never."""
    fresh: dict[str, StoredDocument] = {}
    for key, outcome in outcomes:
        if isinstance(outcome, CheckedDocument):
            entry = stored(outcome)
            if all(r.error is None for r in outcome.segments):
                fresh[key] = entry
            outcome = entry
        yield outcome
    if results is not None and fresh:
        results.put_many(fresh)
