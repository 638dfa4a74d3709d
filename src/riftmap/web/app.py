"""The web app: the JSON API (OpenAPI docs at /docs) and the page that explores the map.

``create_app`` builds it for one store; ``riftmap serve`` runs it on uvicorn. The app holds
no analysis of its own: every number comes from the store's queries and the network layer.
Errors become JSON with a status a client can act on: 400/422 for a request that cannot be
answered as asked, 401 without the token, 403 for an edit on a read-only server, 404 for an
id the store does not hold.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from riftmap.errors import RiftmapError, StoreError, UsageError
from riftmap.store.version import VERSION
from riftmap.web import edits, routes
from riftmap.web.auth import checker
from riftmap.web.context import Database
from riftmap.web.graph import Layouts

STATIC = Path(str(files("riftmap.web").joinpath("static")))
PAGES = ("/", "/quotes")
# The page loads nothing from elsewhere and runs no inline script.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
    " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def create_app(db: str | Path, *, allow_edits: bool = False, token: str | None = None) -> FastAPI:
    """The app serving the store at ``db`` (read-only unless ``allow_edits``); with ``token``,
    every request must carry it."""
    app = FastAPI(
        title="riftmap",
        version=VERSION,
        description="Who said what about whom: quotes, relations, actors and the signed "
        "network of a riftmap store, every item linked to its evidence.",
    )
    app.state.db = Database(Path(db), writable=allow_edits)
    app.state.layouts = Layouts()
    if token:
        app.middleware("http")(checker(token))
    app.middleware("http")(_headers)
    app.include_router(routes.router)
    app.include_router(edits.router)
    _errors(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for path in PAGES:
        app.add_api_route(path, _page, include_in_schema=False)
    app.router.on_shutdown.append(app.state.db.close)
    return app


def _page() -> FileResponse:
    """The single page: the map and the quote search are views of it (state in the URL)."""
    return FileResponse(STATIC / "index.html", media_type="text/html")


async def _headers(request: Request, call_next):  # type: ignore[no-untyped-def]
    response = await call_next(request)
    if not request.url.path.startswith(("/docs", "/redoc")):
        response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _errors(app: FastAPI) -> None:
    def reply(status: int):  # type: ignore[no-untyped-def]
        async def handle(request: Request, err: Exception) -> JSONResponse:
            return JSONResponse({"detail": str(err).strip("'\"")}, status_code=status)

        return handle

    app.add_exception_handler(UsageError, reply(400))
    app.add_exception_handler(LookupError, reply(404))
    app.add_exception_handler(PermissionError, reply(403))
    app.add_exception_handler(StoreError, reply(503))
    app.add_exception_handler(RiftmapError, reply(500))
