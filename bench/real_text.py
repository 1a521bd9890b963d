"""Real-text benchmark: what tqcheck says of translations nobody on the team wrote.

False alarms: correct professional translations of whole news articles (WMT newstest, de, ru,
zh, fr into English, and the same articles read from English into each language),
Tatoeba's everyday Macedonian with English, and FLORES's references read as one document per
language. Every finding at major or above on them is a false alarm; the
tables give the share of segments with one, per check and per language, with and without
Apertium where a pair is installed.

Real MT against professional MQM (WMT21 TED talks, zh-en and en-de; one system's talk is one
document): per check, how many of its >= major findings are on segments a rater marked with a
Major error (and with one of a matching category); which rated categories the checks find;
how their spans overlap the Major spans; and how the 0-100 score ranks translations against
the raters' penalties (Kendall tau-b; WMT23's pairwise accuracy acc*_eq), beside the MT length
and chrF against the reference, computed in the same run.

    python bench/real_text.py                  # full run, writes its block of RESULTS.md
    python bench/real_text.py --rows 300 --no-write   # quick look
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mqm import (
    Evaluation,
    Flag,
    RatedSegment,
    evaluate,
    kendall_tau_b,
    pairwise_accuracy_eq,
)
from results_file import replace_block

from tqcheck.checks.severity import MAJOR_PRECISION
from tqcheck.io.loader import LoadedInput
from tqcheck.options import CheckOptions
from tqcheck.pipeline import run_check
from tqcheck.scoring.similarity import chrf
from tqcheck.types import Segment, SegmentResult, severity_at_least

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
NEWSTEST = {
    "de": "newstest2019-de-en.jsonl",
    "ru": "newstest2019-ru-en.jsonl",
    "zh": "newstest2019-zh-en.jsonl",
    "fr": "newstest2014-fr-en.jsonl",
}
TATOEBA = DATA / "tatoeba-mk-en" / "tatoeba-test-v2021-08-07-mk-en.jsonl"
FLORES = DATA / "flores200-devtest" / "devtest.jsonl"
TED = {"zh-en": "mqm_ted_zhen.jsonl", "en-de": "mqm_ted_ende.jsonl"}
# newstest marks no article boundaries: a headline (a line of few words with no closing
# punctuation) starts one.
HEADLINE_WORDS = 15
_CLOSING = tuple(".!?…:;\"'»”“)。！？」』）")


def _rows(path: Path, limit: int) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    return rows[:limit] if limit else rows


def _is_headline(text: str) -> bool:
    text = text.strip()
    return bool(text) and not text.endswith(_CLOSING) and len(text.split()) < HEADLINE_WORDS


def newstest(lang: str, limit: int) -> list[Segment]:
    segments, doc = [], 0
    for row in _rows(DATA / "newstest" / NEWSTEST[lang], limit):
        if _is_headline(row["source"]):
            doc += 1
        segments.append(Segment(row["id"], row["source"], row["reference"], doc_id=f"{lang}-{doc}"))
    return segments


def newstest_from_english(lang: str, limit: int) -> list[Segment]:
    """The same articles read the other way, English into the language: correct
    translations into a target the dev MT has none of (Russian and Chinese keep Latin-script
    names, German capitalises its nouns)."""
    return [Segment(s.id, s.mt, s.source, doc_id=s.doc_id) for s in newstest(lang, limit)]


def tatoeba(limit: int) -> list[Segment]:
    """Independent sentences: each its own document."""
    return [Segment(r["id"], r["source"], r["reference"]) for r in _rows(TATOEBA, limit)]


def flores(lang: str, limit: int) -> list[Segment]:
    rows = [r for r in _rows(FLORES, 0) if r["src_lang"] == lang]
    rows = rows[:limit] if limit else rows
    return [Segment(r["id"], r["source"], r["reference"], doc_id=f"flores-{lang}") for r in rows]


@dataclass
class FalseAlarms:
    """Segments with a finding >= major, overall and per check; and in a precision-first run
    (`--min-confidence 0.9`)."""

    segments: int
    flagged: int
    by_check: dict[str, int]
    examples: list[tuple[str, str, str]]  # check, MT, message
    flagged_sure: int = 0
    by_check_sure: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.flagged / self.segments if self.segments else math.nan

    @property
    def sure_rate(self) -> float:
        return self.flagged_sure / self.segments if self.segments else math.nan


def run(segments: list[Segment], src: str, tgt: str, engine: str) -> list[SegmentResult]:
    """Every finding at the severity its check proposes (no minimum confidence): the tables
    show both that and what a precision-first run keeps major."""
    report = run_check(
        LoadedInput(segments=segments, src_lang=src, tgt_lang=tgt),
        CheckOptions(src_lang=src, tgt_lang=tgt, engine=engine, min_confidence=0.0),
    )
    return report.results


def _major(result: SegmentResult, sure: bool = False) -> list[Flag]:
    """The >= major findings; with `sure`, those a precision-first run keeps major."""
    return [
        Flag(f.check, f.category, f.start, f.end)
        for f in result.findings
        if severity_at_least(f.severity, "major")
        and (not sure or (f.confidence or 0.0) >= MAJOR_PRECISION)
    ]


def false_alarms(results: list[SegmentResult]) -> FalseAlarms:
    by_check: dict[str, int] = defaultdict(int)
    by_check_sure: dict[str, int] = defaultdict(int)
    flagged = 0
    examples = []
    sure = 0
    for r in results:
        majors = [f for f in r.findings if severity_at_least(f.severity, "major")]
        flagged += bool(majors)
        sure_flags = _major(r, sure=True)
        sure += bool(sure_flags)
        for check in {f.check for f in majors}:
            by_check[check] += 1
        for check in {f.check for f in sure_flags}:
            by_check_sure[check] += 1
        examples += [(f.check, r.segment.mt, f.message) for f in majors[:1]]
    return FalseAlarms(len(results), flagged, dict(by_check), examples, sure, dict(by_check_sure))


def false_alarm_suites(limit: int, engines: list[str]) -> dict[tuple[str, str], FalseAlarms]:
    """(corpus and language, engine) -> false alarms."""
    found: dict[tuple[str, str], FalseAlarms] = {}
    suites: list[tuple[str, str, str, Callable[[], list[Segment]], bool]] = [
        (f"newstest {lang}", lang, "en", partial(newstest, lang, limit), False) for lang in NEWSTEST
    ]
    suites.append(("tatoeba mk", "mk", "en", partial(tatoeba, limit), True))
    suites += [
        (f"flores {lang}", lang, "en", partial(flores, lang, limit), True)
        for lang in ("mk", "sr", "hr", "bs")
    ]
    suites += [
        (
            f"newstest en-{lang} (read from English)",
            "en",
            lang,
            partial(newstest_from_english, lang, limit),
            False,
        )
        for lang in NEWSTEST
    ]
    for name, src, tgt, load, has_engine in suites:
        segments = load()
        for engine in engines if has_engine else ["none"]:
            started = time.perf_counter()
            found[(name, engine)] = false_alarms(run(segments, src, tgt, engine))
            print(
                f"  {name} ({engine}): {len(segments)} segments in "
                f"{time.perf_counter() - started:.0f} s",
                file=sys.stderr,
            )
    return found


def ted(pair: str, limit: int) -> tuple[list[RatedSegment], list[Segment], dict[str, str]]:
    rows = _rows(DATA / "wmt21-ted-mqm" / TED[pair], limit)
    rated, segments, references = [], [], {}
    for row in rows:
        if not row.get("reference"):
            continue  # (the human translation the others are scored against)
        errors = tuple(
            (e["category"], e["severity"], tuple((s[0], s[1]) for s in e.get("target_spans", [])))
            for e in row["errors"]
        )
        item = f"{row['doc']}-{row['seg_id']}"
        rated.append(RatedSegment(row["id"], item, row["mt"], float(row["mqm_penalty"]), errors))
        doc = f"{row['system']}|{row['doc']}"
        segments.append(Segment(row["id"], row["source"], row["mt"], doc_id=doc))
        references[row["id"]] = row["reference"]
    return rated, segments, references


@dataclass
class Ranking:
    name: str
    tau: float
    accuracy: float


def ted_suite(
    pair: str, limit: int
) -> tuple[Evaluation, Evaluation, list[Ranking], list[tuple[str, str, str]]]:
    rated, segments, references = ted(pair, limit)
    src, tgt = pair.split("-")
    started = time.perf_counter()
    results = {r.segment.id: r for r in run(segments, src, tgt, "none")}
    print(
        f"  ted {pair}: {len(segments)} segments in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )
    flags = {key: _major(r) for key, r in results.items()}
    evaluation = evaluate(rated, flags)
    sure = evaluate(rated, {key: _major(r, sure=True) for key, r in results.items()})
    human = [-r.penalty for r in rated]
    metrics: dict[str, Callable[[RatedSegment], float]] = {
        "tqcheck score": lambda r: results[r.key].score or 0.0,
        # (Longer translations carry more errors: the shorter one ranks higher.)
        "MT length (characters, shorter first)": lambda r: -float(len(r.mt)),
        "chrF against the reference": lambda r: chrf(r.mt, references[r.key]),
    }
    rankings = []
    for name, metric in metrics.items():
        values = [metric(r) for r in rated]
        accuracy, _eps = pairwise_accuracy_eq(rated, metric)
        rankings.append(Ranking(name, kendall_tau_b(values, human), accuracy))
    # False positives to read: flagged segments no rater marked with a Major error.
    by_key = {r.key: r for r in rated}
    examples = [
        (
            f.check,
            by_key[key].mt,
            next(x.message for x in results[key].findings if x.check == f.check),
        )
        for key, fs in flags.items()
        for f in fs[:1]
        if not by_key[key].major
    ]
    return evaluation, sure, rankings, examples


def _pct(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{100 * x:.1f}%"


def render_false_alarms(found: dict[tuple[str, str], FalseAlarms]) -> str:
    checks = sorted({c for fa in found.values() for c in fa.by_check})
    lines = [
        "### False alarms on correct translations",
        "",
        "Share of segments with a finding >= major (all are false alarms), overall and per "
        "check: in a default run (precision first: a finding is major only where its rule "
        "has shown 90% precision), and at the severities the checks propose "
        "(`--min-confidence 0`).",
        "",
        "| corpus | engine | segments | default | proposed | "
        + " | ".join(f"{c} (default / proposed)" for c in checks)
        + " |",
        "|---|---|---|---|---|" + "---|" * len(checks),
    ]
    for (name, engine), fa in found.items():
        cells = [
            f"{_pct(fa.by_check_sure.get(c, 0) / fa.segments)} / "
            f"{_pct(fa.by_check.get(c, 0) / fa.segments)}"
            for c in checks
        ]
        lines.append(
            f"| {name} | {engine} | {fa.segments} | **{_pct(fa.sure_rate)}** | {_pct(fa.rate)} | "
            + " | ".join(cells)
            + " |"
        )
    return "\n".join(lines) + "\n"


def render_ted(pair: str, evaluation: Evaluation, sure: Evaluation, rankings: list[Ranking]) -> str:
    lines = [
        f"### WMT21 TED {pair}: findings against MQM ({evaluation.segments} rated translations; "
        f"{_pct(evaluation.base_rate)} have a Major error)",
        "",
        "| check | segments flagged >= major | with a Major error | with a matching Major "
        "error | with any error |",
        "|---|---|---|---|---|",
    ]
    # Default: a default (precision-first) run's major findings; proposed: at the checks'
    # proposed severities (--min-confidence 0). A check with no row flagged nothing.
    for label, found in ((" (default)", sure), (" (proposed)", evaluation)):
        for check, s in sorted(found.checks.items()):
            lines.append(
                f"| {check}{label} | {s.flagged} | {_pct(s.precision)} | "
                f"{_pct(s.on_matching / s.flagged)} | {_pct(s.on_any_error / s.flagged)} |"
            )
    lines += ["", "Recall of Major errors by MQM category (a finding of a matching category):", ""]
    lines += ["| category | Major errors (segments) | found |", "|---|---|---|"]
    for category, (hit, total) in sorted(evaluation.recall.items(), key=lambda x: -x[1][1]):
        lines.append(f"| {category} | {total} | {_pct(hit / total)} |")
    p, r, f1 = evaluation.span
    lines += [
        "",
        f"Character spans of >= major findings against Major spans: precision {_pct(p)}, "
        f"recall {_pct(r)}, F1 {_pct(f1)}.",
        "",
        "| ranking by | Kendall tau-b vs -MQM penalty | pairwise accuracy acc*_eq |",
        "|---|---|---|",
    ]
    lines += [f"| {k.name} | {k.tau:.3f} | {k.accuracy:.3f} |" for k in rankings]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=0, help="rows per corpus (0: all)")
    parser.add_argument("--only", choices=("news", "ted"), help="run one part")
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    parser.add_argument("--examples", type=int, default=0, help="print this many false alarms")
    args = parser.parse_args()
    started = time.perf_counter()
    sections = []
    if args.only in (None, "news"):
        found = false_alarm_suites(args.rows, ["auto", "none"])
        sections.append(render_false_alarms(found))
        for (name, engine), fa in found.items():
            for check, mt, message in fa.examples[: args.examples]:
                print(f"[{name} {engine}] {check}: {message}\n    {mt}", file=sys.stderr)
    if args.only in (None, "ted"):
        for pair in TED:
            evaluation, sure, rankings, examples = ted_suite(pair, args.rows)
            sections.append(render_ted(pair, evaluation, sure, rankings))
            for check, mt, message in examples[: args.examples]:
                print(f"[ted {pair}] {check}: {message}\n    {mt}", file=sys.stderr)
    text = "\n".join(sections)
    print(text)
    elapsed = time.perf_counter() - started
    print(f"elapsed {elapsed:.0f} s", file=sys.stderr)
    if not args.no_write:
        command = " ".join(["python bench/real_text.py", *sys.argv[1:]])
        header = (
            f"## Real text (bench/real_text.py)\n\nCommand: `{command}`; "
            f"{elapsed / 60:.1f} min on this machine.\n\n"
        )
        replace_block("real_text", header + text)


if __name__ == "__main__":
    main()
