"""``riftmap export network``: read a slice and return it in an export format, in one call."""

from __future__ import annotations

import os
from collections.abc import Sequence

from riftmap.errors import UsageError
from riftmap.exports import FORMATS, export_text
from riftmap.exports.catalogue import Catalogue, from_jsonl, from_store
from riftmap.kb.loader import KnowledgeBase
from riftmap.network.model import Network
from riftmap.network.rows import Slice

GRAPH_FORMATS = ("graphml", "gexf")


def export_network(
    fmt: str,
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sequence[str | os.PathLike[str]] = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
) -> str:
    """The slice's network (graphml, gexf) or its relations (dna, plover, gdelt) as text."""
    from riftmap import api

    if fmt not in FORMATS:
        raise UsageError(f"unknown export format '{fmt}' (choose {', '.join(FORMATS)})")
    network = api.network(db=db, paths=paths, slice=slice, kb=kb)
    catalogue = None if fmt in GRAPH_FORMATS else _catalogue(network, db, paths)
    return export_text(network, fmt, catalogue)


def _catalogue(
    network: Network, db: str | os.PathLike[str] | None, paths: Sequence[str | os.PathLike[str]]
) -> Catalogue:
    if paths:
        return from_jsonl(paths)
    from riftmap.api import DEFAULT_DB

    return from_store(db or DEFAULT_DB, {r for e in network.edges for r in e.relations})
