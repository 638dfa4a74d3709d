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
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from datetime import timedelta

from scipy.stats import binom

from riftmap.network.brokers import Ties, brokers
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
    taken = relations.where(slice or Slice())
    rows = taken.rows
    if not rows:
        return []
    share = min(0.95, max(0.05, sum(r.hostile for r in rows) / len(rows)))
    grid = spans(taken, window, step)
    pairs: dict[tuple[str, str], list[RelationRow]] = defaultdict(list)
    for r in rows:
        pairs[(min(r.source, r.target), max(r.source, r.target))].append(r)
    ties = Ties(rows)
    found = []
    for pair, pair_rows in sorted(pairs.items()):
        if not any(r.hostile for r in pair_rows):
            continue
        timeline = _timeline(pair_rows, grid)
        score, peak = _surge(pair_rows, timeline, share)
        if score > 0:
            found.append(_rift(taken, pair, pair_rows, timeline, score, peak, ties))
    found.sort(key=lambda r: (-r.score, r.actors))
    return found[:top]


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


def _surge(
    rows: list[RelationRow], timeline: tuple[WindowPoint, ...], share: float
) -> tuple[float, str | None]:
    """The pair's highest window score and that window's first day."""
    dated = sorted((r.date, r.hostile) for r in rows if r.date)
    days = [d for d, _ in dated]
    best, peak = 0.0, None
    for point in timeline:
        if point.hostile == 0:
            continue
        before = dated[: bisect_left(days, point.start)] if point.start else []
        baseline = (sum(h for _, h in before) + PRIOR * share) / (len(before) + PRIOR)
        score = -_log10(float(binom.sf(point.hostile - 1, point.statements, baseline)))
        if score > best + 1e-12:
            best, peak = score, point.start
    return best, peak


def _log10(p: float) -> float:
    from math import log10

    return log10(max(p, 1e-300))


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
    attacks = Counter(r.source for r in hostile)
    a, b = sorted(pair, key=lambda x: (-attacks[x], x))  # the attacker first
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
