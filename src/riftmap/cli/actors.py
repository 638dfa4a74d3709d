"""``riftmap actors``: the actors of some articles, resolved across documents; parse, call
``riftmap.api``, print. The resolution itself lives in ``riftmap.nlp``."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

from riftmap import api
from riftmap.cli.common import (
    ArticlePaths,
    BatchSize,
    KbOption,
    corpus_of,
    pipeline_or_exit,
    stderr_diagnostics,
)
from riftmap.cli.render.actors import actors_table, speakers_table
from riftmap.nlp.actors.corpus import CorpusActor


class ActorsFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    app.command("actors")(actors)


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
    batch_size: BatchSize = 16,
) -> None:
    """List the actors of the articles: names, aliases and epithets, mentions, quotes."""
    diagnostics = stderr_diagnostics()
    corpus = corpus_of(kb, diagnostics)
    with diagnostics.capture_warnings():
        nlp = pipeline_or_exit(diagnostics)
        for _ in api.extract_paths(
            paths, nlp, corpus=corpus, batch_size=batch_size, on_error=diagnostics.error
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
