"""The desk's glossary (`--glossary FILE`): required translations and do-not-translate terms.

CSV: a header with `source` and `target` (also `term`/`translation`, `src`/`tgt`) and an
optional `type` column; `type` "dnt" (or "do not translate"), or an empty or identical target,
makes a term that must stay as it is ("Sky News", a product name).

TBX (ISO 30042, TBX-Basic and TBX v3 `conceptEntry`): each entry's term in the source language
and in the target language; an entry with no target-language term, or marked do-not-translate
in a `termNote`/`descrip`/`note`, stays as it is. XML is parsed with defusedxml: no entities,
no external references.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from tqcheck.errors import InputError
from tqcheck.io.textfile import read_text

_SOURCE_COLUMNS = ("source", "src", "term", "source_term")
_TARGET_COLUMNS = ("target", "tgt", "translation", "target_term")
_DNT_WORDS = ("dnt", "do not translate", "do-not-translate", "donottranslate", "untranslatable")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class GlossaryEntry:
    source: str
    # The form the MT must use: the required translation, or for a do-not-translate term its
    # fixed form (the term itself, or its given spelling in the target script: "Viber").
    target: str
    do_not_translate: bool = False
    note: str = ""


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
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
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


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _terms_by_language(entry: Any) -> dict[str, str]:
    terms: dict[str, str] = {}
    for lang_set in entry.iter():
        if _local(lang_set.tag) != "langSet":
            continue
        lang = (lang_set.get(_XML_LANG) or lang_set.get("lang") or "").lower().split("-")[0]
        term = next((t for t in lang_set.iter() if _local(t.tag) == "term"), None)
        if lang and term is not None and (term.text or "").strip():
            terms.setdefault(lang, (term.text or "").strip())
    return terms


def _read_tbx(path: Path, text: str, src: str, tgt: str) -> list[GlossaryEntry]:
    try:
        root = ElementTree.fromstring(text.encode("utf-8"), forbid_dtd=True)
    except DefusedXmlException as exc:
        raise InputError(path, f"refused unsafe XML ({type(exc).__name__})") from None
    except ElementTree.ParseError as exc:
        raise InputError(path, f"malformed TBX ({exc})") from None
    entries = []
    for entry in root.iter():
        if _local(entry.tag) not in ("termEntry", "conceptEntry"):
            continue
        terms = _terms_by_language(entry)
        if src not in terms:
            continue
        notes = " ".join(
            (e.text or "")
            for e in entry.iter()
            if _local(e.tag) in ("termNote", "descrip", "note", "admin")
        )
        entries.append(_entry(terms[src], terms.get(tgt, ""), "", notes))
    return entries


def read_glossary(path: str | Path, src: str, tgt: str) -> list[GlossaryEntry]:
    p = Path(path)
    text = read_text(p)
    if p.suffix.lower() in (".tbx", ".xml"):
        entries = _read_tbx(p, text, src.lower(), tgt.lower())
    else:
        entries = _read_csv(p, text)
    if not entries:
        raise InputError(p, f"glossary has no terms for {src}->{tgt}")
    return entries
