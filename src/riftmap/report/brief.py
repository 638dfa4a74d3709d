"""From a slice's network, factions and rifts to the ``Brief`` a reporter reads.

Selection rules (all deterministic): the top rifts by score; for each, its own evidence first,
then the strongest hostile statements between the pair; factions with their best-known members
(most statements) and the strongest statement inside each; brokers with what they said to
either side; the strongest hostile and friendly ties. "Strongest" is
``catalogue.strength``: direct quotations first, clear stance, confidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from riftmap.exports.catalogue import Catalogue, RelationRecord, strength
from riftmap.network.model import Edge, Evidence, Factions, Network, Rift
from riftmap.report.charts import Bar, Tie, hostility_svg, network_svg
from riftmap.report.view import Brief, BrokerView, FactionView, QuoteView, RiftView, TieView

TOP_RIFTS = 5
QUOTES_PER_ITEM = 3
TOP_TIES = 5
MEMBERS_SHOWN = 10
PICTURE_NODES = 30
BROKER_TYPES = frozenset({"REQUEST", "CONSULT", "SUPPORT"})


def wanted_relations(
    network: Network, factions: Factions | None, rifts: Sequence[Rift]
) -> set[str]:
    """The relation ids the brief may quote, so a large store is read for those only."""
    ids: set[str] = set()
    for edge in _pair_edges(network, rifts) + _top_ties(network, -1) + _top_ties(network, 1):
        ids.update(edge.relations)
    if factions is not None:
        for faction in factions.factions:
            ids.update(r for e in _inside(network, faction.members) for r in e.relations)
    return ids


def brief_of(
    network: Network,
    factions: Factions | None,
    rifts: Sequence[Rift],
    catalogue: Catalogue,
    *,
    title: str,
    scope: str,
) -> Brief:
    """Assemble the report's content; charts are drawn here (SVG text)."""
    names = {n.id: n.name for n in network.nodes}
    top = list(rifts[:TOP_RIFTS])
    rift_views = tuple(_rift(i + 1, r, network, catalogue, names) for i, r in enumerate(top))
    docs = {rid.rsplit(":", 1)[0] for e in network.edges for rid in e.relations}
    return Brief(
        title=title,
        scope=scope,
        headline=_headline(rift_views, network),
        actors=len(network.nodes),
        ties=len(network.edges),
        statements=sum(e.statements for e in network.edges),
        documents=len(docs),
        rifts=rift_views,
        factions=_factions(factions, network, catalogue, names),
        frustration=factions.frustration if factions else None,
        polarisation=factions.polarisation if factions else None,
        brokers=_brokers(top, network, catalogue, names),
        hostile=tuple(_tie(e, catalogue, names) for e in _top_ties(network, -1)),
        friendly=tuple(_tie(e, catalogue, names) for e in _top_ties(network, 1)),
        network_chart=_picture(network, factions, names),
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


def _pair_edges(network: Network, rifts: Sequence[Rift]) -> list[Edge]:
    pairs = {frozenset(r.actors) for r in rifts[:TOP_RIFTS]}
    brokers = {(b, a) for r in rifts[:TOP_RIFTS] for b in r.brokers for a in r.actors}
    return [e for e in network.edges
            if frozenset((e.source, e.target)) in pairs or (e.source, e.target) in brokers]


def _rift(
    rank: int, rift: Rift, network: Network, catalogue: Catalogue, names: dict[str, str]
) -> RiftView:
    a, b = rift.actors
    edges = [e for e in network.edges if {e.source, e.target} == {a, b}]
    quotes = [q for q in _edge_quotes(edges, catalogue, names, None) if q.polarity < 0]
    quotes += [_evidence(ev, names, a, b) for ev in rift.evidence]
    bars = _bars(rift, edges, catalogue)
    pair = f"{_name(names, a)} – {_name(names, b)}"
    dated = any(w.start for w in rift.timeline)
    label = "Hostility over time" if dated else "Hostility by article (undated)"
    return RiftView(
        rank=rank, actors=(_name(names, a), _name(names, b)), score=round(rift.score, 2),
        first_hostile=rift.first_hostile, peak=rift.peak, topics=rift.topics,
        brokers=tuple(_name(names, x) for x in rift.brokers),
        statements=sum(e.statements for e in edges),
        hostile=sum(1 for e in edges for r in catalogue.of(e.relations) if r.polarity < 0),
        chart=hostility_svg(f"{label}: {pair}", bars),
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
    factions: Factions | None, network: Network, catalogue: Catalogue, names: dict[str, str]
) -> tuple[FactionView, ...]:
    if factions is None:
        return ()
    weight = {n.id: n.statements for n in network.nodes}
    views = []
    for faction in factions.factions:
        members = sorted(faction.members, key=lambda m: (-weight.get(m, 0), m))
        inside = _inside(network, faction.members)
        quotes = _edge_quotes(inside, catalogue, names, None)[:QUOTES_PER_ITEM]
        views.append(FactionView(
            id=faction.id, size=len(members),
            members=tuple(_name(names, m) for m in members[:MEMBERS_SHOWN]),
            quotes=tuple(quotes)))
    return tuple(views)


def _inside(network: Network, members: Iterable[str]) -> list[Edge]:
    """The faction's busiest ties among its own members (at most TOP_TIES * 2)."""
    group = set(members)
    edges = [e for e in network.edges if e.source in group and e.target in group]
    edges.sort(key=lambda e: (-e.statements, e.source, e.target))
    return edges[: TOP_TIES * 2]


def _brokers(
    rifts: Sequence[Rift], network: Network, catalogue: Catalogue, names: dict[str, str]
) -> tuple[BrokerView, ...]:
    sides: dict[str, list[str]] = {}
    for rift in rifts:
        for broker in rift.brokers:
            actors = sides.setdefault(broker, [])
            actors.extend(a for a in rift.actors if a not in actors and a != broker)
    views = []
    for broker, actors in sides.items():
        edges = [e for e in network.edges if e.source == broker and e.target in actors]
        quotes = _edge_quotes(edges, catalogue, names, BROKER_TYPES)[:QUOTES_PER_ITEM]
        views.append(BrokerView(_name(names, broker), tuple(_name(names, a) for a in actors),
                                tuple(quotes)))
    return tuple(views)


def _top_ties(network: Network, sign: int) -> list[Edge]:
    edges = [e for e in network.edges if e.polarity * sign > 0]
    edges.sort(key=lambda e: (-e.statements * abs(e.polarity), e.source, e.target))
    return edges[:TOP_TIES]


def _tie(edge: Edge, catalogue: Catalogue, names: dict[str, str]) -> TieView:
    quotes = _edge_quotes([edge], catalogue, names, None)
    types = ", ".join(f"{k} {v}" for k, v in sorted(edge.types.items(), key=lambda kv: -kv[1]))
    return TieView(_name(names, edge.source), _name(names, edge.target), edge.statements,
                   round(edge.polarity, 2), types, quotes[0] if quotes else None)


def _picture(network: Network, factions: Factions | None, names: dict[str, str]) -> str:
    """The most active actors (at most PICTURE_NODES) and the ties among them."""
    keep = {n.id for n in sorted(network.nodes, key=lambda n: (-n.statements, n.id))
            [:PICTURE_NODES]}
    bloc = {m: f.id for f in (factions.factions if factions else ()) for m in f.members}
    ties = [Tie(e.source, e.target, e.statements, e.polarity) for e in network.edges
            if e.source in keep and e.target in keep and e.source != e.target]
    return network_svg({k: names[k] for k in keep}, bloc, ties)
