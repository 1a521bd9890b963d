"""Whole articles: a source file and an MT file that are not line-aligned.

A folder holding `source.<lang>.txt` and `mt.<lang>.txt` (and optionally
`reference.<lang>.txt`) is one article; the language codes in the names set the pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.io.textfile import read_text
from tqcheck.text.sentences import paragraph_spans, sentence_spans


@dataclass
class Article:
    doc_id: str
    source_text: str
    mt_text: str
    reference_text: str | None
    source_path: str
    mt_path: str
    src_lang: str | None = None
    tgt_lang: str | None = None

    def source_sentences(self) -> list[tuple[int, int]]:
        return _sentences(self.source_text)

    def mt_sentences(self) -> list[tuple[int, int]]:
        return _sentences(self.mt_text)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for start, end in paragraph_spans(text):
        spans.extend(sentence_spans(text[start:end], start))
    return spans


def _one(folder: Path, stem: str) -> tuple[Path | None, str | None]:
    matches = sorted(folder.glob(f"{stem}.*.txt")) + sorted(folder.glob(f"{stem}.txt"))
    if len(matches) > 1:
        raise InputError(folder, f"several {stem} files: {', '.join(m.name for m in matches)}")
    if not matches:
        return None, None
    parts = matches[0].name.split(".")
    return matches[0], parts[1] if len(parts) == 3 else None


def is_article_folder(path: Path) -> bool:
    if not path.is_dir():
        return False
    return bool(list(path.glob("source*.txt"))) and bool(list(path.glob("mt*.txt")))


def read_article_folder(folder: str | Path) -> Article:
    f = Path(folder)
    src, src_lang = _one(f, "source")
    mt, tgt_lang = _one(f, "mt")
    ref, _ = _one(f, "reference")
    if src is None or mt is None:
        raise InputError(f, "an article folder needs source.<lang>.txt and mt.<lang>.txt")
    article = read_article(src, mt, ref, doc_id=f.name)
    article.src_lang, article.tgt_lang = src_lang, tgt_lang
    return article


def read_article(
    source: str | Path,
    mt: str | Path,
    reference: str | Path | None = None,
    doc_id: str | None = None,
) -> Article:
    return Article(
        doc_id=doc_id or Path(mt).stem,
        source_text=read_text(source),
        mt_text=read_text(mt),
        reference_text=read_text(reference) if reference else None,
        source_path=str(source),
        mt_path=str(mt),
    )
