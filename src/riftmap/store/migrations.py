"""Versions of the store's schema, and the steps that bring an older file up to date.

A new file gets ``schema.sql`` whole; a file made by an older riftmap is upgraded in place,
one step per version, each in its own transaction, so that a newer riftmap opens any older
file. A file made by a newer riftmap is refused rather than misread.

History:
    1  articles, actors, actor_aliases, mentions, quotes, relations, duplicates, ingest_runs,
       ingest_errors
    2  articles.minhash and article_bands: near-duplicate search by MinHash LSH (the signatures
       of articles stored before are computed during the upgrade)
    3  article_actors (each article's actors, name and type as that article has them),
       actor_identity (each actor id articles give -> its corpus-wide id) and actor_overrides (the
       user's merges and splits); the identity is filled by the next ingest or override, and
       the article actors of older files from their mentions
    4  corrections (the user's fixes of quotes and relations, keyed by article and span) and
       the views quotes_corrected and relations_corrected that apply them
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files

import duckdb

from riftmap.errors import StoreError

CURRENT = 4

Step = Callable[[duckdb.DuckDBPyConnection], None]


def schema_sql() -> str:
    return files("riftmap.store").joinpath("schema.sql").read_text("utf-8")


def version_of(con: duckdb.DuckDBPyConnection) -> int:
    """The file's schema version: 0 for an empty file."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "riftmap_schema" not in tables:
        if tables:
            raise StoreError("the file holds tables but is not a riftmap store")
        return 0
    row = con.execute("SELECT max(version) FROM riftmap_schema").fetchall()[0]
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Create or upgrade the schema to ``CURRENT``; return the version the file had."""
    found = version_of(con)
    if found > CURRENT:
        raise StoreError(
            f"the file was written by a newer riftmap (schema {found}, this riftmap knows "
            f"{CURRENT}); upgrade riftmap to open it"
        )
    if found == 0:
        _in_transaction(con, _create, CURRENT)
    for version in range(found, CURRENT) if found else ():
        _in_transaction(con, STEPS[version], version + 1)
    return found


def _create(con: duckdb.DuckDBPyConnection) -> None:
    from riftmap.store import corrections

    con.execute(schema_sql())
    corrections.create(con)  # its views are built from its field lists: one definition


def _in_transaction(con: duckdb.DuckDBPyConnection, step: Step, version: int) -> None:
    con.begin()
    try:
        step(con)
        con.execute("INSERT INTO riftmap_schema VALUES (?, now())", [version])
        con.commit()
    except BaseException:
        con.rollback()
        raise


def _add_minhash(con: duckdb.DuckDBPyConnection) -> None:
    """1 -> 2: MinHash signatures and LSH bands, computed for the articles already stored."""
    from riftmap.ingest.clean import clean
    from riftmap.ingest.dedupe import bands, signature

    con.execute("ALTER TABLE articles ADD COLUMN minhash BLOB")
    con.execute(
        "CREATE TABLE article_bands "
        "(article_id VARCHAR NOT NULL, band SMALLINT NOT NULL, key BIGINT NOT NULL)"
    )
    ids = [row[0] for row in con.execute("SELECT id FROM articles ORDER BY seq").fetchall()]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        texts = con.execute(
            "SELECT id, text FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [chunk]
        ).fetchall()
        for article_id, text in texts:
            sig = signature(clean(text).text)
            if sig is None:
                continue
            con.execute("UPDATE articles SET minhash = ? WHERE id = ?", [sig, article_id])
            con.executemany(  # never empty: a signature has BANDS bands
                "INSERT INTO article_bands VALUES (?, ?, ?)",
                [(article_id, band, key) for band, key in enumerate(bands(sig))],
            )


def _add_actor_identity(con: duckdb.DuckDBPyConnection) -> None:
    """2 -> 3: article actors (from the mentions, names and types as first seen), the
    corpus-level actor identity and the user's overrides (empty at first)."""
    con.execute(
        "CREATE TABLE article_actors (article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL,"
        " name VARCHAR NOT NULL, type VARCHAR, mentions INTEGER NOT NULL,"
        " PRIMARY KEY (article_id, actor_id))"
    )
    con.execute(
        "INSERT INTO article_actors SELECT m.article_id, m.actor_id,"
        " coalesce(max(c.name), m.actor_id), max(c.type), count(*) FROM mentions m"
        " LEFT JOIN actors c ON c.id = m.actor_id GROUP BY m.article_id, m.actor_id"
    )
    con.execute(
        "CREATE TABLE actor_identity (local_id VARCHAR PRIMARY KEY, actor_id VARCHAR NOT NULL,"
        " rule VARCHAR NOT NULL, articles INTEGER NOT NULL)"
    )
    con.execute(
        "CREATE TABLE actor_overrides (seq INTEGER PRIMARY KEY, action VARCHAR NOT NULL,"
        " ids VARCHAR[] NOT NULL, created TIMESTAMPTZ NOT NULL)"
    )


def _add_corrections(con: duckdb.DuckDBPyConnection) -> None:
    """3 -> 4: the corrections table (empty) and the views that apply it."""
    from riftmap.store import corrections

    corrections.create(con)


# STEPS[v] upgrades a file from version v to v + 1.
STEPS: dict[int, Step] = {1: _add_minhash, 2: _add_actor_identity, 3: _add_corrections}
