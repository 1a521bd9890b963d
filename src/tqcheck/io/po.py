"""Gettext PO files, read with polib: msgid is the source, msgstr the translation. The segment
id is msgctxt and msgid (plural forms add [n]); the line is the entry's. Untranslated and
obsolete entries are not translations and are skipped."""

from __future__ import annotations

from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.io.language_tag import base_language
from tqcheck.types import Segment


def read_po(path: str | Path) -> tuple[list[Segment], str | None]:
    """Segments and the target language from the header."""
    import polib

    try:
        catalog = polib.pofile(str(path), wrapwidth=0)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(path, f"malformed PO file: {exc}") from None
    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    segments: list[Segment] = []
    for entry in catalog:
        if entry.obsolete:
            continue
        base = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        meta = {"file": str(path), "line": _msgstr_line(lines, entry.linenum), "unit_id": base}
        if entry.msgid_plural:
            for index, text in sorted(entry.msgstr_plural.items()):
                source = entry.msgid if int(index) == 0 else entry.msgid_plural
                if text.strip():
                    segments.append(
                        Segment(f"{base}[{index}]", source, text, doc_id=str(path), meta=dict(meta))
                    )
        elif entry.msgstr.strip():
            segments.append(Segment(base, entry.msgid, entry.msgstr, doc_id=str(path), meta=meta))
    return segments, base_language(catalog.metadata.get("Language"))


def _msgstr_line(lines: list[str], start: int) -> int:
    """The line of an entry's msgstr, where a CI annotation belongs (polib gives the line the
    entry starts on, its comments included)."""
    for number in range(max(start, 1), len(lines) + 1):
        if lines[number - 1].startswith("msgstr"):
            return number
    return start
