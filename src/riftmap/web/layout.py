"""Node positions for the page, computed once per state of the data so nodes never jump.

The page draws every slice (a time window, a topic) at the positions of the whole corpus's
network: moving the time slider changes which ties are drawn, not where actors stand. The
layout is a Fruchterman-Reingold spring layout with a fixed start (actors on a circle in id
order), so the same network always gets the same picture.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from riftmap.network.model import Network

ROUNDS = 150
SIZE = 1000.0  # the layout's square, in Cytoscape's model units
GRAVITY = 1.0


def positions(network: Network) -> dict[str, tuple[float, float]]:
    """Each node's (x, y) in [0, SIZE]²: deterministic for a given network."""
    ids = sorted(n.id for n in network.nodes)
    if not ids:
        return {}
    index = {a: i for i, a in enumerate(ids)}
    n = len(ids)
    angle = np.arange(n) * (2 * math.pi / n)
    pos = np.stack([np.cos(angle), np.sin(angle)], axis=1) * (SIZE / 2)
    weights = np.zeros((n, n))
    for e in network.edges:
        i, j = index[e.source], index[e.target]
        if i != j:
            weights[i, j] += math.log1p(e.statements)
            weights[j, i] += math.log1p(e.statements)
    pos = _springs(pos, weights)
    return _fit(pos, ids)


def _springs(pos: NDArray[np.float64], weights: NDArray[np.float64]) -> NDArray[np.float64]:
    n = len(pos)
    k = SIZE / math.sqrt(n)
    temperature = SIZE / 10
    for _ in range(ROUNDS):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        force = k * k / dist**2 - weights * dist / k  # repulsion minus attraction along ties
        np.fill_diagonal(force, 0.0)
        move = (delta * force[:, :, None]).sum(axis=1)
        # a pull to the centre, growing with distance, keeps unconnected actors in view
        move -= pos * (np.linalg.norm(pos, axis=1)[:, None] * GRAVITY / k)
        length = np.maximum(np.linalg.norm(move, axis=1), 1e-9)
        pos = pos + move / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.97
    return pos


def _fit(pos: NDArray[np.float64], ids: list[str]) -> dict[str, tuple[float, float]]:
    low, high = pos.min(axis=0), pos.max(axis=0)
    scale = SIZE / max(float((high - low).max()), 1e-9)
    fitted = (pos - low) * scale
    return {
        a: (round(float(x), 1), round(float(y), 1)) for a, (x, y) in zip(ids, fitted, strict=True)
    }
