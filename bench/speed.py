"""Speed and memory of `tqcheck check`, as a user runs it (a process, startup included).

FLORES mk-en devtest sentences (their English references as the MT), repeated as separate
documents to the sizes asked for. Figures, each from its own process:
- Apertium alone (`apertium mkd-eng`) on the same source sentences, once: the engine's time;
- a fresh run (empty translation cache) with --jobs 1 and with --jobs N (the cores this process
  may use): segments/s and the ratio to Apertium's time;
- a cached rerun (--jobs N): nothing is translated and nothing checked (the stored rows of
  each unchanged document), and the same with --recheck: translations cached, checks run;
- the same cached rerun on a local Ray instance (--ray), where Ray is installed;
- a spot check's wall time (two strings), and one segment of 1 MB (source and MT);
- peak memory (maximum resident set) of a streamed JSONL run at each size, translations
  cached and every document checked (--recheck).

    python bench/speed.py                     # 10k segments; writes bench/RESULTS.md
    python bench/speed.py --sizes 10000,100000,1000000
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import replace_block

ROOT = Path(__file__).resolve().parent.parent
FLORES = ROOT.parent / "shared" / "data" / "flores200-devtest" / "devtest.jsonl"
# Segments per generated document: an article's worth.
PER_DOCUMENT = 25


def corpus(path: Path, size: int) -> list[str]:
    rows = [json.loads(line) for line in FLORES.read_text(encoding="utf-8").splitlines()]
    mk = [r for r in rows if r["src_lang"] == "mk"]
    sources = []
    with path.open("w", encoding="utf-8") as out:
        for n in range(size):
            row = mk[n % len(mk)]
            sources.append(row["source"])
            # (Repeats are separate documents, and each text its own: a cache keyed by text
            # must not make a repeat free.)
            copy = n // len(mk)
            suffix = f" ({copy})" if copy else ""
            record = {
                "id": str(n),
                "doc_id": f"d{n // PER_DOCUMENT}",
                "source": row["source"] + suffix,
                "mt": row["reference"] + suffix,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return sources


def one_long_segment(path: Path, chars: int) -> None:
    """One row whose source and MT are FLORES sentences run together to `chars` characters."""
    rows = [json.loads(line) for line in FLORES.read_text(encoding="utf-8").splitlines()]
    mk = [r for r in rows if r["src_lang"] == "mk"]
    source, mt, n = [], [], 0
    while sum(map(len, mt)) < chars:
        source.append(mk[n % len(mk)]["source"])
        mt.append(mk[n % len(mk)]["reference"])
        n += 1
    record = {"id": "1", "source": " ".join(source), "mt": " ".join(mt)}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")


# The longest a single measured run may take (the 1 MB segment: reported as "over" past it).
LIMIT_S = 900


def timed(
    command: list[str],
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    limit: float | None = LIMIT_S,
) -> tuple[float, float]:
    """Wall seconds (inf past `limit`, None for none) and peak resident memory (MB) of one
    child process and what it started (its own rusage, from wait4: not the largest of all
    runs so far)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        command,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    if stdin is not None:
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.close()
    deadline = started + limit if limit is not None else float("inf")
    while True:
        pid, _, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return float("inf"), 0.0
        time.sleep(0.05)
    proc.returncode = 0  # (reaped above)
    wall = time.perf_counter() - started
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    cores = len(os.sched_getaffinity(0))
    tqcheck = [sys.executable, "-c", "from tqcheck.cli import main; main()"]
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "TQCHECK_CACHE_DIR": str(work / "cache")}
        size = sizes[0]
        rows = work / f"in{size}.jsonl"
        sources = corpus(rows, size)
        base = [*tqcheck, "check", str(rows), "--src-lang", "mk", "--tgt-lang", "en"]
        base += ["--engine", "apertium", "-q", "--format", "jsonl", "--fail-on", "never"]
        engine, _ = timed(["apertium", "-f", "txt", "mkd-eng"], stdin="\n".join(sources) + "\n")
        fresh = {}
        for jobs in (1, cores):
            fresh[jobs], _ = timed(
                [*base, "--jobs", str(jobs), "--no-cache", "-o", str(work / "o.jsonl")], env
            )
        timed([*base, "--jobs", str(cores), "-o", str(work / "o.jsonl")], env)  # fill the cache
        cached, _ = timed([*base, "--jobs", str(cores), "-o", str(work / "o.jsonl")], env)
        rechecked, _ = timed(
            [*base, "--jobs", str(cores), "--recheck", "-o", str(work / "o.jsonl")], env
        )
        on_ray = None
        if importlib.util.find_spec("ray") is not None:
            on_ray, _ = timed([*base, "--ray", "-o", str(work / "o.jsonl")], env)
        long_row = work / "long.jsonl"
        one_long_segment(long_row, 1_000_000)
        long_wall, _ = timed(
            [*tqcheck, "check", str(long_row), "--src-lang", "mk", "--tgt-lang", "en", "-q",
             "--engine", "apertium", "--format", "jsonl", "--fail-on", "never", "--no-cache",
             "-o", str(work / "long.out.jsonl")],
            env,
        )  # fmt: skip
        spot, _ = timed([*tqcheck, "check", "--src-lang", "mk", "--tgt-lang", "en", "-q",
                         "Таа рече дека ќе дојде.", "She said she would come."], env)  # fmt: skip
        lines += [
            f"| Apertium alone (`apertium mkd-eng`), {size:,} segments | {engine:.1f} s | "
            f"{size / engine:,.0f} segments/s | 1.0x |",
        ]
        for jobs, wall in fresh.items():
            lines.append(
                f"| tqcheck, fresh cache, --jobs {jobs} | {wall:.1f} s | {size / wall:,.0f} "
                f"segments/s | {wall / engine:.1f}x |"
            )
        lines.append(
            f"| tqcheck, cached rerun, --jobs {cores} | {cached:.1f} s | {size / cached:,.0f} "
            f"segments/s | {cached / engine:.1f}x |"
        )
        lines.append(
            f"| tqcheck, cached translations, checked again (--recheck), --jobs {cores} | "
            f"{rechecked:.1f} s | {size / rechecked:,.0f} segments/s | {rechecked / engine:.1f}x |"
        )
        if on_ray is not None:
            lines.append(
                f"| tqcheck, cached rerun, --ray (local instance, startup included) | "
                f"{on_ray:.1f} s | {size / on_ray:,.0f} segments/s | {on_ray / engine:.1f}x |"
            )
        lines.append(f"| spot check (two strings) | {spot:.2f} s | | |")
        long_text = f"{long_wall:.1f} s" if long_wall < LIMIT_S else f"over {LIMIT_S} s"
        lines.append(f"| one segment of 1 MB (fresh) | {long_text} | | |")
        memory = []
        for size in sizes:
            rows = work / f"in{size}.jsonl"
            corpus(rows, size)
            command = [*tqcheck, "check", str(rows), "--src-lang", "mk", "--tgt-lang", "en"]
            command += ["--engine", "apertium", "-q", "--format", "jsonl", "--fail-on", "never"]
            command += ["--recheck", "-o", str(work / "o.jsonl")]
            # (Translations cached first, as on a rerun: one check is enough for that.)
            timed([*command, "--jobs", str(cores), "--checks", "placeholders"], env, limit=None)
            wall, peak = timed([*command, "--jobs", "1"], env, limit=None)
            memory.append(f"| {size:,} | {peak:,.0f} MB | {wall:.1f} s |")
    body = (
        "## Speed and memory (bench/speed.py)\n\n"
        f"Command: `python bench/speed.py {' '.join(sys.argv[1:])}`; FLORES mk-en devtest "
        f"repeated as documents of {PER_DOCUMENT} segments, each run its own process, startup "
        f"included; {cores} cores.\n\n"
        "| run | wall | throughput | to Apertium |\n|---|---|---|---|\n" + "\n".join(lines) + "\n\n"
        "Peak memory (maximum resident set of a streamed --jobs 1 run into JSONL, translations "
        "cached, every document checked: --recheck):\n\n"
        "| segments | peak memory | wall |\n|---|---|---|\n" + "\n".join(memory) + "\n"
    )
    print(body)
    if not args.no_write:
        replace_block("speed", body)


if __name__ == "__main__":
    main()
