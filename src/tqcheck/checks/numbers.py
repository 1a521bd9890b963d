"""Numbers, years, dates and months in the source that are missing or changed in the MT, and
numbers the MT has that the source does not."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from tqcheck.checks.base import DocumentContext
from tqcheck.lang.numbers import NumberMention, extract_numbers
from tqcheck.types import Finding

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _show(n: NumberMention) -> str:
    if n.kind == "month":
        return MONTH_NAMES[int(n.value) - 1]
    return f"{n.value:g}"


class NumbersCheck:
    name = "numbers"
    needs_engine = False

    def run(self, ctx: DocumentContext) -> Iterator[tuple[int, Finding]]:
        for index, (src, mt) in enumerate(zip(ctx.src_facts, ctx.mt_facts)):
            if not src.text.strip() or not mt.text.strip():
                continue  # alignment reports whole missing sentences
            yield from ((index, f) for f in self.compare(src.text, mt.text, ctx))

    def compare(self, source: str, mt: str, ctx: DocumentContext) -> Iterator[Finding]:
        src_nums = extract_numbers(source, ctx.src)
        mt_nums = extract_numbers(mt, ctx.tgt)
        src_count = Counter((n.kind, n.value) for n in src_nums)
        mt_count = Counter((n.kind, n.value) for n in mt_nums)
        missing = src_count - mt_count
        extra = mt_count - src_count
        extra_mentions = [n for n in mt_nums if extra[(n.kind, n.value)] > 0]
        used: set[int] = set()
        for n in src_nums:
            if missing[(n.kind, n.value)] <= 0 or n.from_word:
                continue
            missing[(n.kind, n.value)] -= 1
            partner = next(
                (
                    m
                    for m in extra_mentions
                    if m.kind == n.kind and id(m) not in used and not m.from_word
                ),
                None,
            )
            if partner is not None:
                used.add(id(partner))
                extra[(partner.kind, partner.value)] -= 1
                yield Finding(
                    check=self.name,
                    category="Accuracy/Mistranslation",
                    severity="major",
                    start=partner.start,
                    end=partner.end,
                    message=f"source has {_show(n)} ('{n.text}'); MT has '{partner.text}'",
                    evidence={"source": n.text, "source_value": n.value, "mt": partner.text},
                )
            else:
                yield Finding(
                    check=self.name,
                    category="Accuracy/Omission",
                    severity="major",
                    start=None,
                    end=None,
                    message=f"source has {_show(n)} ('{n.text}'); MT does not",
                    evidence={"source": n.text, "source_value": n.value},
                )
        for m in extra_mentions:
            if id(m) in used or extra[(m.kind, m.value)] <= 0 or m.from_word:
                continue
            extra[(m.kind, m.value)] -= 1
            yield Finding(
                check=self.name,
                category="Accuracy/Addition",
                severity="major",
                start=m.start,
                end=m.end,
                message=f"MT has '{m.text}', which the source does not",
                evidence={"mt": m.text, "mt_value": m.value},
            )
