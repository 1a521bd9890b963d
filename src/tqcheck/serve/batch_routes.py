"""Batch checks: an upload of any input the command line reads, checked as a job (its
progress polled by the page), its HTML report shown in the page and every report format
downloadable."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request

from tqcheck.errors import TqcheckError
from tqcheck.io.loader import InputSpec, load_input
from tqcheck.report.formats import EXTENSIONS, render
from tqcheck.report.options import RenderOptions
from tqcheck.results import RunReport
from tqcheck.serve import forms, pages, work
from tqcheck.serve.jobs import JobBoard
from tqcheck.serve.responses import page
from tqcheck.serve.settings import ServeSettings
from tqcheck.serve.uploads import save_upload

_REPORT_TYPES = {
    "html": "text/html; charset=utf-8",
    "json": "application/json",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "sarif": "application/sarif+json",
    "junit": "application/xml",
    "csv": "text/csv; charset=utf-8",
}


def add_batch_routes(api: FastAPI, settings: ServeSettings, board: JobBoard) -> None:
    @api.get("/batch", response_class=HTMLResponse, include_in_schema=False)
    async def batch_page(request: Request) -> HTMLResponse:
        return page(request, "batch.html.j2", limit=settings.max_request_bytes)

    @api.post("/batch", include_in_schema=False)
    async def batch_upload(request: Request) -> Response:
        form = await request.form(max_part_size=settings.max_request_bytes)
        if not forms.genuine(request, form.get(forms.FIELD)):
            return JSONResponse({"error": "form expired: reload the page"}, 403)
        try:
            saved = await _saved(form, settings.max_request_bytes)
        except TqcheckError as exc:
            return JSONResponse({"error": str(exc)}, 400)
        spec, folder, names = saved.spec, saved.folder, saved.names
        pair = work.Pair(spec.src_lang, spec.tgt_lang) if spec.src_lang and spec.tgt_lang else None

        def run(progress: Any) -> RunReport:
            try:
                loaded = work.as_uploaded(load_input(spec), folder, names)
                return work.check(loaded, settings, pair, progress)
            except TqcheckError as exc:
                # (The editor's file names, never the server's folders.)
                raise TqcheckError(work.shown_message(str(exc), folder, names)) from None

        job = board.submit(names["input"], run, folder)
        location = f"/batch/{job.id}"
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"job": job.id, "page": location, "status": f"/api/jobs/{job.id}"})
        return RedirectResponse(location, 303)

    @api.get("/batch/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    async def job_page(request: Request, job_id: str) -> HTMLResponse:
        job = board.get(job_id)
        if job is None:
            return page(request, "job.html.j2", 404, job=None)
        return page(request, "job.html.j2", job=job.status(), formats=pages.formats())

    @api.get("/batch/{job_id}/report.{fmt}", include_in_schema=False)
    async def job_report(job_id: str, fmt: str, download: bool = False) -> Response:
        job = board.get(job_id)
        name = next((f for f, ext in EXTENSIONS.items() if ext == fmt), None)
        if job is None or job.report is None or name is None:
            return JSONResponse({"error": "no such report"}, 404)
        content = render(job.report, name, RenderOptions(label=job.label))
        headers = {}
        if download:
            headers["content-disposition"] = f'attachment; filename="tqcheck-report.{fmt}"'
        if name == "html":
            headers["content-security-policy"] = pages.inline_policy(content)
        media = _REPORT_TYPES.get(name, "text/plain; charset=utf-8")
        return Response(content, media_type=media, headers=headers)


@dataclass
class _Saved:
    spec: InputSpec
    folder: Path
    # The server's stem of each saved file -> the client's file name.
    names: dict[str, str]


async def _saved(form: FormData, max_bytes: int) -> _Saved:
    """The form's files saved in a fresh folder, and what the loader should read."""
    files = {"input": form.get("file"), "source": form.get("source_file")}
    given = {k: f for k, f in files.items() if isinstance(f, UploadFile) and f.filename}
    if "input" not in given:
        raise TqcheckError("choose a file to check")
    folder = Path(tempfile.mkdtemp(prefix="tqcheck-serve-"))
    try:
        paths = {
            stem: save_upload(f.filename or stem, await f.read(), folder, stem, max_bytes)
            for stem, f in given.items()
        }
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    src = str(form.get("src_lang") or "") or None
    tgt = str(form.get("tgt_lang") or "") or None
    if "source" in paths:
        spec = InputSpec(source=str(paths["source"]), mt=str(paths["input"]))
    else:
        spec = InputSpec(inputs=(str(paths["input"]),))
    spec.src_lang, spec.tgt_lang = src, tgt
    names = {stem: _file_name(f.filename or stem) for stem, f in given.items()}
    return _Saved(spec, folder, names)


def _file_name(given: str) -> str:
    """The client's file name without any folder it names ("C:\\x\\app.po" is "app.po")."""
    return PurePosixPath(given.replace("\\", "/")).name or "upload"
