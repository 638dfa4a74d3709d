"""Speed of the map layer against DuckDB's own aggregation, on a synthetic store.

One run builds a store of 10^6 relations (100,000 articles over a year, 10 relations each,
between 5,000 actors drawn with a Zipf-like skew, 2% of articles near-duplicates, the actor
identity filled as after an ingest), then measures

- building a one-month network (``riftmap.network.store.store_network``: identity mapped,
  duplicates left out, edges with type counts, dates and relation ids) and
- a plain DuckDB ``GROUP BY source, target`` (count only) over the same month's relations,

each as the median of five runs, and prints their ratio (bar: <= 3) and the peak memory
(RSS) of the process. The exit status is 1 when the bar is missed. Not a test: run
``.venv/bin/python benchmarks/network.py`` (``--relations N`` for a quicker look).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from riftmap.network.rows import Slice
from riftmap.network.store import store_network
from riftmap.store import Store

BAR = 3.0
ACTORS = 5_000
PER_ARTICLE = 10
MONTH = Slice(since=date(2025, 6, 1), until=date(2025, 6, 30))
TYPES = "['ACCUSE', 'SUPPORT', 'REQUEST', 'REJECT', 'THREATEN', 'AGREE', 'CONSULT', 'PROTEST']"

# Zipf-like actor draw: actor = floor(ACTORS ** u) - 1 for uniform u, so low ids are frequent.
_ACTOR = f"'actor-' || CAST(floor(pow({ACTORS}, random())) - 1 AS INTEGER)"


def populate(store: Store, relations: int) -> None:
    """Fill the store's tables with synthetic rows in a few set-based statements."""
    con = store.con
    con.execute("SELECT setseed(0.42)")
    articles = relations // PER_ARTICLE
    con.execute("INSERT INTO ingest_runs VALUES (1, now(), now(), 'finished', 'bench', 'local',"
                " 1, [], 0, 0, 0, 0)")  # fmt: skip
    con.execute(
        "INSERT INTO articles SELECT 'a' || i, i, 1, 'doc' || i || '.txt', NULL, 'Title ' || i,"
        " NULL, DATE '2025-01-01' + CAST(i * 365 // ? AS INTEGER), 'Outlet', NULL, NULL,"
        " 'text', '[]', NULL FROM range(?) t(i)",
        [articles, articles],
    )
    con.execute(
        f"INSERT INTO relations SELECT 'a' || (n // {PER_ARTICLE}), n % {PER_ARTICLE},"
        f" {_ACTOR}, {_ACTOR}, {TYPES}[1 + CAST(floor(random() * 8) AS INTEGER)],"
        " CAST(floor(random() * 3) AS INTEGER) - 1, NULL, NULL, 0, 10, 'evidence', NULL, '{}'"
        " FROM range(?) t(n)",
        [relations],
    )
    con.execute(
        "INSERT INTO duplicates SELECT 'a' || i, 'a' || (i - 1), 0.9, 1 FROM range(1, ?, 50) t(i)",
        [articles],
    )
    con.execute(
        "INSERT INTO actors SELECT 'actor-' || i, 'Actor ' || i, 'person', NULL"
        " FROM range(?) t(i)",
        [ACTORS],
    )
    con.execute(  # the rarest tenth of the ids merged into the commonest, as surnames are
        "INSERT INTO actor_identity SELECT 'actor-' || i,"
        " 'actor-' || CASE WHEN i >= ? THEN i - ? ELSE i END, 'same', 1 FROM range(?) t(i)",
        [ACTORS * 9 // 10, ACTORS * 9 // 10, ACTORS],
    )


def median_time(run: Callable[[], object], times: int = 5) -> float:
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        spent.append(time.perf_counter() - start)
    return statistics.median(spent)


def group_by(store: Store) -> object:
    return store.con.execute(
        "SELECT r.source, r.target, count(*) FROM relations r"
        " JOIN articles a ON a.id = r.article_id"
        " WHERE a.published_date BETWEEN ? AND ? GROUP BY r.source, r.target",
        [MONTH.since, MONTH.until],
    ).fetchall()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "bench.duckdb"
        with Store.open(path) as store:
            start = time.perf_counter()
            populate(store, args.relations)
            print(f"store: {args.relations:,} relations in {time.perf_counter() - start:.1f}s")
        with Store.open(path, read_only=True) as store:
            network = store_network(store, MONTH)
            baseline = group_by(store)
            built = median_time(lambda: store_network(store, MONTH))
            plain = median_time(lambda: group_by(store))
    ratio = built / plain
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"one-month network: {len(network.nodes):,} nodes, {len(network.edges):,} edges,"
          f" {sum(e.statements for e in network.edges):,} relations; {built * 1000:.0f} ms")
    print(f"GROUP BY source, target: {len(baseline):,} groups; {plain * 1000:.0f} ms")  # type: ignore[arg-type]
    print(f"network / GROUP BY = {ratio:.2f} (bar <= {BAR})")
    print(f"peak RSS: {peak:.0f} MB")
    return 0 if ratio <= BAR else 1


if __name__ == "__main__":
    sys.exit(main())
