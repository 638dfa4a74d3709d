"""The store queries of ``riftmap``: stats, quotes and export over a DuckDB store.

Each parses its options, calls ``riftmap.api.open`` and prints; the logic is in the library.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from riftmap import api
from riftmap.cli.common import Db, stderr_diagnostics
from riftmap.cli.render.quotes import quotes_table
from riftmap.cli.render.store import stats_table
from riftmap.errors import RiftmapError, UsageError

DateOption = Annotated[
    datetime | None,
    typer.Option(formats=["%Y-%m-%d"], metavar="DATE", show_default=False),
]


class QuotesFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


class ExportWhat(StrEnum):
    quotes = "quotes"
    relations = "relations"
    actors = "actors"


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    app.command("stats")(stats)
    app.command("quotes")(quotes)
    app.command("export")(export)


def stats(
    db: Db = Path(api.DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Count what the store holds, near-duplicates counted once."""
    with _open(db) as corpus:
        figures = corpus.stats()
    if as_json:
        typer.echo(json.dumps(_jsonable(figures.__dict__), sort_keys=True))
        return
    Console().print(stats_table(figures, str(db)))


def quotes(
    db: Db = Path(api.DEFAULT_DB),
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", metavar="NAME", help="Actor id, name, alias or source words."),
    ] = None,
    since: DateOption = None,
    until: DateOption = None,
    search: Annotated[
        str | None,
        typer.Option("--search", metavar="WORDS", help="Words the content must all contain."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many quotes.")] = 100,
    output_format: Annotated[
        QuotesFormat, typer.Option("--format", "-f", help="table: for people; jsonl: for tools.")
    ] = QuotesFormat.table,
    duplicates: Annotated[
        bool, typer.Option("--duplicates", help="Include quotes of near-duplicate copies.")
    ] = False,
) -> None:
    """Find quotes in the store by speaker, date and words."""
    with _open(db) as corpus:
        frame = corpus.quotes(
            speaker=speaker,
            since=_day(since),
            until=_day(until),
            search=search,
            duplicates=duplicates,
            limit=limit,
        )
    rows = [_jsonable(row) for row in frame.to_dict("records")]
    if output_format is QuotesFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    Console().print(quotes_table(rows))


def export(
    what: Annotated[ExportWhat, typer.Argument(help="What to export.", show_default=False)],
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="File format.")
    ] = ExportFormat.csv,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write here instead of stdout."),
    ] = None,
    db: Db = Path(api.DEFAULT_DB),
) -> None:
    """Export quotes, relations or actors as CSV, Parquet or JSON Lines."""
    with _open(db) as corpus:
        try:
            corpus.export(what.value, output_format.value, output)
        except UsageError as problem:
            raise typer.BadParameter(str(problem)) from problem


def _open(db: Path) -> Any:
    try:
        return api.open(db)
    except RiftmapError as problem:
        stderr_diagnostics().error(problem)
        raise typer.Exit(1) from problem


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return _jsonable(value.tolist())
    import pandas

    if pandas.api.types.is_scalar(value) and pandas.isna(value):
        return None
    return value
