"""Writers: one module per output format, each `render(report, options) -> str`."""

from tqcheck.report.formats import EXTENSIONS, FORMATS, render
from tqcheck.report.options import RenderOptions

__all__ = ["EXTENSIONS", "FORMATS", "RenderOptions", "render"]
