"""The outer wall of `tqcheck serve`, one ASGI middleware in front of every route:

- a request whose body is over the limit gets 413 and a line that says the limit, before any
  route reads a byte of it (the body is read here, whole, up to the limit);
- a Host header that names another machine is refused (a web page that rebinds its own name
  to 127.0.0.1 cannot reach the server);
- a request that changes anything (POST) from another site is refused: the browser's Origin
  and Sec-Fetch-Site headers say where it comes from (forms carry a token as well, see
  tqcheck.serve.forms);
- every response carries a strict Content-Security-Policy (no script or style but the
  server's own files; a route may send a stricter or a hashed one of its own), nosniff, no
  referrer to other sites (so that a form's Origin stays its own, not "null"), no caching,
  and may be framed only by the server's own pages.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'self'; "
    "base-uri 'none'"
)
_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
)
# Of a body over the limit, at most this much is read (and dropped) before the 413.
DRAINED_AT_MOST = 256 * 2**20
_LOCAL_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")
_EVERY_ADDRESS = ("0.0.0.0", "::", "")
_SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def too_large_message(limit: int) -> str:
    return f"request too large: the limit is {limit // 2**20} MiB ({limit} bytes)"


class Guard:
    def __init__(self, app: ASGIApp, max_bytes: int, host: str) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # (Listening on every address, the server cannot know its names: any is taken.)
        self.hosts = None if host in _EVERY_ADDRESS else {*_LOCAL_NAMES, host.lower()}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refused = self._refusal(scope, headers)
        if refused is not None:
            await _plain(send, *refused)
            return
        declared = headers.get("content-length", "")
        over = declared.isdigit() and int(declared) > self.max_bytes
        body = bytearray()
        seen = 0
        more = scope["method"] not in _SAFE_METHODS
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            piece = message.get("body", b"")
            seen += len(piece)
            if not over:
                body += piece
                over = len(body) > self.max_bytes
            # (An oversize body is read on, up to a bound, and dropped: a browser still
            # sending when the answer comes shows a reset connection, not the answer.)
            if over and seen > DRAINED_AT_MOST:
                break
            more = message.get("more_body", False)
        if over:
            await _plain(send, 413, too_large_message(self.max_bytes))
            return
        await self.app(scope, _replay(bytes(body), receive), _with_headers(send))

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str] | None:
        host = headers.get("host", "")
        name = host.rsplit(":", 1)[0] if not host.startswith("[") else host.split("]")[0] + "]"
        if self.hosts is not None and name.lower() not in self.hosts:
            return 421, f"this server answers to {sorted(self.hosts)[0]} only, not {host!r}"
        if scope["method"] in _SAFE_METHODS:
            return None
        site = headers.get("sec-fetch-site")
        if site is not None and site not in ("same-origin", "none"):
            return 403, "cross-site request refused"
        origin = headers.get("origin")
        if origin is not None and origin.split("://", 1)[-1].lower() != host.lower():
            return 403, "cross-site request refused"
        return None


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body read here, handed to the route as one message; then the client's own."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            names = {k.lower() for k, _ in headers}
            headers += [(k, v) for k, v in _HEADERS if k not in names]
            if b"content-security-policy" not in names:
                headers.append((b"content-security-policy", CONTENT_SECURITY_POLICY.encode()))
            if b"x-frame-options" not in names:
                headers.append((b"x-frame-options", b"SAMEORIGIN"))
            message["headers"] = headers
        await send(message)

    return sending


async def _plain(send: Send, status: int, message: str) -> None:
    """A refusal: JSON with the reason (the API's callers and the page's script read it)."""
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
                *_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
