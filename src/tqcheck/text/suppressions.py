"""Suppressions kept with the text: a translator comment in a PO file or a note in XLIFF,

    # tqcheck: ignore placeholders.type-mismatch 5d41402abc4b

silences findings of that rule (or of every rule under a prefix: "placeholders") for that unit.
The hash after the rule names is the unit's (its source and translation): once either changes,
the suppression no longer holds and the finding comes back, since the reason a person accepted
it may not hold either. Without a hash a suppression holds until the comment goes. Each
finding's evidence carries the comment that would silence it ("suppress").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

import regex

from tqcheck.types import Finding, Segment

_DIRECTIVE = regex.compile(r"tqcheck:\s*ignore\s+([^\n]+)", regex.IGNORECASE)
_RULE = regex.compile(r"[a-z][\w.-]*", regex.IGNORECASE)
_HASH_LENGTH = 12


@dataclass(frozen=True)
class Suppression:
    rules: tuple[str, ...]
    unit_hash: str | None


def unit_hash(seg: Segment) -> str:
    text = f"{seg.source}\x1f{seg.mt}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:_HASH_LENGTH]


def read_suppressions(comment: str) -> list[list[object]]:
    """The suppressions a comment holds, as segment meta ([rules, hash or None] each): rule
    names separated by spaces or commas, then the unit's hash where one was stored."""
    found: list[list[object]] = []
    for match in _DIRECTIVE.finditer(comment or ""):
        words = [w for w in regex.split(r"[\s,]+", match.group(1).strip()) if w]
        stored = None
        if words and len(words[-1]) == _HASH_LENGTH and _is_hex(words[-1]):
            stored = words.pop().lower()
        rules = [w for w in words if _RULE.fullmatch(w)]
        if rules:
            found.append([rules, stored])
    return found


def _is_hex(word: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in word)


def _suppressions(seg: Segment) -> list[Suppression]:
    raw = seg.meta.get("suppress")
    if not isinstance(raw, list):
        return []
    out = []
    for item in raw:
        if isinstance(item, list) and len(item) == 2 and isinstance(item[0], list):
            out.append(Suppression(tuple(str(r) for r in item[0]), item[1] or None))
    return out


def _covers(rule: str, name: str) -> bool:
    return rule == name or rule.startswith(name + ".")


def apply_suppressions(seg: Segment, findings: list[Finding]) -> tuple[list[Finding], int]:
    """The findings the unit's comments leave, each with the comment that would silence it,
    and how many were silenced."""
    if not findings:
        return findings, 0
    current = unit_hash(seg)
    holding = [s for s in _suppressions(seg) if s.unit_hash in (None, current)]
    kept: list[Finding] = []
    for finding in findings:
        if any(_covers(finding.rule, name) for s in holding for name in s.rules):
            continue
        if seg.meta.get("localization"):
            hint = f"tqcheck: ignore {finding.rule} {current}"
            finding = replace(finding, evidence={**finding.evidence, "suppress": hint})
        kept.append(finding)
    return kept, len(findings) - len(kept)
