"""``riftmap export``: the store's tables (quotes, relations, actors) as CSV, Parquet or JSON
Lines, and a slice's network for other tools (``export network --format graphml|gexf|dna|
plover|gdelt``; the mappings are in docs/exports.md).

One command for both, so ``riftmap export WHAT`` stays the one way out of riftmap; the options
that choose a slice (``--from``, ``--since``, ``--until``, ``--topic``) apply to ``network``.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from riftmap import api
from riftmap.cli.common import KbOption, knowledge_of, stderr_diagnostics
from riftmap.cli.slicing import FromFiles, MapDb, Since, Topic, Until, slice_of, source_of
from riftmap.errors import RiftmapError, UsageError
from riftmap.network.rows import Slice


class ExportWhat(StrEnum):
    quotes = "quotes"
    relations = "relations"
    actors = "actors"
    network = "network"
    keys = "keys"  # answer keys, one JSON per article, corrections applied: --out DIR


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"
    graphml = "graphml"
    gexf = "gexf"
    dna = "dna"
    plover = "plover"
    gdelt = "gdelt"


TABLE_FORMATS = (ExportFormat.csv, ExportFormat.parquet, ExportFormat.jsonl)


def register(app: typer.Typer) -> None:
    app.command("export")(export)


def export(
    what: Annotated[ExportWhat, typer.Argument(help="What to export.", show_default=False)],
    output_format: Annotated[
        ExportFormat | None,
        typer.Option("--format", "-f", show_default=False,
                     help="Tables: csv (default), parquet, jsonl. network: graphml (default), "
                     "gexf, dna, plover, gdelt."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "--out", "-o", metavar="FILE",
                     help="Write here instead of stdout."),
    ] = None,
    db: MapDb = None,
    paths: FromFiles = None,
    since: Since = None,
    until: Until = None,
    topic: Topic = None,
    kb: KbOption = None,
) -> None:
    """Export the store's quotes, relations or actors, a slice's network for other tools, or the
    store as answer keys (``keys --out DIR``) to score the machine against your corrections."""
    try:
        if what is ExportWhat.keys:
            _keys(output, db)
        elif what is ExportWhat.network:
            _network(output_format or ExportFormat.graphml, output, db, paths,
                     slice_of(since, until, topic), kb)
        else:
            if paths or since or until or topic or kb:
                raise UsageError("--from, --since, --until, --topic and --kb choose a slice "
                                 "for `riftmap export network`")
            _table(what, output_format or ExportFormat.csv, output, db)
    except UsageError as problem:
        raise typer.BadParameter(str(problem)) from problem
    except RiftmapError as problem:
        stderr_diagnostics().error(problem)
        raise typer.Exit(1) from problem


def _keys(out: Path | None, db: Path | None) -> None:
    """The store as answer keys in the format of shared/keys, the user's corrections applied,
    so that ``riftmap eval keys`` can score the machine against them."""
    from riftmap.store.keys import write_keys

    if out is None:
        raise UsageError("keys are written one file per article: give --out DIR")
    corpus: Any = api.open(db or Path(api.DEFAULT_DB))
    with corpus:
        written = write_keys(corpus.store, out)
    stderr_diagnostics().console.print(f"{len(written)} answer keys written to {out}")


def _table(what: ExportWhat, fmt: ExportFormat, output: Path | None, db: Path | None) -> None:
    if fmt not in TABLE_FORMATS:
        raise UsageError(f"{what.value} exports as csv, parquet or jsonl (not {fmt.value})")
    corpus: Any = api.open(db or Path(api.DEFAULT_DB))
    with corpus:
        corpus.export(what.value, fmt.value, output)


def _network(fmt: ExportFormat, output: Path | None, db: Path | None,
             paths: list[Path] | None, slice: Slice, kb: list[Path] | None) -> None:
    if fmt in TABLE_FORMATS:
        raise UsageError(
            f"network exports as graphml, gexf, dna, plover or gdelt (not {fmt.value})")
    store, files = source_of(db, paths)
    text = api.export(fmt.value, db=store, paths=files, slice=slice, kb=knowledge_of(kb))
    if output is None:
        sys.stdout.write(text)
        return
    output.write_text(text, encoding="utf-8")
    typer.echo(str(output), err=True)
