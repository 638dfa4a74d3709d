"""Kill -9 at random moments: a restarted `riftmap ingest` ends exactly as an uninterrupted run.

The real command runs as a subprocess on 200 small articles and is killed with SIGKILL at
random moments (at least 5 times), then started again until it finishes; every row of the
store must equal the rows of a run that was never interrupted. It runs with the stand-in
pipeline (``--pipeline``, kills then land mostly in the store's writes) and with riftmap's own
model (kills land mostly in the analysis).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from ingest_support import article, snapshot

TESTS = Path(__file__).resolve().parent
KILLS = 5


def command(corpus: Path, db: Path, pipeline: str | None) -> list[str]:
    script = Path(sys.executable).with_name("riftmap")
    args = [str(script), "ingest", str(corpus), "--db", str(db)]
    return args + (["--pipeline", pipeline] if pipeline else [])


def environment() -> dict[str, str]:
    """This environment, with the tests folder importable (for ``--pipeline``)."""
    paths = [str(TESTS), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def run(args: list[str]) -> tuple[int, float]:
    env = environment()
    start = time.monotonic()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.returncode, time.monotonic() - start


def articles(db: Path) -> int:
    if not db.exists():
        return 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'articles'")
        if tables.fetchall()[0][0] == 0:
            return 0
        return int(con.execute("SELECT count(*) FROM articles").fetchall()[0][0])
    finally:
        con.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    "pipeline", ["ingest_support:fake_pipeline", None], ids=["stand-in", "model"]
)
def test_killed_runs_finish_the_job_exactly_once(tmp_path: Path, pipeline: str | None) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(200):
        (corpus / f"a{i:03d}.txt").write_text(article(i, words=30), encoding="utf-8")
    (corpus / "copy.txt").write_text(article(7, words=30), encoding="utf-8")
    reference, db = tmp_path / "reference.duckdb", tmp_path / "killed.duckdb"
    _, whole = run(command(corpus, reference, pipeline))
    _, idle = run(command(corpus, reference, pipeline))  # nothing to add: start-up and reading
    work = max(whole - idle, 0.5)

    rng = random.Random(20250123)
    env = environment()
    kills, stored, late = 0, [], 0.0
    for _ in range(6 * KILLS):
        if kills >= KILLS and any(0 < n < 200 for n in stored):
            break
        process = subprocess.Popen(
            command(corpus, db, pipeline),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.5 * idle, idle + work / 3) + late)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
        stored.append(articles(db))
        # on a slow or busy machine the kills may all land before the first write, or a run
        # may finish first: aim later, or start the store afresh, until one lands mid-run
        if stored[-1] == 0:
            late += work / 4
        elif stored[-1] < 200:
            late = 0.0
        elif not any(0 < n < 200 for n in stored):
            for stale in (db, db.with_name(db.name + ".wal")):
                stale.unlink(missing_ok=True)
            late = max(0.0, late - work / 4)
    assert kills >= KILLS
    print("articles stored after each kill:", stored)
    assert any(0 < n < 200 for n in stored), f"no kill landed mid-run: {stored}"
    run(command(corpus, db, pipeline))

    assert snapshot(db) == snapshot(reference)
    con = duckdb.connect(str(db), read_only=True)
    statuses = [row[0] for row in con.execute("SELECT status FROM ingest_runs").fetchall()]
    con.close()
    assert statuses[-1] == "finished" and "interrupted" in statuses
