"""Signed, directed, weighted networks of a corpus slice.

An edge holds every relation from one actor to another in the slice: how many, their net
polarity (the mean of -1/0/+1), counts per PLOVER type, first and last day, and the relation
ids, so every number leads back to sentences. ``build_network`` aggregates rows in Python
(JSON Lines, windows); the store aggregates the same way in SQL (``riftmap.network.store``).
Both end in ``assemble``, which applies the slice's graph filters and orders the result.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from riftmap.network.model import Edge, Network, Node
from riftmap.network.rows import RelationRow, Relations, Slice


def build_network(relations: Relations, slice: Slice | None = None) -> Network:
    """The network of the rows the slice takes (date range, topic, actor, depth, minimum)."""
    slice = slice or Slice()
    rows = relations.where(slice).rows
    return assemble(aggregate(rows), relations, slice)


def aggregate(rows: Iterable[RelationRow]) -> list[Edge]:
    """One edge per (source, target) of ``rows``; relation ids in article and index order."""
    groups: dict[tuple[str, str], list[RelationRow]] = defaultdict(list)
    for row in rows:
        groups[(row.source, row.target)].append(row)
    return [_edge(s, t, group) for (s, t), group in groups.items()]


def _edge(source: str, target: str, rows: list[RelationRow]) -> Edge:
    rows = sorted(rows, key=lambda r: (r.doc, r.idx))
    days = [r.date for r in rows if r.date is not None]
    return Edge(
        source=source,
        target=target,
        statements=len(rows),
        polarity=sum(r.polarity for r in rows) / len(rows),
        types=dict(Counter(r.type for r in rows)),
        first=min(days, default=None),
        last=max(days, default=None),
        relations=tuple(r.id for r in rows),
    )


def assemble(
    edges: Iterable[Edge], relations: Relations, slice: Slice, *, ordered: bool = False
) -> Network:
    """Edges filtered by the slice's minimum and actor neighbourhood, with their nodes;
    ``ordered`` says the edges already come busiest first, then by source and target."""
    kept = list(edges)
    if slice.min_statements > 1:
        kept = [e for e in kept if e.statements >= slice.min_statements]
    if slice.actor is not None:
        kept = ego(kept, relations.find(slice.actor), slice.depth)
    if not ordered:
        kept.sort(key=lambda e: (-e.statements, e.source, e.target))
    return Network(
        nodes=nodes_of(kept, relations.actors),
        edges=tuple(kept),
        since=slice.since.isoformat() if slice.since else None,
        until=slice.until.isoformat() if slice.until else None,
    )


def ego(edges: list[Edge], actor: str, depth: int) -> list[Edge]:
    """The edges among the actors within ``depth`` ties (either direction) of ``actor``."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        neighbours[e.source].add(e.target)
        neighbours[e.target].add(e.source)
    reached, frontier = {actor}, {actor}
    for _ in range(max(0, depth)):
        frontier = {n for a in frontier for n in neighbours[a]} - reached
        reached |= frontier
    return [e for e in edges if e.source in reached and e.target in reached]


def nodes_of(
    edges: Iterable[Edge], actors: Mapping[str, tuple[str, str | None]]
) -> tuple[Node, ...]:
    """The edges' actors, each with the statements it made or received, busiest first."""
    counts: Counter[str] = Counter()
    for e in edges:
        counts[e.source] += e.statements
        counts[e.target] += e.statements
    return tuple(
        Node(id=a, name=actors.get(a, (a, None))[0], type=actors.get(a, (a, None))[1], statements=n)
        for a, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )
