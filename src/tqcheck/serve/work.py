"""The checks the server runs: a pasted source and MT as one article (sentences aligned as
the command line aligns an article folder), an uploaded input, or the API's rows, each with
the language pair given or guessed from the text, within the server's segment limit."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import regex

from tqcheck.errors import TqcheckError
from tqcheck.io.article import Article
from tqcheck.io.loader import LoadedInput
from tqcheck.lang.language_id import best_guess, identifiable, language_detector
from tqcheck.lang.profile import available_languages, get_profile
from tqcheck.lang.script import dominant_script
from tqcheck.options import CheckOptions
from tqcheck.pipeline import Progress, run_check
from tqcheck.results import RunReport
from tqcheck.serve.settings import ServeSettings

# A guess below this confidence is no guess: the editor is asked to choose.
GUESS_CONFIDENCE = 0.5
PASTED = "pasted"


class TooMany(TqcheckError):
    """More segments than the server checks in one request (HTTP 413)."""


@dataclass(frozen=True)
class Pair:
    src: str
    tgt: str


def guess_language(text: str) -> str | None:
    """The language of a text among those tqcheck knows, where lingua is sure enough. Only
    the languages written in the text's script are weighed: a detector over a few loads in a
    moment, one over all of them takes seconds."""
    script = dominant_script(text)
    # (Only languages lingua knows: a detector that lacks one is no detector.)
    candidates = tuple(
        c for c in available_languages() if get_profile(c).script == script and identifiable(c)
    )
    if len(candidates) == 1:
        return candidates[0]
    detector = language_detector(candidates) if candidates else None
    if detector is None:
        return None
    code, confidence = best_guess(detector, text)
    return code if confidence >= GUESS_CONFIDENCE else None


def pair_for(source: str, mt: str, src: str | None, tgt: str | None) -> Pair:
    """The pair the editor chose, each side guessed from its text where left to "auto"."""
    src = src or guess_language(source)
    tgt = tgt or guess_language(mt)
    if not src or not tgt:
        side = "source" if not src else "MT"
        raise TqcheckError(f"cannot tell the {side}'s language: choose it")
    return Pair(src, tgt)


def pasted(source: str, mt: str, pair: Pair) -> LoadedInput:
    """A pasted source and MT as one article."""
    if not source.strip() or not mt.strip():
        raise TqcheckError("paste both the source and the MT")
    article = Article(
        doc_id=PASTED,
        source_text=source,
        mt_text=mt,
        reference_text=None,
        source_path=PASTED,
        mt_path=PASTED,
        src_lang=pair.src,
        tgt_lang=pair.tgt,
    )
    return LoadedInput(articles=[article], src_lang=pair.src, tgt_lang=pair.tgt, label=PASTED)


def segment_count(loaded: LoadedInput) -> int:
    """Segments the input holds; an article counts its source sentences."""
    return (
        len(loaded.segments)
        + sum(len(a.source_sentences()) for a in loaded.articles)
        + sum(segment_count(part) for part in loaded.parts)
    )


def check(
    loaded: LoadedInput,
    settings: ServeSettings,
    pair: Pair | None = None,
    progress: Progress | None = None,
) -> RunReport:
    """A run as `tqcheck check` makes it, with the server's engine and limits."""
    count = segment_count(loaded)
    if count > settings.max_segments:
        raise TooMany(
            f"{count} segments: the limit is {settings.max_segments} a request "
            "(use the command line for more)"
        )
    options = CheckOptions(
        src_lang=pair.src if pair else None,
        tgt_lang=pair.tgt if pair else None,
        engine=settings.engine,
        cache=settings.cache,
        engine_timeout=settings.engine_timeout,
        jobs=1,
    )
    return run_check(loaded, options, progress)


def shown_path(path: object, folder: Path, names: dict[str, str]) -> object:
    """A path in the server's upload folder as the editor knows it: the uploaded file's own
    name (`names`: the server's stem -> the client's file name) and what lies under it."""
    if not isinstance(path, str) or not path.startswith(str(folder)):
        return path
    inside = Path(path).relative_to(folder)
    first = inside.parts[0] if inside.parts else ""
    return str(Path(names.get(first.split(".", 1)[0], first), *inside.parts[1:]))


def shown_message(message: str, folder: Path, names: dict[str, str]) -> str:
    """An error message with the server's upload folder replaced as by shown_path."""
    return str(
        regex.sub(
            regex.escape(str(folder)) + r"/[^\s:]*",
            lambda m: str(shown_path(m.group(), folder, names)),
            message,
        )
    )


def as_uploaded(loaded: LoadedInput, folder: Path, names: dict[str, str]) -> LoadedInput:
    """The input with the server's file names replaced by the uploaded ones, so that
    reports, SARIF and JUnit name the editor's files, never the server's folders."""
    for seg in loaded.segments:
        seg.meta["file"] = shown_path(seg.meta.get("file"), folder, names)
        seg.doc_id = shown_path(seg.doc_id, folder, names)  # type: ignore[assignment]
    for article in loaded.articles:
        article.source_path = str(shown_path(article.source_path, folder, names))
        article.mt_path = str(shown_path(article.mt_path, folder, names))
    for part in loaded.parts:
        as_uploaded(part, folder, names)
    loaded.label = ", ".join(names.values())
    return loaded
