"""From a slice's network, factions and rifts to the ``Brief`` a reporter reads.

Selection rules (all deterministic): the top rifts by score; for each, its own evidence first,
then the strongest hostile statements between the pair; factions with their best-known members
(most statements) and the strongest statement inside each; brokers with what they said to
either side; the strongest hostile and friendly ties. "Strongest" is
``catalogue.strength``: direct quotations first, clear stance, confidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from riftmap.exports.catalogue import Catalogue, RelationRecord, strength
from riftmap.network.columns import EdgeArrays, edge_arrays
from riftmap.network.model import Edge, Evidence, Factions, Network, Rift
from riftmap.report.charts import Bar, Tie, hostility_svg, network_svg
from riftmap.report.index import Index, index_of
from riftmap.report.view import Brief, BrokerView, FactionView, QuoteView, RiftView, TieView

TOP_RIFTS = 5
QUOTES_PER_ITEM = 3
MEMBERS_SHOWN = 10
PICTURE_NODES = 30
PICTURE_TIES = 80
BROKER_TYPES = frozenset({"REQUEST", "CONSULT", "SUPPORT"})


def wanted_relations(index: Index, rifts: Sequence[Rift]) -> set[str]:
    """The relation ids the brief may quote, so a large store is read for those only."""
    edges = [e for r in rifts[:TOP_RIFTS] for e in _rift_edges(index, r)]
    edges += index.hostile + index.friendly + [e for es in index.inside.values() for e in es]
    return {rid for edge in edges for rid in edge.relations}


def _rift_edges(index: Index, rift: Rift) -> list[Edge]:
    """Both directions between the pair, and what its brokers said to either side."""
    a, b = rift.actors
    found = list(index.pair(a, b))
    for broker in rift.brokers:
        found += index.from_source(broker, (a, b))
    return found


def brief_of(
    network: Network,
    factions: Factions | None,
    rifts: Sequence[Rift],
    catalogue: Catalogue,
    *,
    title: str,
    scope: str,
    index: Index | None = None,
) -> Brief:
    """Assemble the report's content; charts are drawn here (SVG text). ``index`` is
    ``index_of(network, factions)``, when the caller has it already."""
    index = index or index_of(network, factions)
    top = list(rifts[:TOP_RIFTS])
    rift_views = tuple(_rift(i + 1, r, index, catalogue) for i, r in enumerate(top))
    return Brief(
        title=title,
        scope=scope,
        headline=_headline(rift_views, network),
        actors=len(network.nodes),
        ties=len(network.edges),
        statements=int(index.arrays.statements.sum()),
        documents=index.documents,
        rifts=rift_views,
        factions=_factions(factions, network, index, catalogue),
        frustration=factions.frustration if factions else None,
        polarisation=factions.polarisation if factions else None,
        brokers=_brokers(top, index, catalogue),
        hostile=tuple(_tie(e, catalogue, index) for e in index.hostile),
        friendly=tuple(_tie(e, catalogue, index) for e in index.friendly),
        network_chart=network_svg(*picture_of(network, factions, index.names, index.arrays)),
    )


def _headline(rifts: Sequence[RiftView], network: Network) -> str:
    if not rifts:
        return f"No rift stands out among {len(network.nodes)} actors in this slice."
    r = rifts[0]
    since = f", hostile since {r.first_hostile}" if r.first_hostile else ""
    brokers = f"; in the middle: {', '.join(r.brokers)}" if r.brokers else ""
    return (f"The sharpest rift is {r.actors[0]} vs {r.actors[1]}: {r.hostile} hostile of "
            f"{r.statements} statements between them{since}{brokers}.")


def _name(names: dict[str, str], actor: str | None) -> str:
    return names.get(actor or "", actor or "unknown")


def _quote(record: RelationRecord, names: dict[str, str], source: str, target: str) -> QuoteView:
    return QuoteView(
        speaker=_name(names, source), target=_name(names, target), text=record.text,
        type=record.type, polarity=record.polarity, date=record.date, outlet=record.outlet,
        url=_web(record.url), title=record.title or record.document,
    )


def _web(url: str | None) -> str | None:
    """Only web links become links: a ``javascript:`` or local URL in an article is not."""
    return url if url and url.lower().startswith(("https://", "http://")) else None


def _edge_quotes(
    edges: Iterable[Edge], catalogue: Catalogue, names: dict[str, str], keep: frozenset[str] | None
) -> list[QuoteView]:
    pairs = [(r, e) for e in edges for r in catalogue.of(e.relations)
             if keep is None or r.type in keep]
    pairs.sort(key=lambda p: (strength(p[0]), p[0].id))
    return _unique(_quote(r, names, e.source, e.target) for r, e in pairs)


def _rift(rank: int, rift: Rift, index: Index, catalogue: Catalogue) -> RiftView:
    a, b = rift.actors
    names = index.names
    edges = index.pair(a, b)
    quotes = [q for q in _edge_quotes(edges, catalogue, names, None) if q.polarity < 0]
    quotes += [_evidence(ev, names, a, b) for ev in rift.evidence]
    dated = any(w.start for w in rift.timeline)
    label = "Hostility over time" if dated else "Hostility by article (undated)"
    pair = f"{index.name(a)} – {index.name(b)}"
    return RiftView(
        rank=rank, actors=(index.name(a), index.name(b)), score=round(rift.score, 2),
        first_hostile=rift.first_hostile, peak=rift.peak, topics=rift.topics,
        brokers=tuple(index.name(x) for x in rift.brokers),
        statements=sum(e.statements for e in edges),
        hostile=sum(1 for e in edges for r in catalogue.of(e.relations) if r.polarity < 0),
        chart=hostility_svg(f"{label}: {pair}", _bars(rift, edges, catalogue)),
        quotes=tuple(_unique(quotes)[:QUOTES_PER_ITEM]),
    )


def _evidence(ev: Evidence, names: dict[str, str], a: str, b: str) -> QuoteView:
    speaker = ev.speaker or a
    target = b if speaker in (a, names.get(a)) else a
    return QuoteView(
        speaker=_name(names, speaker), target=_name(names, target), text=ev.text,
        type="", polarity=-1, date=ev.date, outlet=ev.outlet, url=_web(ev.url),
        title=ev.title or ev.doc,
    )


def _unique(quotes: Iterable[QuoteView]) -> list[QuoteView]:
    kept: dict[str, QuoteView] = {}
    for quote in quotes:
        kept.setdefault(quote.text, quote)
    return list(kept.values())


def _bars(rift: Rift, edges: Sequence[Edge], catalogue: Catalogue) -> list[Bar]:
    """The rift's windows; with no dated window, one bar per article in the order read."""
    dated = [Bar(w.start, w.statements, w.hostile) for w in rift.timeline if w.start]
    if dated:
        return dated
    by_doc: dict[str, list[RelationRecord]] = {}
    for record in sorted((r for e in edges for r in catalogue.of(e.relations)),
                         key=lambda r: r.id):
        by_doc.setdefault(record.title or record.document, []).append(record)
    return [Bar(_short(doc), len(rs), sum(r.polarity < 0 for r in rs))
            for doc, rs in by_doc.items()]


def _short(label: str, width: int = 28) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def _factions(
    factions: Factions | None, network: Network, index: Index, catalogue: Catalogue
) -> tuple[FactionView, ...]:
    if factions is None:
        return ()
    weight = {n.id: n.statements for n in network.nodes}
    views = []
    for faction in factions.factions:
        members = sorted(faction.members, key=lambda m: (-weight.get(m, 0), m))
        inside = index.inside.get(faction.id, [])
        quotes = _edge_quotes(inside, catalogue, index.names, None)[:QUOTES_PER_ITEM]
        views.append(FactionView(
            id=faction.id, size=len(members),
            members=tuple(index.name(m) for m in members[:MEMBERS_SHOWN]),
            quotes=tuple(quotes)))
    return tuple(views)


def _brokers(rifts: Sequence[Rift], index: Index, catalogue: Catalogue) -> tuple[BrokerView, ...]:
    sides: dict[str, list[str]] = {}
    for rift in rifts:
        for broker in rift.brokers:
            actors = sides.setdefault(broker, [])
            actors.extend(a for a in rift.actors if a not in actors and a != broker)
    views = []
    for broker, actors in sides.items():
        edges = index.from_source(broker, actors)
        quotes = _edge_quotes(edges, catalogue, index.names, BROKER_TYPES)[:QUOTES_PER_ITEM]
        views.append(BrokerView(index.name(broker), tuple(index.name(a) for a in actors),
                                tuple(quotes)))
    return tuple(views)


def _tie(edge: Edge, catalogue: Catalogue, index: Index) -> TieView:
    quotes = _edge_quotes([edge], catalogue, index.names, None)
    types = ", ".join(f"{k} {v}" for k, v in sorted(edge.types.items(), key=lambda kv: -kv[1]))
    return TieView(index.name(edge.source), index.name(edge.target), edge.statements,
                   round(edge.polarity, 2), types, quotes[0] if quotes else None)


def picture_of(
    network: Network, factions: Factions | None, names: dict[str, str],
    arrays: EdgeArrays | None = None,
) -> tuple[dict[str, str], dict[str, int], list[Tie]]:
    """What the network picture shows: the most active actors (at most PICTURE_NODES), their
    factions, and the busiest ties among them (at most PICTURE_TIES: more arrows than that
    are unreadable, and slow to draw). ``arrays`` are the network's edge arrays, when the
    caller has them already."""
    keep = {n.id for n in sorted(network.nodes, key=lambda n: (-n.statements, n.id))
            [:PICTURE_NODES]}
    bloc = {m: f.id for f in (factions.factions if factions else ()) for m in f.members}
    arrays = arrays or edge_arrays(network.edges)
    kept = np.zeros(len(arrays.actors), dtype=bool)
    kept[list(arrays.codes(keep).values())] = True
    s, t = arrays.source, arrays.target
    among = np.flatnonzero(kept[s] & kept[t] & (s != t))
    order = np.lexsort((arrays.ranks[t[among]], arrays.ranks[s[among]], -arrays.statements[among]))
    shown = [network.edges[i] for i in among[order][:PICTURE_TIES].tolist()]
    ties = [Tie(e.source, e.target, e.statements, e.polarity) for e in shown]
    return {k: names[k] for k in keep}, bloc, ties
