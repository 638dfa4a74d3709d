"""The reporter's brief and the exports of a slice, read like the map (store or JSON Lines)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from riftmap.api.maps import network, relations
from riftmap.api.reading import DEFAULT_DB, Sources, read_either
from riftmap.errors import UsageError

if TYPE_CHECKING:
    from riftmap.kb.loader import KnowledgeBase
    from riftmap.network.rows import Slice
    from riftmap.store import Store


def report(
    out: str | os.PathLike[str],
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
    title: str = "riftmap brief",
    on_progress: Callable[[str], None] | None = None,
) -> Path:
    """Write the brief of the slice (rifts, factions, brokers, quotes, charts) to ``out``.

    ``on_progress`` is called with each stage's name as it starts.
    """
    from riftmap.exports.catalogue import catalogue_of, load_catalogue
    from riftmap.network.build import build_network
    from riftmap.network.rifts import rifts as ranked
    from riftmap.network.store import relation_table, store_network, store_rifts
    from riftmap.report.make import check_output, make_report

    check_output(out)
    step = on_progress or _silent

    def from_jsonl(files: list[str | os.PathLike[str]]) -> Path:
        step("network")
        rows = relations(paths=files, slice=slice, kb=kb)  # read once, for network and rifts
        graph = build_network(rows, slice)
        step("rifts")
        found = ranked(rows, slice=slice)
        return make_report(
            out,
            graph,
            found,
            lambda ids: load_catalogue(DEFAULT_DB, files, ids),
            slice=slice,
            title=title,
            on_progress=step,
        )

    def from_store(store: Store) -> Path:
        # The slice's rows are read once, for the network and the rifts.
        step("network")
        rows = relation_table(store, slice, kb=kb)
        graph = store_network(store, slice, kb=kb, rows=rows)
        step("rifts")
        found = store_rifts(store, slice, kb=kb, rows=rows)
        return make_report(
            out,
            graph,
            found,
            lambda ids: catalogue_of(store.con, ids),
            slice=slice,
            title=title,
            on_progress=step,
        )

    return read_either(db, paths, from_jsonl, from_store)


def export(
    fmt: str,
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
) -> str:
    """The slice's network (graphml, gexf) or its relations (dna, plover, gdelt) as text."""
    from riftmap.exports import FORMATS, GRAPH_FORMATS, export_text
    from riftmap.exports.catalogue import load_catalogue

    if fmt not in FORMATS:
        raise UsageError(f"unknown export format '{fmt}' (choose {', '.join(FORMATS)})")
    paths = list(paths)
    graph = network(db=db, paths=paths, slice=slice, kb=kb)
    if fmt in GRAPH_FORMATS:
        return export_text(graph, fmt)
    ids = [r for e in graph.edges for r in e.relations]
    return export_text(graph, fmt, load_catalogue(db or DEFAULT_DB, paths, ids))


def _silent(stage: str) -> None:
    """No progress to show."""
