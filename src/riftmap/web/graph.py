"""Networks, factions and rifts for a slice: the network layer's functions, served as JSON.

Nothing is computed here that the CLI does not compute: ``store_network``, ``factions`` and
``rifts`` are the ones ``riftmap network|factions|rifts`` call. The page's node positions
(``riftmap.web.layout``) are computed on the whole corpus once per data generation.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

from riftmap.network.factions import factions as partition
from riftmap.network.model import Network
from riftmap.network.rifts import rifts as ranked
from riftmap.network.rows import Slice
from riftmap.network.store import read_store, store_network
from riftmap.store import Store
from riftmap.web.layout import positions

MAX_NODES = 2000
LAYOUT_NODES = 400  # the spring layout is quadratic in memory: the busiest actors get places


def network(store: Store, slice: Slice, max_nodes: int) -> dict[str, Any]:
    """The slice's network, cut to its ``max_nodes`` busiest actors and the ties among them."""
    found = _cut(store_network(store, slice), max_nodes)
    return {**found.to_json(), "since": found.since, "until": found.until}


def factions(store: Store, slice: Slice, max_nodes: int) -> dict[str, Any]:
    """The signed partition of the slice's network, with frustration and polarisation."""
    return partition(_cut(store_network(store, slice), max_nodes)).to_json()


def rifts(
    store: Store, slice: Slice, window: timedelta, step: timedelta, top: int
) -> list[dict[str, Any]]:
    """The slice's rifts, highest surge first, each with its timeline and evidence."""
    found = ranked(read_store(store, slice), window=window, step=step, slice=slice, top=top)
    return [r.to_json() for r in found]


def _cut(network: Network, max_nodes: int) -> Network:
    if len(network.nodes) <= max_nodes:
        return network
    nodes = network.nodes[:max_nodes]  # busiest first
    kept = {n.id for n in nodes}
    edges = tuple(e for e in network.edges if e.source in kept and e.target in kept)
    return Network(nodes, edges, network.since, network.until)


class Layouts:
    """Positions of the whole corpus's network, recomputed only when the data changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cached: tuple[int, dict[str, Any]] | None = None

    def get(self, store: Store, generation: int) -> dict[str, Any]:
        with self._lock:
            if self._cached is None or self._cached[0] != generation:
                whole = _cut(store_network(store, Slice()), LAYOUT_NODES)
                layout = positions(whole)
                self._cached = (
                    generation,
                    {"positions": {k: {"x": x, "y": y} for k, (x, y) in layout.items()}},
                )
            return self._cached[1]
