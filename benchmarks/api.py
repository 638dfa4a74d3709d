"""Load on the HTTP API: 50 concurrent clients for 30 s on loopback, against a synthetic store.

It builds a store of >= 100k relations (``tests/web_support.bulk_store``: 400 actors over two
years, one quote per relation), starts ``riftmap.web`` on uvicorn in a separate process, and
runs ``--clients`` clients, each asking in turn for a one-month network and a page of one
actor's quotes (random month, random actor) until ``--seconds`` have passed. It prints the
number of requests and errors and the p50/p95 latency of each query, then times the same
calls made directly on DuckDB (the functions the routes call, on a cursor each) by as many
threads at once, and prints the ratio of the p95s (goal <= 2). The exit status is 1 when any
request failed. Not a test: run ``.venv/bin/python benchmarks/api.py`` on a quiet machine.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from web_support import bulk_store  # noqa: E402

from riftmap.network.rows import Slice  # noqa: E402
from riftmap.network.store import store_network  # noqa: E402
from riftmap.store import Store  # noqa: E402
from riftmap.web.params import Filters, Page  # noqa: E402
from riftmap.web.statements import quotes  # noqa: E402

ACTORS = 400
FIRST = date(2024, 1, 1)
SERVER = (
    "import sys, uvicorn; from riftmap.web import create_app;"
    "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]),"
    " log_level='warning', timeout_keep_alive=30)"
)


def month(rng: random.Random) -> tuple[date, date]:
    start = FIRST + timedelta(days=rng.randrange(0, 700))
    return start, start + timedelta(days=30)


def p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


async def client(
    url: str, seed: int, until: float, times: dict[str, list[float]], errors: list[str]
) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=url, timeout=60) as http:
        turn = seed % 2
        while time.monotonic() < until:
            if turn:
                since, end = month(rng)
                kind, path, params = (
                    "network",
                    "/api/network",
                    {"since": str(since), "until": str(end)},
                )
            else:
                kind, path = "quotes", "/api/quotes"
                params = {"actor": f"actor-{rng.randrange(ACTORS)}", "limit": "50"}
            turn = 1 - turn
            start = time.perf_counter()
            try:
                response = await http.get(path, params=params)
                if response.status_code != 200:
                    errors.append(f"{path}: {response.status_code}")
                    continue
                response.json()
            except httpx.HTTPError as err:
                errors.append(f"{path}: {err!r}")
                continue
            times[kind].append(time.perf_counter() - start)


async def load(url: str, clients: int, seconds: float) -> tuple[dict[str, list[float]], list[str]]:
    times: dict[str, list[float]] = {"network": [], "quotes": []}
    errors: list[str] = []
    until = time.monotonic() + seconds
    await asyncio.gather(*(client(url, i, until, times, errors) for i in range(clients)))
    return times, errors


def direct(db: Path, clients: int, per_client: int) -> dict[str, list[float]]:
    """The routes' own calls on DuckDB, ``clients`` threads at once, one cursor each."""
    times: dict[str, list[float]] = {"network": [], "quotes": []}
    store = Store.open(db, read_only=True)

    def work(seed: int) -> None:
        rng = random.Random(seed)
        cursor = Store(store.con.cursor(), db)
        calls: dict[str, Callable[[], object]] = {
            "network": lambda: store_network(cursor, Slice(*month(rng))).to_json(),
            "quotes": lambda: quotes(
                cursor, Filters(actor=f"actor-{rng.randrange(ACTORS)}"), Page(50, 0)
            ),
        }
        for i in range(per_client):
            kind = ("network", "quotes")[(seed + i) % 2]
            start = time.perf_counter()
            calls[kind]()
            times[kind].append(time.perf_counter() - start)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    store.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "bench.duckdb"
        started = time.perf_counter()
        bulk_store(db, args.relations, actors=ACTORS)
        print(f"store: {args.relations} relations in {time.perf_counter() - started:.1f}s")
        server = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(args.port)])
        try:
            url = f"http://127.0.0.1:{args.port}"
            _wait(url)
            times, errors = asyncio.run(load(url, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait(30)
        per_client = max(2, min(len(v) for v in times.values()) * 2 // args.clients)
        base = direct(db, args.clients, per_client)
    total = sum(len(v) for v in times.values())
    print(f"{args.clients} clients, {args.seconds:.0f}s: {total} requests, {len(errors)} errors")
    for e in errors[:5]:
        print("  error:", e)
    for kind in ("network", "quotes"):
        api, db_ = times[kind], base[kind]
        print(
            f"{kind:8s} API p50 {p(api, 50) * 1000:7.1f} ms  p95 {p(api, 95) * 1000:7.1f} ms | "
            f"DuckDB direct ({args.clients} threads) p50 {p(db_, 50) * 1000:7.1f} ms  "
            f"p95 {p(db_, 95) * 1000:7.1f} ms | p95 ratio {p(api, 95) / p(db_, 95):.2f} (goal <= 2)"
        )
    return 1 if errors else 0


def _wait(url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/config", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


if __name__ == "__main__":
    sys.exit(main())
