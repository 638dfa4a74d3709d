"""The map layer over a DuckDB store: relations with corpus actor ids, read in one place.

``relation_sql`` is the one query that turns stored relations into the map's rows (with the
user's corrections: it reads ``relations_corrected``, see riftmap.store.corrections): ends
mapped through ``actor_identity``, near-duplicate copies left out, the date a relation
happened (its ``when``, else its article's publication day), the slice's range and topic
applied, every value a parameter. ``read_store`` fetches its rows; ``store_network`` has
DuckDB select and sort the same rows edge by edge and computes the edges' figures over their
columns at once (``riftmap.network.columns``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from riftmap.kb.loader import KnowledgeBase
from riftmap.network.build import assemble
from riftmap.network.bulk import bulk
from riftmap.network.columns import EdgeTable, string_codes, string_ranks
from riftmap.network.identity import ActorRecord, Identity, Override, merge_actors
from riftmap.network.model import Network, Rift
from riftmap.network.rifts import rifts_of
from riftmap.network.rows import RelationRow, Relations, Slice
from riftmap.network.surges import NO_DAY, PairColumns, broker_ties, surges
from riftmap.network.windows import DEFAULT_STEP, DEFAULT_WINDOW
from riftmap.store import Store

IDENTITY_TABLE = "actor_identity"
_MEMORY = "riftmap_identity_now"

_ROWS = """
WITH rel AS (
    SELECT r.article_id AS doc, r.idx,
           coalesce(si.actor_id, r.source) AS source, coalesce(ti.actor_id, r.target) AS target,
           coalesce(r.type, 'OTHER') AS type, coalesce(r.polarity, 0) AS polarity, r.topic,
           coalesce(TRY_CAST(substr(r."when", 1, 10) AS DATE), a.published_date) AS day,
           r.evidence_start, r.evidence_end, r.evidence_text, r.data,
           a.outlet, a.url, a.title
    FROM relations_corrected r JOIN articles a ON a.id = r.article_id
    LEFT JOIN {identity} si ON si.local_id = r.source
    LEFT JOIN {identity} ti ON ti.local_id = r.target
    WHERE r.source IS NOT NULL AND r.target IS NOT NULL
      AND r.article_id NOT IN (SELECT article_id FROM duplicates)
)
SELECT {columns} FROM rel WHERE source <> target{where}"""

_ROW_COLUMNS = (
    "doc, idx, source, target, type, polarity, topic, CAST(day AS VARCHAR), evidence_start,"
    " evidence_end, evidence_text, TRY_CAST(json_extract(data, '$.confidence') AS DOUBLE),"
    " outlet, url, title"
)
# One row per relation, what ``EdgeTable.from_rows`` reads (and sorts: numpy sorts the
# rows' integer codes faster than DuckDB sorts their strings).
_EDGE_ROW_COLUMNS = "source, target, type, polarity, day, doc, idx"

_RECORDS = """
SELECT article_id, actor_id, name, type, mentions FROM article_actors
UNION ALL
SELECT DISTINCT r.article_id, e.id, e.id, NULL, 0
FROM relations r, LATERAL (SELECT unnest([r.source, r.target]) AS id) e
WHERE e.id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM article_actors x WHERE x.article_id = r.article_id AND x.actor_id = e.id)
ORDER BY 1, 2"""

_NAMES = """
SELECT DISTINCT ON (cid) cid, name, type FROM (
    SELECT coalesce(i.actor_id, c.id) AS cid, c.id, c.name, c.type FROM actors c
    LEFT JOIN {identity} i ON i.local_id = c.id
) ORDER BY cid, id <> cid, id"""


def relation_sql(slice: Slice, identity: str, columns: str) -> tuple[str, list[Any]]:
    """The relation rows of ``slice`` (see the module docstring) and their parameters."""
    where, params = [], list[Any]()
    if slice.since is not None:
        where.append("day >= ?")
        params.append(slice.since)
    if slice.until is not None:
        where.append("day <= ?")
        params.append(slice.until)
    if slice.topic is not None:
        where.append("lower(topic) = lower(?)")
        params.append(slice.topic)
    tail = "".join(f" AND {w}" for w in where)
    return _ROWS.format(identity=identity, columns=columns, where=tail), params


def read_store(
    store: Store, slice: Slice | None = None, *, kb: KnowledgeBase | None = None
) -> Relations:
    """The slice's relation rows (date range and topic applied), in article and index order."""
    slice = slice or Slice()
    identity = identity_relation(store, kb)
    query, params = relation_sql(slice, identity, _ROW_COLUMNS)
    rows = store.con.execute(query + " ORDER BY doc, idx", params).fetchall()
    with bulk():
        return Relations(tuple(RelationRow(*row) for row in rows), actor_names(store, identity))


def relation_table(
    store: Store, slice: Slice | None = None, *, kb: KnowledgeBase | None = None
) -> pa.Table:
    """The slice's relation rows as Arrow columns (``_EDGE_ROW_COLUMNS``), unordered: what
    ``store_network`` and ``store_rifts`` compute over, so a report reads them once."""
    query, params = relation_sql(slice or Slice(), identity_relation(store, kb), _EDGE_ROW_COLUMNS)
    return store.con.sql(query, params=params).to_arrow_table()


def store_network(
    store: Store,
    slice: Slice | None = None,
    *,
    kb: KnowledgeBase | None = None,
    rows: pa.Table | None = None,
) -> Network:
    """``build_network`` of the store's slice: the rows selected in DuckDB and fetched as
    columns (``rows``, when the caller has read them), the edges' figures computed over them
    at once (``EdgeTable``)."""
    slice = slice or Slice()
    identity = identity_relation(store, kb)
    table = EdgeTable.from_rows(rows if rows is not None else relation_table(store, slice, kb=kb))
    names = actor_names(store, identity)
    if slice.actor is not None or slice.min_statements > 1:
        with bulk():
            return assemble(list(table), Relations((), names), slice, ordered=True)
    with bulk():
        nodes = table.nodes(names)
    return Network(
        nodes=nodes,
        edges=table,
        since=slice.since.isoformat() if slice.since else None,
        until=slice.until.isoformat() if slice.until else None,
    )


def store_rifts(
    store: Store,
    slice: Slice | None = None,
    *,
    kb: KnowledgeBase | None = None,
    window: timedelta = DEFAULT_WINDOW,
    step: timedelta = DEFAULT_STEP,
    top: int = 20,
    rows: pa.Table | None = None,
) -> list[Rift]:
    """``rifts`` of the store's slice: every pair scored over the rows' columns (``rows``,
    when the caller has read them), and only the rows and ties of the ``top`` pairs read
    as objects."""
    slice = slice or Slice()
    identity = identity_relation(store, kb)
    table = rows if rows is not None else relation_table(store, slice, kb=kb)
    columns = pair_columns(table)
    found = surges(columns, window, step, top)
    if not found:
        return []
    query, params = relation_sql(slice, identity, _ROW_COLUMNS)
    rows = store.con.execute(
        f"SELECT r.* FROM ({query}) r JOIN (SELECT unnest(?) AS a, unnest(?) AS b) p"
        " ON least(r.source, r.target) = p.a AND greatest(r.source, r.target) = p.b"
        " ORDER BY r.doc, r.idx",
        [*params, [s.pair[0] for s in found], [s.pair[1] for s in found]],
    ).fetchall()
    relations = Relations(tuple(RelationRow(*row) for row in rows), actor_names(store, identity))
    ties = broker_ties(columns, table.column("type"), table.column("polarity"),
                       [s.pair for s in found])
    return rifts_of(found, relations.rows, ties, relations.name)


def pair_columns(table: pa.Table) -> PairColumns:
    """Relation rows (source, target, day, polarity) as the columns ``surges`` scores."""
    dictionary, (source, target) = string_codes(table, "source", "target")
    ranks = string_ranks(dictionary)
    source, target = ranks[source], ranks[target]
    lo = np.minimum(source, target)
    days = table.column("day").cast(pa.int32())
    known = pc.is_valid(days).to_numpy(zero_copy_only=False)
    numbers = pc.fill_null(days, 0).to_numpy().astype(np.int64)
    return PairColumns(
        actors=dictionary.take(pc.array_sort_indices(dictionary)).to_pylist(),
        lo=lo,
        hi=np.maximum(source, target),
        day=np.where(known, numbers, NO_DAY),
        hostile=table.column("polarity").to_numpy() < 0,
        from_lo=source == lo,
    )


def actor_names(store: Store, identity: str) -> dict[str, tuple[str, str | None]]:
    """Corpus id -> (name, type): the actor row of that id, else of its first member."""
    rows = store.con.execute(_NAMES.format(identity=identity)).fetchall()
    return {str(cid): (str(name), type_) for cid, name, type_ in rows}


# -- the identity table ------------------------------------------------------------------


def identity_relation(store: Store, kb: KnowledgeBase | None = None) -> str:
    """The name of the table to map actor ids through: the stored identity, or one computed
    now (and registered on the connection) when the store has none yet or ``kb`` adds names."""
    con = store.con
    filled = con.execute(f"SELECT count(*) > 0 FROM {IDENTITY_TABLE}").fetchall()[0][0]
    if filled and kb is None:
        return IDENTITY_TABLE
    con.register(_MEMORY, identity_table(compute_identity(store, kb)))
    return _MEMORY


def compute_identity(store: Store, kb: KnowledgeBase | None = None) -> Identity:
    """The corpus merge of every actor the store's articles name, with its overrides."""
    records = [
        ActorRecord(str(a), str(i), str(n), t, max(1, int(m or 0)))
        for a, i, n, t, m in store.con.execute(_RECORDS).fetchall()
    ]
    return merge_actors(records, kb=kb, overrides=overrides_of(store))


def identity_table(identity: Identity) -> pa.Table:
    local = identity.local
    return pa.table(
        {
            "local_id": list(local),
            "actor_id": [v[0] for v in local.values()],
            "rule": [v[1] for v in local.values()],
            "articles": pa.array([v[2] for v in local.values()], pa.int32()),
        }
    )


def refresh_identity(store: Store, kb: KnowledgeBase | None = None) -> Identity:
    """Compute the corpus identity again and store it (after an ingest or an override)."""
    identity = compute_identity(store, kb)
    con = store.con
    con.begin()
    try:
        con.register("identity_batch", identity_table(identity))
        con.execute(f"DELETE FROM {IDENTITY_TABLE}")
        con.execute(f"INSERT INTO {IDENTITY_TABLE} SELECT * FROM identity_batch")
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        con.unregister("identity_batch")
    return identity


def overrides_of(store: Store) -> list[Override]:
    rows = store.con.execute("SELECT action, ids FROM actor_overrides ORDER BY seq").fetchall()
    return [Override(action, tuple(ids)) for action, ids in rows]


def add_override(
    store: Store, action: str, ids: Sequence[str], kb: KnowledgeBase | None = None
) -> Identity:
    """Record a merge or split (kept across re-ingests) and refresh the identity. With
    ``kb``, every actor its names or aliases join to an entry is recorded as a merge too,
    and ``ids`` may then be empty."""
    from riftmap.errors import UsageError

    merging = action == "merge"
    if (
        action not in ("merge", "split")
        or (merging and 0 < len(ids) < 2)
        or (not ids and not (merging and kb is not None))
    ):
        raise UsageError("merge takes two ids or more (into the first); split takes one id")
    if kb is not None:
        for local, (actor, rule, _) in compute_identity(store, kb).local.items():
            if rule == "kb":
                _insert_override(store, "merge", [actor, local])
    if ids:
        _insert_override(store, action, ids)
    return refresh_identity(store)


def _insert_override(store: Store, action: str, ids: Sequence[str]) -> None:
    store.con.execute(
        "INSERT INTO actor_overrides SELECT coalesce(max(seq), 0) + 1, ?, ?, now()"
        " FROM actor_overrides",
        [action, list(ids)],
    )
