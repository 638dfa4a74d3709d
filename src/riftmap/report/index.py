"""The network's edges indexed once for the brief: by pair, by source, inside each faction,
and the strongest hostile and friendly ties. A slice of a large corpus has tens of thousands
of edges; each question the brief asks is then a look-up, not a scan."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from riftmap.network.model import Edge, Factions, Network

TOP_TIES = 5
INSIDE_TIES = 10


@dataclass(frozen=True)
class Index:
    names: dict[str, str]
    by_pair: dict[frozenset[str], list[Edge]]
    by_source: dict[str, list[Edge]]
    inside: dict[int, list[Edge]]
    hostile: list[Edge]
    friendly: list[Edge]
    documents: int

    def name(self, actor: str | None) -> str:
        return self.names.get(actor or "", actor or "unknown")

    def pair(self, a: str, b: str) -> list[Edge]:
        return self.by_pair.get(frozenset((a, b)), [])


def index_of(network: Network, factions: Factions | None) -> Index:
    bloc = {m: f.id for f in (factions.factions if factions else ()) for m in f.members}
    by_pair: dict[frozenset[str], list[Edge]] = defaultdict(list)
    by_source: dict[str, list[Edge]] = defaultdict(list)
    inside: dict[int, list[Edge]] = defaultdict(list)
    for edge in network.edges:
        by_pair[frozenset((edge.source, edge.target))].append(edge)
        by_source[edge.source].append(edge)
        if edge.source in bloc and bloc[edge.source] == bloc.get(edge.target):
            inside[bloc[edge.source]].append(edge)
    return Index(
        names={n.id: n.name for n in network.nodes},
        by_pair=dict(by_pair),
        by_source=dict(by_source),
        inside={k: _busiest(v)[:INSIDE_TIES] for k, v in inside.items()},
        hostile=_strongest(network.edges, -1),
        friendly=_strongest(network.edges, 1),
        documents=len({rid.rpartition(":")[0] for e in network.edges for rid in e.relations}),
    )


def _busiest(edges: list[Edge]) -> list[Edge]:
    return sorted(edges, key=lambda e: (-e.statements, e.source, e.target))


def _strongest(edges: tuple[Edge, ...], sign: int) -> list[Edge]:
    chosen = [e for e in edges if e.polarity * sign > 0]
    chosen.sort(key=lambda e: (-e.statements * abs(e.polarity), e.source, e.target))
    return chosen[:TOP_TIES]
