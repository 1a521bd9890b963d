"""SARIF 2.1.0 for code-scanning annotations (GitHub, GitLab, Azure DevOps): one result per
finding, located at the input file and line of its segment, with a rule per check and
category. Results carry the finding's baseline fingerprint, so a CI system tracks it across
runs."""

from __future__ import annotations

import json
from typing import Any

from tqcheck.baseline import fingerprint
from tqcheck.report.options import RenderOptions
from tqcheck.results import RunReport
from tqcheck.types import Finding, SegmentResult, severity_at_least
from tqcheck.version import __version__

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/tqcheck/tqcheck"


def rule_id(finding: Finding) -> str:
    return f"{finding.check}/{finding.category}"


def _level(finding: Finding, fail_on: str) -> str:
    if fail_on != "never" and severity_at_least(finding.severity, fail_on):
        return "error"
    return "warning" if finding.severity != "minor" else "note"


def _location(result: SegmentResult, label: str) -> dict[str, Any]:
    meta = result.segment.meta
    physical: dict[str, Any] = {"artifactLocation": {"uri": str(meta.get("file") or label)}}
    line = meta.get("line")
    if isinstance(line, int) and line >= 1:
        physical["region"] = {"startLine": line}
    location: dict[str, Any] = {"physicalLocation": physical}
    unit = meta.get("unit_id") or result.segment.id
    location["logicalLocations"] = [{"name": str(unit), "kind": "segment"}]
    return location


def render(report: RunReport, options: RenderOptions) -> str:
    rules: dict[str, dict[str, Any]] = {}
    results = []
    for result, finding in report.findings():
        rid = rule_id(finding)
        rules.setdefault(
            rid,
            {
                "id": rid,
                "name": finding.check,
                "shortDescription": {"text": f"{finding.category} ({finding.check} check)"},
                "properties": {"category": finding.category},
            },
        )
        results.append(
            {
                "ruleId": rid,
                "level": _level(finding, options.fail_on),
                "message": {"text": f"[{result.segment.id}] {finding.message}"},
                "locations": [_location(result, options.label)],
                "partialFingerprints": {"tqcheckFinding/v1": fingerprint(result.segment, finding)},
                "properties": {
                    "severity": finding.severity,
                    "segment": result.segment.id,
                    "start": finding.start,
                    "end": finding.end,
                },
            }
        )

    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "tqcheck",
                        "version": __version__,
                        "informationUri": INFO_URI,
                        "rules": list(rules.values()),
                    }
                },
                "results": results,
                "properties": {"engine": report.engine_signature},
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
