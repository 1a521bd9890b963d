"""The JSON API: POST /api/check takes the interchange contract's rows (docs/ARCHITECTURE.md)
and returns its output rows; GET /api/health; GET /api/jobs/{id}, a batch job's progress. The
OpenAPI schema is at /api/openapi.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.requests import Request

from tqcheck.errors import TqcheckError
from tqcheck.io.json_values import parse_json
from tqcheck.io.jsonl import segment_from_row
from tqcheck.io.loader import LoadedInput, rows_input
from tqcheck.report import jsonl
from tqcheck.serve import work
from tqcheck.serve.jobs import JobBoard
from tqcheck.serve.responses import error_status, in_worker
from tqcheck.serve.settings import ServeSettings
from tqcheck.version import __version__

API_ROW_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["id", "source", "mt"],
    "properties": {
        "id": {"type": ["string", "integer"]},
        "source": {"type": "string"},
        "mt": {"type": "string"},
        "reference": {"type": ["string", "array"], "items": {"type": "string"}},
        "doc_id": {"type": ["string", "integer"]},
        "src_lang": {"type": "string"},
        "tgt_lang": {"type": "string"},
    },
}


def add_api_routes(api: FastAPI, settings: ServeSettings, board: JobBoard) -> None:
    @api.get("/api/jobs/{job_id}", tags=["api"])
    async def job_status(job_id: str) -> JSONResponse:
        """A batch job's progress: state (running, done, failed), stage, done, total."""
        job = board.get(job_id)
        if job is None:
            return JSONResponse({"error": "no such job"}, 404)
        return JSONResponse(job.status())

    @api.get("/api/health", tags=["api"])
    async def health() -> dict[str, object]:
        """Whether the server is up, its version, its engine and limits."""
        return {
            "status": "ok",
            "version": __version__,
            "engine": settings.engine,
            "max_request_bytes": settings.max_request_bytes,
            "max_segments": settings.max_segments,
        }

    @api.post(
        "/api/check",
        tags=["api"],
        openapi_extra={
            "parameters": [
                {"name": "src_lang", "in": "query", "schema": {"type": "string"}},
                {"name": "tgt_lang", "in": "query", "schema": {"type": "string"}},
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"type": "array", "items": API_ROW_SCHEMA}},
                    "application/x-ndjson": {"schema": {"type": "string"}},
                },
            },
            "responses": {
                "200": {"description": "one output row per input row, in input order"},
                "400": {"description": "a row or the request is not valid: {'error': ...}"},
                "413": {"description": "over the size or segment limit: {'error': ...}"},
            },
        },
    )
    async def api_check(request: Request) -> JSONResponse:
        """Check the interchange contract's rows (a JSON array, or JSONL); returns its output
        rows, in input order. The pair is the rows' src_lang/tgt_lang or the query's."""
        kind = request.headers.get("content-type", "").split(";")[0].strip()
        if kind not in ("application/json", "application/x-ndjson"):
            return JSONResponse(
                {"error": "send the rows as application/json or application/x-ndjson"}, 415
            )
        try:
            loaded = _rows(await request.body(), kind)
            src, tgt = request.query_params.get("src_lang"), request.query_params.get("tgt_lang")
            pair = work.Pair(src, tgt) if src and tgt else None
            report = await in_worker(board, lambda p: work.check(loaded, settings, pair, p))
        except TqcheckError as exc:
            return JSONResponse({"error": str(exc)}, error_status(exc))
        return JSONResponse([json.loads(jsonl.row(r)) for r in report.in_input_order()])


def _rows(body: bytes, kind: str) -> LoadedInput:
    """The request's rows as a run's input, by the JSONL reader's own rules."""
    where = Path("request")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise TqcheckError("request: not UTF-8") from None
    if kind == "application/json":
        rows = parse_json(text, where)
        if not isinstance(rows, list):
            raise TqcheckError("request: expected a JSON array of rows")
        numbered = list(enumerate(rows, start=1))
    else:
        numbered = [
            (n, parse_json(line, where, n))
            for n, line in enumerate(text.splitlines(), start=1)
            if line.strip()
        ]
    segments = [segment_from_row(row, where, n) for n, row in numbered]
    if not segments:
        raise TqcheckError("request: no rows")
    return rows_input(segments, "request")
