"""The network's edges indexed once for the brief: by pair, by source, inside each faction,
and the strongest hostile and friendly ties. A slice of a large corpus has tens of thousands
of edges; every question the brief asks is answered over the edges' arrays
(``riftmap.network.columns``), and only the edges it shows are made as objects."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from riftmap.network.columns import EdgeArrays, Ints, edge_arrays
from riftmap.network.model import Edge, Factions, Network

TOP_TIES = 5
INSIDE_TIES = 10


@dataclass(frozen=True)
class Index:
    names: dict[str, str]
    edges: Sequence[Edge]
    arrays: EdgeArrays
    inside: dict[int, list[Edge]]
    hostile: list[Edge]
    friendly: list[Edge]
    documents: int

    def name(self, actor: str | None) -> str:
        return self.names.get(actor or "", actor or "unknown")

    def pair(self, a: str, b: str) -> list[Edge]:
        """The edges between ``a`` and ``b``, either way, in the network's order."""
        codes = self.arrays.codes((a, b))
        if a not in codes or b not in codes:
            return []
        ca, cb = codes[a], codes[b]
        s, t = self.arrays.source, self.arrays.target
        return self._take(np.flatnonzero(((s == ca) & (t == cb)) | ((s == cb) & (t == ca))))

    def from_source(self, actor: str, targets: Collection[str]) -> list[Edge]:
        """The edges ``actor`` sends to any of ``targets``, in the network's order."""
        codes = self.arrays.codes((actor, *targets))
        if actor not in codes:
            return []
        wanted = np.array([codes[t] for t in targets if t in codes], dtype=np.int64)
        s, t = self.arrays.source, self.arrays.target
        return self._take(np.flatnonzero((s == codes[actor]) & np.isin(t, wanted)))

    def _take(self, numbers: Ints) -> list[Edge]:
        return [self.edges[i] for i in numbers.tolist()]


def index_of(network: Network, factions: Factions | None) -> Index:
    arrays = edge_arrays(network.edges)
    blocs = np.full(len(arrays.actors), -1, dtype=np.int64)
    members = {m: f.id for f in (factions.factions if factions else ()) for m in f.members}
    for actor, code in arrays.codes(members).items():
        blocs[code] = members[actor]
    inside: dict[int, list[Edge]] = {}
    same = blocs[arrays.source]
    same = np.where((same >= 0) & (same == blocs[arrays.target]), same, -1)
    for bloc in sorted(set(same.tolist()) - {-1}):
        chosen = np.flatnonzero(same == bloc)
        kept = _ranked(arrays, chosen, arrays.statements[chosen])[:INSIDE_TIES]
        inside[bloc] = [network.edges[i] for i in kept.tolist()]
    return Index(
        names={n.id: n.name for n in network.nodes},
        edges=network.edges,
        arrays=arrays,
        inside=inside,
        hostile=_strongest(network.edges, arrays, -1),
        friendly=_strongest(network.edges, arrays, 1),
        documents=arrays.documents,
    )


def _ranked(arrays: EdgeArrays, chosen: Ints, weight: NDArray[Any]) -> Ints:
    """``chosen`` edges by weight (highest first), then by source and target id."""
    ranks = arrays.ranks
    order = np.lexsort((ranks[arrays.target[chosen]], ranks[arrays.source[chosen]], -weight))
    picked: Ints = chosen[order]
    return picked


def _strongest(edges: Sequence[Edge], arrays: EdgeArrays, sign: int) -> list[Edge]:
    """The TOP_TIES edges of that sign with the most statements times |net polarity|."""
    chosen = np.flatnonzero(arrays.polarity * sign > 0)
    weight = arrays.statements[chosen] * np.abs(arrays.polarity[chosen])
    return [edges[i] for i in _ranked(arrays, chosen, weight)[:TOP_TIES].tolist()]
