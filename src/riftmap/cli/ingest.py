"""``riftmap ingest``: take articles into the DuckDB store, locally or on a Dask cluster.

The command parses its options and calls ``riftmap.api.ingest``; engines, stages and the
store are in ``riftmap.engine`` and ``riftmap.store``.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from riftmap import api
from riftmap.cli import common
from riftmap.cli.common import ArticlePaths, BatchSize, Db, stderr_diagnostics
from riftmap.cli.render.progress import ingest_progress
from riftmap.cli.render.store import ingest_summary
from riftmap.errors import RiftmapError, UsageError


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)


def ingest(
    paths: ArticlePaths,
    db: Db = Path(api.DEFAULT_DB),
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Processes that run the language model.")
    ] = 1,
    engine: Annotated[
        EngineName, typer.Option("--engine", help="local: this machine; dask: a Dask cluster.")
    ] = EngineName.local,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", metavar="ADDR", help="Dask scheduler address."),
    ] = None,
    mapping: Annotated[
        str | None,
        typer.Option(
            "--map", metavar="FIELD=COLUMN,...", help="Columns of CSV and JSON Lines inputs."
        ),
    ] = None,
    staging: Annotated[
        Path | None,
        typer.Option("--staging", metavar="DIR", help="Where Dask tasks write Parquet parts."),
    ] = None,
    batch_size: BatchSize = 16,
    pipeline: Annotated[
        str | None,
        typer.Option(
            "--pipeline", metavar="MODULE:FUNCTION", help="Your own spaCy pipeline factory."
        ),
    ] = None,
) -> None:
    """Take articles into a DuckDB store: idempotent, resumable, with progress."""
    from riftmap.engine.stages import pipeline_from

    diagnostics = stderr_diagnostics()
    err = diagnostics.console
    if scheduler and engine is not EngineName.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    try:
        factory = pipeline_from(pipeline) if pipeline else common.load_pipeline
    except UsageError as problem:
        raise typer.BadParameter(str(problem), param_hint="--pipeline") from problem
    in_process = engine is EngineName.local and workers == 1
    try:
        with ingest_progress(err, terminal=err.is_terminal) as on_progress:
            summary = api.ingest(
                paths,
                db,
                engine=engine.value,
                workers=workers,
                scheduler=scheduler,
                columns=mapping,
                batch_size=batch_size,
                staging=staging,
                nlp=factory() if in_process else None,
                pipeline=factory,
                on_progress=on_progress,
            )
    except UsageError as problem:
        raise typer.BadParameter(str(problem)) from problem
    except KeyboardInterrupt:
        diagnostics.error(f"{db}: interrupted; run the same command again to resume")
        raise typer.Exit(130) from None
    except RiftmapError as problem:
        diagnostics.error(problem)
        raise typer.Exit(1) from problem
    Console().print(ingest_summary(summary, diagnostics))
    raise typer.Exit(1 if summary.failed else 0)
