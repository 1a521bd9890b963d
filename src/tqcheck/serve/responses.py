"""What every route of tqcheck serve answers with: a page with the form token, an error's
HTTP status, a check run on the job board's workers without holding the event loop."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi.responses import HTMLResponse
from starlette.requests import Request

from tqcheck.errors import TqcheckError
from tqcheck.results import RunReport
from tqcheck.serve import forms, pages, work
from tqcheck.serve.jobs import JobBoard


def page(request: Request, name: str, status: int = 200, **values: Any) -> HTMLResponse:
    token = forms.token_for(request)
    html = pages.render_page(name, csrf=token, **values)
    response = HTMLResponse(html, status_code=status)
    forms.remember(response, token)
    return response


def error_status(exc: TqcheckError) -> int:
    return 413 if isinstance(exc, work.TooMany) else 400


async def in_worker(board: JobBoard, job: Any) -> RunReport:
    """A check (a function of a progress callback) on the board's workers, awaited."""
    return await asyncio.wrap_future(board.run_soon(job))
