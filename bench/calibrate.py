"""Calibration: how precise each kind of evidence (each finding's rule) is on the dev data, and
so which rules may make a finding major (src/tqcheck/checks/severity.py).

Every check runs with its findings' own severities (no minimum confidence) over
- correct translations: WMT newstest articles (de, ru, zh, fr into English, and the same
  articles read from English into each), Tatoeba mk-en,
  FLORES references as documents (with and without Apertium), DEMETR's hand-checked Google
  Translate output: every finding there is a false alarm;
- real MT rated by professionals (WMT21 TED zh-en, en-de): a finding is right where a rater
  marked the segment with a Major error;
- the synthetic suites of bench/detection.py: what each rule catches of injected errors.

A rule's confidence is its estimated precision on real MT:
- from its false alarms on correct text, at an assumed share PREVALENCE of segments carrying
  the kind of error it looks for: fa = its highest false-alarm rate on any one corpus (and no
  less than (false alarms + 0.5) / all correct segments), precision = PREVALENCE /
  (PREVALENCE + fa * (1 - PREVALENCE)): a rule must hold in every language, not on average;
- and, where it fires on the rated MT at least MIN_RATED times, no higher than its precision
  there, (on a Major error + 1) / (flagged + 2);
- and no higher than its precision on the benchmark's own mix: the synthetic suites hold
  about one injected error per correct sentence, far more errors than real MT has, so a rule
  that does not beat its false alarms there (one that fires on a kind of sentence the
  injections rarely reach: questions, idioms) is surely no more precise on real MT. Where the
  injections reach its kind (it catches some), the estimate is (caught + 1) / (caught + false
  alarms + 2), smoothed so that a rule seen a few times is not read as sure: 3 catches
  against 2 false alarms is no 99% rule, whatever its false-alarm rate. Where it catches none
  (the injections make no error of its kind: a changed month), the mix says nothing of it
  until its false alarms alone are MIN_MIX_FALSE_ALARMS or more.
Rules of structural evidence that no corpus here exercises (placeholders, glossary terms,
article alignment) keep the hand-set confidence HAND gives, with its reason.

    python bench/calibrate.py            # prints the reliability table (predicted vs observed)
    python bench/calibrate.py --write    # and writes the measured confidences
    python bench/calibrate.py --show-false-alarms negation   # and a few false alarms of each
                                                             # negation rule (all: no prefix)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import detection
import real_text
from mqm import RatedSegment
from results_file import replace_block

from tqcheck.checks.registry import ALL_CHECKS
from tqcheck.checks.severity import MAJOR_PRECISION, calibration
from tqcheck.types import SegmentResult, severity_at_least

CALIBRATION = Path(__file__).resolve().parent.parent / "src/tqcheck/checks/calibration.json"
# The share of segments of real MT that carry the kind of error a rule looks for. On WMT21
# TED, 17% of the segments carry a Major mistranslation (zh-en; 12% en-de) and 31% a Major
# error of any kind; the kinds the checks look for (names, numbers, negation, pronouns,
# untranslated or missing text) are part of those: we take 5%.
PREVALENCE = 0.05
MIN_RATED = 10
MIN_MIX_FALSE_ALARMS = 10
HAND = {
    "placeholders.missing-string": (0.99, "structural: a key the translation file lacks"),
    "placeholders.missing": (0.99, "structural: a lost placeholder breaks the string"),
    "placeholders.added": (0.99, "structural: an invented placeholder breaks the string"),
    "placeholders.type-mismatch": (0.99, "structural: an argument read as another type crashes"),
    "placeholders.missing-in-plural-form": (
        0.5,
        "structural, but gettext allows it in a form for one number",
    ),
    "placeholders.bidi-control": (
        0.95,
        "structural: a bidi control the source lacks; right-to-left targets may add marks",
    ),
    "placeholders.icu-branches": (0.99, "structural: ICU MessageFormat rejects or misprints it"),
    "placeholders.plural-form-count": (0.99, "structural: msgfmt -c rejects the catalog"),
    "placeholders.newline-at-ends": (0.95, "structural: msgfmt -c rejects the catalog"),
    "placeholders.space-at-ends": (0.5, "UI strings: spacing a translator may change"),
    "untranslated.empty": (0.99, "structural: the catalog's own empty msgstr"),
    "untranslated.foreign-script-name": (
        0.5,
        "proposed minor: a Latin-script name in a target whose texts "
        "keep such names; on newstest read from English (en-ru, en-zh) it is "
        "the professional translators' own practice",
    ),
    # Catalog strings only: measured on shipped catalogs by bench/l10n.py (flagged shipped
    # units against seeded defects caught).
    "untranslated.copied-source": (0.95, "bench/l10n.py: shipped catalogs against seeded copies"),
    "untranslated.wrong-language": (
        0.95,
        "bench/l10n.py: shipped catalogs against seeded strings of a neighbour's catalog",
    ),
    "numbers.changed.in-code": (0.95, "bench/l10n.py: shipped catalogs against seeded numbers"),
    "truncation.truncated": (0.9, "bench/l10n.py: shipped catalogs against seeded truncations"),
    "numbers.in-example": (0.5, "catalog strings: an example the translator wrote for the locale"),
    "glossary.do-not-translate": (0.95, "the desk's own glossary"),
    "glossary.wrong-term": (0.95, "the desk's own glossary"),
    "alignment.unaligned-source": (0.90, "article alignment: corpora/ gold articles"),
    "alignment.unaligned-mt": (0.90, "article alignment: corpora/ gold articles"),
}


@dataclass
class RuleStats:
    false_alarms: int = 0  # correct segments with a proposed >= major finding of the rule
    # ... per corpus: (false alarms, segments)
    by_corpus: dict[str, list[int]] = field(default_factory=dict)
    rated: int = 0  # rated MT segments it flags
    rated_major: int = 0  # ... that a rater marked with a Major error
    caught: int = 0  # injected errors it catches (the correct version lacks it)
    # A few of its false alarms, to read: (corpus, source, MT, message).
    examples: list[tuple[str, str, str, str]] = field(default_factory=list)

    def worst_corpus(self) -> tuple[str, float]:
        rates = [(n / max(total, 1), name) for name, (n, total) in self.by_corpus.items()]
        rate, name = max(rates, default=(0.0, ""))
        return name, rate

    def confidence(self, correct_segments: int, injected: bool = True) -> tuple[float, str]:
        worst, rate = self.worst_corpus()
        fa = max(rate, (self.false_alarms + 0.5) / max(correct_segments, 1))
        precision = PREVALENCE / (PREVALENCE + fa * (1 - PREVALENCE))
        basis = f"false alarms {self.false_alarms}/{correct_segments}"
        if rate:
            basis += f" (most on {worst}: {100 * rate:.2f}%)"
        if self.rated >= MIN_RATED:
            rated = (self.rated_major + 1) / (self.rated + 2)
            precision = min(precision, rated)
            basis += f"; rated MT {self.rated_major}/{self.rated} on a Major error"
        if self.caught:
            basis += f"; catches {self.caught} injected errors"
        if (
            injected
            and self.false_alarms
            and (self.caught or self.false_alarms >= MIN_MIX_FALSE_ALARMS)
        ):
            mix = (self.caught + 1) / (self.caught + self.false_alarms + 2)
            if mix < precision:
                precision = mix
                basis += f" (bench mix precision {mix:.2f})"
        return precision, basis


EXAMPLES = 5


def _major_rules(result: SegmentResult) -> set[str]:
    return {f.rule for f in result.findings if severity_at_least(f.severity, "major")}


def _message(result: SegmentResult, rule: str) -> str:
    return next((f.message for f in result.findings if f.rule == rule), "")


def correct_text(stats: dict[str, RuleStats], rows: int) -> int:
    """False alarms on correct translations; returns the number of segments read."""
    total = 0
    suites = [
        (f"newstest {lang}", lang, "en", real_text.newstest(lang, rows), ["none"])
        for lang in real_text.NEWSTEST
    ]
    suites.append(("tatoeba mk", "mk", "en", real_text.tatoeba(rows), ["auto", "none"]))
    suites += [
        (f"flores {lang}", lang, "en", real_text.flores(lang, rows), ["auto", "none"])
        for lang in detection.FLORES_LANGS
    ]
    # The same articles read from English: a rule must hold where English is the source and
    # the target's pronouns follow its nouns' gender (Russian "она" for a country, a game).
    suites += [
        (
            f"newstest en-{lang}",
            "en",
            lang,
            real_text.newstest_from_english(lang, rows),
            ["none"],
        )
        for lang in real_text.NEWSTEST
    ]
    demetr = detection.build_demetr(rows * 5 if rows else None)
    for lang, segments in demetr.segments.items():
        good = [s for s in segments if "-good-" in s.id]
        suites.append((f"demetr {lang}", lang, "en", good, ["none"]))
    corpora: dict[str, int] = defaultdict(int)
    for name, src, tgt, segments, engines in suites:
        for engine in engines:
            started = time.perf_counter()
            corpus = "demetr" if name.startswith("demetr") else name
            corpus = f"{corpus} ({engine})"
            corpora[corpus] += len(segments)
            for result in real_text.run(segments, src, tgt, engine):
                for rule in _major_rules(result):
                    stats[rule].false_alarms += 1
                    stats[rule].by_corpus.setdefault(corpus, [0, 0])[0] += 1
                    if len(stats[rule].examples) < EXAMPLES:
                        seg = result.segment
                        example = (corpus, seg.source, seg.mt, _message(result, rule))
                        stats[rule].examples.append(example)
            total += len(segments)
            print(f"  {name} ({engine}): {time.perf_counter() - started:.0f} s", file=sys.stderr)
    for rule_stats in stats.values():
        for corpus, counts in rule_stats.by_corpus.items():
            counts[1] = corpora[corpus]
    return total


def rated_mt(stats: dict[str, RuleStats], rows: int) -> None:
    for pair in real_text.TED:
        rated, segments, _references = real_text.ted(pair, rows)
        src, tgt = pair.split("-")
        by_key: dict[str, RatedSegment] = {r.key: r for r in rated}
        for result in real_text.run(segments, src, tgt, "none"):
            for rule in _major_rules(result):
                stats[rule].rated += 1
                stats[rule].rated_major += by_key[result.segment.id].major
        print(f"  ted {pair}", file=sys.stderr)


def injected(stats: dict[str, RuleStats], rows: int) -> None:
    suites = [
        (detection.build_flores(rows, 13), "auto"),
        (detection.build_flores(rows, 13), "none"),
    ]
    suites.append((detection.build_demetr(rows * 5 if rows else None), "none"))
    for suite, engine in suites:
        results = detection.run_suite(suite, engine, min_confidence=0.0)
        for pair in suite.pairs:
            new = _major_rules(results[pair.damaged_id]) - _major_rules(results[pair.correct_id])
            for rule in new:
                stats[rule].caught += 1


def declared_rules() -> dict[str, str]:
    from tqcheck.checks.glossary import GlossaryCheck

    rules = {}
    for cls in (*ALL_CHECKS, GlossaryCheck):
        rules |= {f"{cls.name}.{rule}": what for rule, what in cls.rules.items()}
    return rules


def _show_false_alarms(stats: dict[str, RuleStats], prefix: str) -> None:
    for rule in sorted(stats):
        if not rule.startswith(prefix) or not stats[rule].examples:
            continue
        print(f"\n{rule}: {stats[rule].false_alarms} false alarms", file=sys.stderr)
        for corpus, source, mt, message in stats[rule].examples:
            print(f"  [{corpus}] {message}\n    src: {source}\n    mt:  {mt}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=0, help="rows per corpus (0: all)")
    parser.add_argument("--write", action="store_true", help="write checks/calibration.json")
    parser.add_argument(
        "--show-false-alarms",
        metavar="PREFIX",
        nargs="?",
        const="",
        help="print a few false alarms of each rule that begins so, or of every rule (stderr)",
    )
    parser.add_argument(
        "--no-injected", action="store_true", help="skip the synthetic suites (a quick look)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    stats: dict[str, RuleStats] = defaultdict(RuleStats)
    # (Runs keep each finding's own severity: no minimum confidence.)
    correct = correct_text(stats, args.rows)
    rated_mt(stats, args.rows)
    if not args.no_injected:
        injected(stats, args.rows)
    predicted = calibration()
    rules = {}
    lines = [
        "| rule | predicted (calibration.json) | measured now | major | basis |",
        "|---|---|---|---|---|",
    ]
    for rule in sorted(declared_rules()):
        if rule in HAND:
            confidence, basis = HAND[rule]
        else:
            confidence, basis = stats[rule].confidence(correct, not args.no_injected)
        rules[rule] = {"confidence": round(confidence, 3), "basis": basis}
        before = predicted.get(rule)
        shown = f"{before.confidence:.3f}" if before else "-"
        major = "yes" if confidence >= MAJOR_PRECISION else "no"
        lines.append(f"| {rule} | {shown} | {confidence:.3f} | {major} | {basis} |")
    table = "\n".join(lines)
    if args.show_false_alarms is not None:
        _show_false_alarms(stats, args.show_false_alarms)
    print(table)
    elapsed = time.perf_counter() - started
    print(f"elapsed {elapsed:.0f} s", file=sys.stderr)
    if args.write:
        note = json.loads(CALIBRATION.read_text(encoding="utf-8"))["_note"]
        text = json.dumps({"_note": note, "rules": rules}, indent=1, ensure_ascii=False)
        CALIBRATION.write_text(text + "\n", encoding="utf-8")
        command = " ".join(["python bench/calibrate.py", *sys.argv[1:]])
        replace_block(
            "calibration",
            f"## Calibration (bench/calibrate.py)\n\nCommand: `{command}`; "
            f"{elapsed / 60:.1f} min. A rule makes a finding major where its confidence is "
            f"at least {MAJOR_PRECISION}. Predicted: the confidence the checks used in this "
            f"run; measured: this run's estimate.\n\n{table}\n",
        )


if __name__ == "__main__":
    main()
