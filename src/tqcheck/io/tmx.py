"""TMX translation memories: each translation unit with a variant in the source language and
one in the target language becomes a segment (id: the unit's tuid, else its position)."""

from __future__ import annotations

from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.io.language_tag import base_language
from tqcheck.io.xml_tree import Node, inline_text, parse_xml
from tqcheck.types import Segment

CODES = frozenset({"bpt", "ept", "ph", "it", "hi", "ut"})


def read_tmx(
    path: str | Path, src_lang: str | None = None, tgt_lang: str | None = None
) -> tuple[list[Segment], str | None, str | None]:
    root = parse_xml(path, "TMX")
    if root.tag != "tmx":
        raise InputError(path, f"not TMX: the document element is <{root.tag}>")
    header = root.first("header")
    declared = base_language(header.attr("srclang")) if header is not None else None
    src = src_lang or (declared if declared != "*all*" else None)
    units = root.walk("tu")
    tgt = tgt_lang
    if src and not tgt:
        others = {base_language(v.attr("lang")) for u in units for v in u.elements("tuv")} - {src}
        tgt = others.pop() if len(others) == 1 else None
    if not src or not tgt:
        raise InputError(
            path, "cannot tell which languages to pair: pass --src-lang and --tgt-lang"
        )
    segments = []
    for n, unit in enumerate(units, 1):
        variants: dict[str | None, Node] = {
            base_language(v.attr("lang")): v for v in unit.elements("tuv")
        }
        source, target = variants.get(src), variants.get(tgt)
        seg_s = source.first("seg") if source is not None else None
        seg_t = target.first("seg") if target is not None else None
        if seg_s is None or seg_t is None:
            continue
        unit_id = unit.attr("tuid") or str(n)
        segments.append(
            Segment(
                id=unit_id,
                source=inline_text(seg_s, CODES),
                mt=inline_text(seg_t, CODES),
                doc_id=str(path),
                meta={
                    "file": str(path),
                    "line": seg_t.line,
                    "unit_id": unit_id,
                    "localization": True,
                },
            )
        )
    return segments, src, tgt
