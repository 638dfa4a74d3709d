"""The access token: a server reachable beyond this machine answers only those who hold it.

A request carries the token as ``Authorization: Bearer TOKEN``, as the ``riftmap_token``
cookie, or once as ``?token=TOKEN`` (what a shared link holds); the last sets the cookie so
the page's own requests (scripts, styles, API calls) carry it from then on.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

COOKIE = "riftmap_token"
ENV = "RIFTMAP_TOKEN"

Next = Callable[[Request], Awaitable[Response]]


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the server on this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checker(token: str) -> Callable[[Request, Next], Awaitable[Response]]:
    """Middleware that answers 401 to any request without ``token``."""
    expected = token.encode()

    def holds(given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), expected)

    async def check(request: Request, call_next: Next) -> Response:
        header = request.headers.get("authorization", "")
        bearer = header[7:] if header.lower().startswith("bearer ") else None
        in_query = request.query_params.get("token")
        if holds(bearer) or holds(request.cookies.get(COOKIE)):
            return await call_next(request)
        if holds(in_query):
            response = await call_next(request)
            response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
            return response
        return JSONResponse(
            {"detail": "this server needs its access token (Authorization: Bearer TOKEN)"},
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )

    return check
