"""The map: relation rows, networks, windows, factions, rifts and hand-made actor merges.

Each reads either a store (``db``) or extraction JSON Lines (``paths``, as printed by
``riftmap extract --format jsonl``); ``kb`` adds knowledge-base aliases to the actor merge.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from riftmap.api.reading import Sources, as_span, read_either

if TYPE_CHECKING:
    from datetime import timedelta

    from riftmap.kb.loader import KnowledgeBase
    from riftmap.network.blocs import BlocRift
    from riftmap.network.dna import DnaViews, Normalisation
    from riftmap.network.identity import Identity
    from riftmap.network.model import Factions, Network, Rift
    from riftmap.network.rows import Relations, Slice
    from riftmap.network.windows import Window


def relations(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
) -> Relations:
    """The relation rows of the slice (date range and topic), ends as corpus actor ids."""
    from riftmap.network.jsonl import read_jsonl
    from riftmap.network.rows import Slice
    from riftmap.network.store import read_store

    slice = slice or Slice()
    return read_either(
        db, paths,
        lambda files: read_jsonl(files, kb=kb).where(slice),
        lambda store: read_store(store, slice, kb=kb),
    )  # fmt: skip


def network(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
) -> Network:
    """The signed, directed, weighted network of the slice (aggregated in DuckDB for a store)."""
    from riftmap.network.build import build_network
    from riftmap.network.store import store_network

    return read_either(
        db, paths,
        lambda files: build_network(relations(paths=files, slice=slice, kb=kb), slice),
        lambda store: store_network(store, slice, kb=kb),
    )  # fmt: skip


def windows(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
    window: timedelta | str = "30d",
    step: timedelta | str = "7d",
) -> list[tuple[Window, Network]]:
    """The slice's network in each moving window, in time order."""
    from riftmap.network.windows import windows as over

    rows = relations(db=db, paths=paths, slice=slice, kb=kb)
    return over(rows, as_span(window), as_span(step), slice)


def factions(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
) -> Factions:
    """The signed partition of the slice's network, with its frustration and polarisation."""
    from riftmap.network.factions import factions as partition

    return partition(network(db=db, paths=paths, slice=slice, kb=kb))


def rifts(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
    window: timedelta | str = "30d",
    step: timedelta | str = "7d",
    top: int = 20,
) -> list[Rift]:
    """The slice's rifts, highest surge first, with brokers, topics and evidence."""
    from riftmap.network.rifts import rifts as ranked
    from riftmap.network.store import store_rifts

    span, every = as_span(window), as_span(step)
    return read_either(
        db, paths,
        lambda files: ranked(relations(paths=files, slice=slice, kb=kb), window=span,
                             step=every, slice=slice, top=top),
        lambda store: store_rifts(store, slice, kb=kb, window=span, step=every, top=top),
    )  # fmt: skip


def bloc_rifts(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
    window: timedelta | str = "30d",
    step: timedelta | str = "7d",
    top: int = 10,
) -> list[BlocRift]:
    """Rifts between the slice's factions (``factions``), highest surge first."""
    from riftmap.network.blocs import bloc_rifts as ranked
    from riftmap.network.build import build_network
    from riftmap.network.factions import factions as partition

    rows = relations(db=db, paths=paths, slice=slice, kb=kb)  # read once, for blocs and rifts
    blocs = partition(build_network(rows, slice))
    return ranked(rows, blocs, window=as_span(window), step=as_span(step), slice=slice, top=top)


def discourse(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
    normalisation: Normalisation = "none",
) -> DnaViews:
    """The Discourse Network Analyzer's views of the slice's statements: actor x concept
    affiliation and the one-mode congruence, conflict and subtract networks."""
    from riftmap.network.dna import dna_views

    return dna_views(relations(db=db, paths=paths, slice=slice, kb=kb).rows, normalisation)


def merge_actors(
    db: str | os.PathLike[str], ids: list[str], *, kb: KnowledgeBase | None = None
) -> Identity:
    """Join ``ids[1:]`` into ``ids[0]`` for good (kept across re-ingests); with ``kb``, also
    every actor that knowledge base names by a name or alias (``ids`` may then be empty)."""
    return _override(db, "merge", ids, kb)


def split_actors(
    db: str | os.PathLike[str], actor: str, *, kb: KnowledgeBase | None = None
) -> Identity:
    """Let ``actor`` (an article's id, or a merged corpus id) stand alone again."""
    return _override(db, "split", [actor], kb)


def _override(
    db: str | os.PathLike[str], action: str, ids: list[str], kb: KnowledgeBase | None
) -> Identity:
    from riftmap.network.store import add_override
    from riftmap.store import Store

    with Store.open(db) as store:
        return add_override(store, action, ids, kb)
