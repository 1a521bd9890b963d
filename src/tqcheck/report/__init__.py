"""Writers: one module per output format, each `render(report) -> str`."""

from tqcheck.report.formats import FORMATS, render

__all__ = ["FORMATS", "render"]
