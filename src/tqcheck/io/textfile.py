"""Reading text files strictly: UTF-8 or a clear error naming the file and line."""

from __future__ import annotations

from pathlib import Path

from tqcheck.errors import InputError

MAX_INPUT_BYTES = 512 * 1024 * 1024


def read_text(path: str | Path) -> str:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(p, "is a directory, expected a file")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(p, "no such file") from None
    except PermissionError:
        raise InputError(p, "permission denied") from None
    except IsADirectoryError:
        raise InputError(p, "is a directory, expected a file") from None
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
