"""A slice's relations as events between the network's actors, and the PLOVER-CAMEO table.

The exports that list events (DNA, PLOVER, GDELT) take their actors from the network's edges,
not from the article: the network has already joined "Bannon" and "Steve Bannon" into one
actor, so every format names one actor per person. Events come in a stable order (date, then
position in the article; undated last).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from riftmap.exports.catalogue import Catalogue, RelationRecord
from riftmap.network.model import Network, Node


@dataclass(frozen=True)
class Event:
    """One relation of a slice, between two network actors."""

    record: RelationRecord
    source: Node
    target: Node


@dataclass(frozen=True)
class Cameo:
    """A PLOVER type's CAMEO root event, GDELT quad class and Goldstein-like weight."""

    code: str
    quad: int
    goldstein: float
    name: str


def events_of(network: Network, catalogue: Catalogue) -> list[Event]:
    """Every relation behind the network's edges that the catalogue knows, in a stable order."""
    nodes = {n.id: n for n in network.nodes}
    events = [
        Event(record, nodes[edge.source], nodes[edge.target])
        for edge in network.edges
        if edge.source in nodes and edge.target in nodes
        for record in catalogue.of(edge.relations)
    ]
    return sorted(events, key=_order)


def _order(event: Event) -> tuple[bool, str, str, int]:
    """Dated first by date, then by article and position in it (``a:2`` before ``a:10``)."""
    doc, _, idx = event.record.id.rpartition(":")
    number = int(idx) if idx.isdigit() else -1
    return (event.record.date is None, event.record.date or "", doc, number)


def full_date(date: str | None) -> str | None:
    """An ISO date of day, month or year precision as a day (the first of the month or year)."""
    if not date or len(date) < 4:
        return None
    parts = date[:10].split("-")
    return "-".join([*parts, "01", "01"][:3])


def cameo_of(plover_type: str, polarity: int) -> Cameo | None:
    """The CAMEO row for a PLOVER type (``data/exports/cameo.tsv``); None for an unknown type."""
    for type_, pol, code, quad, goldstein, name in _cameo_rows():
        if type_ == plover_type and pol in ("*", str(polarity)):
            return Cameo(code, int(quad), float(goldstein), name)
    return None


@cache
def _cameo_rows() -> tuple[tuple[str, ...], ...]:
    text = files("riftmap").joinpath("data/exports/cameo.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(tuple(row) for row in csv.reader(lines[1:], delimiter="\t"))
