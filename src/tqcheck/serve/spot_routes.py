"""The spot check page: source and MT pasted side by side, checked as one article, the
findings shown in the MT with their evidence; the MT edited and checked again. And the
pages' own static files (no path from the client is opened: only shipped files, by name)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.requests import Request

from tqcheck.errors import TqcheckError
from tqcheck.serve import forms, pages, work
from tqcheck.serve.jobs import JobBoard
from tqcheck.serve.responses import error_status, in_worker, page
from tqcheck.serve.settings import ServeSettings

STATIC = Path(__file__).parent / "static"
_STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}


def add_spot_routes(api: FastAPI, settings: ServeSettings, board: JobBoard) -> None:
    @api.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def spot_page(request: Request) -> HTMLResponse:
        return page(request, "spot.html.j2", form={})

    @api.post("/check", response_class=HTMLResponse, include_in_schema=False)
    async def spot_check(request: Request) -> HTMLResponse:
        form = await request.form(max_part_size=settings.max_request_bytes)
        given = {k: str(form.get(k) or "") for k in ("source", "mt", "src_lang", "tgt_lang")}
        if not forms.genuine(request, form.get(forms.FIELD)):
            # (The text is shown again, not checked: the page's new token lets it be sent.)
            expired = "the page had expired: press Check again"
            return page(request, "spot.html.j2", 403, form=given, error=expired)
        try:
            pair = work.pair_for(
                given["source"], given["mt"], given["src_lang"] or None, given["tgt_lang"] or None
            )
            loaded = work.pasted(given["source"], given["mt"], pair)
            report = await in_worker(board, lambda p: work.check(loaded, settings, pair, p))
        except TqcheckError as exc:
            return page(request, "spot.html.j2", error_status(exc), form=given, error=str(exc))
        given["src_lang"], given["tgt_lang"] = pair.src, pair.tgt
        return page(request, "spot.html.j2", form=given, result=pages.spot_view(report))

    @api.get("/static/{name}", include_in_schema=False)
    async def static(name: str) -> Response:
        if name == "report.css":
            return Response(pages.report_css(), media_type=_STATIC_TYPES[".css"])
        # (Only the files the package ships, by name: no path from the client is opened.)
        shipped = {p.name: p for p in STATIC.iterdir() if p.is_file()}
        path = shipped.get(name)
        if path is None:
            return JSONResponse({"error": "not found"}, 404)
        return Response(path.read_bytes(), media_type=_STATIC_TYPES.get(path.suffix, "text/plain"))
