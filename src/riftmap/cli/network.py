"""``riftmap network``, ``riftmap factions`` and ``riftmap rifts``: the map of a store
(``--db``) or of extraction JSON Lines (``--from``). Each parses its options, calls
``riftmap.api`` and prints; the logic is in ``riftmap.network``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from riftmap import api
from riftmap.cli.common import KbOption, knowledge_of, stderr_diagnostics
from riftmap.cli.render.network import (
    bloc_rifts_table,
    dna_table,
    factions_table,
    network_table,
    rifts_table,
)
from riftmap.cli.slicing import FromFiles, MapDb, Since, Topic, Until, source_of
from riftmap.errors import RiftmapError, UsageError
from riftmap.network.rows import Slice

ActorOption = Annotated[
    str | None,
    typer.Option("--actor", metavar="NAME", help="Only this actor and those near it (id or name)."),
]
DepthOption = Annotated[
    int, typer.Option("--depth", min=0, help="With --actor: ties away from it to include.")
]
MinOption = Annotated[
    int, typer.Option("--min-statements", min=1, help="Edges backed by at least N relations.")
]
WindowOption = Annotated[
    str | None,
    typer.Option("--window", metavar="SPAN", help="Moving windows of this length (30d, 2w, 1m)."),
]
StepOption = Annotated[
    str, typer.Option("--step", metavar="SPAN", help="How far each window moves on.")
]


class MapFormat(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[
    MapFormat, typer.Option("--format", "-f", help="table: for people; json: for tools.")
]


@dataclass(frozen=True)
class Source:
    """Where the relations come from, and which of them: what every map command takes."""

    db: Path | None
    paths: list[Path]
    slice: Slice
    kb: Any

    def where(self) -> dict[str, Any]:
        return {"db": self.db, "paths": self.paths, "slice": self.slice, "kb": self.kb}


def register(app: typer.Typer) -> None:
    app.command("network")(network)
    app.command("factions")(factions)
    app.command("rifts")(rifts)
    app.command("dna")(dna)


def network(
    db: MapDb = None,
    sources: FromFiles = None,
    since: Since = None,
    until: Until = None,
    topic: Topic = None,
    actor: ActorOption = None,
    depth: DepthOption = 1,
    min_statements: MinOption = 1,
    window: WindowOption = None,
    step: StepOption = "7d",
    kb: KbOption = None,
    output_format: FormatOption = MapFormat.table,
) -> None:
    """The signed network of actors: who addresses whom, how often, how hostile, and the
    relations behind each edge; with --window, one network per moving window."""
    source = _source(db, sources, since, until, topic, actor, depth, min_statements, kb)
    if window is None:
        net = _run(lambda: api.network(**source.where()))
        if output_format is MapFormat.json:
            _json(net.to_json())
        else:
            Console().print(network_table(net))
        return
    series = _run(lambda: api.windows(**source.where(), window=window, step=step))
    if output_format is MapFormat.json:
        _json([{"start": w.start, "end": w.end, **net.to_json()} for w, net in series])
        return
    console = Console()
    for w, net in series:
        console.print(network_table(net, title=f"{w.start or 'undated'} – {w.end or ''}"))


def factions(
    db: MapDb = None,
    sources: FromFiles = None,
    since: Since = None,
    until: Until = None,
    topic: Topic = None,
    actor: ActorOption = None,
    depth: DepthOption = 1,
    min_statements: MinOption = 1,
    kb: KbOption = None,
    output_format: FormatOption = MapFormat.table,
) -> None:
    """Blocs of actors from a signed partition: hostile ties inside blocs and friendly ties
    between them kept as few as possible; with its frustration and polarisation."""
    source = _source(db, sources, since, until, topic, actor, depth, min_statements, kb)
    found = _run(lambda: api.factions(**source.where()))
    if output_format is MapFormat.json:
        _json(found.to_json())
    else:
        Console().print(factions_table(found))


def rifts(
    db: MapDb = None,
    sources: FromFiles = None,
    since: Since = None,
    until: Until = None,
    topic: Topic = None,
    window: Annotated[
        str, typer.Option("--window", metavar="SPAN", help="Window length (30d, 2w, 1m).")
    ] = "30d",
    step: StepOption = "7d",
    top: Annotated[int, typer.Option("--top", min=1, help="Rifts to list.")] = 20,
    blocs: Annotated[
        bool, typer.Option("--blocs", help="Rifts between factions, not between actors.")
    ] = False,
    kb: KbOption = None,
    output_format: FormatOption = MapFormat.table,
) -> None:
    """Pairs whose relation turned hostile or whose hostility surged against their own past,
    ranked, with first hostile statement, peak, topics, brokers and evidence; with --blocs,
    the same between the factions of the slice."""
    source = _source(db, sources, since, until, topic, None, 1, 1, kb)
    if blocs:
        between = _run(
            lambda: api.bloc_rifts(**source.where(), window=window, step=step, top=top)
        )
        if output_format is MapFormat.json:
            _json([r.to_json() for r in between])
        else:
            Console().print(bloc_rifts_table(between))
        return
    found = _run(lambda: api.rifts(**source.where(), window=window, step=step, top=top))
    if output_format is MapFormat.json:
        _json([r.to_json() for r in found])
    else:
        Console().print(rifts_table(found))


class DnaView(StrEnum):
    affiliation = "affiliation"
    congruence = "congruence"
    conflict = "conflict"
    subtract = "subtract"


class DnaNormalisation(StrEnum):
    none = "none"
    average = "average"
    jaccard = "jaccard"
    cosine = "cosine"


def dna(
    db: MapDb = None,
    sources: FromFiles = None,
    since: Since = None,
    until: Until = None,
    topic: Topic = None,
    view: Annotated[
        DnaView | None,
        typer.Option("--view", help="Only this view (default: all four).", show_default=False),
    ] = None,
    normalisation: Annotated[
        DnaNormalisation,
        typer.Option("--normalise", help="DNA's normalisation of the one-mode networks."),
    ] = DnaNormalisation.none,
    kb: KbOption = None,
    output_format: FormatOption = MapFormat.table,
) -> None:
    """The Discourse Network Analyzer's views: statements (speaker, concept, agreement), the
    concept being a relation's topic or the actor it addresses (@id); the actor-concept
    affiliation network and the congruence, conflict and subtract networks between actors."""
    source = _source(db, sources, since, until, topic, None, 1, 1, kb)
    views = _run(lambda: api.discourse(**source.where(), normalisation=normalisation.value))
    shown = [view] if view else list(DnaView)
    if output_format is MapFormat.json:
        full = views.to_json()
        _json({"normalisation": full["normalisation"], **{v.value: full[v.value] for v in shown}})
        return
    console = Console()
    for v in shown:
        console.print(dna_table(views, v.value))


def _source(
    db: Path | None,
    sources: list[Path] | None,
    since: datetime | None,
    until: datetime | None,
    topic: str | None,
    actor: str | None,
    depth: int,
    min_statements: int,
    kb: list[Path] | None,
) -> Source:
    slice = Slice(
        since=since.date() if since else None,
        until=until.date() if until else None,
        topic=topic,
        actor=actor,
        depth=depth,
        min_statements=min_statements,
    )
    knowledge = _run(lambda: knowledge_of(kb))
    store, paths = _run(lambda: source_of(db, sources))
    return Source(store, paths, slice, knowledge)


def _run(call: Any) -> Any:
    """``call()``, or exit after one line on stderr: status 2 for bad usage, else 1."""
    try:
        return call()
    except RiftmapError as problem:
        stderr_diagnostics().error(problem)
        raise typer.Exit(2 if isinstance(problem, UsageError) else 1) from problem


def _json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=None))
