"""The options that choose a slice of the corpus, shared by the map's commands (report,
export network): where to read (a store, or extraction JSON Lines) and which relations."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from riftmap.errors import UsageError, no_database
from riftmap.network.rows import Slice

FromFiles = Annotated[
    list[Path] | None,
    typer.Option(
        "--from",
        exists=True,
        dir_okay=False,
        metavar="OUT.jsonl",
        show_default=False,
        help="Read `riftmap extract --format jsonl` output instead of a store; repeatable.",
    ),
]
MapDb = Annotated[
    Path | None,
    typer.Option("--db", metavar="FILE", show_default=False,
                 help="The DuckDB store to read (default riftmap.duckdb)."),
]
Since = Annotated[
    datetime | None,
    typer.Option("--since", formats=["%Y-%m-%d"], metavar="DATE", show_default=False,
                 help="Only relations on or after this day."),
]
Until = Annotated[
    datetime | None,
    typer.Option("--until", formats=["%Y-%m-%d"], metavar="DATE", show_default=False,
                 help="Only relations on or before this day."),
]
Topic = Annotated[
    str | None,
    typer.Option("--topic", metavar="TOPIC", show_default=False, help="Only this topic."),
]


def slice_of(since: datetime | None, until: datetime | None, topic: str | None) -> Slice:
    if since and until and since > until:
        raise typer.BadParameter("--since is after --until", param_hint="--since")
    return Slice(since=since.date() if since else None, until=until.date() if until else None,
                 topic=topic)


def source_of(db: Path | None, paths: list[Path] | None) -> tuple[Path | None, list[Path]]:
    """Where to read, as ``riftmap.api``'s ``db`` and ``paths``: JSON Lines when ``--from`` is
    given, else the store (which must exist: reading never creates one)."""
    if db is not None and paths:
        raise UsageError("read either a store (--db) or JSON Lines (--from), not both")
    if paths:
        return None, list(paths)
    from riftmap.api import DEFAULT_DB

    store = db or Path(DEFAULT_DB)
    if not store.exists():
        raise UsageError(f"{no_database(store)}, or read extraction output with --from")
    return store, []
