"""XLIFF 1.2 and 2.0: each translated unit (or 2.0 segment) becomes a segment whose id is the
unit id, with the file and line kept for SARIF and CI annotations. Units without a target are
not translations yet and are skipped."""

from __future__ import annotations

from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.io.language_tag import base_language
from tqcheck.io.xml_tree import Node, inline_text, parse_xml
from tqcheck.text.suppressions import read_suppressions
from tqcheck.types import Segment

CODES_12 = frozenset({"g", "x", "bx", "ex", "ph", "bpt", "ept", "it"})
CODES_20 = frozenset({"ph", "pc", "sc", "ec"})


def read_xliff(path: str | Path) -> tuple[list[Segment], str | None, str | None]:
    """Segments and the (source, target) languages the file declares."""
    root = parse_xml(path, "XLIFF")
    if root.tag != "xliff":
        raise InputError(path, f"not XLIFF: the document element is <{root.tag}>")
    version = root.attr("version") or ""
    if version.startswith("2"):
        return _read_20(root, path)
    return _read_12(root, path)


def _meta(path: str | Path, node: Node, unit_id: str, unit: Node) -> dict[str, object]:
    meta: dict[str, object] = {
        "file": str(path),
        "line": node.line,
        "unit_id": unit_id,
        "localization": True,
    }
    notes = "\n".join(note.text for note in unit.walk("note"))
    if suppress := read_suppressions(notes):
        meta["suppress"] = suppress  # ("tqcheck: ignore RULE HASH" in a <note>)
    return meta


def _read_12(root: Node, path: str | Path) -> tuple[list[Segment], str | None, str | None]:
    segments: list[Segment] = []
    src = tgt = None
    for file_node in root.walk("file"):
        pair = (
            base_language(file_node.attr("source-language")),
            base_language(file_node.attr("target-language")),
        )
        if src is not None and tgt is not None and pair != (src, tgt):
            raise InputError(
                path,
                f"this <file> translates {pair[0]}->{pair[1]}, an earlier one {src}->{tgt}: "
                "check one language pair at a time",
                file_node.line,
            )
        src, tgt = src or pair[0], tgt or pair[1]
        for unit in file_node.walk("trans-unit"):
            unit_id = unit.attr("id") or f"{len(segments) + 1}"
            source, target = unit.first("source"), unit.first("target")
            if source is None or target is None:
                continue
            mt = inline_text(target, CODES_12)
            if not mt.strip():
                continue
            segments.append(
                Segment(
                    id=unit_id,
                    source=inline_text(source, CODES_12),
                    mt=mt,
                    doc_id=file_node.attr("original") or str(path),
                    meta=_meta(path, target, unit_id, unit),
                )
            )
    return segments, src, tgt


def _read_20(root: Node, path: str | Path) -> tuple[list[Segment], str | None, str | None]:
    segments: list[Segment] = []
    for file_node in root.walk("file"):
        for unit in file_node.walk("unit"):
            unit_id = unit.attr("id") or f"{len(segments) + 1}"
            parts = unit.walk("segment")
            for n, segment in enumerate(parts, 1):
                source, target = segment.first("source"), segment.first("target")
                if source is None or target is None:
                    continue
                mt = inline_text(target, CODES_20)
                if not mt.strip():
                    continue
                seg_id = unit_id if len(parts) == 1 else f"{unit_id}/{segment.attr('id') or n}"
                segments.append(
                    Segment(
                        id=seg_id,
                        source=inline_text(source, CODES_20),
                        mt=mt,
                        doc_id=file_node.attr("original") or file_node.attr("id") or str(path),
                        meta=_meta(path, target, unit_id, unit),
                    )
                )
    return segments, base_language(root.attr("srcLang")), base_language(root.attr("trgLang"))
