"""Decides what the user's input is and reads it: JSONL, TSV/CSV, parallel files, article
folders or two strings for a spot check."""

from __future__ import annotations

import glob
from dataclasses import dataclass, field, replace
from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.io.article import Article, is_article_folder, read_article, read_article_folder
from tqcheck.io.json_kv import read_json_pair
from tqcheck.io.jsonl import read_jsonl
from tqcheck.io.parallel import read_parallel
from tqcheck.io.po import read_po
from tqcheck.io.row_stream import RowPlan, is_row_file, plan_rows
from tqcheck.io.tabular import read_table
from tqcheck.io.tmx import read_tmx
from tqcheck.io.xliff import read_xliff
from tqcheck.types import Segment

XLIFF_SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff")
INPUT_SUFFIXES = (
    *XLIFF_SUFFIXES,
    ".po",
    ".pot",
    ".tmx",
    ".jsonl",
    ".ndjson",
    ".tsv",
    ".csv",
    ".tab",
    ".json",
)
CATALOG_SUFFIXES = (*XLIFF_SUFFIXES, ".po", ".tmx")
# Gettext msgids are written in English unless --src-lang says otherwise.
PO_SOURCE_LANGUAGE = "en"


@dataclass
class InputSpec:
    inputs: tuple[str, ...] = ()
    source: str | None = None
    mt: str | None = None
    refs: tuple[str, ...] = ()
    article: bool = False
    # The language pair from the command line: TMX files hold many languages and need it.
    src_lang: str | None = None
    tgt_lang: str | None = None


@dataclass
class LoadedInput:
    segments: list[Segment] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    src_lang: str | None = None
    tgt_lang: str | None = None
    label: str = "input"
    # Catalogs in several languages, one part per language pair, each checked on its own.
    parts: list[LoadedInput] = field(default_factory=list)


def _read_path(path: Path, spec: InputSpec) -> LoadedInput:
    try:
        return _read_existing(path, spec)
    except OSError as exc:
        # (A folder that cannot be listed, a file gone between the listing and the reading.)
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def _read_existing(path: Path, spec: InputSpec) -> LoadedInput:
    if path.is_dir():
        if is_article_folder(path):
            art = read_article_folder(path)
            return LoadedInput(
                articles=[art], src_lang=art.src_lang, tgt_lang=art.tgt_lang, label=str(path)
            )
        subfolders = sorted(p for p in path.iterdir() if is_article_folder(p))
        if not subfolders:
            catalogs = _catalogs_in(path)
            if catalogs:
                return _merge([_read_path(p, spec) for p in catalogs])
            raise InputError(
                path,
                "folder holds no article (source.<lang>.txt + mt.<lang>.txt) and no catalog "
                "(.po, .xlf, .tmx)",
            )
        arts = [read_article_folder(p) for p in subfolders]
        return LoadedInput(
            articles=arts, src_lang=arts[0].src_lang, tgt_lang=arts[0].tgt_lang, label=str(path)
        )
    if not path.exists():
        raise InputError(path, "no such file")
    suffix = path.suffix.lower()
    if suffix in XLIFF_SUFFIXES:
        segs, src, tgt = read_xliff(path)
        return LoadedInput(
            segments=_unique(path, segs), src_lang=src, tgt_lang=tgt, label=str(path)
        )
    if suffix in (".po", ".pot"):
        segs, tgt = read_po(path)
        return LoadedInput(
            segments=_unique(path, segs), src_lang=PO_SOURCE_LANGUAGE, tgt_lang=tgt, label=str(path)
        )
    if suffix == ".tmx":
        segs, src, tgt = read_tmx(path, spec.src_lang, spec.tgt_lang)
        return LoadedInput(
            segments=_unique(path, segs), src_lang=src, tgt_lang=tgt, label=str(path)
        )
    if suffix in (".jsonl", ".ndjson"):
        segs = read_jsonl(path)
    elif suffix in (".tsv", ".csv", ".tab"):
        segs = _unique(path, read_table(path))
    else:
        raise InputError(
            path,
            "unknown input type; use .jsonl, .tsv/.csv, .xlf/.xliff, .po, .tmx, an article "
            "folder, or --source/--mt for parallel text or JSON resource files",
        )
    src, tgt = _one_pair(path, segs)
    return LoadedInput(segments=segs, src_lang=src, tgt_lang=tgt, label=str(path))


def _unique(path: Path, segments: list[Segment]) -> list[Segment]:
    """The file's segments, where no two of one document share an id: results, reports and
    baselines know a segment by its file, document and id."""
    seen: dict[tuple[str | None, str], Segment] = {}
    for seg in segments:
        first = seen.setdefault((seg.doc_id, seg.id), seg)
        if first is not seg:
            line = seg.meta.get("line")
            earlier = first.meta.get("line")
            where = f" (first at line {earlier})" if isinstance(earlier, int) else ""
            raise InputError(
                path, f"duplicate id {seg.id!r}{where}", line if isinstance(line, int) else None
            )
    return segments


def _one_pair(path: Path, segments: list[Segment]) -> tuple[str | None, str | None]:
    """The language pair the rows name, if any; rows that name two pairs are refused at the
    first row that disagrees."""
    pairs: dict[tuple[object, object], Segment] = {}
    for seg in segments:
        pair = (seg.meta.get("src_lang"), seg.meta.get("tgt_lang"))
        if pair != (None, None) and pair not in pairs:
            if pairs:
                (first_src, first_tgt), _ = next(iter(pairs.items()))
                line = seg.meta.get("line")
                raise InputError(
                    path,
                    f"row {seg.id!r} is {pair[0]}->{pair[1]} where earlier rows are "
                    f"{first_src}->{first_tgt}: check one language pair at a time",
                    line if isinstance(line, int) else None,
                )
            pairs[pair] = seg
    if not pairs:
        return None, None
    src, tgt = next(iter(pairs))
    return (src if isinstance(src, str) else None), (tgt if isinstance(tgt, str) else None)


def _catalogs_in(folder: Path) -> list[Path]:
    """The translation files under a folder, at any depth (locale/*/LC_MESSAGES/*.po)."""
    found = [
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in CATALOG_SUFFIXES and p.is_file() and not p.is_symlink()
    ]
    return sorted(found)


def _expanded(inputs: tuple[str, ...]) -> tuple[str, ...]:
    """Inputs with a quoted glob ("locale/*/LC_MESSAGES/*.po", "i18n/**/*.xlf") expanded
    as a shell would; a pattern that matches nothing is left for the "no such file" error."""
    out: list[str] = []
    for item in inputs:
        if any(c in item for c in "*?[") and not Path(item).exists():
            matches = sorted(glob.glob(item, recursive=True))
            out += matches or [item]
        else:
            out.append(item)
    return tuple(out)


def plan_stream(spec: InputSpec) -> RowPlan | None:
    """The plan for reading the input document by document (tqcheck.streamed_run): one
    regular JSONL or TSV/CSV file whose documents are contiguous; else None."""
    spec = replace(spec, inputs=_expanded(spec.inputs))
    if spec.source or spec.mt or len(spec.inputs) != 1:
        return None
    path = Path(spec.inputs[0])
    return plan_rows(path) if is_row_file(path) else None


def load_input(spec: InputSpec) -> LoadedInput:
    spec = replace(spec, inputs=_expanded(spec.inputs))
    if spec.source or spec.mt:
        if not (spec.source and spec.mt):
            raise InputError(None, "--source and --mt go together")
        if spec.inputs:
            raise InputError(None, "give either INPUT or --source/--mt, not both")
        if spec.article:
            ref = spec.refs[0] if spec.refs else None
            art = read_article(spec.source, spec.mt, ref)
            return LoadedInput(articles=[art], label=spec.mt)
        if spec.source.lower().endswith(".json") and spec.mt.lower().endswith(".json"):
            return LoadedInput(segments=read_json_pair(spec.source, spec.mt), label=spec.mt)
        return LoadedInput(segments=read_parallel(spec.source, spec.mt, spec.refs), label=spec.mt)
    if len(spec.inputs) == 1:
        return _read_path(Path(spec.inputs[0]), spec)
    if spec.inputs and all(Path(p).exists() for p in spec.inputs):
        return _merge([_read_path(Path(p), spec) for p in spec.inputs])
    if len(spec.inputs) == 2 and not any(_looks_like_a_file(p) for p in spec.inputs):
        source, mt = spec.inputs
        refs = spec.refs
        return LoadedInput(
            segments=[Segment(id="1", source=source, mt=mt, references=tuple(refs))],
            label="spot check",
        )
    if not spec.inputs:
        raise InputError(None, "no input: give a file, a folder, two strings or --source/--mt")
    missing = next(p for p in spec.inputs if not Path(p).exists())
    raise InputError(missing, "no such file (several inputs must all be files or folders)")


def _looks_like_a_file(text: str) -> bool:
    """An argument that is a path (one of two that exists, or that names an input by its
    suffix), not a sentence for a spot check: "a.jsonl" missing is a missing file."""
    if Path(text).exists():
        return True
    one_line = "\n" not in text and " " not in text.strip()
    return one_line and Path(text).suffix.lower() in INPUT_SUFFIXES


def _merge(parts: list[LoadedInput]) -> LoadedInput:
    """Several input files checked in one run: each file's segments stay their own
    documents, and the files must agree on the language pair."""
    pairs = {(p.src_lang, p.tgt_lang) for p in parts if p.src_lang or p.tgt_lang}
    if len(pairs) > 1 and all(_is_catalog(p) for p in parts):
        unknown = next((p for p in parts if not (p.src_lang and p.tgt_lang)), None)
        if unknown is not None:
            raise InputError(
                unknown.label, "language unknown (no Language header and none in the path)"
            )
        # Catalogs of many languages in one run: each language pair checked on its own.
        return LoadedInput(
            label=", ".join(p.label for p in parts),
            parts=[
                _merge([p for p in parts if (p.src_lang, p.tgt_lang) == pair])
                for pair in sorted(pairs, key=str)
            ],
        )
    if len(pairs) > 1:
        listed = ", ".join(f"{s}->{t}" for s, t in sorted(pairs, key=str))
        raise InputError(None, f"the inputs are in different language pairs ({listed})")
    merged = LoadedInput(label=", ".join(p.label for p in parts))
    if pairs:
        merged.src_lang, merged.tgt_lang = next(iter(pairs))
    # A document id two inputs both use names two documents: each keeps its input's name.
    owners: dict[str | None, set[str]] = {}
    for part in parts:
        for doc_id in {s.doc_id for s in part.segments} | {a.doc_id for a in part.articles}:
            owners.setdefault(doc_id, set()).add(part.label)
    for part in parts:
        for seg in part.segments:
            if seg.doc_id is None:
                seg.doc_id = part.label
            elif len(owners[seg.doc_id]) > 1:
                seg.doc_id = f"{part.label}#{seg.doc_id}"
        for article in part.articles:
            if len(owners[article.doc_id]) > 1:
                article.doc_id = f"{part.label}#{article.doc_id}"
        merged.segments += part.segments
        merged.articles += part.articles
    return merged


def _is_catalog(part: LoadedInput) -> bool:
    return bool(part.segments) and all(s.meta.get("localization") for s in part.segments)


def rows_input(segments: list[Segment], label: str) -> LoadedInput:
    """Rows parsed elsewhere (the server's API), held to a row file's rules: ids unique, one
    language pair."""
    path = Path(label)
    src, tgt = _one_pair(path, _unique(path, segments))
    return LoadedInput(segments=segments, src_lang=src, tgt_lang=tgt, label=label)
