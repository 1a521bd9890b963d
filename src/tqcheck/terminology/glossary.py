"""The desk's glossary (`--glossary FILE`): required translations and do-not-translate terms.

CSV: a header with `source` and `target` (also `term`/`translation`, `src`/`tgt`) and an
optional `type` column; `type` "dnt" (or "do not translate"), or an empty or identical target,
makes a term that must stay as it is ("Sky News", a product name).

TBX (ISO 30042, TBX-Basic and TBX v3 `conceptEntry`): each entry's term in the source language
and in the target language; an entry with no target-language term, or marked do-not-translate
in a `termNote`/`descrip`/`note`, stays as it is. XML is read by io/xml_tree (defusedxml): no DTDs,
entities or external references.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.io.language_tag import base_language
from tqcheck.io.textfile import read_text
from tqcheck.io.xml_tree import Node, parse_xml
from tqcheck.types import GlossaryEntry

_SOURCE_COLUMNS = ("source", "src", "term", "source_term")
_TARGET_COLUMNS = ("target", "tgt", "translation", "target_term")
_DNT_WORDS = ("dnt", "do not translate", "do-not-translate", "donottranslate", "untranslatable")


def _entry(source: str, target: str, kind: str, note: str = "") -> GlossaryEntry:
    source, target = source.strip(), target.strip()
    dnt = any(w in f"{kind} {note}".lower() for w in _DNT_WORDS)
    if dnt or not target or target == source:
        return GlossaryEntry(source, target or source, True, note.strip())
    return GlossaryEntry(source, target, False, note.strip())


def _column(fields: list[str], names: tuple[str, ...]) -> str | None:
    lowered = {f.strip().lower(): f for f in fields}
    return next((lowered[n] for n in names if n in lowered), None)


def _read_csv(path: Path, text: str) -> list[GlossaryEntry]:
    dialect = csv.excel_tab if "\t" in text.split("\n", 1)[0] else csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect, strict=True)
    try:
        return _csv_entries(path, reader)
    except csv.Error as exc:
        raise InputError(path, f"malformed CSV: {exc}", reader.line_num) from None


def _csv_entries(path: Path, reader: csv.DictReader[str]) -> list[GlossaryEntry]:
    fields = list(reader.fieldnames or [])
    src_col = _column(fields, _SOURCE_COLUMNS)
    tgt_col = _column(fields, _TARGET_COLUMNS)
    if src_col is None:
        raise InputError(path, "glossary needs a header with 'source' (and 'target', 'type')", 1)
    type_col = _column(fields, ("type", "status", "kind"))
    note_col = _column(fields, ("note", "notes", "comment"))
    entries = []
    for row in reader:
        source = row.get(src_col) or ""
        if not source.strip():
            raise InputError(path, "glossary row without a source term", reader.line_num)
        entries.append(
            _entry(
                source,
                (row.get(tgt_col) or "") if tgt_col else "",
                (row.get(type_col) or "") if type_col else "",
                (row.get(note_col) or "") if note_col else "",
            )
        )
    return entries


def _terms_by_language(entry: Node) -> dict[str, str]:
    terms: dict[str, str] = {}
    for lang_set in entry.walk("langSet"):
        lang = base_language(lang_set.attr("lang")) or ""
        term = next(iter(lang_set.walk("term")), None)
        if lang and term is not None and term.text.strip():
            terms.setdefault(lang, term.text.strip())
    return terms


def _read_tbx(path: Path, src: str, tgt: str) -> list[GlossaryEntry]:
    root = parse_xml(path, "TBX")
    entries = []
    for entry in root.walk("termEntry", "conceptEntry"):
        terms = _terms_by_language(entry)
        if src not in terms:
            continue
        notes = " ".join(e.text for e in entry.walk("termNote", "descrip", "note", "admin"))
        entries.append(_entry(terms[src], terms.get(tgt, ""), "", notes))
    return entries


def read_glossary(path: str | Path, src: str, tgt: str) -> list[GlossaryEntry]:
    p = Path(path)
    if p.suffix.lower() in (".tbx", ".xml"):
        entries = _read_tbx(p, src.lower(), tgt.lower())
    else:
        entries = _read_csv(p, read_text(p))
    if not entries:
        raise InputError(p, f"glossary has no terms for {src}->{tgt}")
    return entries
