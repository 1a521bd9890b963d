"""`tqcheck serve`: the local web page for editors (tqcheck.serve), on uvicorn. An optional
extra: without it the command says how to install it."""

from __future__ import annotations

import socket

import click

from tqcheck.cli.errors import fail
from tqcheck.cli.options import engine_option, engine_timeout_option
from tqcheck.engines.cache import default_cache_path
from tqcheck.serve.settings import MAX_REQUEST_BYTES, MAX_SEGMENTS, ServeSettings

_LOCAL = ("127.0.0.1", "localhost", "::1")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@engine_option
@engine_timeout_option
@click.option(
    "--max-request-mib",
    type=click.FloatRange(min=0.01),
    default=MAX_REQUEST_BYTES / 2**20,
    show_default=True,
    help="Largest request body (paste, upload, API call); larger ones get HTTP 413.",
)
@click.option(
    "--max-segments",
    type=click.IntRange(min=1),
    default=MAX_SEGMENTS,
    show_default=True,
    help="Most segments one request may check; more get HTTP 413.",
)
@click.option("--no-cache", is_flag=True, help="Do not use the translation cache.")
def serve(
    host: str,
    port: int,
    engine: str,
    engine_timeout: float,
    max_request_mib: float,
    max_segments: int,
    no_cache: bool,
) -> None:
    """A local web page: paste a source and its MT or upload a file, see the errors, fix the
    MT and check again; and a JSON API (POST /api/check). Binds to 127.0.0.1 by default."""
    try:
        import uvicorn

        from tqcheck.serve.app import create_app
    except ImportError as exc:
        fail(
            f"tqcheck serve needs the serve extra ({exc.name} is missing): "
            "pip install 'tqcheck[serve]'"
        )
    _can_listen(host, port)
    if host not in _LOCAL:
        click.echo(
            f"tqcheck: warning: listening on {host}: anyone who can reach it can use this "
            "server; it has no login",
            err=True,
        )
    settings = ServeSettings(
        host=host,
        port=port,
        engine=engine,
        engine_timeout=engine_timeout,
        cache=None if no_cache else str(default_cache_path()),
        max_request_bytes=int(max_request_mib * 2**20),
        max_segments=max_segments,
    )
    click.echo(f"tqcheck serve: http://{host}:{port}/ (Ctrl-C stops it)", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


def _can_listen(host: str, port: int) -> None:
    """A port another program holds, or an address not this machine's: one line, status 2
    (uvicorn would log it and exit 3, the status of an unchecked run)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
