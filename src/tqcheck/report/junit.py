"""JUnit XML for CI test views: one test case per segment, grouped in a suite per document; a
segment fails when it has a finding at or above --fail-on. Built with ElementTree, so every
piece of input text is escaped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tqcheck.report.options import RenderOptions
from tqcheck.results import RunReport
from tqcheck.types import SEVERITY_RANK, Finding, severity_at_least

# Characters XML 1.0 cannot carry even escaped; ElementTree would write them as they are.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _safe(text: object) -> str:
    return _NOT_XML.sub("\ufffd", str(text))


def _lines(findings: list[Finding]) -> str:
    return _safe(
        "\n".join(f"{f.severity.upper()} {f.category} [{f.check}] {f.message}" for f in findings)
    )


def render(report: RunReport, options: RenderOptions) -> str:
    suites = ET.Element("testsuites", name="tqcheck")
    total = failed = 0
    for doc, results in report.by_document():
        suite = ET.SubElement(suites, "testsuite", name=_safe(doc.id))
        suite_failures = 0
        for result in results:
            sid = result.segment.id
            case = ET.SubElement(suite, "testcase", classname=_safe(doc.id), name=_safe(sid))
            meta = result.segment.meta
            if meta.get("file"):
                case.set("file", _safe(meta["file"]))
            if isinstance(meta.get("line"), int):
                case.set("line", str(meta["line"]))
            failing = [
                f
                for f in result.findings
                if options.fail_on != "never" and severity_at_least(f.severity, options.fail_on)
            ]
            if result.error:
                error = ET.SubElement(case, "error", message=_safe(result.error))
                error.text = _safe(result.error)
            if failing:
                suite_failures += 1
                worst = max(failing, key=lambda f: SEVERITY_RANK[f.severity])
                failure = ET.SubElement(
                    case, "failure", message=_safe(worst.message), type=worst.severity
                )
                failure.text = _lines(failing)
            others = [f for f in result.findings if f not in failing]
            if others:
                out = ET.SubElement(case, "system-out")
                out.text = _lines(others)
        suite.set("tests", str(len(doc.segment_ids)))
        suite.set("failures", str(suite_failures))
        suite.set("errors", str(sum(1 for r in results if r.error)))
        total += len(doc.segment_ids)
        failed += suite_failures
    suites.set("tests", str(total))
    suites.set("failures", str(failed))
    ET.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
    )
