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
Only pairs with a hostile statement are tested, the binomial tails of all their windows in
one call; evidence and brokers are gathered for the ``top`` rifts alone.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from datetime import timedelta

import numpy as np
from scipy.stats import binom

from riftmap.network.brokers import Ties, brokers
from riftmap.network.bulk import bulk
from riftmap.network.model import Rift, WindowPoint
from riftmap.network.rows import RelationRow, Relations, Slice
from riftmap.network.windows import DEFAULT_STEP, DEFAULT_WINDOW, Window, spans

PRIOR = 2.0  # pseudo-statements at the corpus's hostile share in every baseline
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
        return _ranked(relations.where(slice or Slice()), window, step, top)


def _ranked(taken: Relations, window: timedelta, step: timedelta, top: int) -> list[Rift]:
    """``rifts`` of the rows already taken."""
    rows = taken.rows
    if not rows:
        return []
    share = min(0.95, max(0.05, sum(r.hostile for r in rows) / len(rows)))
    grid = spans(taken, window, step)
    pairs: dict[tuple[str, str], list[RelationRow]] = defaultdict(list)
    for r in rows:
        pairs[(min(r.source, r.target), max(r.source, r.target))].append(r)
    timelines: dict[tuple[str, str], tuple[WindowPoint, ...]] = {}
    tests: list[tuple[tuple[str, str], str | None, int, int, float]] = []
    for pair, pair_rows in pairs.items():
        if any(r.hostile for r in pair_rows):
            timelines[pair] = _timeline(pair_rows, grid)
            tests.extend(_tests(pair, pair_rows, timelines[pair], share))
    ranked = sorted(
        (-score, _attacker_first(pair, pairs[pair]), pair, peak)
        for pair, (score, peak) in _surges(tests).items()
        if score > 0
    )
    shown = ranked[:top]
    # A pair's brokers depend only on the ties of its two actors: index those rows alone.
    ends = {actor for *_, pair, _ in shown for actor in pair}
    ties = Ties(r for r in rows if r.source in ends or r.target in ends)
    return [
        _rift(taken, pair, pairs[pair], timelines[pair], -neg, peak, ties)
        for neg, _, pair, peak in shown
    ]


def _timeline(rows: list[RelationRow], grid: list[Window]) -> tuple[WindowPoint, ...]:
    """The pair's statements and hostile statements in each window of the grid."""
    dated = sorted((r.date, r.hostile) for r in rows if r.date)
    days = [d for d, _ in dated]
    hostile = [0]
    for _, h in dated:
        hostile.append(hostile[-1] + h)
    points = []
    for w in grid:
        if w.start is None or w.end is None:
            points.append(WindowPoint(None, None, len(rows), sum(r.hostile for r in rows)))
            continue
        lo, hi = bisect_left(days, w.start), bisect_left(days, w.end)
        points.append(WindowPoint(w.start, w.end, hi - lo, hostile[hi] - hostile[lo]))
    return tuple(points)


def _tests(
    pair: tuple[str, str],
    rows: list[RelationRow],
    timeline: tuple[WindowPoint, ...],
    share: float,
) -> list[tuple[tuple[str, str], str | None, int, int, float]]:
    """The pair's windows with hostile statements, each with its statements and its trailing
    baseline: ``(pair, window start, hostile, statements, baseline)``."""
    dated = sorted((r.date, r.hostile) for r in rows if r.date)
    days = [d for d, _ in dated]
    hostile = [0]
    for _, h in dated:
        hostile.append(hostile[-1] + h)
    out = []
    for point in timeline:
        if point.hostile == 0:
            continue
        before = bisect_left(days, point.start) if point.start else 0
        baseline = (hostile[before] + PRIOR * share) / (before + PRIOR)
        out.append((pair, point.start, point.hostile, point.statements, baseline))
    return out


def _surges(
    tests: list[tuple[tuple[str, str], str | None, int, int, float]],
) -> dict[tuple[str, str], tuple[float, str | None]]:
    """Each pair's highest window score and that window's first day (the earliest window
    among equals), the binomial tails of all windows computed in one call."""
    if not tests:
        return {}
    _, _, hostile, statements, baseline = zip(*tests, strict=True)
    tails = binom.sf(np.array(hostile) - 1, np.array(statements), np.array(baseline))
    best: dict[tuple[str, str], tuple[float, str | None]] = {}
    for (pair, start, *_), tail in zip(tests, tails.tolist(), strict=True):
        score = -_log10(float(tail))
        if score > best.get(pair, (0.0, None))[0] + 1e-12:
            best[pair] = (score, start)
    return best


def _log10(p: float) -> float:
    from math import log10

    return log10(max(p, 1e-300))


def _attacker_first(pair: tuple[str, str], rows: list[RelationRow]) -> tuple[str, str]:
    """The pair with the actor who made more of its hostile statements first."""
    attacks = Counter(r.source for r in rows if r.hostile)
    a, b = sorted(pair, key=lambda x: (-attacks[x], x))
    return a, b


def _rift(
    relations: Relations,
    pair: tuple[str, str],
    rows: list[RelationRow],
    timeline: tuple[WindowPoint, ...],
    score: float,
    peak: str | None,
    ties: Ties,
) -> Rift:
    hostile = [r for r in rows if r.hostile]
    a, b = _attacker_first(pair, rows)
    dated = sorted(r.date for r in hostile if r.date)
    strongest = sorted(hostile, key=lambda r: (-(r.confidence or 0.0), r.date or "", r.doc, r.idx))
    topics = Counter(r.topic for r in rows if r.topic)
    return Rift(
        actors=(a, b),
        score=score,
        first_hostile=dated[0] if dated else None,
        peak=peak,
        topics=tuple(t for t, _ in topics.most_common(TOPICS)),
        brokers=tuple(brokers(ties, a, b)[:BROKERS]),
        evidence=tuple(r.evidence(relations.name(r.source)) for r in strongest[:EVIDENCE]),
        timeline=timeline,
    )
