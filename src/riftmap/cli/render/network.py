"""Rich tables of the map: a network's edges, factions, rifts."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from riftmap.network.blocs import BlocRift
from riftmap.network.dna import DnaViews
from riftmap.network.model import Factions, Network, Rift

EDGES_SHOWN = 40


def network_table(net: Network, *, title: str = "Network") -> Table:
    """The busiest edges, with their polarity, types and dates."""
    names = {n.id: n.name for n in net.nodes}
    shown = net.edges[:EDGES_SHOWN]
    table = Table(
        title=f"{title}: {len(net.nodes)} actors, {len(net.edges)} edges"
        + (f" (busiest {len(shown)})" if len(shown) < len(net.edges) else ""),
        title_justify="left",
    )
    for column in ("source", "target"):
        table.add_column(column, overflow="fold")
    table.add_column("statements", justify="right")
    table.add_column("polarity", justify="right")
    table.add_column("types", overflow="fold")
    table.add_column("first – last")
    for e in shown:
        table.add_row(
            Text(names.get(e.source, e.source)),
            Text(names.get(e.target, e.target)),
            str(e.statements),
            _polarity(e.polarity),
            ", ".join(f"{t} {n}" for t, n in sorted(e.types.items(), key=lambda kv: -kv[1])),
            f"{e.first or '?'} – {e.last or '?'}" if e.first or e.last else "undated",
        )
    return table


def _polarity(value: float) -> str:
    style = "red" if value < -0.2 else "green" if value > 0.2 else "dim"
    return f"[{style}]{value:+.2f}[/{style}]"


def factions_table(found: Factions) -> Table:
    table = Table(
        title=f"Factions (frustration {found.frustration:.2f},"
        f" polarisation {found.polarisation:.2f})",
        title_justify="left",
    )
    table.add_column("bloc", justify="right")
    table.add_column("size", justify="right")
    table.add_column("members", overflow="fold")
    for f in found.factions:
        table.add_row(str(f.id), str(len(f.members)), Text(", ".join(f.members)))
    return table


def rifts_table(found: list[Rift]) -> Table:
    table = Table(title="Rifts", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("pair", overflow="fold")
    table.add_column("score", justify="right")
    table.add_column("first hostile")
    table.add_column("peak")
    table.add_column("brokers", overflow="fold")
    table.add_column("strongest evidence", overflow="fold")
    for n, r in enumerate(found, 1):
        evidence = r.evidence[0] if r.evidence else None
        table.add_row(
            str(n),
            Text(" ↔ ".join(r.actors)),
            f"{r.score:.2f}",
            r.first_hostile or "undated",
            r.peak or "undated",
            Text(", ".join(r.brokers)),
            Text(f"“{evidence.text}” ({evidence.doc})") if evidence else "",
        )
    return table


def dna_table(views: DnaViews, view: str) -> Table:
    """One of DNA's views as its strongest ties, largest weight (in absolute value) first."""
    ties = views.to_json()[view]
    ends = ("actor", "concept") if view == "affiliation" else ("source", "target")
    ties.sort(key=lambda t: (-abs(t["weight"]), t[ends[0]], t[ends[1]]))
    shown = ties[:EDGES_SHOWN]
    table = Table(
        title=f"DNA {view} ({views.normalisation}): {len(ties)} ties"
        + (f" (strongest {len(shown)})" if len(shown) < len(ties) else ""),
        title_justify="left",
    )
    for column in ends:
        table.add_column(column, overflow="fold")
    table.add_column("weight", justify="right")
    for t in shown:
        weight = t["weight"]
        table.add_row(Text(t[ends[0]]), Text(t[ends[1]]), f"{weight:g}")
    return table


MEMBERS_SHOWN = 6


def bloc_rifts_table(found: list[BlocRift]) -> Table:
    """Rifts between factions: the blocs (their first members), score, dates, evidence."""
    table = Table(title="Rifts between blocs", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("blocs", overflow="fold")
    table.add_column("score", justify="right")
    table.add_column("first hostile")
    table.add_column("peak")
    table.add_column("strongest evidence", overflow="fold")

    def bloc(i: int, members: tuple[str, ...]) -> str:
        more = f" +{len(members) - MEMBERS_SHOWN}" if len(members) > MEMBERS_SHOWN else ""
        return f"{i}: {', '.join(members[:MEMBERS_SHOWN])}{more}"

    for n, r in enumerate(found, 1):
        evidence = r.evidence[0] if r.evidence else None
        table.add_row(
            str(n),
            Text(f"{bloc(r.blocs[0], r.members[0])} ↔ {bloc(r.blocs[1], r.members[1])}"),
            f"{r.score:.2f}",
            r.first_hostile or "undated",
            r.peak or "undated",
            Text(f"“{evidence.text}” ({evidence.doc})") if evidence else "",
        )
    return table
