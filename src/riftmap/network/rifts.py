"""Rifts: pairs of actors whose relation turns hostile, or whose hostility surges against
their own earlier windows.

For each pair (both directions together) and each window, the window's hostile statements
are tested against the pair's trailing baseline: the hostile share of everything the pair
said before the window opened, shrunk towards the corpus's hostile share by ``PRIOR``
pseudo-statements, so a pair with no past is measured against the corpus. The score is the
binomial surprise ``-log10 P(X >= hostile | statements, baseline)``; a pair's rift score is
its highest window, which is its peak. A long-friendly pair that turns hostile scores high; a
pair that was always hostile scores little after its first window.

Each rift carries its first hostile statement's day, its topics, its strongest evidence
(hostile statements, most confident first) and its brokers (``riftmap.network.brokers``).
Only pairs with a hostile statement are tested, all pairs at once over relation columns
(``riftmap.network.surges``); evidence and brokers are gathered for the ``top`` rifts alone,
which is also all a store reads as rows (``riftmap.network.store.store_rifts``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import timedelta

import numpy as np

from riftmap.network.brokers import Ties, brokers
from riftmap.network.bulk import bulk
from riftmap.network.model import Rift
from riftmap.network.rows import RelationRow, Relations, Slice
from riftmap.network.surges import PairColumns, Surge, day_number, surges
from riftmap.network.windows import DEFAULT_STEP, DEFAULT_WINDOW

EVIDENCE = 3
BROKERS = 5
TOPICS = 5


def rifts(
    relations: Relations,
    *,
    window: timedelta = DEFAULT_WINDOW,
    step: timedelta = DEFAULT_STEP,
    slice: Slice | None = None,
    top: int = 20,
) -> list[Rift]:
    """The ``top`` rifts of the slice, highest score first (see the module docstring)."""
    with bulk():
        taken = relations.where(slice or Slice())
        found = surges(columns_of(taken.rows), window, step, top)
        # A pair's brokers depend only on the ties of its two actors: index those rows alone.
        ends = {actor for s in found for actor in s.pair}
        ties = Ties(r for r in taken.rows if r.source in ends or r.target in ends)
        return rifts_of(found, taken.rows, ties, taken.name)


def columns_of(
    rows: Sequence[RelationRow], side: Callable[[str], str] = str
) -> PairColumns:
    """The relation rows as the columns ``surges`` scores; ``side`` names what an actor
    counts for (itself, or its bloc for rifts between blocs)."""
    ends = [(side(r.source), side(r.target)) for r in rows]
    actors = sorted({a for pair in ends for a in pair})
    index = {a: i for i, a in enumerate(actors)}
    source = np.array([index[s] for s, _ in ends], dtype=np.int64)
    target = np.array([index[t] for _, t in ends], dtype=np.int64)
    lo = np.minimum(source, target)
    return PairColumns(
        actors=actors,
        lo=lo,
        hi=np.maximum(source, target),
        day=np.array([day_number(r.date) for r in rows], dtype=np.int64),
        hostile=np.array([r.hostile for r in rows], dtype=np.bool_),
        from_lo=source == lo,
    )


def rifts_of(
    found: Sequence[Surge],
    rows: Sequence[RelationRow],
    ties: Ties,
    name: Callable[[str], str],
) -> list[Rift]:
    """The scored pairs as rifts, from the rows between each pair (in article order)."""
    wanted = {s.pair for s in found}
    between: dict[tuple[str, str], list[RelationRow]] = defaultdict(list)
    for r in rows:
        pair = (min(r.source, r.target), max(r.source, r.target))
        if pair in wanted:
            between[pair].append(r)
    return [_rift(s, between[s.pair], ties, name) for s in found]


def _rift(
    surge: Surge, rows: list[RelationRow], ties: Ties, name: Callable[[str], str]
) -> Rift:
    hostile = [r for r in rows if r.hostile]
    a, b = surge.actors
    dated = sorted(r.date for r in hostile if r.date)
    strongest = sorted(hostile, key=lambda r: (-(r.confidence or 0.0), r.date or "", r.doc, r.idx))
    topics = Counter(r.topic for r in rows if r.topic)
    return Rift(
        actors=(a, b),
        score=surge.score,
        first_hostile=dated[0] if dated else None,
        peak=surge.peak,
        topics=tuple(t for t, _ in topics.most_common(TOPICS)),
        brokers=tuple(brokers(ties, a, b)[:BROKERS]),
        evidence=tuple(r.evidence(name(r.source)) for r in strongest[:EVIDENCE]),
        timeline=surge.timeline,
    )
