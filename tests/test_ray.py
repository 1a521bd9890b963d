"""--ray: the same pipeline on a local Ray instance (Ray Data, an actor pool reading its parts
of the file) writes the rows a local run writes, byte for byte, with real Apertium in every
actor; an actor's error reaches the user as tqcheck's own one-line error."""

from __future__ import annotations

import os
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import ray
from click.testing import CliRunner

from tqcheck import types as core_types
from tqcheck.cli import main
from tqcheck.errors import TqcheckError
from tqcheck.gate import GateRules
from tqcheck.io.row_stream import plan_rows
from tqcheck.options import CheckOptions
from tqcheck.ray_run import ray_check

from .test_parallel import _rows

PAIR = ["--src-lang", "mk", "--tgt-lang", "en", "--engine", "apertium"]


@pytest.fixture(scope="module")
def local_ray(apertium: None) -> Iterator[None]:
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def _check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    return result.exit_code, result.stderr


def test_ray_writes_the_rows_of_a_local_run(
    tmp_path: Path, local_ray: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (Parts of 120 segments: four actors' worth of work from one small file.)
    monkeypatch.setattr(core_types, "BATCH_SEGMENTS", 120)
    rows = _rows(tmp_path / "in.jsonl", documents=10, per_document=40)
    assert len(plan_rows(rows).parts) == 4  # type: ignore[union-attr]
    outputs, statuses, errors = {}, {}, {}
    # (Then a rerun on Ray, which writes the rows its actors stored, and a Ray run on the
    # local run's cache, which writes the rows the local run stored: the same rows again.)
    runs = [
        ("local", ["--jobs", "1"], "local"),
        ("ray", ["--ray"], "ray"),
        ("ray rerun", ["--ray"], "ray"),
        ("ray on local cache", ["--ray"], "local"),
    ]
    for name, extra, cache in runs:
        out = tmp_path / f"{name}.jsonl"
        statuses[name], errors[name] = _check(
            str(rows), *PAIR, *extra, "--format", "jsonl", "-o", str(out), "-q",
            "--cache", str(tmp_path / f"{cache}.sqlite3"),
        )  # fmt: skip
        outputs[name] = out.read_text(encoding="utf-8")
    assert len(outputs["local"].splitlines()) == 400
    for name, _, _ in runs[1:]:
        assert outputs[name] == outputs["local"], name
        assert statuses[name] == statuses["local"] == 1
        assert errors[name] == errors["local"]
    with sqlite3.connect(tmp_path / "ray.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM checked").fetchone()[0] == 10
    db.close()


def test_an_actor_error_is_one_line(tmp_path: Path, local_ray: None) -> None:
    rows = _rows(tmp_path / "in.jsonl", documents=2, per_document=3)
    plan = plan_rows(rows)
    assert plan is not None
    rows.unlink()  # (gone before the actors read it, as on a node without the shared disk)
    options = CheckOptions(src_lang="mk", tgt_lang="en", engine="apertium", cache=None)
    with pytest.raises(TqcheckError, match="not readable on this Ray node") as caught:
        ray_check(plan, options, GateRules(), lambda text: None)
    assert "\n" not in str(caught.value)


def test_ray_writes_jsonl_only(tmp_path: Path) -> None:
    rows = _rows(tmp_path / "in.jsonl", documents=1, per_document=2)
    status, err = _check(str(rows), *PAIR, "--ray", "--format", "html")
    assert status == 2
    assert "--ray writes JSONL" in err


def test_a_cluster_nobody_runs_is_one_line_at_once(tmp_path: Path) -> None:
    # (Ray's own client retries such an address for minutes; a port nothing listens on, taken
    # from the system and let go, is refused at once.)
    rows = _rows(tmp_path / "in.jsonl", documents=1, per_document=2)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = tmp_path / "out.jsonl"
    status, err = _check(str(rows), *PAIR, "--ray", f"127.0.0.1:{port}", "-o", str(out))
    assert status == 2
    assert err.strip() == (
        f"tqcheck: error: cannot reach the Ray cluster at 127.0.0.1:{port}: "
        f"nothing answers at 127.0.0.1:{port} (Connection refused)"
    )
    assert not out.exists()
    status, err = _check(str(rows), *PAIR, "--ray", "ray://head:port")
    assert status == 2
    assert "'port' is no port number" in err
