"""The user's corrections, stored beside the machine's output and applied when it is read.

A correction never overwrites a row of ``quotes`` or ``relations``: it is a row of its own in
``corrections``, keyed by what the machine found rather than by row position, so it finds its
item again after the store is rebuilt from the same articles (an article's id is the hash of
its text, and the same text gives the same spans):

- a quote by its article and the span of its content as extracted;
- a relation by its article, its evidence span and ``source>target>type`` as extracted.

The views ``quotes_corrected`` and ``relations_corrected`` have the columns of the tables they
correct (plus ``corrected``, whether any correction touched the row) and are what every view,
network and export reads, so the user's word wins everywhere. The latest correction of a field
wins; an empty value for a speaker, source or target means "nobody". A quote marked wrong takes
the relations resting on it with it, and a new speaker becomes the source of those relations
that had the old speaker as theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from riftmap.errors import UsageError

QUOTE_FIELDS = ("wrong", "speaker", "content", "source", "cue")
RELATION_FIELDS = ("wrong", "source", "target", "type", "polarity", "topic")
SPAN_FIELDS = ("content", "source", "cue")
ITEMS = ("quote", "relation")

_TABLE = """
CREATE TABLE corrections (
    seq INTEGER PRIMARY KEY,
    created TIMESTAMPTZ NOT NULL,
    item VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    ident VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    note VARCHAR
)"""


def _latest(field: str) -> str:
    return f"arg_max(value, seq) FILTER (WHERE field = '{field}') AS {field}"


def _moved(field: str) -> str:
    """A moved span's start and end (the value is 'start:end'), NULL when not moved."""
    value = f"arg_max(value, seq) FILTER (WHERE field = '{field}')"
    return (
        f"TRY_CAST(split_part({value}, ':', 1) AS INTEGER) AS {field}_start, "
        f"TRY_CAST(split_part({value}, ':', 2) AS INTEGER) AS {field}_end"
    )


def _span(column: str) -> str:
    """A quote's span as corrected: the moved one, cut from the article, else the machine's."""
    moved = f"f.{column}_start"
    return (
        f"coalesce({moved}, q.{column}_start) AS {column}_start, "
        f"coalesce(f.{column}_end, q.{column}_end) AS {column}_end, "
        f"CASE WHEN {moved} IS NULL THEN q.{column}_text "
        f"ELSE substr(a.text, {moved} + 1, f.{column}_end - {moved}) END AS {column}_text"
    )


_QUOTE_FIXES = f"""
CREATE VIEW quote_fixes AS
SELECT article_id, start, "end", max(seq) AS seq,
       count(*) FILTER (WHERE field = 'speaker') > 0 AS has_speaker,
       {_latest("wrong")}, {_latest("speaker")},
       {", ".join(_moved(f) for f in SPAN_FIELDS)}
FROM corrections WHERE item = 'quote' GROUP BY article_id, start, "end"
"""

_RELATION_FIXES = f"""
CREATE VIEW relation_fixes AS
SELECT article_id, start, "end", ident, max(seq) AS seq,
       count(*) FILTER (WHERE field = 'source') > 0 AS has_source,
       count(*) FILTER (WHERE field = 'target') > 0 AS has_target,
       {", ".join(_latest(f) for f in RELATION_FIELDS)}
FROM corrections WHERE item = 'relation' GROUP BY article_id, start, "end", ident
"""

_QUOTES = f"""
CREATE VIEW quotes_corrected AS
SELECT q.article_id, q.idx,
       CASE WHEN f.has_speaker THEN nullif(f.speaker, '') ELSE q.speaker END AS speaker,
       q.kind, q.confidence,
       {", ".join(_span(f) for f in ("source", "cue", "content"))},
       q.data, f.seq IS NOT NULL AS corrected
FROM quotes q JOIN articles a ON a.id = q.article_id
LEFT JOIN quote_fixes f
       ON f.article_id = q.article_id AND f.start = q.content_start AND f."end" = q.content_end
WHERE coalesce(f.wrong, 'false') <> 'true'
"""

_RELATIONS = """
CREATE VIEW relations_corrected AS
SELECT r.article_id, r.idx,
       CASE WHEN f.has_source THEN nullif(f.source, '')
            WHEN qf.has_speaker AND r.source IS NOT DISTINCT FROM qf.speaker
            THEN nullif(qf.fixed, '')
            ELSE r.source END AS source,
       CASE WHEN f.has_target THEN nullif(f.target, '') ELSE r.target END AS target,
       coalesce(f.type, r.type) AS type,
       coalesce(TRY_CAST(f.polarity AS INTEGER), r.polarity) AS polarity,
       coalesce(nullif(f.topic, ''), r.topic) AS topic,
       r."when", r.evidence_start, r.evidence_end, r.evidence_text, r.quote, r.data,
       (f.seq IS NOT NULL OR qf.has_speaker IS NOT NULL) AS corrected
FROM relations r
LEFT JOIN relation_fixes f
       ON f.article_id = r.article_id AND f.start = r.evidence_start AND f."end" = r.evidence_end
      AND f.ident = concat_ws('>', r.source, r.target, r.type)
LEFT JOIN (  -- the corrected quotes only: small, so this join costs little
    SELECT q.article_id, q.idx, q.speaker, x.has_speaker, x.speaker AS fixed, x.wrong
    FROM quote_fixes x JOIN quotes q ON q.article_id = x.article_id
     AND q.content_start = x.start AND q.content_end = x."end"
) qf ON qf.article_id = r.article_id AND qf.idx = r.quote
WHERE coalesce(f.wrong, 'false') <> 'true' AND coalesce(qf.wrong, 'false') <> 'true'
"""

STATEMENTS = (_TABLE, _QUOTE_FIXES, _RELATION_FIXES, _QUOTES, _RELATIONS)


def create(con: duckdb.DuckDBPyConnection) -> None:
    """Create the table and its views (schema version 4)."""
    for statement in STATEMENTS:
        con.execute(statement)


@dataclass(frozen=True)
class Correction:
    """One correction as the user asked it: which item, which field, what it should be."""

    item: str
    article_id: str
    idx: int
    field: str
    value: str
    note: str | None = None


def add(con: duckdb.DuckDBPyConnection, correction: Correction) -> int:
    """Validate ``correction`` against the machine's row it names, store it, return its seq."""
    c = correction
    start, end, ident = _key(con, c.item, c.article_id, c.idx)
    value = _checked(con, c, start, end)
    row = con.execute(
        "INSERT INTO corrections SELECT coalesce(max(seq), 0) + 1, now(), ?, ?, ?, ?, ?, ?, ?, ?"
        " FROM corrections RETURNING seq",
        [c.item, c.article_id, start, end, ident, c.field, value, c.note],
    ).fetchall()
    return int(row[0][0])


def undo(con: duckdb.DuckDBPyConnection, seq: int) -> None:
    """Drop correction ``seq``: the field falls back to the previous correction or the machine."""
    found = con.execute("DELETE FROM corrections WHERE seq = ? RETURNING seq", [seq]).fetchall()
    if not found:
        raise LookupError(f"no correction {seq}")


def listing(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every correction, oldest first."""
    cursor = con.execute(
        'SELECT seq, CAST(created AS VARCHAR), item, article_id, start, "end", ident, field,'
        " value, note FROM corrections ORDER BY seq"
    )
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _key(
    con: duckdb.DuckDBPyConnection, item: str, article_id: str, idx: int
) -> tuple[int, int, str]:
    if item == "quote":
        rows = con.execute(
            "SELECT content_start, content_end, '' FROM quotes WHERE article_id = ? AND idx = ?",
            [article_id, idx],
        ).fetchall()
    elif item == "relation":
        rows = con.execute(
            "SELECT evidence_start, evidence_end, concat_ws('>', source, target, type)"
            " FROM relations WHERE article_id = ? AND idx = ?",
            [article_id, idx],
        ).fetchall()
    else:
        raise UsageError(f"cannot correct a '{item}' (choose {', '.join(ITEMS)})")
    if not rows:
        raise LookupError(f"no {item} {idx} in article {article_id}")
    start, end, ident = rows[0]
    if start is None or end is None:
        raise UsageError(f"{item} {idx} of article {article_id} has no span to key a correction by")
    return int(start), int(end), str(ident)


def _checked(con: duckdb.DuckDBPyConnection, c: Correction, start: int, end: int) -> str:
    """The value to store, or a UsageError saying why it cannot be."""
    fields = QUOTE_FIELDS if c.item == "quote" else RELATION_FIELDS
    if c.field not in fields:
        raise UsageError(f"a {c.item} has no field '{c.field}' (choose {', '.join(fields)})")
    value = c.value.strip()
    if c.field == "wrong":
        if value not in ("true", "false"):
            raise UsageError("'wrong' takes true or false")
    elif c.field in ("speaker", "source", "target"):
        if value and not _actor_exists(con, value):
            raise UsageError(f"no actor '{value}' in the store")
    elif c.item == "quote" and c.field in SPAN_FIELDS:
        _check_span(con, c.article_id, value)
    elif c.field == "polarity" and value not in ("-1", "0", "1"):
        raise UsageError("polarity takes -1, 0 or 1")
    elif c.field == "type" and not value.isupper():
        raise UsageError("a relation type is a PLOVER type in capitals, e.g. ACCUSE")
    return value


def _actor_exists(con: duckdb.DuckDBPyConnection, actor: str) -> bool:
    rows = con.execute(
        "SELECT 1 FROM actors WHERE id = ?"
        " UNION ALL SELECT 1 FROM actor_identity WHERE actor_id = ?"
        " LIMIT 1",
        [actor, actor],
    ).fetchall()
    return bool(rows)


def _check_span(con: duckdb.DuckDBPyConnection, article_id: str, value: str) -> None:
    parts = value.split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise UsageError(f"a span is written start:end in characters, not '{value}'")
    start, end = int(parts[0]), int(parts[1])
    length = con.execute("SELECT length(text) FROM articles WHERE id = ?", [article_id]).fetchall()
    if not length or not 0 <= start < end <= int(length[0][0]):
        raise UsageError(f"span {value} is not inside the article")
