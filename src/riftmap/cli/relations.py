"""``riftmap relations``: who acts on whom in some articles, filtered and printed readably.

The command parses its options, runs the extraction through ``riftmap.api`` and prints; the
filtering is ``riftmap.nlp.relations.select`` and the table ``riftmap.cli.render.relations``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from riftmap.api import extract_paths
from riftmap.cli.common import (
    ArticlePaths,
    BatchSize,
    pipeline_or_exit,
    readable_files,
    stderr_diagnostics,
)
from riftmap.cli.render.relations import relation_summary, relations_table
from riftmap.errors import UsageError
from riftmap.nlp.relations.component import RelationComponent, select
from riftmap.nlp.relations.plover import TYPES
from riftmap.nlp.relations.topics import TopicList

if TYPE_CHECKING:
    from spacy.language import Language


class RelationsFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    app.command("relations")(relations)


def relations(
    paths: ArticlePaths,
    actor: Annotated[
        str | None,
        typer.Option("--actor", metavar="NAME", help="Only relations with this actor."),
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option("--type", metavar="TYPE", help="Only this PLOVER type (ACCUSE, ...)."),
    ] = None,
    topic: Annotated[
        str | None, typer.Option("--topic", metavar="TOPIC", help="Only this topic.")
    ] = None,
    topics: Annotated[
        Path | None,
        typer.Option("--topics", metavar="FILE", help="Your topic list: label: words, ..."),
    ] = None,
    output_format: Annotated[
        RelationsFormat,
        typer.Option("--format", "-f", help="table: for people; jsonl: one relation a line."),
    ] = RelationsFormat.table,
    include_flagged: Annotated[
        bool,
        typer.Option(
            "--include-flagged",
            help="Also negated and hypothetical acts ('did not criticize'), polarity 0.",
        ),
    ] = False,
    batch_size: BatchSize = 16,
) -> None:
    """Print who acts on whom: source, PLOVER type, target, topic, date and evidence."""
    if type_ is not None and type_.upper() not in TYPES:
        raise typer.BadParameter(f"one of {', '.join(TYPES)}", param_hint="--type")
    try:
        user_topics = TopicList.read(topics) if topics else None
    except UsageError as problem:
        raise typer.BadParameter(str(problem), param_hint="--topics") from problem
    diagnostics = stderr_diagnostics()
    files = readable_files(paths, diagnostics)
    nlp = pipeline_or_exit(diagnostics)
    table = output_format is RelationsFormat.table
    out = Console(file=sys.stdout)
    shown = documents = 0
    with diagnostics.capture_warnings(), _settings(nlp, user_topics, include_flagged):
        for extraction in extract_paths(
            files, nlp, batch_size=batch_size, on_error=diagnostics.error
        ):
            documents += 1
            found = select(extraction, actor=actor, type_=type_, topic=topic)
            shown += len(found)
            if table and found:
                out.print(relations_table(extraction, found))
            for r in found if not table else ():
                row = {"doc": extraction.article.doc, **r.to_json()}
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    if table:
        out.print(relation_summary(documents, shown))
    raise typer.Exit(1 if diagnostics.errors else 0)


@contextmanager
def _settings(nlp: Language, topics: TopicList | None, include_flagged: bool) -> Iterator[None]:
    """The user's topic list and flagged-relation choice, given to the relations component
    for one run only (the pipeline may be shared)."""
    if "riftmap_relations" not in nlp.pipe_names:
        yield
        return
    component = nlp.get_pipe("riftmap_relations")
    assert isinstance(component, RelationComponent)
    before = component.topics, component.include_flagged
    component.topics = topics or component.topics
    component.include_flagged = include_flagged or component.include_flagged
    try:
        yield
    finally:
        component.topics, component.include_flagged = before
