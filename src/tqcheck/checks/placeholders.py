"""Placeholders and inline tags the translation lost or invented, and resource strings the
translation file lacks. Either breaks the product at run time (a crash on a format string, a
label that shows a key), so both are critical."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from tqcheck.checks.base import Check, DocumentContext
from tqcheck.text.placeholders import compare_placeholders
from tqcheck.types import Finding


class PlaceholdersCheck(Check):
    name = "placeholders"
    needs_engine = False
    rules: ClassVar[dict[str, str]] = {
        "missing-string": "a resource key the translation file lacks",
        "missing": "a placeholder or inline tag of the source the translation lacks",
        "added": "a placeholder or inline tag the source does not have",
    }

    def _omission(self, message: str, evidence: dict[str, str], rule: str) -> Finding:
        return self.finding(
            "Accuracy/Omission", "critical", None, None, message, evidence, rule=rule
        )

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        for index, seg in enumerate(ctx.doc.segments):
            if seg.meta.get("missing"):
                message = f"the translation has no string for '{seg.id}'"
                yield index, self._omission(message, {"key": seg.id}, "missing-string")
                continue
            if not seg.mt.strip():
                continue
            diff = compare_placeholders(seg.source, seg.mt)
            for key in diff.missing:
                message = f"placeholder {key} from the source is missing in the translation"
                yield index, self._omission(message, {"placeholder": key}, "missing")
            for placeholder in diff.added:
                yield (
                    index,
                    self.finding(
                        category="Accuracy/Addition",
                        severity="critical",
                        start=placeholder.start,
                        end=placeholder.end,
                        message=f"placeholder {placeholder.text} is not in the source",
                        evidence={"placeholder": placeholder.text},
                        rule="added",
                    ),
                )
