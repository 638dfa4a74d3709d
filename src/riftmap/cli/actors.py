"""``riftmap actors``: the actors of some articles, resolved across documents (``actors
[list] PATH...``), and the user's corrections to a store's corpus-level merge (``actors merge``
and ``actors split``); parse, call ``riftmap.api``, print. The resolution itself lives in
``riftmap.nlp`` and ``riftmap.network.identity``."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from riftmap import api
from riftmap.cli.common import (
    ArticlePaths,
    BatchSize,
    Db,
    KbOption,
    corpus_of,
    knowledge_of,
    pipeline_or_exit,
    stderr_diagnostics,
)
from riftmap.cli.render.actors import actors_table, speakers_table
from riftmap.nlp.actors.corpus import CorpusActor


class ActorsFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


class _ListByDefault(TyperGroup):
    """A group whose ``list`` command runs when the first word names no command, so that
    ``riftmap actors PATH...`` keeps meaning ``riftmap actors list PATH...``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["list", *args]
        return super().parse_args(ctx, args)


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        cls=_ListByDefault,
        no_args_is_help=True,
        help="The actors of some articles; corrections to a store's actor merge.",
    )
    group.command("list")(actors)
    group.command("merge")(merge)
    group.command("split")(split)
    app.add_typer(group, name="actors")


ActorIds = Annotated[
    list[str] | None,
    typer.Argument(metavar="ID", show_default=False, help="Actor ids (see network)."),
]


def merge(ids: ActorIds = None, db: Db = Path(api.DEFAULT_DB), kb: KbOption = None) -> None:
    """Join actors: every id after the first becomes the first, and with --kb every actor
    a knowledge-base name or alias names (kept across re-ingests)."""
    _override("merge", ids or [], db, kb)


def split(
    actor: Annotated[str, typer.Argument(metavar="ID", help="An article's or a merged id.")],
    db: Db = Path(api.DEFAULT_DB),
    kb: KbOption = None,
) -> None:
    """Undo a merge: the id stands alone again (kept across re-ingests)."""
    _override("split", [actor], db, kb)


def _override(action: str, ids: list[str], db: Path, kb: list[Path] | None) -> None:
    from riftmap.errors import RiftmapError, UsageError, no_database
    diagnostics = stderr_diagnostics()
    if not db.exists():
        diagnostics.error(no_database(db))
        raise typer.Exit(2)
    try:
        knowledge = knowledge_of(kb)
        if action == "merge":
            identity = api.merge_actors(db, ids, kb=knowledge)
        else:
            identity = api.split_actors(db, ids[0], kb=knowledge)
    except RiftmapError as problem:
        diagnostics.error(problem)
        raise typer.Exit(2 if isinstance(problem, UsageError) else 1) from problem
    shown = ids or [i for i, (_, rule, _) in identity.local.items() if rule == "merge"]
    for i in shown:
        now = identity.local.get(i)
        where = f"{now[0]} ({now[2]} articles)" if now else "not named in any article"
        typer.echo(f"{i} -> {where}")


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
