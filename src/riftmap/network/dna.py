"""The Discourse Network Analyzer's views of the same statements (Leifeld 2017).

A statement is (actor, concept, agreement): the relation's source, its topic (or, when it has
none, the actor it addresses, written ``@target``), and whether its polarity is positive
(agreement) or negative (disagreement); neutral statements enter the affiliation network only.

- ``affiliation``: actor x concept, the net agreement (agreeing minus disagreeing statements);
- ``congruence``: actors x actors, the concepts on which both agree or both disagree;
- ``conflict``: the concepts on which one agrees and the other disagrees;
- ``subtract``: congruence minus conflict, each normalised first.

Normalisations as DNA's: ``none``; ``average`` (divide by the mean of the two actors'
counts of concept-stances); ``jaccard`` (by the size of their union); ``cosine`` (by the
geometric mean).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from riftmap.network.rows import RelationRow

Normalisation = Literal["none", "average", "jaccard", "cosine"]
NORMALISATIONS: tuple[Normalisation, ...] = ("none", "average", "jaccard", "cosine")

Matrix = NDArray[np.float64]


@dataclass(frozen=True)
class DnaViews:
    """The four views over ``actors`` (rows) and ``concepts`` (columns of ``affiliation``)."""

    actors: tuple[str, ...]
    concepts: tuple[str, ...]
    affiliation: Matrix
    congruence: Matrix
    conflict: Matrix
    subtract: Matrix
    normalisation: Normalisation

    def to_json(self) -> dict[str, Any]:
        """Non-zero cells as lists of ties, one-mode ties once per unordered pair."""

        def one_mode(m: Matrix) -> list[dict[str, Any]]:
            n = len(self.actors)
            return [
                {
                    "source": self.actors[i],
                    "target": self.actors[j],
                    "weight": round(float(m[i, j]), 4),
                }
                for i in range(n)
                for j in range(i + 1, n)
                if m[i, j]
            ]

        return {
            "normalisation": self.normalisation,
            "affiliation": [
                {"actor": a, "concept": c, "weight": int(self.affiliation[i, j])}
                for i, a in enumerate(self.actors)
                for j, c in enumerate(self.concepts)
                if self.affiliation[i, j]
            ],
            "congruence": one_mode(self.congruence),
            "conflict": one_mode(self.conflict),
            "subtract": one_mode(self.subtract),
        }


def concept_of(row: RelationRow) -> str:
    """The statement's concept: its topic, else the actor it addresses (``@target``)."""
    return row.topic or f"@{row.target}"


def dna_views(rows: Iterable[RelationRow], normalisation: Normalisation = "none") -> DnaViews:
    """The affiliation, congruence, conflict and subtract networks of the statements."""
    if normalisation not in NORMALISATIONS:
        raise ValueError(f"normalisation must be one of {NORMALISATIONS}")
    rows = list(rows)
    actors = tuple(sorted({r.source for r in rows}))
    concepts = tuple(sorted({concept_of(r) for r in rows}))
    ai = {a: i for i, a in enumerate(actors)}
    ci = {c: j for j, c in enumerate(concepts)}
    net = np.zeros((len(actors), len(concepts)))
    agree = np.zeros_like(net)
    disagree = np.zeros_like(net)
    for r in rows:
        i, j = ai[r.source], ci[concept_of(r)]
        net[i, j] += np.sign(r.polarity)
        if r.polarity > 0:
            agree[i, j] = 1.0
        elif r.polarity < 0:
            disagree[i, j] = 1.0
    congruence = agree @ agree.T + disagree @ disagree.T
    conflict = agree @ disagree.T + disagree @ agree.T
    stances = agree.sum(axis=1) + disagree.sum(axis=1)
    congruence = _normalise(congruence, stances, normalisation)
    conflict = _normalise(conflict, stances, normalisation)
    for m in (congruence, conflict):
        np.fill_diagonal(m, 0.0)
    return DnaViews(
        actors, concepts, net, congruence, conflict, congruence - conflict, normalisation
    )


def _normalise(m: Matrix, stances: Matrix, how: Normalisation) -> Matrix:
    if how == "none":
        return m
    a, b = stances[:, None], stances[None, :]
    if how == "average":
        scale = (a + b) / 2
    elif how == "jaccard":
        scale = a + b - m
    else:
        scale = np.sqrt(a * b)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(scale > 0, m / np.where(scale > 0, scale, 1.0), 0.0)
