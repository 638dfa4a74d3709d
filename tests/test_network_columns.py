"""The store's column paths (``EdgeTable``, ``store_rifts``, the surge scorer, the factions'
skipping of actors that cannot move) give what the plain per-row definitions give.

A small synthetic store (skewed actors, mixed dates, some relations dated by their ``when``,
some undated, near-duplicates, merged ids) is read both ways; the rift scores are also
checked against a brute-force count of every pair in every window.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from math import log10
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import binom

from riftmap.network.build import build_network
from riftmap.network.factions import _costs, improve
from riftmap.network.rifts import rifts
from riftmap.network.rows import Relations, Slice
from riftmap.network.store import read_store, store_network, store_rifts
from riftmap.network.windows import spans
from riftmap.store import Store

ACTORS = 40
TYPES = "['ACCUSE', 'SUPPORT', 'REQUEST', 'REJECT', 'CONSULT']"
_ACTOR = f"'actor-' || CAST(floor(pow({ACTORS}, random())) - 1 AS INTEGER)"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("columns") / "columns.duckdb"
    with Store.open(path) as store:
        con = store.con
        con.execute("SELECT setseed(0.17)")
        con.execute("INSERT INTO ingest_runs VALUES (1, now(), now(), 'finished', 'test',"
                    " 'local', 1, [], 0, 0, 0, 0)")  # fmt: skip
        con.execute(  # every 13th article undated
            "INSERT INTO articles SELECT 'a' || i, i, 1, 'doc' || i || '.txt', NULL, 'T' || i,"
            " NULL, CASE WHEN i % 13 = 0 THEN NULL ELSE DATE '2025-01-01' + CAST(i % 90 AS"
            " INTEGER) END, 'Outlet', NULL, NULL, 'text', '[]', NULL FROM range(400) t(i)"
        )
        con.execute(  # every 7th relation dated by its own `when`
            f"INSERT INTO relations SELECT 'a' || (n // 5), n % 5, {_ACTOR}, {_ACTOR},"
            f" {TYPES}[1 + CAST(floor(random() * 5) AS INTEGER)],"
            " CAST(floor(random() * 3) AS INTEGER) - 1, ['budget', 'trade', NULL][1 + n % 3],"
            " CASE WHEN n % 7 = 0 THEN CAST(DATE '2025-02-01' + CAST(n % 40 AS INTEGER) AS"
            " VARCHAR) END, n % 50, n % 50 + 9, 'evidence ' || n, NULL,"
            " '{\"confidence\": ' || (n % 10) / 10.0 || '}' FROM range(2000) t(n)"
        )
        con.execute("INSERT INTO duplicates SELECT 'a' || i, 'a' || (i - 1), 0.9, 1"
                    " FROM range(1, 400, 31) t(i)")  # fmt: skip
        con.execute("INSERT INTO actors SELECT 'actor-' || i, 'Actor ' || i, 'person', NULL"
                    " FROM range(?) t(i)", [ACTORS])  # fmt: skip
        con.execute(  # the last tenth of the ids merged into the first
            "INSERT INTO actor_identity SELECT 'actor-' || i, 'actor-' || CASE WHEN i >= 36"
            " THEN i - 36 ELSE i END, 'same', 1 FROM range(?) t(i)",
            [ACTORS],
        )
    return path


SLICES = [
    Slice(),
    Slice(since=date(2025, 1, 20), until=date(2025, 2, 28)),
    Slice(topic="budget"),
    Slice(min_statements=3),
]


@pytest.mark.parametrize("slice", SLICES)
def test_the_edge_table_is_the_network_of_the_rows(db: Path, slice: Slice) -> None:
    with Store.open(db, read_only=True) as store:
        columns = store_network(store, slice)
        rows = build_network(read_store(store, slice), slice)
    assert columns == rows and columns.nodes == rows.nodes
    assert tuple(columns.edges) == rows.edges and len(columns.edges) > 10
    assert columns.edges[3] == rows.edges[3] and columns.edges[-1] == rows.edges[-1]
    assert columns.edges[2:5] == rows.edges[2:5]


@pytest.mark.parametrize(("window", "step"), [(30, 7), (10, 20), (3, 1)])
def test_store_rifts_are_the_rifts_of_the_rows(db: Path, window: int, step: int) -> None:
    spans_ = {"window": timedelta(days=window), "step": timedelta(days=step)}
    with Store.open(db, read_only=True) as store:
        stored = store_rifts(store, Slice(), top=10, **spans_)
        relations = read_store(store)
    assert stored == rifts(relations, top=10, **spans_)
    assert len(stored) == 10 and all(r.brokers for r in stored[:3])
    assert [(r.actors, r.score, r.peak) for r in stored] == _brute_force(relations, **spans_)[:10]


def _brute_force(
    relations: Relations, window: timedelta, step: timedelta
) -> list[tuple[tuple[str, str], float, str | None]]:
    """Every pair's rift score by counting its relations in each window and before it."""
    rows = relations.rows
    share = min(0.95, max(0.05, sum(r.hostile for r in rows) / len(rows)))
    pairs = defaultdict(list)
    for r in rows:
        pairs[(min(r.source, r.target), max(r.source, r.target))].append(r)
    found = []
    for pair, mine in pairs.items():
        best, peak = 0.0, None
        for w in spans(relations, window, step):
            inside = [r for r in mine if r.date and w.start <= r.date < w.end]
            before = [r for r in mine if r.date and r.date < w.start]
            hostile = sum(r.hostile for r in inside)
            if not hostile:
                continue
            base = (sum(r.hostile for r in before) + 2.0 * share) / (len(before) + 2.0)
            score = -log10(max(float(binom.sf(hostile - 1, len(inside), base)), 1e-300))
            if score > best + 1e-12:
                best, peak = score, w.start
        if best > 0:
            attacks = defaultdict(int)
            for r in mine:
                attacks[r.source] += r.hostile
            first = tuple(sorted(pair, key=lambda x: (-attacks[x], x)))
            found.append((-best, first, pair, peak))
    return [(first, -neg, peak) for neg, first, _, peak in sorted(found)]


def _every_actor_in_turn(w: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """The local moves as defined: each actor checked in index order, until none moves."""
    labels = labels.copy()
    blocs = int(labels.max()) + 1
    hostile, friendly = np.minimum(w, 0.0), np.maximum(w, 0.0)
    changed = True
    while changed:
        changed = False
        for i in range(len(w)):
            cost = _costs(hostile[i], friendly[i], labels, blocs)
            best = int(np.argmin(cost))
            if cost[best] < cost[labels[i]] - 1e-9:
                labels[i], changed = best, True
    return labels


@pytest.mark.parametrize("seed", range(6))
def test_skipping_actors_that_cannot_move_makes_the_same_moves(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, blocs = int(rng.integers(5, 120)), int(rng.integers(2, 7))
    w = np.triu(rng.integers(-9, 10, size=(n, n)) * (rng.random((n, n)) < 0.3), 1)
    w = (w + w.T).astype(np.float64) * (1.0 if seed % 2 else 1 / 3)
    labels = rng.integers(0, blocs, size=n).astype(np.int64)
    labels[:blocs] = np.arange(blocs)
    assert np.array_equal(improve(w, labels), _every_actor_in_turn(w, labels))
