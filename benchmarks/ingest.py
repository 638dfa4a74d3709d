"""Throughput, scaling and memory of ``riftmap ingest`` against the bare spaCy parse.

In one run over the same texts (PolNeAR dev + train by default), it measures:

1. the bare parse rate: ``nlp.pipe`` of the base spaCy model, in this process, and the same
   for riftmap's whole pipeline (``build_nlp``), to tell the pipeline's cost from ingest's;
2. ``riftmap ingest`` with 1 worker (a subprocess, timed by its own ``ingest_runs`` row, so
   that Python's start-up and the driver's model loading do not count; worker processes load
   theirs inside the run, which counts against them) and its peak memory (RSS);
3. the same with 2 workers;
4. ``riftmap ingest`` with 1 worker on a quarter of the texts, for its peak memory;
5. the Dask engine with 2 workers, whose rows must equal the local engine's.

It prints every figure and these ratios, with the bars they should meet: ingest / bare parse
>= 0.7 (one worker); 2 workers / 1 worker >= 1.6; peak RSS of 4x the articles <= 1.2x. The
exit status is 1 when a bar is missed. Not a test: run ``.venv/bin/python benchmarks/ingest.py``
when the machine is quiet (the 2-worker ratio needs both cores); ``--limit N`` takes a quick
look on the first N texts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
from spacy.language import Language

from riftmap.nlp.pipeline import build_nlp, load_base_model

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "polnear"
TABLES = ("articles", "actors", "actor_aliases", "mentions", "quotes", "relations", "duplicates")
BARS = {"ingest/bare": 0.7, "2 workers/1 worker": 1.6}
MAX_RSS_GROWTH = 1.2


def texts(folders: list[Path], limit: int | None) -> list[Path]:
    paths = sorted(p for folder in folders for p in folder.glob("*.txt"))
    return paths[:limit] if limit else paths


def stage(paths: list[Path], into: Path) -> Path:
    """Copy the texts into one folder (links would do, but copies keep the run honest)."""
    into.mkdir(parents=True)
    for i, path in enumerate(paths):
        shutil.copyfile(path, into / f"{i:05d}_{path.name}")
    return into


def pipe_rate(nlp: Language, paths: list[Path], batch_size: int) -> tuple[float, float]:
    """Articles and characters per second of ``nlp.pipe`` over the texts."""
    items = [p.read_text(encoding="utf-8") for p in paths]
    for _ in nlp.pipe(items[:8], batch_size=batch_size):
        pass  # warm-up
    start = time.perf_counter()
    for _ in nlp.pipe(items, batch_size=batch_size):
        pass
    seconds = time.perf_counter() - start
    return len(items) / seconds, sum(map(len, items)) / seconds


def ingest(folder: Path, db: Path, *args: str) -> tuple[float, int, float]:
    """Run ``riftmap ingest``: (articles per second of the run, peak RSS in MB, seconds)."""
    command = [str(Path(sys.executable).with_name("riftmap")), "ingest", str(folder)]
    process = subprocess.Popen(
        [*command, "--db", str(db), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    start = time.perf_counter()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        sys.exit(f"riftmap ingest failed ({process.returncode}): {process.stderr.read()[-2000:]}")  # type: ignore[union-attr]
    con = duckdb.connect(str(db), read_only=True)
    first, last, n = con.execute(
        "SELECT min(r.started), max(r.finished), (SELECT count(*) FROM articles) FROM ingest_runs r"
    ).fetchall()[0]
    con.close()
    # ru_maxrss is in kB on Linux: the largest of the process and its waited-for children.
    return n / (last - first).total_seconds(), usage.ru_maxrss // 1024, seconds


def rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for table in TABLES:
        query = f"SELECT * FROM {table}"
        if table in ("articles", "duplicates"):
            query = f"SELECT * EXCLUDE (run_id) FROM {table}"
        out[table] = sorted(con.execute(query).fetchall(), key=repr)
    con.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        default=[CORPUS / "dev" / "text", CORPUS / "train" / "text"],
    )
    parser.add_argument("--limit", type=int, help="use only the first N texts (a quick look)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()

    paths = texts(args.folders, args.limit)
    if len(paths) < 8:
        sys.exit(f"too few texts in {', '.join(map(str, args.folders))}")
    chars = sum(p.stat().st_size for p in paths)
    print(
        f"{len(paths)} texts, {chars / 1e6:.1f} MB, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.2f} at the start"
    )
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        everything = stage(paths, tmp / "all")
        quarter = stage(paths[: len(paths) // 4], tmp / "quarter")
        bare, bare_chars = pipe_rate(load_base_model(), paths, args.batch_size)
        print(f"bare nlp.pipe           {bare:8.2f} articles/s  ({bare_chars:,.0f} chars/s)")
        full, full_chars = pipe_rate(build_nlp(), paths, args.batch_size)
        print(f"riftmap nlp.pipe        {full:8.2f} articles/s  ({full_chars:,.0f} chars/s)")
        one, rss_all, s1 = ingest(everything, tmp / "one.duckdb")
        print(f"ingest, 1 worker        {one:8.2f} articles/s  peak RSS {rss_all} MB ({s1:.0f} s)")
        two, rss_two, s2 = ingest(everything, tmp / "two.duckdb", "--workers", "2")
        print(f"ingest, 2 workers       {two:8.2f} articles/s  peak RSS {rss_two} MB ({s2:.0f} s)")
        _, rss_quarter, s4 = ingest(quarter, tmp / "quarter.duckdb")
        print(f"ingest of 1/4, 1 worker peak RSS {rss_quarter} MB ({s4:.0f} s)")
        print(f"ratio ingest/riftmap nlp.pipe {one / full:6.2f}   (the cost of ingest itself)")
        ratios = {"ingest/bare": one / bare, "2 workers/1 worker": two / one}
        for name, value in ratios.items():
            ok = value >= BARS[name]
            failed |= not ok
            print(f"ratio {name:20s} {value:6.2f}   ({'ok' if ok else f'below {BARS[name]}'})")
        growth = rss_all / rss_quarter
        failed |= growth > MAX_RSS_GROWTH
        verdict = "ok" if growth <= MAX_RSS_GROWTH else f"above {MAX_RSS_GROWTH}"
        print(f"peak RSS 4x articles / 1x {growth:6.2f}   ({verdict})")
        same = rows(tmp / "two.duckdb") == rows(tmp / "one.duckdb")
        print(f"2 workers store the same rows as 1: {'yes' if same else 'NO'}")
        failed |= not same
        if not args.skip_dask:
            rate, rss, sd = ingest(
                everything, tmp / "dask.duckdb", "--engine", "dask", "--workers", "2"
            )
            same = rows(tmp / "dask.duckdb") == rows(tmp / "one.duckdb")
            print(
                f"ingest, dask 2 workers  {rate:8.2f} articles/s  driver RSS {rss} MB "
                f"({sd:.0f} s); same rows as local: {'yes' if same else 'NO'}"
            )
            failed |= not same
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
