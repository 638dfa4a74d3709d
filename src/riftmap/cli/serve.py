"""``riftmap serve``: the HTTP API and the web page over a store, on uvicorn.

The app itself is ``riftmap.web.create_app``; this command only checks that the server will
not be reachable from other machines without a token, and starts it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from riftmap import api
from riftmap.cli.common import Db, stderr_diagnostics
from riftmap.errors import RiftmapError, UsageError

TOKEN_ENV = "RIFTMAP_TOKEN"  # riftmap.web.auth.ENV, kept here so --help needs no FastAPI


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    db: Db = Path(api.DEFAULT_DB),
    host: Annotated[
        str, typer.Option(help="Address to bind; anything but loopback needs --token.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    allow_edits: Annotated[
        bool,
        typer.Option(
            "--allow-edits", help="Open the store for writing: corrections, merges and splits."
        ),
    ] = False,
    token: Annotated[
        str | None,
        typer.Option(
            envvar=TOKEN_ENV,
            help=f"Every request must carry it (Authorization: Bearer, or ?token= once). "
            f"Also read from {TOKEN_ENV}.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the map, the quotes and the API (docs at /docs) for a store."""
    diagnostics = stderr_diagnostics()
    try:
        app = _app(db, host, allow_edits, token)
    except UsageError as problem:
        raise typer.BadParameter(str(problem), param_hint="--host") from problem
    except RiftmapError as problem:
        diagnostics.error(problem)
        raise typer.Exit(1) from problem
    import uvicorn

    where = f"http://{host}:{port}/"
    diagnostics.console.print(
        f"riftmap serving {db} at {where} ({'edits allowed' if allow_edits else 'read-only'}"
        f"{', token required' if token else ''}); API docs at {where}docs. Ctrl-C stops."
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _app(db: Path, host: str, allow_edits: bool, token: str | None):  # type: ignore[no-untyped-def]
    from riftmap.web import create_app
    from riftmap.web.auth import is_loopback

    if not token and not is_loopback(host):
        raise UsageError(
            f"{host} is reachable from other machines: give --token (or set {TOKEN_ENV}), "
            "or bind 127.0.0.1"
        )
    return create_app(db, allow_edits=allow_edits, token=token or None)
