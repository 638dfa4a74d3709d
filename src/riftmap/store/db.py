"""The DuckDB store: one writer, one transaction per batch, nothing ever stored twice.

Every batch of analysed articles is written in one transaction together with its problems
and the run's counters, so a run killed at any moment leaves the file as it was after its
last whole batch; the next run skips every article whose id is already stored and so finishes
the job. Articles are keyed by the hash of their text and everything else by its article, so
a batch written again adds nothing. Near-duplicates are found here, in arrival order, so that
every engine links the same pairs.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from riftmap.errors import StoreError, no_database
from riftmap.store.migrations import migrate
from riftmap.store.near import NearDuplicates
from riftmap.store.version import VERSION as __version__

WRITER_MEMORY = "512MB"


@dataclass(frozen=True)

class Written:
    """What one batch added: new articles (near-duplicates among them) and exact copies."""

    stored: int
    near_duplicates: int
    exact_duplicates: int


class Store:
    """A riftmap DuckDB file; open it with ``Store.open`` and use it as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path) -> None:
        self.con = con
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> Store:
        """Open (creating or upgrading when writable) the store at ``path``."""
        path = Path(path)
        if read_only and not path.exists():
            raise StoreError(no_database(path))
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as err:
            raise StoreError(f"{path}: cannot open the database ({_first_line(err)})") from err
        store = cls(con, path)
        try:
            if not read_only:
                # The writer shares the machine with the language model: one thread, and a
                # bounded buffer pool (DuckDB spills to disk beyond it).
                con.execute(f"SET threads = 1; SET memory_limit = '{WRITER_MEMORY}'")
                migrate(con)
                store._end_stale_runs()
        except BaseException:
            con.close()
            raise
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _end_stale_runs(self) -> None:
        # The file lock admits one writer: a run still 'running' now was killed.
        self.con.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running'")

    def start_run(self, *, engine: str, workers: int, paths: list[str]) -> int:
        """Record a new run and return its id."""
        row = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM ingest_runs").fetchall()[0]
        run_id = int(row[0]) if row else 1
        self.con.execute(
            "INSERT INTO ingest_runs (id, started, status, riftmap_version, engine, workers, paths)"
            " VALUES (?, now(), 'running', ?, ?, ?, ?)",
            [run_id, __version__, engine, workers, paths],
        )
        return run_id

    def finish_run(self, run_id: int, status: str) -> dict[str, Any]:
        """Close the run with ``status`` and return its row."""
        self.con.execute(
            "UPDATE ingest_runs SET status = ?, finished = now() WHERE id = ?", [status, run_id]
        )
        cursor = self.con.execute("SELECT * FROM ingest_runs WHERE id = ?", [run_id])
        names = [d[0] for d in cursor.description or ()]
        row = cursor.fetchall()[0]
        return dict(zip(names, row or (), strict=False))

    def known(self, ids: list[str]) -> set[str]:
        """Those of ``ids`` already stored."""
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall()
        return {row[0] for row in rows}

    def write(self, run_id: int, tables: dict[str, pa.Table], *, duplicates: int = 0) -> Written:
        """Store one batch (tables of ``riftmap.store.rows.BATCH_SCHEMAS``) in one transaction.

        ``duplicates`` counts copies the caller already recognised and left out.
        """
        con = self.con
        con.begin()
        try:
            written = self._write(run_id, tables, duplicates)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        finally:
            for name in [*tables, "new"]:
                with contextlib.suppress(duckdb.Error):
                    con.unregister(f"batch_{name}")
        return written

    def _write(self, run_id: int, tables: dict[str, pa.Table], duplicates: int) -> Written:
        con = self.con
        articles = tables["articles"]
        articles = articles.append_column("ord", pa.array(range(articles.num_rows), pa.int32()))
        for name, table in {**tables, "articles": articles}.items():
            con.register(f"batch_{name}", table)
        new = con.execute(
            "SELECT id, ord, minhash FROM batch_articles WHERE id NOT IN (SELECT id FROM articles)"
            " QUALIFY row_number() OVER (PARTITION BY id ORDER BY ord) = 1 ORDER BY ord"
        ).fetchall()
        links = NearDuplicates(con).link([(row[0], row[2]) for row in new])
        first = con.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchall()[0]
        seq0 = int(first[0]) if first else 1
        con.register(
            "batch_new",
            pa.table(
                {
                    "id": [row[0] for row in new],
                    "ord": pa.array([row[1] for row in new], pa.int32()),
                    "seq": pa.array(range(seq0, seq0 + len(new)), pa.int64()),
                }
            ),
        )
        for statement in _INSERTS:
            con.execute(statement, [run_id] if "?" in statement else [])
        if links:
            con.executemany(
                "INSERT INTO duplicates VALUES (?, ?, ?, ?)",
                [(aid, of, sim, run_id) for aid, of, sim in links],
            )
        exact = articles.num_rows - len(new) + duplicates
        self._count(run_id, len(new) - len(links), len(links) + exact)
        return Written(len(new), len(links), exact)

    def _count(self, run_id: int, articles: int, duplicates: int) -> None:
        self.con.execute(
            "UPDATE ingest_runs SET articles = articles + ?, duplicates = duplicates + ?,"
            " skipped = skipped + (SELECT count(*) FROM batch_problems WHERE severity = 'skipped'),"
            " errors = errors + (SELECT count(*) FROM batch_problems WHERE severity = 'error')"
            " WHERE id = ?",
            [articles, duplicates, run_id],
        )


def _first_line(err: Exception) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


# The batch's rows for its new articles (batch_new), deduplicated within the batch.
_INSERTS = (
    """INSERT INTO articles
    SELECT a.id, n.seq, ?, a.doc, a.origin, a.title, a.published,
           TRY_CAST(substr(a.published, 1, 10) AS DATE), a.outlet, a.url, a.author, a.text,
           a.removed, a.minhash
    FROM batch_articles a JOIN batch_new n ON a.id = n.id AND a.ord = n.ord ORDER BY n.seq""",
    """INSERT INTO article_bands
    SELECT DISTINCT b.article_id, b.band, b.key FROM batch_bands b
    WHERE b.article_id IN (SELECT id FROM batch_new) ORDER BY b.article_id, b.band""",
    """INSERT OR IGNORE INTO actors
    SELECT DISTINCT ON (a.actor_id) a.actor_id, coalesce(a.name, a.actor_id), a.type, a.data
    FROM batch_actors a JOIN batch_new n ON a.article_id = n.id
    ORDER BY a.actor_id, n.ord, a.idx""",
    """INSERT OR IGNORE INTO actor_aliases
    SELECT DISTINCT actor_id, alias FROM (
        SELECT actor_id, trim(name) AS alias FROM batch_actors
        WHERE article_id IN (SELECT id FROM batch_new)
        UNION ALL
        SELECT actor_id, trim(text) FROM batch_mentions
        WHERE article_id IN (SELECT id FROM batch_new)
    ) WHERE alias <> '' ORDER BY actor_id, alias""",
    """INSERT INTO article_actors
    SELECT DISTINCT ON (a.article_id, a.actor_id) a.article_id, a.actor_id,
           coalesce(a.name, a.actor_id), a.type,
           (SELECT count(*) FROM batch_mentions m
            WHERE m.article_id = a.article_id AND m.actor_id = a.actor_id)
    FROM batch_actors a JOIN batch_new n ON a.article_id = n.id
    ORDER BY a.article_id, a.actor_id, a.idx""",
    """INSERT INTO mentions
    SELECT DISTINCT article_id, actor_id, start, "end", text FROM batch_mentions
    WHERE article_id IN (SELECT id FROM batch_new) ORDER BY article_id, start, "end", actor_id""",
    """INSERT INTO quotes
    SELECT DISTINCT ON (article_id, idx) * FROM batch_quotes
    WHERE article_id IN (SELECT id FROM batch_new) ORDER BY article_id, idx""",
    """INSERT INTO relations
    SELECT DISTINCT ON (article_id, idx) * FROM batch_relations
    WHERE article_id IN (SELECT id FROM batch_new) ORDER BY article_id, idx""",
    """INSERT INTO ingest_errors
    SELECT ?, coalesce((SELECT max(seq) FROM ingest_errors), 0) + row_number() OVER (),
           origin, severity, reason
    FROM batch_problems""",
)
