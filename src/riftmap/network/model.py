"""The plain data classes the network layer hands to reports, exports and interfaces.

Their fields mirror the JSON that ``riftmap network``, ``factions`` and ``rifts`` print, so an
export or a web view never needs more than these objects. A relation id is
``"<article id>:<index>"`` for a stored relation and ``"<doc>:<index>"`` for one read from
extraction JSON Lines: either way it names one relation of one article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """A span of an article that backs a claim: where it is and what it says."""

    doc: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "date": self.date,
            "outlet": self.outlet,
            "url": self.url,
            "title": self.title,
        }


@dataclass(frozen=True)
class Node:
    """A corpus-level actor and how many statements it made or received in the slice."""

    id: str
    name: str
    type: str | None
    statements: int

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "statements": self.statements}


@dataclass(frozen=True)
class Edge:
    """Directed, signed, weighted tie: all relations from ``source`` to ``target`` in a slice.

    ``polarity`` is the net stance, the mean of the relations' polarities (-1..1);
    ``types`` counts PLOVER types; ``first``/``last`` are ISO dates (None when undated);
    ``relations`` the ids of the relations behind the edge, near-duplicate copies left out.
    """

    source: str
    target: str
    statements: int
    polarity: float
    types: dict[str, int]
    first: str | None
    last: str | None
    relations: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "statements": self.statements,
            "polarity": round(self.polarity, 4),
            "types": dict(sorted(self.types.items())),
            "first": self.first,
            "last": self.last,
            "relations": list(self.relations),
        }


@dataclass(frozen=True)
class Network:
    """A slice of the corpus as a signed directed graph, nodes and edges in a stable order.

    ``edges`` is a tuple, or for a store's network an ``EdgeTable`` (riftmap.network.columns)
    that makes each edge when it is read; both compare equal when their edges do."""

    nodes: tuple[Node, ...]
    edges: Sequence[Edge]
    since: str | None = None
    until: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "nodes": [n.to_json() for n in self.nodes],
            "edges": [e.to_json() for e in self.edges],
        }


@dataclass(frozen=True)
class Faction:
    id: int
    members: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "members": list(self.members)}


@dataclass(frozen=True)
class Factions:
    """A signed partition: ``frustration`` is the weighted share of ties that contradict it."""

    factions: tuple[Faction, ...]
    frustration: float
    polarisation: float

    def to_json(self) -> dict[str, Any]:
        return {
            "factions": [f.to_json() for f in self.factions],
            "frustration": round(self.frustration, 4),
            "polarisation": round(self.polarisation, 4),
        }


@dataclass(frozen=True)
class WindowPoint:
    """One window of a pair's history: how many statements, how many hostile. ``start`` is
    its first day, ``end`` the day after its last (ISO); both None for undated relations."""

    start: str | None
    end: str | None
    statements: int
    hostile: int

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "statements": self.statements,
            "hostile": self.hostile,
        }


@dataclass(frozen=True)
class Rift:
    """A pair whose ties turned hostile or whose hostility surged against its own past."""

    actors: tuple[str, str]
    score: float
    first_hostile: str | None
    peak: str | None
    topics: tuple[str, ...]
    brokers: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    timeline: tuple[WindowPoint, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "actors": list(self.actors),
            "score": round(self.score, 4),
            "first_hostile": self.first_hostile,
            "peak": self.peak,
            "topics": list(self.topics),
            "brokers": list(self.brokers),
            "evidence": [e.to_json() for e in self.evidence],
            "timeline": [w.to_json() for w in self.timeline],
        }
