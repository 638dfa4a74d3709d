"""The corpus over moving windows (``--window 30d --step 7d``), so a tie can be followed.

Windows start on the first dated relation and step forward until one covers the last; each
holds the relations dated in ``[start, start + window)``. Undated relations belong to no
window; when nothing is dated at all, the whole corpus is one window without bounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from riftmap.network.build import build_network
from riftmap.network.model import Network
from riftmap.network.rows import RelationRow, Relations, Slice

DEFAULT_WINDOW = timedelta(days=30)
DEFAULT_STEP = timedelta(days=7)


@dataclass(frozen=True)
class Window:
    """One window: its first day and the day after its last (ISO), None when undated."""

    start: str | None
    end: str | None
    rows: tuple[RelationRow, ...]


def spans(
    relations: Relations, window: timedelta = DEFAULT_WINDOW, step: timedelta = DEFAULT_STEP
) -> list[Window]:
    """The windows over the relations' dates, in order (see the module docstring)."""
    dated = sorted(
        ((date.fromisoformat(r.date), r) for r in relations.rows if r.date),
        key=lambda pair: (pair[0], pair[1].doc, pair[1].idx),
    )
    if not dated:
        return [Window(None, None, relations.rows)] if relations.rows else []
    first, last = dated[0][0], dated[-1][0]
    out, start, lo = [], first, 0
    while True:
        end = start + window
        while lo < len(dated) and dated[lo][0] < start:
            lo += 1
        hi = lo
        while hi < len(dated) and dated[hi][0] < end:
            hi += 1
        out.append(Window(start.isoformat(), end.isoformat(), tuple(r for _, r in dated[lo:hi])))
        if end > last:
            return out
        start += step


def windows(
    relations: Relations,
    window: timedelta = DEFAULT_WINDOW,
    step: timedelta = DEFAULT_STEP,
    slice: Slice | None = None,
) -> list[tuple[Window, Network]]:
    """The network of each window of the slice: ``(window, network)`` in time order."""
    slice = slice or Slice()
    taken = relations.where(slice)
    return [
        (w, build_network(Relations(w.rows, relations.actors), slice))
        for w in spans(taken, window, step)
    ]
