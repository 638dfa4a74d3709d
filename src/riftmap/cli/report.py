"""``riftmap report``: the reporter's brief of a slice, one offline HTML file or Markdown.

The command parses options, calls ``riftmap.api.report`` and prints the file's path; the
stages (network, rifts, factions, quotes, charts, writing) show on stderr as they run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from riftmap import api
from riftmap.cli.common import KbOption, knowledge_of, stderr_diagnostics
from riftmap.cli.slicing import FromFiles, MapDb, Since, Topic, Until, slice_of, source_of
from riftmap.errors import RiftmapError, UsageError


def register(app: typer.Typer) -> None:
    app.command("report")(report)


def report(
    out: Annotated[
        Path,
        typer.Option("--out", "-o", metavar="FILE.html|FILE.md", show_default=False,
                     help="Where to write: .html (one file, works offline) or .md (+ SVGs)."),
    ],
    db: MapDb = None,
    paths: FromFiles = None,
    since: Since = None,
    until: Until = None,
    topic: Topic = None,
    title: Annotated[
        str, typer.Option("--title", help="The brief's title.")
    ] = "riftmap brief",
    kb: KbOption = None,
) -> None:
    """Write a brief a reporter reads in two minutes: rifts, factions, brokers, quotes, charts."""
    err = Console(stderr=True)
    try:
        store, files = source_of(db, paths)
        chosen = slice_of(since, until, topic)
        with err.status("network …") as status:
            written = api.report(
                out, db=store, paths=files, slice=chosen, title=title, kb=knowledge_of(kb),
                on_progress=lambda stage: status.update(f"{stage} …"),
            )
    except UsageError as problem:
        raise typer.BadParameter(str(problem)) from problem
    except RiftmapError as problem:
        stderr_diagnostics().error(problem)
        raise typer.Exit(1) from problem
    typer.echo(str(written))
