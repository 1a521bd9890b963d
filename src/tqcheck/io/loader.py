"""Decides what the user's input is and reads it: JSONL, TSV/CSV, parallel files, article
folders or two strings for a spot check."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.io.article import Article, is_article_folder, read_article, read_article_folder
from tqcheck.io.jsonl import read_jsonl
from tqcheck.io.parallel import read_parallel
from tqcheck.io.tabular import read_table
from tqcheck.types import Segment


@dataclass
class InputSpec:
    inputs: tuple[str, ...] = ()
    source: str | None = None
    mt: str | None = None
    refs: tuple[str, ...] = ()
    article: bool = False


@dataclass
class LoadedInput:
    segments: list[Segment] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    src_lang: str | None = None
    tgt_lang: str | None = None
    label: str = "input"


def _read_path(path: Path) -> LoadedInput:
    if path.is_dir():
        if is_article_folder(path):
            art = read_article_folder(path)
            return LoadedInput(
                articles=[art], src_lang=art.src_lang, tgt_lang=art.tgt_lang, label=str(path)
            )
        subfolders = sorted(p for p in path.iterdir() if is_article_folder(p))
        if not subfolders:
            raise InputError(path, "folder holds no article (source.<lang>.txt + mt.<lang>.txt)")
        arts = [read_article_folder(p) for p in subfolders]
        return LoadedInput(
            articles=arts, src_lang=arts[0].src_lang, tgt_lang=arts[0].tgt_lang, label=str(path)
        )
    if not path.exists():
        raise InputError(path, "no such file")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        segs = read_jsonl(path)
    elif suffix in (".tsv", ".csv", ".tab"):
        segs = read_table(path)
    else:
        raise InputError(
            path,
            "unknown input type; use .jsonl, .tsv/.csv, an article folder, "
            "or --source/--mt for parallel text",
        )
    langs = {(s.meta.get("src_lang"), s.meta.get("tgt_lang")) for s in segs}
    src, tgt = next(iter(langs)) if len(langs) == 1 else (None, None)
    return LoadedInput(segments=segs, src_lang=src, tgt_lang=tgt, label=str(path))


def load_input(spec: InputSpec) -> LoadedInput:
    if spec.source or spec.mt:
        if not (spec.source and spec.mt):
            raise InputError(None, "--source and --mt go together")
        if spec.inputs:
            raise InputError(None, "give either INPUT or --source/--mt, not both")
        if spec.article:
            ref = spec.refs[0] if spec.refs else None
            art = read_article(spec.source, spec.mt, ref)
            return LoadedInput(articles=[art], label=spec.mt)
        return LoadedInput(segments=read_parallel(spec.source, spec.mt, spec.refs), label=spec.mt)
    if len(spec.inputs) == 1:
        return _read_path(Path(spec.inputs[0]))
    if len(spec.inputs) == 2:
        source, mt = spec.inputs
        if Path(source).is_file() and Path(mt).is_file():
            raise InputError(None, "two files given: use --source FILE --mt FILE")
        refs = spec.refs
        return LoadedInput(
            segments=[Segment(id="1", source=source, mt=mt, references=tuple(refs))],
            label="spot check",
        )
    if not spec.inputs:
        raise InputError(None, "no input: give a file, a folder, two strings or --source/--mt")
    raise InputError(None, "too many inputs: give one file or folder, or two strings")
