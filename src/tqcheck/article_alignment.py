"""Turns a whole article into aligned segments.

The similarity of a source sentence group and an MT sentence group combines, where an engine
exists, chrF of the MT against the engine's translation of the source, and always anchors
(numbers and names both sides share) and length agreement.
"""

from __future__ import annotations

import math

from tqcheck.io.article import Article
from tqcheck.lang.names import name_key
from tqcheck.lang.numbers import extract_numbers
from tqcheck.lang.profile import get_profile
from tqcheck.scoring.similarity import chrf
from tqcheck.text.align import align
from tqcheck.text.tokens import tokenize
from tqcheck.types import Segment


def _anchors(text: str, lang: str) -> set[str]:
    profile = get_profile(lang)
    nums = {f"n{n.value:g}" for n in extract_numbers(text, profile) if n.value != 1}
    names = {
        name_key(t.text, lang)[:5]
        for t in tokenize(text)
        if t.is_capitalised and t.text[0].isalpha() and len(t.text) > 3
    }
    return nums | names


def _length_agreement(a: str, b: str) -> float:
    la, lb = max(len(a), 1), max(len(b), 1)
    return math.exp(-abs(math.log(la / lb)) * 1.5)


def _anchor_agreement(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 0.5
    return len(a & b) / len(a | b)


def align_article(
    article: Article, src_lang: str, tgt_lang: str, forward: list[str] | None
) -> list[Segment]:
    src_spans = article.source_sentences()
    mt_spans = article.mt_sentences()
    src = [article.source_text[s:e] for s, e in src_spans]
    mt = [article.mt_text[s:e] for s, e in mt_spans]
    src_anchor = [_anchors(t, src_lang) for t in src]
    mt_anchor = [_anchors(t, tgt_lang) for t in mt]

    def similarity(si: list[int], mi: list[int]) -> float:
        s_text = " ".join(src[i] for i in si)
        m_text = " ".join(mt[j] for j in mi)
        anchors = _anchor_agreement(
            set().union(*(src_anchor[i] for i in si)), set().union(*(mt_anchor[j] for j in mi))
        )
        length = _length_agreement(s_text, m_text)
        if forward is None:
            return 0.5 * length + 0.5 * anchors
        f_text = " ".join(forward[i] for i in si)
        return 0.5 * chrf(m_text, f_text) / 100 + 0.25 * length + 0.25 * anchors

    beads = align(len(src), len(mt), similarity)
    segments = []
    for n, bead in enumerate(beads, start=1):
        s_text = " ".join(src[i] for i in bead.source)
        meta: dict[str, object] = {"aligned_from_article": True, "file": article.mt_path}
        if bead.mt:
            start, end = mt_spans[bead.mt[0]][0], mt_spans[bead.mt[-1]][1]
            m_text = article.mt_text[start:end]
            meta.update(mt_start=start, mt_end=end, line=article.mt_text.count("\n", 0, start) + 1)
        else:
            m_text = ""
        if bead.source:
            meta.update(
                source_start=src_spans[bead.source[0]][0], source_end=src_spans[bead.source[-1]][1]
            )
        segments.append(
            Segment(
                id=f"{article.doc_id}:{n}",
                source=s_text,
                mt=m_text,
                doc_id=article.doc_id,
                meta=meta,
            )
        )
    if article.reference_text:
        _attach_references(segments, article.reference_text)
    return segments


def _attach_references(segments: list[Segment], reference_text: str) -> None:
    """Aligns the reference's sentences to the MT segments (both in the target language)."""
    ref_article = Article("ref", reference_text, reference_text, None, "", "")
    refs = [reference_text[s:e] for s, e in ref_article.mt_sentences()]
    with_mt = [i for i, s in enumerate(segments) if s.mt]
    mts = [segments[i].mt for i in with_mt]

    def similarity(ri: list[int], mi: list[int]) -> float:
        r = " ".join(refs[i] for i in ri)
        m = " ".join(mts[j] for j in mi)
        return 0.7 * chrf(m, r) / 100 + 0.3 * _length_agreement(r, m)

    for bead in align(len(refs), len(mts), similarity):
        if bead.source and bead.mt:
            # A reference spanning several MT segments goes with the first of them.
            seg = segments[with_mt[bead.mt[0]]]
            seg.references = (" ".join(refs[i] for i in bead.source),)
