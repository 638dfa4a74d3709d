"""The rift scores of every pair at once, over relation columns (see ``riftmap.network.rifts``
for what is scored and why).

A slice of a large corpus has tens of thousands of pairs; scoring them one by one in Python
costs seconds. Here the relations are integer columns (pair, day, hostile), sorted once; a
pair's statements and hostile statements in any window, and before it, are differences of
cumulative counts found by binary search, for all (pair, window) tests together. Only the
windows where a pair has a hostile statement are tested, so the work grows with the hostile
statements, not with pairs times windows. The figures are the same floats the per-pair
computation gave (same formulas, same order of operations), so rankings do not move.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from math import log10

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from numpy.typing import NDArray

from riftmap.network.brokers import Ties
from riftmap.network.columns import Ints
from riftmap.network.model import WindowPoint
from riftmap.network.rows import OUTREACH

PRIOR = 2.0  # pseudo-statements at the corpus's hostile share in every baseline
NO_DAY = -(2**62)  # an undated relation's day number
_EPOCH = date(1970, 1, 1)
Bools = NDArray[np.bool_]


def day_number(iso: str | None) -> int:
    return NO_DAY if not iso else (date.fromisoformat(iso) - _EPOCH).days


def iso_day(number: int) -> str:
    """The day's ISO date; a window running past the calendar's ends is cut at them."""
    try:
        return (_EPOCH + timedelta(days=number)).isoformat()
    except OverflowError:
        return (date.max if number > 0 else date.min).isoformat()


@dataclass(frozen=True)
class PairColumns:
    """One entry per relation: its unordered pair of actors as codes into ``actors`` (``lo``
    sorts before ``hi`` as the ids do), its day number (``NO_DAY`` when undated), whether it
    is hostile, and whether its source is ``lo``."""

    actors: list[str]
    lo: Ints
    hi: Ints
    day: Ints
    hostile: Bools
    from_lo: Bools


@dataclass(frozen=True)
class Surge:
    """A scored pair: its ids (the attacker first), score, peak window's first day, and its
    history over the slice's windows."""

    actors: tuple[str, str]
    pair: tuple[str, str]
    score: float
    peak: str | None
    timeline: tuple[WindowPoint, ...]


@dataclass(frozen=True)
class Grid:
    """The slice's windows: first days ``starts`` (day numbers), each ``length`` days long;
    ``dated`` False when nothing is dated and the one window is the whole slice."""

    starts: Ints
    length: int
    dated: bool


def grid_of(columns: PairColumns, window: timedelta, step: timedelta) -> Grid:
    """The windows ``riftmap.network.windows.spans`` makes over the same relations."""
    days = columns.day[columns.day != NO_DAY]
    if not len(days):
        return Grid(np.zeros(1 if len(columns.day) else 0, dtype=np.int64), 0, False)
    first, last = int(days.min()), int(days.max())
    starts, start = [], first
    while True:
        starts.append(start)
        if start + window.days > last:
            return Grid(np.array(starts, dtype=np.int64), window.days, True)
        start += step.days


def surges(columns: PairColumns, window: timedelta, step: timedelta, top: int) -> list[Surge]:
    """The ``top`` pairs by rift score, highest first (ties: the ordering ``rifts`` uses)."""
    if not len(columns.day):
        return []
    share = min(0.95, max(0.05, int(columns.hostile.sum()) / len(columns.day)))
    grid = grid_of(columns, window, step)
    pairs, pair = np.unique(columns.lo * len(columns.actors) + columns.hi, return_inverse=True)
    history = _History(columns, pair.astype(np.int64), len(pairs), grid)
    tested, window_of, hostile, statements, baseline = history.tests(share)
    # scipy.stats takes about a second to import: only the commands that rank rifts pay it
    from scipy.stats import binom

    tails = binom.sf(hostile - 1, statements, baseline) if len(tested) else np.zeros(0)
    scores = np.array([-log10(max(float(t), 1e-300)) for t in tails.tolist()])
    best, peak = _best(tested, window_of, scores, len(pairs))
    attacks = np.bincount(pair, weights=columns.hostile & columns.from_lo, minlength=len(pairs))
    attacks_hi = np.bincount(pair, weights=columns.hostile & ~columns.from_lo, minlength=len(pairs))
    lo_first = attacks >= attacks_hi
    ranked = []
    for p in _contenders(best, top).tolist():
        lo = columns.actors[int(pairs[p]) // len(columns.actors)]
        hi = columns.actors[int(pairs[p]) % len(columns.actors)]
        first = (lo, hi) if lo_first[p] else (hi, lo)
        start = grid.starts[peak[p]] if grid.dated else None
        ranked.append((-float(best[p]), first, (lo, hi), None if start is None else int(start), p))
    ranked.sort()
    return [
        Surge(first, pair_ids, -neg, None if start is None else iso_day(start), history.timeline(p))
        for neg, first, pair_ids, start, p in ranked[:top]
    ]


def _contenders(best: NDArray[np.float64], top: int) -> Ints:
    """The scored pairs that can be among the ``top``: those scoring at least the ``top``-th
    highest score (ties included, for the full ordering to settle)."""
    scored = np.flatnonzero(best > 0)
    if len(scored) <= top:
        return scored
    threshold = np.partition(best[scored], len(scored) - top)[len(scored) - top]
    kept: Ints = scored[best[scored] >= threshold]
    return kept


def _best(
    tested: Ints, window_of: Ints, scores: NDArray[np.float64], count: int
) -> tuple[NDArray[np.float64], Ints]:
    """Each pair's highest window score and that window (the earliest among equals within
    1e-12), as the per-pair loop found them: windows taken in time order."""
    best = np.zeros(count)
    peak = np.zeros(count, dtype=np.int64)
    order = np.lexsort((tested, window_of))
    tested, window_of, scores = tested[order], window_of[order], scores[order]
    bounds = np.flatnonzero(np.diff(window_of)) + 1
    for lo, hi in zip(np.r_[0, bounds].tolist(), np.r_[bounds, len(order)].tolist(), strict=True):
        p, s = tested[lo:hi], scores[lo:hi]
        better = s > best[p] + 1e-12
        best[p[better]] = s[better]
        peak[p[better]] = window_of[lo]
    return best, peak


class _History:
    """Dated relations sorted by pair and day, with cumulative hostile counts, so that any
    pair's counts over a range of days are two binary searches."""

    def __init__(self, columns: PairColumns, pair: Ints, pairs: int, grid: Grid) -> None:
        self.grid, self.pairs = grid, pairs
        self.total = np.bincount(pair, minlength=pairs)
        self.hostile_total = np.bincount(pair, weights=columns.hostile, minlength=pairs)
        dated = columns.day != NO_DAY
        first = int(grid.starts[0]) if grid.dated else 0
        self.first = first
        self.span = int(columns.day[dated].max()) - first + 1 if dated.any() else 1
        key = pair[dated] * self.span + (columns.day[dated] - first)
        order = np.argsort(key, kind="stable")
        self.key = key[order]
        self.cumulative = np.r_[0, np.cumsum(columns.hostile[dated][order])].astype(np.int64)
        self.hostile_pairs = self.hostile_total > 0
        self.rows = (pair[dated][order], columns.day[dated][order], columns.hostile[dated][order])

    def _position(self, pair: Ints, day: Ints) -> Ints:
        offset = np.clip(day - self.first, 0, self.span)
        found: Ints = np.searchsorted(self.key, pair * self.span + offset, side="left")
        return found

    def counts(self, pair: Ints, start: Ints) -> tuple[Ints, Ints, Ints, Ints]:
        """For each (pair, window start): statements and hostile statements in the window,
        and before it."""
        begin = self._position(pair, np.full(len(pair), self.first))
        lo = self._position(pair, start)
        hi = self._position(pair, start + self.grid.length)
        c = self.cumulative
        return hi - lo, c[hi] - c[lo], lo - begin, c[lo] - c[begin]

    def tests(self, share: float) -> tuple[Ints, Ints, Ints, Ints, NDArray[np.float64]]:
        """Every (pair, window) where a pair with a hostile statement has one: the pair, the
        window, its hostile statements and statements, and its trailing baseline."""
        if not self.grid.dated:
            tested = np.flatnonzero(self.hostile_pairs).astype(np.int64)
            baseline = np.full(len(tested), (0 + PRIOR * share) / (0 + PRIOR))
            return (
                tested,
                np.zeros(len(tested), dtype=np.int64),
                self.hostile_total[tested].astype(np.int64),
                self.total[tested],
                baseline,
            )
        tested, window_of = self._hostile_windows()
        n, h, before, hostile_before = self.counts(tested, self.grid.starts[window_of])
        baseline = (hostile_before + PRIOR * share) / (before + PRIOR)
        return tested, window_of, h, n, baseline

    def _hostile_windows(self) -> tuple[Ints, Ints]:
        """The distinct (pair, window) of every dated hostile relation."""
        pair, day, hostile = self.rows
        pair, offset = pair[hostile], day[hostile] - self.first
        step = int(self.grid.starts[1] - self.grid.starts[0]) if len(self.grid.starts) > 1 else 1
        last = len(self.grid.starts) - 1
        low = np.maximum(0, -((self.grid.length - 1 - offset) // step))
        high = np.minimum(last, offset // step)
        width = np.maximum(high - low + 1, 0)
        which = np.repeat(np.arange(len(pair)), width)
        window = (
            low[which] + np.arange(int(width.sum())) - np.repeat(np.cumsum(width) - width, width)
        )
        combined = np.unique(pair[which] * (last + 1) + window)
        return combined // (last + 1), combined % (last + 1)

    def timeline(self, p: int) -> tuple[WindowPoint, ...]:
        """The pair's statements and hostile statements in each window of the grid."""
        if not self.grid.dated:
            return (WindowPoint(None, None, int(self.total[p]), int(self.hostile_total[p])),)
        starts = self.grid.starts
        n, h, _, _ = self.counts(np.full(len(starts), p), starts)
        return tuple(
            WindowPoint(iso_day(s), iso_day(s + self.grid.length), c, k)
            for s, c, k in zip(starts.tolist(), n.tolist(), h.tolist(), strict=True)
        )


def broker_ties(
    columns: PairColumns,
    types: pa.ChunkedArray,
    polarity: pa.ChunkedArray,
    pairs: list[tuple[str, str]],
) -> Ties:
    """The ties the brokers of ``pairs`` are judged by: between an end of a pair and an actor
    tied to both its ends (``riftmap.network.brokers.brokers`` reads no other), counted over
    the relation columns (``types`` and ``polarity`` row by row with ``columns``)."""
    index = {a: i for i, a in enumerate(columns.actors)}
    count = len(columns.actors)
    source = np.where(columns.from_lo, columns.lo, columns.hi)
    target = np.where(columns.from_lo, columns.hi, columns.lo)
    ends = np.array(sorted({index[a] for pair in pairs for a in pair}), dtype=np.int64)
    touch = np.isin(source, ends) | np.isin(target, ends)
    source, target = source[touch], target[touch]
    wanted = [_around(index[a], index[b], source, target, count) for a, b in pairs]
    keys, where = np.unique(source * count + target, return_inverse=True)
    kept = np.isin(keys, np.concatenate(wanted)) if wanted else np.zeros(len(keys), bool)
    signs = polarity.to_numpy()[touch].astype(np.int64)
    reach = pc.is_in(types, value_set=pa.array(sorted(OUTREACH))).to_numpy(zero_copy_only=False)[
        touch
    ] & (signs >= 0)
    figures = [
        np.bincount(where, minlength=len(keys)),
        np.bincount(where, weights=signs, minlength=len(keys)),
        np.bincount(where, weights=reach, minlength=len(keys)),
        np.bincount(where, weights=signs < 0, minlength=len(keys)),
    ]
    actors = columns.actors
    return Ties.of_counts(
        (actors[k // count], actors[k % count], *(int(f[i]) for f in figures))
        for i, k in zip(np.flatnonzero(kept).tolist(), keys[kept].tolist(), strict=True)
    )


def _around(a: int, b: int, source: Ints, target: Ints, count: int) -> Ints:
    """The directed keys (source * count + target) between a or b and an actor tied to both."""
    near_a = np.union1d(target[source == a], source[target == a])
    near_b = np.union1d(target[source == b], source[target == b])
    both = np.setdiff1d(np.intersect1d(near_a, near_b), [a, b])
    return np.concatenate([a * count + both, both * count + a, b * count + both, both * count + b])
