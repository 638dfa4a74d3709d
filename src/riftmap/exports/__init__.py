"""Exports of a network slice for other tools: Gephi, DNA, and event-data software.

    graphml, gexf   the signed network (graph.py)          -> Gephi, networkx, igraph
    dna             DNA's statement event list, CSV          -> Discourse Network Analyzer
    plover          PLOVER event records, JSON Lines          -> event-data tools
    gdelt           GDELT 1.0-style event rows, tab-separated -> GDELT/CAMEO workflows

Why a stage of its own (``riftmap.exports``) rather than part of ``riftmap.network``: the
exports read the network's results *and* the relations' article metadata (the ``Catalogue``),
and serve the report too; keeping them after the network stage keeps the imports one-way
(network -> exports -> report -> cli) and the network package about building graphs only.
Each mapping is documented in docs/exports.md.
"""

from __future__ import annotations

from collections.abc import Callable

from riftmap.errors import UsageError
from riftmap.exports.catalogue import Catalogue
from riftmap.exports.events import events_of
from riftmap.exports.graph import gexf, graphml
from riftmap.exports.plover import plover_jsonl
from riftmap.exports.tables import dna_csv, gdelt_tsv
from riftmap.network.model import Network

FORMATS = ("graphml", "gexf", "dna", "plover", "gdelt")
GRAPH_FORMATS = ("graphml", "gexf")
SUFFIXES = {"graphml": ".graphml", "gexf": ".gexf", "dna": ".csv", "plover": ".jsonl",
            "gdelt": ".tsv"}

_GRAPHS: dict[str, Callable[[Network], str]] = {"graphml": graphml, "gexf": gexf}
_EVENTS = {"dna": dna_csv, "plover": plover_jsonl, "gdelt": gdelt_tsv}


def export_text(network: Network, fmt: str, catalogue: Catalogue | None = None) -> str:
    """The network (graph formats) or its relations (event formats) as the text of ``fmt``.

    The event formats need the ``catalogue`` of the relations behind the edges.
    """
    if fmt in _GRAPHS:
        return _GRAPHS[fmt](network)
    if fmt not in _EVENTS:
        raise UsageError(f"unknown export format '{fmt}' (choose {', '.join(FORMATS)})")
    if catalogue is None:
        raise UsageError(f"--format {fmt} lists relations: it needs their store or JSON Lines")
    return _EVENTS[fmt](events_of(network, catalogue))


__all__ = ["FORMATS", "GRAPH_FORMATS", "SUFFIXES", "Catalogue", "export_text"]
