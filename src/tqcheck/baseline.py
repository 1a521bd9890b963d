"""Suppressions for CI: `--write-baseline FILE` records today's findings; `--baseline FILE`
drops those from later runs before scoring, so accepted findings neither fail a build nor
lower a score, and only new ones count.

A finding is recognised by a fingerprint of its segment id, check, category, the MT text it
points at and the segment's source: it survives reordering and unrelated edits to the file,
and comes back when the source or the flagged text changes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.io.atomic import write_atomic
from tqcheck.types import Finding, Segment, SegmentResult

VERSION = 1


def fingerprint(seg: Segment, finding: Finding) -> str:
    span = seg.mt[finding.start : finding.end] if finding.start is not None else ""
    parts = (*_where(seg), seg.id, finding.check, finding.category, span, seg.source)
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def _where(seg: Segment) -> tuple[str, str]:
    """The segment's file and document, as its file names them: two files may each have a
    segment "1". (A run of several files names each file's documents after the file too,
    "a.jsonl" or "a.jsonl#d1"; a run of one file does not, and both mean the same.)"""
    file = str(seg.meta.get("file", ""))
    doc = seg.doc_id or ""
    if doc == file:
        doc = ""
    elif file and doc.startswith(file + "#"):
        doc = doc[len(file) + 1 :]
    return file, doc


def write_baseline(path: str | Path, results: list[SegmentResult]) -> int:
    entries = [
        {
            "fingerprint": fingerprint(r.segment, f),
            "segment": r.segment.id,
            "check": f.check,
            "category": f.category,
            "message": f.message,
        }
        for r in results
        for f in r.findings
    ]
    write_atomic(
        path, json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=1)
    )
    return len(entries)


def read_baseline(path: str | Path) -> set[str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(path, f"cannot read baseline: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise InputError(path, f"malformed baseline JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise InputError(path, "not a tqcheck baseline (no 'findings' list)")
    return {
        str(entry["fingerprint"])
        for entry in data["findings"]
        if isinstance(entry, dict) and "fingerprint" in entry
    }


def without_accepted(
    seg: Segment, findings: list[Finding], accepted: frozenset[str]
) -> list[Finding]:
    """The findings of `seg` that the baseline does not hold."""
    if not accepted:
        return findings
    return [f for f in findings if fingerprint(seg, f) not in accepted]
