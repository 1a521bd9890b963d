"""The web application: FastAPI behind the guard (tqcheck.serve.guard), with the spot check
page, batch uploads and the JSON API. Checks run on the job board's worker threads, never on
the event loop, so one slow check blocks no other request."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from tqcheck.serve import work
from tqcheck.serve.api_routes import add_api_routes
from tqcheck.serve.batch_routes import add_batch_routes
from tqcheck.serve.guard import Guard
from tqcheck.serve.jobs import JobBoard
from tqcheck.serve.settings import ServeSettings
from tqcheck.serve.spot_routes import add_spot_routes
from tqcheck.version import __version__


def create_app(settings: ServeSettings) -> Any:
    """The ASGI application for these settings."""
    board = JobBoard(settings.workers, settings.kept_jobs)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # (lingua's models load on first use, seconds a script: warmed while nobody waits.)
        threading.Thread(target=_warm_language_guess, daemon=True).start()
        yield
        board.close()

    api = FastAPI(
        title="tqcheck",
        version=__version__,
        docs_url=None,  # (the interactive docs load scripts from a CDN)
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    for add in (add_spot_routes, add_batch_routes, add_api_routes):
        add(api, settings, board)
    return Guard(api, settings.max_request_bytes, settings.host)


def _warm_language_guess() -> None:
    for sample in ("The text", "Текст", "Der Text"):
        work.guess_language(sample)
