"""Placeholders and inline tags the translation lost, invented or changed the type of, resource
strings the translation file lacks, and a string's opening or closing newline. Each breaks the
product at run time (a crash on a format string, a label that shows a key, output run
together), so they are critical or major; a printf argument read in another order ("%2$s
%1$s") is the translator's right."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.lang.word_lists import word_list
from tqcheck.text.placeholders import Syntax, compare_placeholders
from tqcheck.text.visible import bidi_controls
from tqcheck.types import Finding, Segment


def _ends(text: str) -> tuple[str, str]:
    """The whitespace a string opens and closes with, newlines kept apart from spaces."""
    body = text.strip()
    if not body:
        return "", ""
    head = text[: len(text) - len(text.lstrip())]
    tail = text[len(text.rstrip()) :]
    return head, tail


class PlaceholdersCheck(Check):
    name = "placeholders"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = {
        "missing-string": "a resource key the translation file lacks",
        "missing": "a placeholder or inline tag of the source the translation lacks",
        "missing-in-plural-form": "a placeholder a plural form for one number only lacks "
        '(gettext allows it: "One file")',
        "added": "a placeholder or inline tag the source does not have",
        "plural-form-count": "a plural entry with another number of forms than the catalog's "
        "Plural-Forms header gives (msgfmt -c rejects it)",
        "type-mismatch": "a printf argument the translation reads as another type",
        "icu-branches": "an ICU plural or select argument lost, changed in kind, without its "
        "'other' branch, with other select branches, or with a branch that lacks what every "
        "source branch prints",
        "newline-at-ends": "the source opens or closes with a newline and the translation "
        "does not, or the other way round (msgfmt -c rejects it)",
        "space-at-ends": "the source opens or closes with spaces and the translation does not, "
        "or the other way round",
        "bidi-control": "a bidi override, embedding or isolate the source does not have: the "
        "text then shows in another order than it is stored (reports show it as \ufffd)",
    }

    def _omission(self, message: str, evidence: dict[str, str], rule: str) -> Finding:
        severity = "minor" if rule == "missing-in-plural-form" else "critical"
        return self.finding("Accuracy/Omission", severity, None, None, message, evidence, rule=rule)

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        for index, seg in enumerate(ctx.doc.segments):
            if seg.meta.get("missing"):
                message = f"the translation has no string for '{seg.id}'"
                yield index, self._omission(message, {"key": seg.id}, "missing-string")
                continue
            count = seg.meta.get("plural_count")
            if isinstance(count, list) and len(count) == 2:
                yield index, self._plural_count(*count)
            if not seg.mt:
                continue  # (an empty msgstr: untranslated.empty)
            for finding in self._compare(seg, ctx):
                yield index, finding
            bidi = self._bidi(seg)
            if bidi is not None:
                yield index, bidi

    def _bidi(self, seg: Segment) -> Finding | None:
        """Bidi controls the translation adds (right-to-left text may need its own marks; an
        override the source lacks is how text is made to read otherwise than it is)."""
        added = [i for i in bidi_controls(seg.mt) if seg.mt[i] not in seg.source]
        if not added:
            return None
        codes = sorted({f"U+{ord(seg.mt[i]):04X}" for i in added})
        return self.finding(
            "Fluency/Character encoding",
            "major",
            added[0],
            added[0] + 1,
            f"the translation has bidi control {', '.join(codes)}, which the source does not: "
            "it is shown in another order than it reads",
            {"controls": codes},
            rule="bidi-control",
        )

    def _plural_count(self, found: int, expected: int) -> Finding:
        return self.finding(
            "Accuracy/Omission",
            "critical",
            None,
            None,
            f"the entry has {found} plural forms where the catalog's Plural-Forms header "
            f"says {expected}",
            {"forms": found, "nplurals": expected},
            rule="plural-form-count",
        )

    def _compare(self, seg: Segment, ctx: DocumentContext) -> Iterator[Finding]:
        # A plural entry's forms all print msgid_plural's arguments ("%d files"); only a form
        # for one number may leave the count out ("One file").
        source = str(seg.meta.get("directives_from") or seg.source)
        src, tgt = ctx.src.code, ctx.tgt.code
        # (The word lists load only where a string has a "%-term".)
        words = (lambda w: word_list(src).knows(w), lambda w: word_list(tgt).knows(w))
        diff = compare_placeholders(source, seg.mt, Syntax.from_meta(seg.meta), words)
        missing_rule = "missing-in-plural-form" if seg.meta.get("plural_single") else "missing"
        for key in diff.missing:
            message = f"placeholder {key} from the source is missing in the translation"
            yield self._omission(message, {"placeholder": key}, missing_rule)
        for placeholder in diff.added:
            yield self.finding(
                category="Accuracy/Addition",
                severity="critical",
                start=placeholder.start,
                end=placeholder.end,
                message=f"placeholder {placeholder.text} is not in the source",
                evidence={"placeholder": placeholder.text},
                rule="added",
            )
        for change in diff.type_changes:
            start = seg.mt.find(change.mt)
            yield self.finding(
                category="Accuracy/Mistranslation",
                severity="critical",
                start=start if start >= 0 else None,
                end=start + len(change.mt) if start >= 0 else None,
                message=(
                    f"argument {change.position} is {change.source_type} in the source "
                    f"({change.source}) and {change.mt_type} in the translation ({change.mt})"
                ),
                evidence={
                    "position": change.position,
                    "source": change.source,
                    "mt": change.mt,
                    "source_type": change.source_type,
                    "mt_type": change.mt_type,
                },
                rule="type-mismatch",
            )
        for problem in diff.icu:
            yield self.finding(
                "Accuracy/Mistranslation",
                "critical",
                None,
                None,
                problem.message,
                {"argument": problem.argument},
                rule="icu-branches",
            )
        if seg.meta.get("localization"):
            # (UI strings only: a news sentence's spacing is the reader's.)
            yield from self._ends(seg)

    def _ends(self, seg: Segment) -> Iterator[Finding]:
        for side, src_ws, mt_ws in zip(("opens", "closes"), _ends(seg.source), _ends(seg.mt)):
            if ("\n" in src_ws) != ("\n" in mt_ws):
                has = "the source" if "\n" in src_ws else "the translation"
                yield self.finding(
                    "Fluency/Punctuation",
                    "major",
                    None,
                    None,
                    f"only {has} {side} with a newline",
                    {"source": src_ws, "mt": mt_ws},
                    rule="newline-at-ends",
                )
            elif src_ws.replace("\n", "") != mt_ws.replace("\n", "") and (
                bool(src_ws.strip("\n")) != bool(mt_ws.strip("\n"))
            ):
                has = "the source" if src_ws.strip("\n") else "the translation"
                yield self.finding(
                    "Fluency/Punctuation",
                    "minor",
                    None,
                    None,
                    f"only {has} {side} with a space",
                    {"source": src_ws, "mt": mt_ws},
                    rule="space-at-ends",
                )
