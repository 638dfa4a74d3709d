"""``riftmap actors`` and the ``--kb`` option (registered in cli.py): parse, call
``riftmap.api``, print. The resolution itself lives in ``riftmap.nlp``."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from riftmap import api
from riftmap.cli_options import ArticlePaths
from riftmap.console import Diagnostics
from riftmap.errors import InputError, RiftmapError
from riftmap.nlp.actors.corpus import CorpusActor, CorpusActors

KbOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--kb",
        exists=True,
        dir_okay=False,
        metavar="FILE",
        show_default=False,
        help="An actor knowledge-base file (YAML) added to the default one; repeatable.",
    ),
]


class ActorsFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


def corpus_of(kb: list[Path] | None, diagnostics: Diagnostics) -> CorpusActors:
    """A fresh ``CorpusActors`` over the default KB and the ``--kb`` files."""
    from riftmap.kb import load_kb

    try:
        return CorpusActors(load_kb(kb or ()))
    except RiftmapError as problem:
        diagnostics.error(problem)
        raise typer.Exit(2) from problem


def actors(
    paths: ArticlePaths,
    kb: KbOption = None,
    output_format: Annotated[
        ActorsFormat,
        typer.Option("--format", "-f", help="table: for people; jsonl: one actor per line."),
    ] = ActorsFormat.table,
    limit: Annotated[
        int, typer.Option("--limit", min=0, help="Actors to list, most mentioned first (0: all).")
    ] = 50,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents the parser takes at a time.")
    ] = 16,
) -> None:
    """List the actors of the articles: names, aliases and epithets, mentions, quotes."""
    from riftmap import cli

    diagnostics = Diagnostics(Console(stderr=True))
    corpus = corpus_of(kb, diagnostics)
    with diagnostics.capture_warnings():
        nlp = cli._load(diagnostics)
        for _ in api.extract_paths(
            paths, nlp, corpus=corpus, batch_size=batch_size, on_error=_reporter(diagnostics)
        ):
            pass
    listed = corpus.summary()[: limit or None]
    if output_format is ActorsFormat.jsonl:
        for actor in listed:
            typer.echo(json.dumps(actor_json(actor), ensure_ascii=False))
    else:
        console = Console()
        console.print(actors_table(listed))
        console.print(speakers_table(corpus.top_speakers()))
    raise typer.Exit(1 if diagnostics.errors else 0)


def _reporter(diagnostics: Diagnostics) -> api.ErrorHandler:
    def report(problem: InputError) -> None:
        diagnostics.error(problem)

    return report


def actor_json(actor: CorpusActor) -> dict[str, object]:
    """One actor of ``riftmap actors --format jsonl``."""
    return {
        "id": actor.id,
        "name": actor.name,
        "type": actor.type,
        "documents": actor.documents,
        "mentions": actor.mentions,
        "quotes": actor.quotes,
        "aliases": [n for n, _ in actor.names.most_common() if n != actor.name],
        "epithets": [e for e, _ in actor.epithets.most_common()],
    }


def actors_table(listed: list[CorpusActor]) -> Table:
    table = Table(title="Actors", title_justify="left")
    for column in ("actor", "type", "aliases", "epithets"):
        table.add_column(column, overflow="fold")
    for column in ("docs", "mentions", "quotes"):
        table.add_column(column, justify="right")
    for a in listed:
        aliases = ", ".join(n for n, _ in a.names.most_common(4) if n != a.name)
        epithets = ", ".join(e for e, _ in a.epithets.most_common(4))
        table.add_row(
            f"{a.name}\n[dim]{a.id}[/dim]",
            a.type,
            aliases,
            epithets,
            str(a.documents),
            str(a.mentions),
            str(a.quotes),
        )
    return table


def speakers_table(speakers: list[CorpusActor]) -> Table:
    table = Table(title="Top speakers", title_justify="left")
    table.add_column("actor")
    table.add_column("quotes", justify="right")
    for a in speakers:
        table.add_row(a.name, str(a.quotes))
    return table
