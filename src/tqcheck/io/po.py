"""Gettext PO files, read with polib: msgid is the source, msgstr the translation. The segment
id is msgctxt and msgid (plural forms add [n]); the line is the msgstr's.

As gettext means it: an empty msgstr is an untranslated string (a segment with no MT, which
the checks report); a fuzzy entry is a translator's draft, checked and marked so the gate can
leave it out; obsolete entries (#~) are no part of the catalog. A catalog polib would misread
(an unterminated string, a stray line) is refused with its file and line, never half-read.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import regex

from tqcheck.errors import InputError
from tqcheck.io.language_tag import base_language
from tqcheck.io.plural_forms import read_plural_forms
from tqcheck.text.placeholders import Syntax
from tqcheck.text.suppressions import read_suppressions
from tqcheck.types import Segment

# A PO line: a comment, a keyword with a quoted string, or a string continuing one.
_STRING = r'"(?:[^"\\]|\\.)*"'
_LINE = regex.compile(
    rf"\s*(?:#.*|(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+{_STRING}|{_STRING})?\s*"
)
# The header's charset, read from the raw bytes (every charset gettext accepts writes ASCII
# as ASCII): the first `charset=` before the first entry with a non-empty msgid.
_CHARSET = regex.compile(rb'Content-Type:[^"\n]*charset=([A-Za-z0-9_.:-]+)')
_FIRST_ENTRY = regex.compile(rb'^\s*msgid\s+"(?:[^"\\]|\\.)', regex.MULTILINE)
# A template's placeholder ("charset=CHARSET" in a .pot) names no charset: UTF-8 then.
_NO_CHARSET = {"charset"}
# The language a catalog's path names: locale/<lang>/LC_MESSAGES/x.po, po/<lang>.po.
_PATH_LANGUAGE = regex.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*(?:@\w+)?$")


def _validate(path: str | Path, lines: list[str]) -> None:
    for number, line in enumerate(lines, 1):
        if not _LINE.fullmatch(line):
            shown = line.strip()[:60]
            raise InputError(path, f"malformed PO file: {shown!r}", line=number)


def path_language(path: str | Path) -> str | None:
    """The language a catalog's path gives: "de" of po/de.po or de/LC_MESSAGES/x.po."""
    p = Path(path)
    candidates = [p.stem]
    if p.parent.name == "LC_MESSAGES":
        candidates.insert(0, p.parent.parent.name)
    for name in candidates:
        if _PATH_LANGUAGE.fullmatch(name):
            return base_language(name.split("@")[0])
    return None


def read_po(path: str | Path) -> tuple[list[Segment], str | None]:
    """Segments and the target language from the header (or else the path)."""
    import polib

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    text = _decoded(path, data)
    # A "\r\n" line end is a line end (and "\r" alone one where the file has no other); a
    # raw "\r" inside a string is the character, which PO writes "\r" (polib would split the
    # line there and lose the catalog).
    text = text.replace("\r\n", "\n")
    if "\n" not in text:
        text = text.replace("\r", "\n")
    lines = [line.replace("\r", "\\r") for line in text.split("\n")]
    _validate(path, lines)
    try:
        catalog = polib.pofile("\n".join(lines), wrapwidth=0)
    except (OSError, ValueError) as exc:
        raise InputError(path, f"malformed PO file: {exc}") from None
    header = catalog.metadata.get("Plural-Forms")
    plurals = read_plural_forms(header)
    if plurals is None:
        at = next((n for n, line in enumerate(lines, 1) if "Plural-Forms:" in line), None)
        raise InputError(path, f"malformed Plural-Forms header: {header!r}", line=at)
    segments: list[Segment] = []
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue  # (the header's msgid is empty)
        base = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        meta: dict[str, object] = {
            "file": str(path),
            "line": _msgstr_line(lines, entry.linenum),
            "unit_id": base,
            "localization": True,
            **Syntax.for_gettext(entry.flags, entry.msgid).to_meta(),
        }
        if "fuzzy" in entry.flags:
            meta["fuzzy"] = True
        if suppress := read_suppressions(entry.tcomment):
            meta["suppress"] = suppress  # ("# tqcheck: ignore RULE HASH")
        if entry.msgid_plural:
            forms = sorted((int(i), text) for i, text in entry.msgstr_plural.items())
            for index, translated in forms:
                source = entry.msgid if index == 0 else entry.msgid_plural
                # Every form prints the plural's arguments; one for a single number may leave
                # its count out (io/plural_forms.py).
                form = dict(
                    meta,
                    plural_form=index + 1,
                    plural_single=index in plurals.single,
                    directives_from=entry.msgid_plural,
                )
                if index == 0 and len(forms) != plurals.count:
                    form["plural_count"] = [len(forms), plurals.count]
                segments.append(_segment(f"{base}[{index}]", source, translated, path, form))
        else:
            segments.append(_segment(base, entry.msgid, entry.msgstr, path, meta))
    language = base_language(catalog.metadata.get("Language")) or path_language(path)
    return segments, language


def _decoded(path: str | Path, data: bytes) -> str:
    """The catalog's text in the charset its header declares (msgfmt reads ISO-8859-1, KOI8-R,
    ... catalogs as well as UTF-8 ones, and msgunfmt writes a .mo's charset back); UTF-8 where
    the header names none. A charset Python does not know, or bytes that are not in the
    declared one, are refused, never guessed."""
    first = _FIRST_ENTRY.search(data)
    found = _CHARSET.search(data, 0, first.start() if first else len(data))
    name = found.group(1).decode("ascii") if found else "utf-8"
    if name.lower() in _NO_CHARSET:
        name = "utf-8"
    try:
        codec = codecs.lookup(name)
    except LookupError:
        raise InputError(path, f"unknown charset {name!r} in the header") from None
    if data.startswith(codecs.BOM_UTF8) and codec.name == "utf-8":
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode(codec.name)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not {name} (as the header says) at byte {exc.start}") from None


def _segment(
    unit: str, source: str, translated: str, path: str | Path, meta: dict[str, object]
) -> Segment:
    if not translated:
        meta = dict(meta, empty=True)
    return Segment(unit, source, translated, doc_id=str(path), meta=meta)


def _msgstr_line(lines: list[str], start: int) -> int:
    """The line of an entry's msgstr, where a CI annotation belongs (polib gives the line the
    entry starts on, its comments included)."""
    for number in range(max(start, 1), len(lines) + 1):
        if lines[number - 1].startswith("msgstr"):
            return number
    return start
