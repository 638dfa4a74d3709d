"""The report's pictures as SVG text: the network, and each rift's hostility over time.

matplotlib draws with the Agg backend (no display needed), and the SVG is made reproducible:
a fixed ``svg.hashsalt`` for element ids, no date or creator in the metadata, and text kept as
text (``svg.fonttype = none``) so the names are searchable and the file stays small. The same
input therefore gives the same bytes, and the HTML that inlines them works offline.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.axes import Axes
from matplotlib.figure import Figure

HOSTILE = "#c0392b"
FRIENDLY = "#2e7d32"
NEUTRAL = "#9e9e9e"
FACTION_COLOURS = ("#1f77b4", "#ff7f0e", "#9467bd", "#17becf", "#bcbd22", "#8c564b")


@dataclass(frozen=True)
class Tie:
    """An edge as the picture draws it."""

    source: str
    target: str
    statements: int
    polarity: float


@dataclass(frozen=True)
class Bar:
    """One bar of a hostility chart: a window (or an article, when nothing is dated)."""

    label: str
    statements: int
    hostile: int


def network_svg(names: dict[str, str], factions: dict[str, int], ties: Sequence[Tie]) -> str:
    """The actors (coloured by faction) and their ties (red hostile, green friendly)."""
    with _style():
        return _svg(network_figure(names, factions, ties))


def network_figure(
    names: dict[str, str], factions: dict[str, int], ties: Sequence[Tie]
) -> Figure:
    """The network picture as a matplotlib figure (for SVG here, or PNG for the docs)."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(names))
    for tie in ties:
        graph.add_edge(tie.source, tie.target, weight=1 + tie.statements)
    fig = plt.figure(figsize=(7.5, 5.5))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    if graph.number_of_nodes():
        _draw_network(ax, graph, names, factions, ties)
    return fig


def _draw_network(
    ax: Axes, graph: nx.Graph, names: dict[str, str], factions: dict[str, int],
    ties: Sequence[Tie],
) -> None:
    pos = _layout(graph)
    for tie in ties:
        (x1, y1), (x2, y2) = pos[tie.source], pos[tie.target]
        ax.annotate("", xy=(x2, y2), xytext=(x1, y1), arrowprops={
            "arrowstyle": "-|>", "color": _tie_colour(tie.polarity), "alpha": 0.75,
            "lw": min(6.0, 0.8 + 0.6 * tie.statements), "shrinkA": 9, "shrinkB": 9,
            "connectionstyle": "arc3,rad=0.12"})
    nodes = sorted(graph.nodes)
    colours = [FACTION_COLOURS[factions[n] % len(FACTION_COLOURS)] if n in factions else NEUTRAL
               for n in nodes]
    # One collection for every dot: a scatter per node costs a collection, and its layout, each.
    ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=140, color=colours,
               zorder=3, edgecolors="white")
    for node in nodes:
        ax.annotate(_short(names[node]), pos[node], xytext=(0, 9), textcoords="offset points",
                    ha="center", fontsize=8, zorder=4)
    ax.margins(0.12)


def _layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """The largest connected group in the middle (spring layout, fixed seed); the smaller
    ones stacked in a column on its right, so that they do not squeeze it into a corner."""
    parts = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c))
    pos: dict[str, tuple[float, float]] = {}
    top = 1.0
    for number, part in enumerate(parts):
        sub = graph.subgraph(part)
        scale = 1.0 if number == 0 else 0.12 * len(part) ** 0.5
        layout = nx.spring_layout(sub, seed=7, weight=None, scale=scale,
                                  k=2.2 / max(1, len(part)) ** 0.5) if len(part) > 1 else {
            part[0]: (0.0, 0.0)}
        if number == 0:
            pos.update({n: (float(x), float(y)) for n, (x, y) in layout.items()})
            continue
        centre = (1.55, top - scale)
        pos.update({n: (centre[0] + float(x), centre[1] + float(y)) for n, (x, y) in
                    layout.items()})
        top -= 2 * scale + 0.15
    return pos


def _short(label: str, width: int = 24) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def _tie_colour(polarity: float) -> str:
    return HOSTILE if polarity < 0 else FRIENDLY if polarity > 0 else NEUTRAL


def hostility_svg(title: str, bars: Sequence[Bar]) -> str:
    """Statements per window (grey) with the hostile ones in red, and the hostile share."""
    with _style():
        fig, ax = plt.subplots(figsize=(6.5, 2.6))
        x = list(range(len(bars)))
        ax.bar(x, [b.statements for b in bars], color="#d5d5d5", label="statements")
        ax.bar(x, [b.hostile for b in bars], color=HOSTILE, label="hostile")
        ax.set_xticks(x, [b.label for b in bars], rotation=30 if len(bars) > 4 else 0,
                      ha="right" if len(bars) > 4 else "center")
        ax.set_ylabel("statements")
        ax.set_title(title, loc="left", y=1.0)  # placed, not searched for: no top axis
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(loc="upper left", frameon=False, fontsize=8)
        fig.subplots_adjust(left=0.09, right=0.98, top=0.88, bottom=0.3 if len(bars) > 4 else 0.14)
        return _svg(fig)


@contextmanager
def _style() -> Iterator[None]:
    with plt.rc_context({"svg.hashsalt": "riftmap", "svg.fonttype": "none", "font.size": 9}):
        yield


def _svg(fig: Figure) -> str:
    out = io.StringIO()
    fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    text = out.getvalue()
    return text[text.index("<svg"):]
