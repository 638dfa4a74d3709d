"""Rifts between blocs: when the factions of a slice (``riftmap.network.factions``) turn on
each other, or their hostility surges against their own past.

A pair rift says two people fell out; a reporter asking where a coalition is cracking also
wants to know when two camps started fighting, which no single pair may show. Every relation
whose ends sit in two different blocs counts for that pair of blocs, and the pairs of blocs
are scored exactly as pairs of actors are (``riftmap.network.surges``: the binomial surprise
of a window's hostile share against the blocs' own trailing baseline). Each bloc rift carries
its first hostile statement, its peak, its topics, its strongest evidence (speakers named)
and the members of both blocs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from riftmap.network.model import Evidence, Factions, WindowPoint
from riftmap.network.rifts import EVIDENCE, TOPICS, columns_of
from riftmap.network.rows import RelationRow, Relations, Slice
from riftmap.network.surges import surges
from riftmap.network.windows import DEFAULT_STEP, DEFAULT_WINDOW


@dataclass(frozen=True)
class BlocRift:
    """Two blocs whose ties turned hostile or whose hostility surged against their past."""

    blocs: tuple[int, int]
    members: tuple[tuple[str, ...], tuple[str, ...]]
    score: float
    first_hostile: str | None
    peak: str | None
    topics: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    timeline: tuple[WindowPoint, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "blocs": list(self.blocs),
            "members": [list(m) for m in self.members],
            "score": round(self.score, 4),
            "first_hostile": self.first_hostile,
            "peak": self.peak,
            "topics": list(self.topics),
            "evidence": [e.to_json() for e in self.evidence],
            "timeline": [w.to_json() for w in self.timeline],
        }


def bloc_rifts(
    relations: Relations,
    factions: Factions,
    *,
    window: timedelta = DEFAULT_WINDOW,
    step: timedelta = DEFAULT_STEP,
    slice: Slice | None = None,
    top: int = 10,
) -> list[BlocRift]:
    """The ``top`` rifts between the blocs of ``factions``, highest score first."""
    bloc = {m: f.id for f in factions.factions for m in f.members}
    rows = [
        r
        for r in relations.where(slice or Slice()).rows
        if r.source in bloc and r.target in bloc and bloc[r.source] != bloc[r.target]
    ]
    if not rows:
        return []
    columns = columns_of(rows, lambda actor: f"{bloc[actor]:04d}")  # sorts as the ids do
    members = {f.id: f.members for f in factions.factions}
    found = []
    for s in surges(columns, window, step, top):
        a, b = sorted(int(x) for x in s.pair)
        between = [r for r in rows if {bloc[r.source], bloc[r.target]} == {a, b}]
        found.append(_rift((a, b), (members[a], members[b]), s.score, s.peak, s.timeline,
                           between, relations))  # fmt: skip
    return found


def _rift(
    blocs: tuple[int, int],
    members: tuple[tuple[str, ...], tuple[str, ...]],
    score: float,
    peak: str | None,
    timeline: tuple[WindowPoint, ...],
    rows: list[RelationRow],
    relations: Relations,
) -> BlocRift:
    hostile = [r for r in rows if r.hostile]
    dated = sorted(r.date for r in hostile if r.date)
    strongest = sorted(hostile, key=lambda r: (-(r.confidence or 0.0), r.date or "", r.doc, r.idx))
    topics = Counter(r.topic for r in rows if r.topic)
    return BlocRift(
        blocs=blocs,
        members=members,
        score=score,
        first_hostile=dated[0] if dated else None,
        peak=peak,
        topics=tuple(t for t, _ in topics.most_common(TOPICS)),
        evidence=tuple(r.evidence(relations.name(r.source)) for r in strongest[:EVIDENCE]),
        timeline=timeline,
    )
