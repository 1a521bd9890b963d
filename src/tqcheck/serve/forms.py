"""Forms that only the server's own pages can post: each page gets a random token in a
SameSite=Strict, HttpOnly cookie and the same token in its forms; a post whose token does not
match the cookie is refused (besides the Origin check of tqcheck.serve.guard)."""

from __future__ import annotations

import hmac
import secrets

from starlette.requests import Request
from starlette.responses import Response

COOKIE = "tqcheck_csrf"
FIELD = "csrf"


def token_for(request: Request) -> str:
    """The page's token: the browser's cookie where it has one, else a new one."""
    given = request.cookies.get(COOKIE, "")
    return given if len(given) >= 32 else secrets.token_urlsafe(32)


def remember(response: Response, token: str) -> Response:
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
    return response


def genuine(request: Request, submitted: object) -> bool:
    cookie = request.cookies.get(COOKIE, "")
    return (
        isinstance(submitted, str)
        and len(cookie) >= 32
        and hmac.compare_digest(cookie.encode(), submitted.encode())
    )
