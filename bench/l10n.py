"""Localization gate benchmark: real shipped gettext catalogs, and defects seeded into them.

The catalogs are the compiled .mo files Debian packages install under
/usr/share/locale/<lang>/LC_MESSAGES/ (.ci/install adds the packages), turned back into PO with
msgunfmt (gettext). A shipped catalog is taken as correct: every unit flagged >= major by a
default run is a false alarm or a real defect the translators left, and a sample of them is
printed for a person to judge. Then each kind of defect a gate must catch is seeded into
units of the same catalogs (a changed number, a dropped or type-swapped printf directive, a
copy of the source where the target language writes it otherwise, an empty or truncated string,
another language's translation) and the
share of seeded units that get a new finding >= major is its recall: the defects are seeded into
the whole catalogs (at most one per unit), which are checked again, as a gate would meet them.
pofilter (translate-toolkit, the bench extra) runs on the same files for comparison where it
is installed.

    python bench/l10n.py                      # all languages and catalogs; writes RESULTS.md
                                              # (LANGS, then HELD_OUT: no check tuned on them)
    python bench/l10n.py --langs de,mk --no-write
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results_file import replace_block

from tqcheck.baseline import fingerprint
from tqcheck.checks.copied_source import name_kept
from tqcheck.checks.numbers import is_locale_setting
from tqcheck.io.loader import LoadedInput
from tqcheck.io.po import read_po
from tqcheck.lang.profile import LanguageProfile, get_profile
from tqcheck.options import CheckOptions
from tqcheck.pipeline import run_check
from tqcheck.text.printf import find_directives
from tqcheck.types import Segment, SegmentResult, severity_at_least

LOCALE = Path("/usr/share/locale")
LANGS = ("de", "fr", "es", "ru", "pl", "cs", "it", "mk", "sr", "hr")
# Languages no check was tuned on (the table marks them): how the figures hold on the languages
# of a user's catalogs, which the project is measured on.
HELD_OUT = (
    *("bg", "da", "el", "fi", "hu", "nb", "nl", "pt", "ro", "sk", "sl", "sv", "tr", "uk"),
    # (And languages with no data file of their own, or no spelling list.)
    *("ca", "et", "eu", "gl", "id", "lt", "lv", "vi"),
)
DOMAINS = ("coreutils", "tar", "grep", "sed", "wget", "bash", "glib20", "gtk30", "iso_3166-1")
SEEDED_PER_KIND = 200
ENGLISH = get_profile("en")
SAMPLE = 4
_NUMBER = regex.compile(r"(?<![\w%$.])\d+(?![\w.])")
# The second language whose translation of a string stands in for the wrong language.
_OTHER = {"de": "fr", "fr": "de", "es": "it", "it": "es", "ru": "pl", "pl": "cs", "cs": "pl",
          "mk": "ru", "sr": "hr", "hr": "sr"}  # fmt: skip


@dataclass
class Catalog:
    lang: str
    domain: str
    path: Path
    segments: list[Segment]


def unpack(langs: tuple[str, ...], domains: tuple[str, ...], workdir: Path) -> list[Catalog]:
    """The installed catalogs as PO files (msgunfmt)."""
    catalogs = []
    for lang in langs:
        for domain in domains:
            mo = LOCALE / lang / "LC_MESSAGES" / f"{domain}.mo"
            if not mo.is_file():
                continue
            po = workdir / "catalogs" / lang / "LC_MESSAGES" / f"{domain}.po"
            po.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                ["msgunfmt", str(mo), "-o", str(po)], check=True, stderr=subprocess.DEVNULL
            )
            segments, _ = read_po(po)
            catalogs.append(Catalog(lang, domain, po, segments))
    return catalogs


def check(segments: list[Segment], lang: str) -> list[SegmentResult]:
    """A default run, as `tqcheck check catalog.po` makes it."""
    report = run_check(
        LoadedInput(segments=segments, src_lang="en", tgt_lang=lang),
        CheckOptions(src_lang="en", tgt_lang=lang, engine="auto"),
    )
    failed = [r for r in report.results if r.error]
    if failed:
        # (A unit that could not be checked is neither flagged nor caught: the figures would
        # be wrong without a word. A user's run exits 3 on it.)
        raise SystemExit(
            f"{lang}: {len(failed)} units could not be checked, first {failed[0].segment.id!r}:"
            f" {failed[0].error}"
        )
    return report.results


def major_rules(result: SegmentResult) -> set[str]:
    return {f.rule for f in result.findings if severity_at_least(f.severity, "major")}


def new_major_findings(before: SegmentResult, after: SegmentResult) -> bool:
    """Whether the damaged unit fails a gate the shipped one passed: a finding >= major of a
    rule the shipped unit had none of, or one the baseline workflow (`--baseline` with the
    shipped catalog's findings) does not recognise, as it points at other text. A unit the
    translators shipped with a defect ("0 to 3 octal digits" as "1 do 3") still shows a
    seeded one beside it ("1 do 5")."""
    if major_rules(after) - major_rules(before):
        return True
    shipped = {fingerprint(before.segment, f) for f in before.findings}
    return any(
        severity_at_least(f.severity, "major") and fingerprint(after.segment, f) not in shipped
        for f in after.findings
    )


# Kinds of seeded defect whose missed units are printed (--show-misses).
SHOW_MISSES: set[str] = set()

# Seeded defects: each takes a unit and gives its damaged translation, or None where the
# unit cannot carry that defect.
Seeder = Callable[[Segment, random.Random, dict[str, str], LanguageProfile], str | None]


def _changed_number(
    seg: Segment, rng: random.Random, _: dict[str, str], tgt: LanguageProfile
) -> str | None:
    # (Only a number the translation has no more often than the source: a surplus one, as
    # bash's Bulgarian "Изходен код: 0" for "Returns success", is the translator's own, and
    # changing it changes nothing the source says.)
    # (Nor one in a setting the translator chooses for the locale: GTK's
    # "calendar:week_start:0" is "1" where the week starts on Monday, and no check can know
    # which day is right.)
    if is_locale_setting(seg.source):
        return None
    in_source = Counter(_NUMBER.findall(seg.source))
    in_mt = Counter(_NUMBER.findall(seg.mt))
    numbers = [
        m
        for m in _NUMBER.finditer(seg.mt)
        if in_source[m.group()] and in_mt[m.group()] <= in_source[m.group()]
    ]
    if not numbers:
        return None
    m = rng.choice(numbers)
    value = int(m.group())
    changed = str(value + rng.choice([1, 2, 3, 7, 10]))
    return seg.mt[: m.start()] + changed + seg.mt[m.end() :]


def _dropped_placeholder(
    seg: Segment, rng: random.Random, _: dict[str, str], tgt: LanguageProfile
) -> str | None:
    directives = find_directives(seg.mt)
    # (A plural form for one number may leave its count out: "One file".)
    if not directives or seg.meta.get("plural_single"):
        return None
    d = rng.choice(directives)
    return seg.mt[: d.start] + seg.mt[d.end :]


_SWAP = {"s": "d", "d": "s", "u": "s", "i": "s", "f": "s", "c": "s", "x": "s"}


def _swapped_placeholder(
    seg: Segment, rng: random.Random, _: dict[str, str], tgt: LanguageProfile
) -> str | None:
    directives = [d for d in find_directives(seg.mt) if d.text[-1] in _SWAP]
    if not directives:
        return None
    d = rng.choice(directives)
    return seg.mt[: d.end - 1] + _SWAP[d.text[-1]] + seg.mt[d.end :]


def _translatable(seg: Segment) -> bool:
    """A unit a translator translated: words, and a translation unlike the source."""
    return seg.mt.strip() != seg.source.strip() and bool(regex.search(r"\p{L}{3}", seg.source))


def _copied(
    seg: Segment, rng: random.Random, _: dict[str, str], tgt: LanguageProfile
) -> str | None:
    # (A name the target language writes as English does is no defect copied: the CLDR's
    # Vietnamese for "Indonesia" is "Indonesia", whatever the shipped catalog chose.)
    if not _translatable(seg) or name_kept(seg.source, ENGLISH, tgt):
        return None
    return seg.source


def _emptied(
    seg: Segment, rng: random.Random, _: dict[str, str], tgt: LanguageProfile
) -> str | None:
    return "" if _translatable(seg) else None


def _truncated(
    seg: Segment, rng: random.Random, _: dict[str, str], tgt: LanguageProfile
) -> str | None:
    words = seg.mt.split(" ")
    if len(words) < 6 or not _translatable(seg):
        return None
    return " ".join(words[: len(words) // 2])


def _wrong_language(
    seg: Segment, rng: random.Random, other: dict[str, str], tgt: LanguageProfile
) -> str | None:
    text = other.get(seg.id)
    return text if text and text != seg.mt and _translatable(seg) else None


SEEDERS: dict[str, Seeder] = {
    "changed number": _changed_number,
    "dropped placeholder": _dropped_placeholder,
    "type-swapped placeholder": _swapped_placeholder,
    "copied source": _copied,
    "empty": _emptied,
    "truncated": _truncated,
    "wrong language": _wrong_language,
}


@dataclass
class LanguageRow:
    units: int = 0
    flagged: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    samples: list[str] = field(default_factory=list)
    seeded: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    pofilter_flagged: int = 0
    pofilter_seconds: float = 0.0


Results = dict[tuple[str | None, str], SegmentResult]


def _by_unit(results: list[SegmentResult]) -> Results:
    """Results by catalog and unit: a run orders them by document, not as given."""
    return {(r.segment.doc_id, r.segment.id): r for r in results}


def shipped(catalogs: list[Catalog], rows: dict[str, LanguageRow], rng: random.Random) -> Results:
    """Each catalog as shipped, checked whole: the units flagged, and every unit's result."""
    everything: Results = {}
    for catalog in catalogs:
        row = rows[catalog.lang]
        started = time.perf_counter()
        results = check(catalog.segments, catalog.lang)
        row.seconds += time.perf_counter() - started
        row.units += len(results)
        everything.update(_by_unit(results))
        flagged = [r for r in results if major_rules(r)]
        row.flagged += len(flagged)
        for r in flagged:
            row.by_rule.update(major_rules(r))
        for r in rng.sample(flagged, min(SAMPLE, len(flagged))):
            f = next(f for f in r.findings if severity_at_least(f.severity, "major"))
            row.samples.append(
                f"{catalog.domain}: {f.rule}: {f.message[:90]!r} | src {r.segment.source[:60]!r}"
                f" | mt {r.segment.mt[:60]!r}"
            )
        print(f"  {catalog.lang} {catalog.domain}: {len(results)} units", file=sys.stderr)
    return everything


def _seed(
    segments: list[Segment], other: dict[str, str], rng: random.Random, tgt: LanguageProfile
) -> dict[str, str]:
    """Which units (by id) get which kind of defect: up to SEEDED_PER_KIND of each kind, one
    defect per unit, the damaged text kept in the unit's meta."""
    pool = list(segments)
    rng.shuffle(pool)
    kinds: dict[str, str] = {}
    for kind, seeder in SEEDERS.items():
        count = 0
        for seg in pool:
            if count == SEEDED_PER_KIND:
                break
            if f"{seg.doc_id}\x00{seg.id}" in kinds:
                continue
            damaged = seeder(seg, rng, other, tgt)
            if damaged is not None:
                kinds[f"{seg.doc_id}\x00{seg.id}"] = kind
                seg.meta["seeded"] = damaged
                count += 1
    return kinds


def _show_miss(kind: str, lang: str, before: SegmentResult, after: SegmentResult) -> None:
    """A missed seeded unit: where its translation was damaged, and what was found there."""
    shipped, damaged = before.segment.mt, after.segment.mt
    at = next(
        (i for i, (a, b) in enumerate(zip(shipped, damaged)) if a != b),
        min(len(shipped), len(damaged)),
    )
    window = slice(max(0, at - 40), at + 40)
    print(f"  missed {kind}: {lang}: {before.segment.source[:70]!r}")
    print(f"    shipped {shipped[window]!r}\n    damaged {damaged[window]!r}")
    for f in after.findings:
        print(f"    found {f.severity} {f.rule}: {f.message[:90]!r}")


def seeded(catalogs: list[Catalog], rows: dict[str, LanguageRow], before: Results) -> None:
    """Defects seeded into the catalogs, each catalog checked whole again: a seeded unit is
    caught when it gets a finding >= major that it had not had as shipped (new_major_findings)."""
    by_lang: dict[str, list[Segment]] = defaultdict(list)
    for catalog in catalogs:
        by_lang[catalog.lang] += [
            Segment(s.id, s.source, s.mt, doc_id=s.doc_id, meta=dict(s.meta))
            for s in catalog.segments
        ]
    for lang, segments in by_lang.items():
        other = {s.id: s.mt for s in by_lang.get(_OTHER.get(lang, ""), [])}
        # (Each language's seeds its own: a change to what is flagged, or to another
        # language, leaves them as they were, so two runs compare unit for unit.)
        kinds = _seed(segments, other, random.Random(f"seeded:{lang}"), get_profile(lang))
        damaged = []
        for seg in segments:
            text = seg.meta.pop("seeded", None)
            if isinstance(text, str):
                seg = Segment(seg.id, seg.source, text, doc_id=seg.doc_id, meta=dict(seg.meta))
                if not text:
                    seg.meta["empty"] = True
            damaged.append(seg)
        after: Results = {}
        for doc in dict.fromkeys(s.doc_id for s in damaged):
            after.update(_by_unit(check([s for s in damaged if s.doc_id == doc], lang)))
        for key, kind in kinds.items():
            doc_id, unit = key.split("\x00", 1)
            caught = new_major_findings(before[(doc_id, unit)], after[(doc_id, unit)])
            tally = rows[lang].seeded[kind]
            tally[0] += bool(caught)
            tally[1] += 1
            if not caught and kind in SHOW_MISSES:
                _show_miss(kind, lang, before[(doc_id, unit)], after[(doc_id, unit)])
        print(f"  {lang}: seeded", file=sys.stderr)


def pofilter(catalogs: list[Catalog], rows: dict[str, LanguageRow], workdir: Path) -> bool:
    """pofilter's default checks on the same files: units flagged, wall time."""
    tool = shutil.which("pofilter")
    if tool is None:
        return False
    for catalog in catalogs:
        out = workdir / "pofilter" / catalog.lang / f"{catalog.domain}.po"
        out.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        subprocess.run(
            [tool, "--progress=none", "-i", str(catalog.path), "-o", str(out)],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        rows[catalog.lang].pofilter_seconds += time.perf_counter() - started
        if out.exists():
            text = out.read_text(encoding="utf-8", errors="replace")
            rows[catalog.lang].pofilter_flagged += len(regex.findall(r"(?m)^msgid ", text)) - 1
    return True


def whole_set(workdir: Path) -> tuple[float, float] | None:
    """Wall time of one `tqcheck check` over every catalog (all languages, one folder) and of
    pofilter over the same folder, each as a user runs it (startup included)."""
    tqcheck, tool = shutil.which("tqcheck"), shutil.which("pofilter")
    if tqcheck is None or tool is None:
        return None
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        subprocess.run(
            [tqcheck, "check", str(workdir), "-q", "--format", "jsonl", "-o", f"{out}/t.jsonl"],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        ours = time.perf_counter() - started
        started = time.perf_counter()
        subprocess.run(
            [tool, "--progress=none", "-i", str(workdir), "-o", f"{out}/pofilter"],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        theirs = time.perf_counter() - started
    return ours, theirs


def table(rows: dict[str, LanguageRow], with_pofilter: bool) -> str:
    kinds = list(SEEDERS)
    head = ["language", "units", "flagged >= major", "tqcheck s (in process)"]
    if with_pofilter:
        head += ["pofilter flagged", "pofilter s"]
    head += [f"R {k}" for k in kinds]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for lang, row in rows.items():
        share = row.flagged / row.units if row.units else 0.0
        shown = f"{lang} (held out)" if lang in HELD_OUT else lang
        cells = [shown, str(row.units), f"{row.flagged} ({100 * share:.2f}%)", f"{row.seconds:.0f}"]
        if with_pofilter:
            p_share = row.pofilter_flagged / row.units if row.units else 0.0
            cells += [
                f"{row.pofilter_flagged} ({100 * p_share:.1f}%)",
                f"{row.pofilter_seconds:.0f}",
            ]
        for kind in kinds:
            caught, total = row.seeded.get(kind, [0, 0])
            cells.append(f"{caught / total:.2f} (n={total})" if total else "-")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _timing(timed: tuple[float, float] | None) -> str:
    if timed is None:
        return ""
    ours, theirs = timed
    return (
        f"The whole set in one run (`tqcheck check FOLDER`, every language, startup included): "
        f"{ours:.0f} s; pofilter over the same folder: {theirs:.0f} s "
        f"({ours / max(theirs, 0.01):.1f}x).\n\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--langs", default=",".join((*LANGS, *HELD_OUT)))
    parser.add_argument("--domains", default=",".join(DOMAINS))
    parser.add_argument("--no-write", action="store_true", help="leave bench/RESULTS.md alone")
    parser.add_argument(
        "--show-misses", default="", help="comma-separated kinds whose missed units to print"
    )
    args = parser.parse_args()
    SHOW_MISSES.update(k.strip() for k in args.show_misses.split(",") if k.strip())
    if shutil.which("msgunfmt") is None:
        sys.exit("l10n.py: msgunfmt (gettext) is needed: apt-get install gettext")
    started = time.perf_counter()
    rng = random.Random(15)
    rows: dict[str, LanguageRow] = defaultdict(LanguageRow)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        catalogs = unpack(tuple(args.langs.split(",")), tuple(args.domains.split(",")), workdir)
        if not catalogs:
            sys.exit("l10n.py: no catalogs installed for these languages")
        before = shipped(catalogs, rows, rng)
        seeded(catalogs, rows, before)
        with_pofilter = pofilter(catalogs, rows, workdir)
        timed = whole_set(workdir / "catalogs")
    out = table(dict(sorted(rows.items())), with_pofilter)
    rules = Counter[str]()
    for row in rows.values():
        rules.update(row.by_rule)
    common = ", ".join(f"{r} {n}" for r, n in rules.most_common(12))
    samples = "\n".join(f"- {lang}: {s}" for lang, row in sorted(rows.items()) for s in row.samples)
    elapsed = time.perf_counter() - started
    command = " ".join(["python bench/l10n.py", *sys.argv[1:]])
    body = (
        f"## Localization (bench/l10n.py)\n\nCommand: `{command}`; {elapsed / 60:.1f} min. "
        f"Shipped catalogs: {', '.join(sorted({c.domain for c in catalogs}))}. Flagged: units "
        "with a finding >= major in a default run (every one a false alarm or a defect the "
        "translators shipped); R: seeded units that get a new finding >= major, of a rule "
        "the shipped unit had not, or on other text, so that `--baseline` with the shipped "
        f"findings fails ({SEEDED_PER_KIND} per kind and language at most).\n\n{out}\n\n"
        f"{_timing(timed)}"
        f"Rules behind the flags: {common or 'none'}.\n\nA sample of the flagged units, to judge:"
        f"\n\n{samples or '- none'}\n"
    )
    print(body)
    if not args.no_write:
        replace_block("l10n", body)


if __name__ == "__main__":
    main()
