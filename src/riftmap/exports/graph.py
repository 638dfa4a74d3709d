"""The network as a graph file for Gephi: GraphML (static) and GEXF (dynamic edge intervals).

Both carry the same nodes and edges as ``riftmap network --format json``: node ``name``,
``type`` and ``statements``; edge ``statements`` (also the Gephi ``weight``), net
``polarity``, its ``sign``, PLOVER ``types`` (``ACCUSE=8;SUPPORT=1``), ``first``/``last``
dates and the ``relations`` behind the edge (space-separated ids).

GEXF is dynamic when the slice has dates: an edge lives from its first to its last statement,
an undated edge over the whole dated span of the slice, and a node over the span of its edges,
so no interval is open-ended. A slice without any date is written as a static graph. The file
is built element by element (no generator date in it), so the same network gives the same
bytes.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import networkx as nx

from riftmap.network.model import Edge, Network

GEXF_NS = "http://www.gexf.net/1.2draft"
_EDGE_ATTRS = (("polarity", "double"), ("sign", "integer"), ("statements", "integer"),
               ("types", "string"), ("first", "string"), ("last", "string"),
               ("relations", "string"))
_NODE_ATTRS = (("type", "string"), ("statements", "integer"))


def to_networkx(network: Network) -> nx.DiGraph:
    """A networkx DiGraph with the attributes listed above (None values left out)."""
    graph = nx.DiGraph()
    for node in network.nodes:
        values = {"name": node.name, "type": node.type, "statements": node.statements}
        graph.add_node(node.id, **{k: v for k, v in values.items() if v is not None})
    for edge in network.edges:
        attrs = _edge_attrs(edge)
        graph.add_edge(edge.source, edge.target, weight=edge.statements,
                       **{k: v for k, v in attrs.items() if v is not None})
    return graph


def _edge_attrs(edge: Edge) -> dict[str, str | int | float | None]:
    return {
        "polarity": round(edge.polarity, 4),
        "sign": (edge.polarity > 0) - (edge.polarity < 0),
        "statements": edge.statements,
        "types": ";".join(f"{k}={v}" for k, v in sorted(edge.types.items())),
        "first": edge.first,
        "last": edge.last,
        "relations": " ".join(edge.relations),
    }


def graphml(network: Network) -> str:
    return "\n".join(nx.generate_graphml(to_networkx(network), prettyprint=True)) + "\n"


def gexf(network: Network) -> str:
    """GEXF 1.2 text; see the module docstring for its intervals."""
    span = _span(network)
    root = ET.Element("gexf", {"xmlns": GEXF_NS, "version": "1.2"})
    graph_attrs = {"defaultedgetype": "directed", "mode": "dynamic" if span else "static"}
    if span:
        graph_attrs["timeformat"] = "date"
    graph = ET.SubElement(root, "graph", graph_attrs)
    _declare(graph, "node", _NODE_ATTRS)
    _declare(graph, "edge", _EDGE_ATTRS)
    _gexf_nodes(ET.SubElement(graph, "nodes"), network, span)
    _gexf_edges(ET.SubElement(graph, "edges"), network, span)
    ET.indent(root)
    out = io.StringIO()
    ET.ElementTree(root).write(out, encoding="unicode", xml_declaration=True)
    return out.getvalue() + "\n"


def _span(network: Network) -> tuple[str, str] | None:
    dates = [d for e in network.edges for d in (e.first, e.last) if d]
    return (min(dates), max(dates)) if dates else None


def _interval(edge: Edge, span: tuple[str, str]) -> tuple[str, str]:
    if not (edge.first or edge.last):
        return span
    return (edge.first or edge.last or "", edge.last or edge.first or "")


def _declare(graph: ET.Element, kind: str, attrs: tuple[tuple[str, str], ...]) -> None:
    block = ET.SubElement(graph, "attributes", {"class": kind, "mode": "static"})
    for title, type_ in attrs:
        ET.SubElement(block, "attribute", {"id": title, "title": title, "type": type_})


def _values(parent: ET.Element, values: dict[str, str | int | float | None]) -> None:
    block = ET.SubElement(parent, "attvalues")
    for key, value in values.items():
        if value is not None:
            ET.SubElement(block, "attvalue", {"for": key, "value": str(value)})


def _gexf_nodes(parent: ET.Element, network: Network, span: tuple[str, str] | None) -> None:
    lives: dict[str, list[str]] = {}
    if span:
        for edge in network.edges:
            for end in (edge.source, edge.target):
                lives.setdefault(end, []).extend(_interval(edge, span))
    for node in network.nodes:
        attrs = {"id": node.id, "label": node.name}
        if span:
            days = lives.get(node.id) or list(span)
            attrs.update(start=min(days), end=max(days))
        element = ET.SubElement(parent, "node", attrs)
        _values(element, {"type": node.type, "statements": node.statements})


def _gexf_edges(parent: ET.Element, network: Network, span: tuple[str, str] | None) -> None:
    for number, edge in enumerate(network.edges):
        attrs = {"id": str(number), "source": edge.source, "target": edge.target,
                 "weight": str(edge.statements)}
        if span:
            attrs["start"], attrs["end"] = _interval(edge, span)
        element = ET.SubElement(parent, "edge", attrs)
        _values(element, _edge_attrs(edge))
