"""Row files (JSONL, TSV/CSV) read twice instead of held whole: a first pass checks every row
as the whole-file readers do (fields, duplicate ids, one language pair) and keeps 16 bytes a
row; a second pass yields the documents one at a time. A run over such a file needs memory
for its largest document, not for the corpus (tqcheck.streamed_run).

A file whose documents are not contiguous (rows of document "a", then "b", then "a" again)
cannot be cut into documents as it is read: `plan_rows` returns None and the file is read
whole, as any other input.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tqcheck import types as core_types
from tqcheck.errors import InputError
from tqcheck.io.jsonl import located_jsonl
from tqcheck.io.tabular import iter_table
from tqcheck.types import Document, Segment

JSONL_SUFFIXES = (".jsonl", ".ndjson")
TABLE_SUFFIXES = (".tsv", ".csv", ".tab")


def is_row_file(path: Path) -> bool:
    """A regular file of rows (a pipe or a device cannot be read twice)."""
    return path.suffix.lower() in (*JSONL_SUFFIXES, *TABLE_SUFFIXES) and path.is_file()


def rows(path: Path) -> Iterator[Segment]:
    for _, seg in _located(path):
        yield seg


def _located(path: Path) -> Iterator[tuple[int, Segment]]:
    """(byte offset of the row's line, or -1 where none is known, row)."""
    if path.suffix.lower() in JSONL_SUFFIXES:
        return located_jsonl(path)
    return ((-1, seg) for seg in iter_table(path))


def _key(path: Path, seg: Segment) -> tuple[str | None, str]:
    """What must be unique: a JSONL id in the file (the interchange contract), a table's id
    within its document (as the loader has it)."""
    return (None, seg.id) if path.suffix.lower() in JSONL_SUFFIXES else (seg.doc_id, seg.id)


def _hash(value: object) -> int:
    digest = hashlib.blake2b(repr(value).encode("utf-8", "surrogatepass"), digest_size=8)
    return int.from_bytes(digest.digest(), "little")


@dataclass(frozen=True)
class RowPlan:
    path: Path
    segments: int
    documents: int
    src_lang: str | None
    tgt_lang: str | None
    # A digest of every row's key in order: the second pass must read the same rows.
    fingerprint: str
    # The parts of about BATCH_SEGMENTS rows of whole documents, the batches a run translates
    # together: (byte offset where the part begins, its first line, its rows). The offset is
    # -1 where unknown (a table), else workers may each read their own part (tqcheck.ray_run).
    parts: tuple[tuple[int, int, int], ...] = ()


@dataclass(frozen=True)
class _PartStart:
    offset: int
    line: int
    row: int


def plan_rows(path: Path) -> RowPlan | None:
    """The file checked row by row (InputError at the first bad row), or None where its
    documents are not contiguous."""
    keys = array("Q")
    starts = array("Q")  # one hash per document, where it begins
    fingerprint = hashlib.sha256()
    pair: tuple[str | None, str | None] | None = None
    previous: str | None = None
    count = documents = 0
    part_rows = core_types.BATCH_SEGMENTS  # (the batches every run cuts: tqcheck.types)
    part_starts: list[_PartStart] = []
    for offset, seg in _located(path):
        key = _key(path, seg)
        keys.append(_hash(key))
        fingerprint.update(repr(key).encode("utf-8", "surrogatepass"))
        if seg.doc_id is None or seg.doc_id != previous:
            documents += 1
            if seg.doc_id is not None:
                starts.append(_hash(seg.doc_id))
            if not part_starts or count - part_starts[-1].row >= part_rows:
                part_starts.append(_PartStart(offset, seg.meta["line"], count))
        previous = seg.doc_id
        pair = _same_pair(path, seg, pair)
        count += 1
    _refuse_duplicates(path, keys)
    if _repeats(starts):
        return None
    src, tgt = pair or (None, None)
    ends = [p.row for p in part_starts[1:]] + [count]
    parts = tuple((p.offset, p.line, end - p.row) for p, end in zip(part_starts, ends))
    return RowPlan(path, count, documents, src, tgt, fingerprint.hexdigest(), parts)


def _same_pair(
    path: Path, seg: Segment, pair: tuple[str | None, str | None] | None
) -> tuple[str | None, str | None] | None:
    """The pair the rows name so far; a row naming another is refused, as the loader does."""
    row_pair = (seg.meta.get("src_lang"), seg.meta.get("tgt_lang"))
    if row_pair == (None, None):
        return pair
    if pair is not None and row_pair != pair:
        raise InputError(
            path,
            f"row {seg.id!r} is {row_pair[0]}->{row_pair[1]} where earlier rows are "
            f"{pair[0]}->{pair[1]}: check one language pair at a time",
            seg.meta.get("line"),
        )
    return row_pair


def _repeats(hashes: array[int]) -> bool:
    if len(hashes) < 2:
        return False
    import numpy as np  # (a fifth of a second to import: only where there is a file to check)

    ordered = np.sort(np.frombuffer(hashes, dtype=np.uint64))
    return bool(np.any(ordered[1:] == ordered[:-1]))


def _refuse_duplicates(path: Path, keys: array[int]) -> None:
    """The first duplicate key, named as the whole-file readers name it; equal hashes of
    different keys (about one file in 10^10 at a million rows) are told apart by reading the
    rows that have them again."""
    if not _repeats(keys):
        return
    import numpy as np

    ordered = np.sort(np.frombuffer(keys, dtype=np.uint64))
    suspects = set(ordered[1:][ordered[1:] == ordered[:-1]].tolist())
    first_line: dict[tuple[str | None, str], int] = {}
    for seg in rows(path):
        key = _key(path, seg)
        if _hash(key) not in suspects:
            continue
        line = seg.meta["line"]
        if key in first_line:
            where = (
                ""
                if path.suffix.lower() in JSONL_SUFFIXES
                else (f" (first at line {first_line[key]})")
            )
            raise InputError(path, f"duplicate id {seg.id!r}{where}", line)
        first_line[key] = line


def documents(plan: RowPlan) -> Iterator[Document]:
    """The file's documents in order, each whole, as `group_documents` would make them."""
    fingerprint = hashlib.sha256()
    current: Document | None = None
    count = 0
    for seg in rows(plan.path):
        count += 1
        fingerprint.update(repr(_key(plan.path, seg)).encode("utf-8", "surrogatepass"))
        if current is not None and (seg.doc_id is None or seg.doc_id != current.id):
            yield current
            current = None
        if current is None:
            current = Document(id=seg.id if seg.doc_id is None else seg.doc_id, segments=[])
        current.segments.append(seg)
        if seg.doc_id is None:
            yield current
            current = None
    if current is not None:
        yield current
    if count != plan.segments or fingerprint.hexdigest() != plan.fingerprint:
        raise InputError(plan.path, "the file changed while it was being checked")


def part_documents(path: Path, part: tuple[int, int, int]) -> list[Document]:
    """The documents of one part of a JSONL file (RowPlan.parts), as `documents` gives them."""
    offset, line, count = part
    segments: list[Segment] = []
    for _, seg in located_jsonl(path, offset, line):
        if len(segments) == count:
            break
        segments.append(seg)
    if len(segments) != count:
        raise InputError(path, "the file changed while it was being checked")
    return _grouped(segments)


def _grouped(segments: list[Segment]) -> list[Document]:
    docs: list[Document] = []
    for seg in segments:
        if (
            seg.doc_id is not None
            and docs
            and docs[-1].id == seg.doc_id
            and (docs[-1].segments[-1].doc_id is not None)
        ):
            docs[-1].segments.append(seg)
        else:
            docs.append(Document(id=seg.id if seg.doc_id is None else seg.doc_id, segments=[seg]))
    return docs


def planned_batches(plan: RowPlan) -> Iterator[list[Document]]:
    """The file's documents, a list for each of the plan's parts."""
    sizes = iter([rows for _, _, rows in plan.parts])
    batch: list[Document] = []
    left = next(sizes, 0)
    for doc in documents(plan):
        batch.append(doc)
        left -= len(doc.segments)
        if left <= 0:
            yield batch
            batch, left = [], next(sizes, 0)
    if batch:
        yield batch
