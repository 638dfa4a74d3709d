"""Reading the store: DataFrames for the Python API, and what the query commands print.

Near-duplicates (syndicated copies) stay in the store, linked to the first copy, but they are
counted once: statistics and the default quote and relation queries leave them out, and the
exports mark them in a ``duplicate_of`` column. Quotes and relations are read with the user's
corrections applied (the ``*_corrected`` views of ``riftmap.store.corrections``).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import warnings
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal

import duckdb

from riftmap.errors import UsageError
from riftmap.store.db import Store

Frame = Literal["pandas", "polars"]
ExportFormat = Literal["csv", "parquet", "jsonl"]
EXPORTS = ("quotes", "relations", "actors")

_ORIGINALS = "a.id NOT IN (SELECT article_id FROM duplicates)"

_QUOTES = """
SELECT q.article_id, a.doc, a.title, a.outlet, a.published_date AS published, a.url, q.idx,
       q.speaker, s.name AS speaker_name, q.kind, q.confidence,
       q.source_start, q.source_end, q.source_text, q.cue_start, q.cue_end, q.cue_text,
       q.content_start, q.content_end, q.content_text, d.duplicate_of
FROM quotes_corrected q JOIN articles a ON a.id = q.article_id
LEFT JOIN actors s ON s.id = q.speaker
LEFT JOIN duplicates d ON d.article_id = q.article_id"""

_RELATIONS = """
SELECT r.article_id, a.doc, a.title, a.outlet, a.published_date AS published, a.url, r.idx,
       r.source, r.target, r.type, r.polarity, r.topic, r."when",
       r.evidence_start, r.evidence_end, r.evidence_text, r.quote, r.data, d.duplicate_of
FROM relations_corrected r JOIN articles a ON a.id = r.article_id
LEFT JOIN duplicates d ON d.article_id = r.article_id"""

_ACTORS = f"""
SELECT c.id, c.name, c.type,
       (SELECT list(alias ORDER BY alias) FROM actor_aliases x WHERE x.actor_id = c.id) AS aliases,
       (SELECT count(DISTINCT m.article_id) FROM mentions m JOIN articles a ON a.id = m.article_id
        WHERE m.actor_id = c.id AND {_ORIGINALS}) AS articles,
       (SELECT count(*) FROM quotes_corrected q JOIN articles a ON a.id = q.article_id
        WHERE q.speaker = c.id AND {_ORIGINALS}) AS quotes,
       c.data
FROM actors c"""


@dataclass(frozen=True)
class Stats:
    """What the store holds, with near-duplicates counted once."""

    articles: int
    near_duplicates: int
    actors: int
    quotes: int
    relations: int
    outlets: int
    first_published: date | None
    last_published: date | None
    runs: int
    errors_last_run: int
    top_speakers: tuple[tuple[str, str, int], ...]


class Corpus:
    """A riftmap store opened for reading: ``riftmap.open("riftmap.duckdb")``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.con = store.con

    @classmethod
    def open(cls, db: str | os.PathLike[str]) -> Corpus:
        return cls(Store.open(db, read_only=True))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def sql(self, query: str, params: list[Any] | None = None, *, frame: Frame = "pandas") -> Any:
        """Any SQL over the store's tables, as a DataFrame."""
        return _frame(self.con.sql(query, params=params), frame)

    def articles(self, *, duplicates: bool = False, frame: Frame = "pandas") -> Any:
        where = "" if duplicates else f"WHERE {_ORIGINALS}"
        return self.sql(
            f"SELECT a.* EXCLUDE (minhash) FROM articles a {where} ORDER BY seq", frame=frame
        )

    def quotes(
        self,
        *,
        speaker: str | None = None,
        since: date | None = None,
        until: date | None = None,
        search: str | None = None,
        duplicates: bool = False,
        limit: int | None = None,
        frame: Frame = "pandas",
    ) -> Any:
        """Quotes with their article's metadata, filtered as ``riftmap quotes`` documents."""
        query, params = quote_query(speaker, since, until, search, duplicates, limit)
        return self.sql(query, params, frame=frame)

    def relations(self, *, duplicates: bool = False, frame: Frame = "pandas") -> Any:
        where = "" if duplicates else " WHERE d.duplicate_of IS NULL"
        return self.sql(_RELATIONS + where + " ORDER BY a.seq, r.idx", frame=frame)

    def actors(self, *, frame: Frame = "pandas") -> Any:
        return self.sql(_ACTORS + " ORDER BY quotes DESC, articles DESC, c.id", frame=frame)

    def mentions(self, *, frame: Frame = "pandas") -> Any:
        return self.sql("SELECT * FROM mentions ORDER BY article_id, start", frame=frame)

    def duplicates(self, *, frame: Frame = "pandas") -> Any:
        return self.sql("SELECT * FROM duplicates ORDER BY article_id", frame=frame)

    def runs(self, *, frame: Frame = "pandas") -> Any:
        return self.sql("SELECT * FROM ingest_runs ORDER BY id", frame=frame)

    def errors(self, *, frame: Frame = "pandas") -> Any:
        return self.sql("SELECT * FROM ingest_errors ORDER BY run_id, seq", frame=frame)

    def stats(self, top: int = 10) -> Stats:
        """Counts over the store, near-duplicates counted once."""
        one = self._one
        first, last = self.con.execute(
            f"SELECT min(published_date), max(published_date) FROM articles a WHERE {_ORIGINALS}"
        ).fetchall()[0]
        speakers = self.con.execute(
            "SELECT q.speaker, coalesce(max(s.name), q.speaker), count(*) AS n"
            " FROM quotes_corrected q"
            f" JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker"
            f" WHERE q.speaker IS NOT NULL AND {_ORIGINALS}"
            " GROUP BY q.speaker ORDER BY n DESC, q.speaker LIMIT ?",
            [top],
        ).fetchall()
        return Stats(
            articles=one(f"SELECT count(*) FROM articles a WHERE {_ORIGINALS}"),
            near_duplicates=one("SELECT count(*) FROM duplicates"),
            actors=one("SELECT count(*) FROM actors"),
            quotes=one(
                f"SELECT count(*) FROM quotes_corrected q JOIN articles a ON a.id = q.article_id"
                f" WHERE {_ORIGINALS}"
            ),
            relations=one(
                f"SELECT count(*) FROM relations_corrected r JOIN articles a"
                f" ON a.id = r.article_id WHERE {_ORIGINALS}"
            ),
            outlets=one(f"SELECT count(DISTINCT outlet) FROM articles a WHERE {_ORIGINALS}"),
            first_published=first,
            last_published=last,
            runs=one("SELECT count(*) FROM ingest_runs"),
            errors_last_run=one(
                "SELECT count(*) FROM ingest_errors WHERE severity = 'error'"
                " AND run_id = (SELECT max(id) FROM ingest_runs)"
            ),
            top_speakers=tuple((str(a), str(b), int(c)) for a, b, c in speakers),
        )

    def export(self, what: str, fmt: ExportFormat, output: Path | None = None) -> None:
        """Write quotes, relations or actors as CSV, Parquet or JSON Lines (stdout if no file)."""
        if what not in EXPORTS:
            raise UsageError(f"cannot export '{what}' (choose {', '.join(EXPORTS)})")
        if fmt == "parquet" and output is None:
            raise UsageError("--format parquet writes a file: give --output FILE")
        query = {"quotes": _QUOTES, "relations": _RELATIONS, "actors": _ACTORS}[what]
        order = {"quotes": "a.seq, q.idx", "relations": "a.seq, r.idx", "actors": "c.id"}[what]
        options = {"csv": "FORMAT csv, HEADER", "parquet": "FORMAT parquet", "jsonl": "FORMAT json"}
        if output is not None:
            self._copy(f"{query} ORDER BY {order}", output, options[fmt])
            return
        with tempfile.TemporaryDirectory() as scratch:
            target = Path(scratch) / f"export.{fmt}"
            self._copy(f"{query} ORDER BY {order}", target, options[fmt])
            with target.open("rb") as fh:
                _stream(fh, sys.stdout.buffer)

    def _copy(self, query: str, target: Path, options: str) -> None:
        quoted = str(target).replace("'", "''")
        self.con.execute(f"COPY ({query}) TO '{quoted}' ({options})")

    def _one(self, query: str) -> int:
        row = self.con.execute(query).fetchall()[0]
        return int(row[0]) if row and row[0] is not None else 0


def quote_query(
    speaker: str | None,
    since: date | None,
    until: date | None,
    search: str | None,
    duplicates: bool,
    limit: int | None,
) -> tuple[str, list[Any]]:
    """The SQL of a quote search and its parameters."""
    where, params = ([] if duplicates else ["d.duplicate_of IS NULL"]), list[Any]()
    if speaker:
        where.append(
            "(q.speaker = lower(?) OR s.name ILIKE ? OR q.source_text ILIKE ? OR q.speaker IN"
            " (SELECT actor_id FROM actor_aliases WHERE alias ILIKE ?))"
        )
        params += [speaker.strip().replace(" ", "-"), f"%{speaker}%", f"%{speaker}%", speaker]
    if since:
        where.append("a.published_date >= ?")
        params.append(since)
    if until:
        where.append("a.published_date <= ?")
        params.append(until)
    for word in (search or "").split():
        where.append("q.content_text ILIKE ?")
        params.append(f"%{word}%")
    query = _QUOTES + (" WHERE " + " AND ".join(where) if where else "")
    query += " ORDER BY a.published_date NULLS LAST, a.seq, q.idx"
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    return query, params


def _frame(relation: duckdb.DuckDBPyRelation, frame: Frame) -> Any:
    if frame == "polars":
        try:
            import polars  # noqa: F401
        except ImportError as err:
            raise UsageError("polars is not installed: pip install polars") from err
        return relation.pl()
    with warnings.catch_warnings():  # DuckDB 2.0 calls a pandas API that pandas 3.1 deprecates
        warnings.filterwarnings("ignore", message="The inplace keyword")
        return relation.df(date_as_object=True)


def _stream(source: IO[bytes], target: IO[bytes]) -> None:
    shutil.copyfileobj(source, target)
    target.flush()
