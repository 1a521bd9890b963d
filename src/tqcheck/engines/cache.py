"""The translation cache: SQLite on disk, keyed by engine signature, direction and text.

A rerun over the same corpus with the same engine translates nothing. The signature holds the
model's fingerprint and every option that changes output, so a different model or beam size
never reads another's entries. Several tqcheck processes may share one cache: SQLite's WAL
journal lets readers go on while one writes, and a busy writer waits rather than failing.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from tqcheck.errors import EngineError

_SCHEMA = "CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, translation TEXT)"
_BUSY_TIMEOUT_S = 60
# SQLite limits the number of host parameters in one statement.
_CHUNK = 500


def default_cache_path() -> Path:
    """$TQCHECK_CACHE_DIR/translations.sqlite3, else the user cache folder."""
    configured = os.environ.get("TQCHECK_CACHE_DIR")
    if configured:
        return Path(configured).expanduser() / "translations.sqlite3"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("tqcheck")) / "translations.sqlite3"


def cache_key(signature: str, src: str, tgt: str, text: str) -> str:
    return hashlib.sha256("\x1f".join((signature, src, tgt, text)).encode()).hexdigest()


def connect(path: Path, schema: str) -> sqlite3.Connection:
    """The SQLite file at `path`, in WAL mode, with `schema`'s table: what the translation
    cache and the result cache (tqcheck.result_cache) share."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_S)
        _set_up(db, schema)
    except (OSError, sqlite3.Error) as exc:
        raise EngineError(f"cache {path}: {exc} (pass --no-cache to run without it)") from None
    return db


def _set_up(db: sqlite3.Connection, schema: str) -> None:
    """WAL mode and the table. Switching the journal mode takes the database for itself and
    SQLite reports "locked" at once rather than waiting, so two processes opening a new cache
    together retry here until the busy timeout."""
    deadline = time.monotonic() + _BUSY_TIMEOUT_S
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(schema)
            db.commit()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class TranslationCache:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        self._db = connect(self.path, _SCHEMA)

    def get_many(self, signature: str, src: str, tgt: str, texts: Iterable[str]) -> dict[str, str]:
        """Cached translations of `texts` (those found)."""
        keyed = {cache_key(signature, src, tgt, t): t for t in texts}
        found: dict[str, str] = {}
        keys = list(keyed)
        try:
            for i in range(0, len(keys), _CHUNK):
                chunk = keys[i : i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT key, translation FROM translations WHERE key IN ({marks})", chunk
                )
                for key, translation in rows:
                    found[keyed[key]] = translation
        except sqlite3.Error as exc:
            raise EngineError(f"translation cache {self.path}: {exc}") from None
        return found

    def put_many(self, signature: str, src: str, tgt: str, pairs: dict[str, str]) -> None:
        rows = [(cache_key(signature, src, tgt, t), out) for t, out in pairs.items()]
        try:
            with self._db:  # one transaction: all of a batch or none of it
                self._db.executemany(
                    "INSERT OR REPLACE INTO translations (key, translation) VALUES (?, ?)", rows
                )
        except sqlite3.Error as exc:
            raise EngineError(f"translation cache {self.path}: {exc}") from None

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM translations").fetchone()[0])

    def close(self) -> None:
        self._db.close()
