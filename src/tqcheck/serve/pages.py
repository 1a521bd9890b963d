"""The server's pages, rendered with the HTML report's templates and styles (report.css, the
report's segment view and its highlighting): everything from the input goes through Jinja2's
autoescaping."""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from functools import cache
from typing import Any

import regex
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

from tqcheck.lang.profile import available_languages
from tqcheck.report.formats import EXTENSIONS
from tqcheck.report.html import segment_view
from tqcheck.results import RunReport
from tqcheck.types import SEVERITIES
from tqcheck.version import __version__

_INLINE = regex.compile(r"<(script|style)>(.*?)</\1>", regex.DOTALL)


@cache
def _environment() -> Environment:
    return Environment(
        loader=ChoiceLoader(
            [
                PackageLoader("tqcheck.serve", "templates"),
                PackageLoader("tqcheck.report", "templates"),
            ]
        ),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )


def render_page(name: str, **values: Any) -> str:
    return (
        _environment()
        .get_template(name)
        .render(languages=available_languages(), version=__version__, **values)
    )


def report_css() -> str:
    return _environment().get_template("report.css").render()


def spot_view(report: RunReport) -> dict[str, Any]:
    """The spot check's results: each sentence as the report shows it, the document's score
    and the findings by severity."""
    segments = [segment_view(r, f"f-{n}") for n, r in enumerate(report.in_input_order())]
    counts = Counter(f.severity for _, f in report.findings())
    score = report.documents[0].score if report.documents else None
    return {
        "segments": segments,
        "score": score,
        "counts": [(s, counts[s]) for s in SEVERITIES[::-1]],
        "pair": f"{report.src_lang} → {report.tgt_lang}",
        "engine": report.engine_signature or "none",
    }


def formats() -> list[tuple[str, str]]:
    """(format, file extension) of every report a batch can be downloaded as."""
    return list(EXTENSIONS.items())


def inline_policy(html: str) -> str:
    """A Content-Security-Policy for a page whose own inline script and style (the HTML
    report's) may run, and nothing else: each allowed by its hash."""
    allowed: dict[str, list[str]] = {"script": [], "style": []}
    for m in _INLINE.finditer(html):
        digest = base64.b64encode(hashlib.sha256(m.group(2).encode()).digest()).decode()
        allowed[m.group(1)].append(f"'sha256-{digest}'")
    scripts = " ".join(allowed["script"]) or "'none'"
    styles = " ".join(allowed["style"]) or "'none'"
    return (
        f"default-src 'none'; script-src {scripts}; style-src {styles}; img-src data:; "
        "form-action 'none'; frame-ancestors 'self'; base-uri 'none'"
    )
