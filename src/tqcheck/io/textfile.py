"""Reading text files strictly: UTF-8 or a clear error naming the file and line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from tqcheck.errors import InputError

MAX_INPUT_BYTES = 512 * 1024 * 1024


def _open_binary(p: Path) -> BinaryIO:
    """The file opened for reading, or the InputError that says why it cannot be."""
    if p.is_dir():
        raise InputError(p, "is a directory, expected a file")
    try:
        return open(p, "rb")
    except FileNotFoundError:
        raise InputError(p, "no such file") from None
    except PermissionError:
        raise InputError(p, "permission denied") from None
    except IsADirectoryError:
        raise InputError(p, "is a directory, expected a file") from None


def read_text(path: str | Path) -> str:
    p = Path(path)
    with _open_binary(p) as handle:
        data = handle.read()
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(p, f"file larger than {MAX_INPUT_BYTES // 2**20} MiB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(p, f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", line) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(p, "file is empty")
    return text


def read_lines(path: str | Path) -> list[str]:
    """Lines of a line-aligned file; a final newline does not make an extra empty line."""
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def text_lines(path: str | Path) -> Iterator[str]:
    """The lines of a file one at a time, read as `read_text` reads it (UTF-8, no BOM, any
    line ending taken as "\n"), with no size limit: a reader that keeps nothing of the lines
    it has passed may read a file of any length. Each line keeps its "\n"."""
    for _, line in located_lines(path):
        yield line


def located_lines(path: str | Path, offset: int = 0) -> Iterator[tuple[int, str]]:
    """(byte offset where the line begins, line) from `offset` on, read as `text_lines`; a
    line that a lone "\r" split off the one before has offset -1 (no place to start from)."""
    p = Path(path)
    with _open_binary(p) as handle:
        start = offset
        handle.seek(offset)
        blank = True
        # (Counted from `offset`: an error's line number is right for a whole-file read.)
        for number, raw in enumerate(handle, start=1):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                byte = raw[exc.start]
                raise InputError(p, f"not valid UTF-8 (byte 0x{byte:02x})", number) from None
            if start == 0 and number == 1:
                text = text.removeprefix("\ufeff")
            if "\r" in text:
                parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
                pieces = [q + "\n" for q in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
            else:
                pieces = [text]
            for k, piece in enumerate(pieces):
                blank = blank and not piece.strip()
                yield (offset if k == 0 else -1), piece
            offset += len(raw)
        if blank and start == 0:
            raise InputError(p, "file is empty")
