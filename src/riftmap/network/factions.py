"""Factions: a signed partition of the actors that uses hostile ties, not only friendly ones.

The criterion is Doreian and Mrvar's (1996): the weight of hostile ties inside blocs plus the
weight of friendly ties between blocs, each tie weighing the sum of its relations' polarities
(both directions of a pair together). For each number of blocs k = 1..``MAX_BLOCS`` the
search starts from the signed Laplacian's k lowest eigenvectors (Kunegis et al. 2010), grouped
by a k-means seeded at fixed points, then moves single actors between blocs, in id order,
while any move lowers the criterion. The best k wins; ties go to fewer blocs. Nothing is
random, so the same network always gives the same factions.

``frustration`` is the criterion's share of all tie weight (ties that contradict the
partition); ``polarisation`` the share of all tie weight that is hostility between blocs
(0: nobody attacks across bloc lines; 1: every tie is such an attack).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from threadpoolctl import threadpool_limits

from riftmap.network.columns import edge_arrays
from riftmap.network.model import Faction, Factions, Network

MAX_BLOCS = 8
MAX_ACTORS = 300  # the busiest actors are partitioned; the dense eigensolver is cubic
KMEANS_ROUNDS = 50

Matrix = NDArray[np.float64]
Labels = NDArray[np.int64]


def factions(
    network: Network, *, max_blocs: int = MAX_BLOCS, max_actors: int = MAX_ACTORS
) -> Factions:
    """The signed partition of the network's actors (see the module docstring); only the
    ``max_actors`` busiest take part (nodes come busiest first), and only those with a
    friendly or hostile tie (an actor tied by neutral requests alone has no side)."""
    actors = sorted(n.id for n in network.nodes[:max_actors])
    w = signed_matrix(network, actors)
    signed = np.abs(w).sum(axis=1) > 0  # an actor with only neutral ties has no side
    actors = [a for a, keep in zip(actors, signed.tolist(), strict=True) if keep]
    w = w[np.ix_(signed, signed)]
    if not actors:
        return Factions((), 0.0, 0.0)
    # A few hundred actors: one BLAS thread solves each product in microseconds, while a
    # thread pool on a busy machine waits for cores (ten times slower, same answer).
    with threadpool_limits(1, user_api="blas"):
        vectors = laplacian_vectors(w)
        best: tuple[float, int, Labels] | None = None
        for k in range(1, min(max_blocs, len(actors)) + 1):
            labels = improve(w, seed(vectors, k))
            cost = criterion(w, labels)
            if best is None or cost < best[0] - 1e-9:
                best = (cost, k, labels)
    assert best is not None
    labels = canonical(best[2])
    total = float(np.abs(w).sum()) / 2 or 1.0
    return Factions(
        factions=_blocs(actors, labels),
        frustration=criterion(w, labels) / total,
        polarisation=_hostile_between(w, labels) / total,
    )


def signed_matrix(network: Network, actors: Sequence[str]) -> Matrix:
    """Symmetric tie weights: the sum of polarities over both directions of each pair
    (computed over the edges' arrays, so a store network makes no ``Edge`` for it)."""
    edges = edge_arrays(network.edges)
    position = {a: n for n, a in enumerate(actors)}
    where = np.full(len(edges.actors), -1, dtype=np.int64)
    for actor, code in edges.codes(actors).items():
        where[code] = position[actor]
    i, j = where[edges.source], where[edges.target]
    keep = (i >= 0) & (j >= 0)
    i, j = i[keep], j[keep]
    value = edges.polarity[keep] * edges.statements[keep]
    w = np.zeros((len(actors), len(actors)))
    np.add.at(w, (i, j), value)
    np.add.at(w, (j, i), value)
    np.fill_diagonal(w, 0.0)
    return w


def criterion(w: Matrix, labels: Labels) -> float:
    """Hostile weight inside blocs plus friendly weight between them (each pair once)."""
    same = labels[:, None] == labels[None, :]
    inside = -w[same & (w < 0)].sum()
    between = w[~same & (w > 0)].sum()
    return float(inside + between) / 2


def _hostile_between(w: Matrix, labels: Labels) -> float:
    same = labels[:, None] == labels[None, :]
    return float(-w[~same & (w < 0)].sum()) / 2


def laplacian_vectors(w: Matrix) -> Matrix:
    """The eigenvectors of the signed Laplacian (|degree| diagonal minus W), lowest first."""
    laplacian = np.diag(np.abs(w).sum(axis=1)) - w
    _, vectors = np.linalg.eigh(laplacian)
    return vectors


def seed(vectors: Matrix, k: int) -> Labels:
    """k blocs from the signed Laplacian's k lowest eigenvectors, grouped by k-means."""
    n = len(vectors)
    if k == 1:
        return np.zeros(n, dtype=np.int64)
    points = vectors[:, :k]
    points = np.where(np.abs(points) < 1e-12, 0.0, points)
    return kmeans(points, k)


def kmeans(points: Matrix, k: int) -> Labels:
    """Lloyd's k-means from farthest-point seeds (first seed: the point farthest from the
    mean), so the grouping is deterministic."""
    centre = points.mean(axis=0)
    chosen = [int(np.argmax(((points - centre) ** 2).sum(axis=1)))]
    while len(chosen) < k:
        d = np.min([((points - points[c]) ** 2).sum(axis=1) for c in chosen], axis=0)
        chosen.append(int(np.argmax(d)))
    centres = points[chosen]
    labels = np.zeros(len(points), dtype=np.int64)
    for _ in range(KMEANS_ROUNDS):
        distances = ((points[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
        new = np.argmin(distances, axis=1).astype(np.int64)
        if np.array_equal(new, labels) and _ > 0:
            break
        labels = new
        for c in range(k):
            if (labels == c).any():
                centres[c] = points[labels == c].mean(axis=0)
    return labels


def improve(w: Matrix, labels: Labels) -> Labels:
    """Single-actor moves, in index order, while one lowers the criterion.

    Moving actor i from bloc a to b changes the criterion by the ties of i alone: its
    hostile weight to a stops counting and to b starts, its friendly weight to b stops
    counting and to a starts. The first strictly better bloc (lowest index) is taken.

    Every actor's costs are also kept as estimates (``_Estimate``) to skip, in one step, the
    actors that cannot move; each candidate is checked with the exact per-actor sum
    (``_costs``), so the moves are those of checking every actor in turn.
    """
    labels = labels.copy()
    blocs = int(labels.max()) + 1
    hostile, friendly = np.minimum(w, 0.0), np.maximum(w, 0.0)
    estimate = _Estimate(hostile, friendly, labels, blocs)
    changed = True
    while changed:
        changed = False
        i, movable = 0, estimate.movable(labels)
        while i < len(w):
            ahead = np.flatnonzero(movable[i:])
            if not len(ahead):
                break
            i += int(ahead[0])
            cost = _costs(hostile[i], friendly[i], labels, blocs)
            best = int(np.argmin(cost))
            if cost[best] < cost[labels[i]] - 1e-9:
                estimate.move(i, int(labels[i]), best, labels)
                labels[i] = best
                changed = True
                movable = estimate.movable(labels)
            i += 1
    return labels


class _Estimate:
    """Every actor's hostile and friendly weight towards each bloc, updated as actors move
    (and summed afresh every ``FRESH`` moves), with a bound on how far these sums may stray
    from ``_costs``' exact ones: an actor whose estimated gain stays below the threshold by
    more than that bound cannot move."""

    FRESH = 64

    def __init__(self, hostile: Matrix, friendly: Matrix, labels: Labels, blocs: int) -> None:
        self.hostile, self.friendly, self.blocs = hostile, friendly, blocs
        self.friendly_total = friendly.sum(axis=1)
        weight = np.abs(hostile).sum(axis=1) + self.friendly_total + 1.0
        self.slack = (len(labels) + 4 * self.FRESH) * 1e-15 * weight
        self._sum(labels)

    def _sum(self, labels: Labels) -> None:
        member = np.zeros((len(labels), self.blocs))
        member[np.arange(len(labels)), labels] = 1.0
        self.towards_hostile = self.hostile @ member
        self.towards_friendly = self.friendly @ member
        self.moves = 0

    def move(self, actor: int, old: int, new: int, labels: Labels) -> None:
        self.moves += 1
        if self.moves >= self.FRESH:
            labels = labels.copy()
            labels[actor] = new
            self._sum(labels)
            return
        for towards, weights in ((self.towards_hostile, self.hostile),
                                 (self.towards_friendly, self.friendly)):
            towards[:, old] -= weights[:, actor]
            towards[:, new] += weights[:, actor]

    def movable(self, labels: Labels) -> NDArray[np.bool_]:
        cost = -self.towards_hostile + (self.friendly_total[:, None] - self.towards_friendly)
        gain = cost[np.arange(len(labels)), labels] - cost.min(axis=1)
        movable: NDArray[np.bool_] = gain > 1e-9 - self.slack
        return movable


def _costs(hostile: Matrix, friendly: Matrix, labels: Labels, blocs: int) -> Matrix:
    """The criterion weight of one actor's ties if it sat in each bloc: its hostile weight
    inside that bloc and its friendly weight outside it (its own entry is 0: no self-tie)."""
    inside = np.bincount(labels, weights=hostile, minlength=blocs)
    kept = np.bincount(labels, weights=friendly, minlength=blocs)
    cost: Matrix = -inside + (friendly.sum() - kept)
    return cost


def canonical(labels: Labels) -> Labels:
    """Blocs renumbered by size (largest first), then by their first actor; empty ones gone."""
    blocs = sorted(
        set(labels.tolist()),
        key=lambda b: (-int((labels == b).sum()), int(np.argmax(labels == b))),
    )
    mapping = {b: n for n, b in enumerate(blocs)}
    return np.array([mapping[b] for b in labels.tolist()], dtype=np.int64)


def _blocs(actors: Sequence[str], labels: Labels) -> tuple[Faction, ...]:
    count = int(labels.max()) + 1 if len(labels) else 0
    return tuple(
        Faction(b, tuple(a for a, lab in zip(actors, labels.tolist(), strict=True) if lab == b))
        for b in range(count)
    )


def adjusted_rand(truth: Sequence[object], found: Sequence[object]) -> float:
    """Hubert and Arabie's adjusted Rand index of two labelings of the same items."""
    from math import comb

    pairs = list(zip(truth, found, strict=True))
    table: dict[tuple[object, object], int] = {}
    for p in pairs:
        table[p] = table.get(p, 0) + 1
    rows: dict[object, int] = {}
    cols: dict[object, int] = {}
    for (t, f), c in table.items():
        rows[t] = rows.get(t, 0) + c
        cols[f] = cols.get(f, 0) + c
    index = sum(comb(c, 2) for c in table.values())
    a, b = sum(comb(c, 2) for c in rows.values()), sum(comb(c, 2) for c in cols.values())
    expected = a * b / comb(len(pairs), 2) if len(pairs) > 1 else 0.0
    top = (a + b) / 2
    return 1.0 if top == expected else (index - expected) / (top - expected)
