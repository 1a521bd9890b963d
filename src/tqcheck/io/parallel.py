"""Plain parallel text: one segment a line in each file, lines aligned by number."""

from __future__ import annotations

from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.io.textfile import read_lines
from tqcheck.types import Segment


def read_parallel(
    source: str | Path, mt: str | Path, refs: tuple[str | Path, ...] = ()
) -> list[Segment]:
    src_lines = read_lines(source)
    mt_lines = read_lines(mt)
    ref_lines = [read_lines(r) for r in refs]
    for path, lines in [(mt, mt_lines), *zip(refs, ref_lines)]:
        if len(lines) != len(src_lines):
            shorter = min(len(lines), len(src_lines))
            raise InputError(
                path,
                f"has {len(lines)} lines but the source {Path(source).name} has "
                f"{len(src_lines)}; files must be line-aligned",
                shorter + 1,
            )
    return [
        Segment(
            id=str(i + 1),
            source=s,
            mt=m,
            references=tuple(r[i] for r in ref_lines),
            # The lines of a file are one text: a pronoun may refer to a person named lines
            # before ("Angela Merkel ... Merkel said he").
            doc_id=Path(mt).name,
            meta={"line": i + 1, "file": str(mt)},
        )
        for i, (s, m) in enumerate(zip(src_lines, mt_lines))
    ]
